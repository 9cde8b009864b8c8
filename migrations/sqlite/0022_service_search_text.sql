-- Words of a service for the list's text search: the terms of its texts
-- in every language, as each language's analyzer gives them (stemmed,
-- accents folded), space-separated with a space at both ends. Written by
-- the instances from the change feed; empty until then.
ALTER TABLE services ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
