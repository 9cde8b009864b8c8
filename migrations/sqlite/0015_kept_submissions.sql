-- A form sent after its session expired (someone typed for hours): kept
-- for its author, who sends it again after logging in (nobody else sees
-- it), until it expires a day later.
CREATE TABLE kept_submissions (
    id INTEGER PRIMARY KEY NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX kept_submissions_user ON kept_submissions (user_id);

-- Drafts saved by the editor's script while typing, one per story,
-- language and person; they never change the story until saved.
CREATE TABLE article_autosaves (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    standfirst TEXT NOT NULL,
    body_markdown TEXT NOT NULL,
    saved_at INTEGER NOT NULL,
    PRIMARY KEY (article_id, lang, user_id)
);
