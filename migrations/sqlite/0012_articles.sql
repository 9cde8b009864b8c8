-- Stories of the magazine: one row per story, one translation per language
-- (each with its own address), authors in order, comuni, every saved
-- revision, old addresses, and the team's comments.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY NOT NULL,
    state TEXT NOT NULL DEFAULT 'draft',
    section_id INTEGER REFERENCES sections (id) ON DELETE SET NULL,
    level TEXT NOT NULL DEFAULT 'locale',
    -- Bumped by every save: a save based on an older version is a conflict.
    version INTEGER NOT NULL DEFAULT 1,
    -- "Fonte: …" when the story comes from a contribution.
    source_note TEXT NOT NULL DEFAULT '',
    is_example INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    published_at INTEGER,
    scheduled_at INTEGER
);
CREATE INDEX articles_state_published ON articles (state, published_at);

CREATE TABLE article_translations (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    standfirst TEXT NOT NULL DEFAULT '',
    body_markdown TEXT NOT NULL DEFAULT '',
    -- Rendered once at save time, for speed and for search.
    body_html TEXT NOT NULL DEFAULT '',
    body_text TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    updated_by INTEGER,
    PRIMARY KEY (article_id, lang),
    UNIQUE (lang, slug)
);

CREATE TABLE article_authors (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, user_id)
);

CREATE TABLE article_comuni (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    istat_code TEXT NOT NULL REFERENCES comuni (code),
    PRIMARY KEY (article_id, istat_code)
);

CREATE TABLE article_revisions (
    id INTEGER PRIMARY KEY NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    standfirst TEXT NOT NULL,
    body_markdown TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    created_by INTEGER
);
CREATE INDEX article_revisions_article ON article_revisions (article_id, lang, id);

-- Addresses a story had before: they redirect (301) to the current one.
CREATE TABLE article_slug_history (
    lang TEXT NOT NULL,
    slug TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (lang, slug)
);

CREATE TABLE article_comments (
    id INTEGER PRIMARY KEY NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- The workflow step the comment came with, if any.
    transition TEXT,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
