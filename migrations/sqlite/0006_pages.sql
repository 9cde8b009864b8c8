-- Static pages edited by administrators, one row per language.
CREATE TABLE pages (
    slug TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    body_markdown TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by INTEGER,
    PRIMARY KEY (slug, lang)
);

-- Problems reported by readers on any page.
CREATE TABLE problem_reports (
    id INTEGER PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,
    page_url TEXT NOT NULL,
    message TEXT NOT NULL,
    email TEXT,
    lang TEXT NOT NULL
);
