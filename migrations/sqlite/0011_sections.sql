-- Sections of the magazine (immigrazione, accoglienza, …), an editable
-- list, with a name per language.
CREATE TABLE sections (
    id INTEGER PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);

CREATE TABLE section_translations (
    section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (section_id, lang)
);
