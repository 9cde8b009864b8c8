-- The media library: size and credit of each image, its alternative text
-- and caption per language, the responsive variants made by a job, and the
-- featured image of a story.
ALTER TABLE media ADD COLUMN width BIGINT NOT NULL DEFAULT 0;
ALTER TABLE media ADD COLUMN height BIGINT NOT NULL DEFAULT 0;
-- The uploaded file's name, shown in the library and searched; never used
-- to decide the type.
ALTER TABLE media ADD COLUMN original_name TEXT NOT NULL DEFAULT '';
ALTER TABLE media ADD COLUMN credit TEXT NOT NULL DEFAULT '';
ALTER TABLE media ADD COLUMN licence TEXT NOT NULL DEFAULT '';
-- pending until the variants job has run, then ready (or failed).
ALTER TABLE media ADD COLUMN variants_state TEXT NOT NULL DEFAULT 'pending';
ALTER TABLE media ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;

CREATE TABLE media_texts (
    media_id BIGINT NOT NULL REFERENCES media (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    alt_text TEXT NOT NULL DEFAULT '',
    caption TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (media_id, lang)
);
INSERT INTO media_texts (media_id, lang, alt_text, caption)
    SELECT id, 'it', alt_text, '' FROM media WHERE alt_text <> '';
ALTER TABLE media DROP COLUMN alt_text;

CREATE TABLE media_variants (
    media_id BIGINT NOT NULL REFERENCES media (id) ON DELETE CASCADE,
    width BIGINT NOT NULL,
    format TEXT NOT NULL,
    storage_key TEXT NOT NULL UNIQUE,
    size_bytes BIGINT NOT NULL,
    PRIMARY KEY (media_id, width, format)
);

ALTER TABLE articles ADD COLUMN featured_media_id BIGINT REFERENCES media (id) ON DELETE SET NULL;

-- Author pages: an address, a photo from the library and a bio per language.
CREATE TABLE author_profiles (
    user_id BIGINT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    slug TEXT NOT NULL UNIQUE,
    photo_media_id BIGINT REFERENCES media (id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE author_bios (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    bio TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (user_id, lang)
);
