-- The change feed: one row each time something readers can see changes
-- (a story, a page, a section, a tag, an image, an author page). Every
-- instance follows it to update its search index and its page cache, so
-- a change made through one instance reaches all of them.
CREATE TABLE changes (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id BIGINT NOT NULL DEFAULT 0,
    changed_at BIGINT NOT NULL
);
