-- The Osservatorio's reports: PDF publications with their metadata, the
-- datasets they draw on, and the text read from the file for the site
-- search. The file itself is kept in the media store under `storage_key`.
CREATE TABLE reports (
    id INTEGER PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    published INTEGER NOT NULL DEFAULT 0,
    -- The publication date printed on the report (YYYY-MM-DD).
    published_on TEXT NOT NULL,
    -- A licence code of the open-data vocabulary (cc-by-4.0…).
    licence TEXT NOT NULL,
    -- As they are credited, in one line.
    authors TEXT NOT NULL DEFAULT '',
    -- A new key for every file: a replaced file is never overwritten in place.
    storage_key TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    byte_size INTEGER NOT NULL,
    -- NULL when the pages could not be counted.
    page_count INTEGER,
    -- The text of the PDF, at most 200,000 characters; empty when none
    -- could be read (a scan, a protected or damaged file).
    body_text TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL
);

-- Title and abstract per language; Italian is always there.
CREATE TABLE report_translations (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    abstract TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (report_id, lang)
);

CREATE TABLE report_datasets (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    dataset_id INTEGER NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    PRIMARY KEY (report_id, dataset_id)
);
CREATE INDEX report_datasets_dataset ON report_datasets (dataset_id);
