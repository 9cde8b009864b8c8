-- The Osservatorio's datasets, described in DCAT-AP_IT terms. Each upload is
-- a version with its own rows; earlier versions stay downloadable. Rows are
-- kept as JSON arrays of typed cells (null, number or text), in the order
-- of the version's columns, which are kept with the import settings.
CREATE TABLE datasets (
    id INTEGER PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    publisher_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    rights_holder_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    -- EU data theme codes, space-separated.
    themes TEXT NOT NULL DEFAULT '',
    licence TEXT NOT NULL,
    frequency TEXT NOT NULL,
    temporal_start TEXT,
    temporal_end TEXT,
    -- ISTAT codes (province or comuni), space-separated.
    spatial TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    source_url TEXT NOT NULL DEFAULT '',
    attribution TEXT NOT NULL DEFAULT '',
    published INTEGER NOT NULL DEFAULT 0,
    -- The version the site shows; no foreign key, to keep the two tables
    -- free of a cycle (the version's row says which dataset it belongs to).
    current_version_id INTEGER,
    issued_at INTEGER NOT NULL,
    modified_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE dataset_translations (
    dataset_id INTEGER NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    -- Comma-separated keywords in this language.
    keywords TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (dataset_id, lang)
);

CREATE TABLE dataset_versions (
    id INTEGER PRIMARY KEY NOT NULL,
    dataset_id INTEGER NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    -- importing | ready | failed
    status TEXT NOT NULL,
    file_name TEXT NOT NULL,
    byte_size INTEGER NOT NULL,
    -- The confirmed import settings with the typed columns (JSON).
    settings TEXT NOT NULL,
    row_count INTEGER NOT NULL DEFAULT 0,
    -- Why the import failed (JSON: line, column, value, message id).
    error TEXT,
    note TEXT NOT NULL DEFAULT '',
    -- What changed from the version before (JSON: rows and columns added
    -- and removed), worked out when the import ends.
    diff TEXT,
    job_id INTEGER,
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    UNIQUE (dataset_id, number)
);

CREATE TABLE dataset_rows (
    version_id INTEGER NOT NULL REFERENCES dataset_versions (id) ON DELETE CASCADE,
    row_no INTEGER NOT NULL,
    cells TEXT NOT NULL,
    PRIMARY KEY (version_id, row_no)
);

-- A chart of a dataset's current version: what to draw is a JSON spec
-- (columns, filters); titles are per language.
CREATE TABLE charts (
    id INTEGER PRIMARY KEY NOT NULL,
    dataset_id INTEGER NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    spec TEXT NOT NULL,
    published INTEGER NOT NULL DEFAULT 0,
    -- Position on the province dashboard; NULL when not shown there.
    dashboard_position INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX charts_dataset ON charts (dataset_id);

CREATE TABLE chart_translations (
    chart_id INTEGER NOT NULL REFERENCES charts (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (chart_id, lang)
);
