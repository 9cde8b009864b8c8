-- A story's tags and authors in their order, read from these indexes
-- alone: a story page lists both, and the tables' own keys (story, tag)
-- and (story, author) do not hold the position, so each row was looked up
-- again in the table.
CREATE INDEX article_tags_in_order ON article_tags (article_id, position, tag_id);
CREATE INDEX article_authors_in_order ON article_authors (article_id, position, user_id);
