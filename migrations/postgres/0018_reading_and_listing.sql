-- Words of a language version's body, counted when it is saved, so that a
-- story page shows its reading time without counting them again. NULL for
-- versions saved before the column existed: those are counted when shown.
ALTER TABLE article_translations ADD COLUMN word_count BIGINT;

-- Listings of one section (and a story's related stories), newest first.
CREATE INDEX articles_section_published ON articles (section_id, state, published_at);
