-- What search engines and link previews show for a language version, when
-- it should differ from the title and the standfirst.
CREATE TABLE article_seo (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    seo_title TEXT NOT NULL DEFAULT '',
    seo_description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, lang)
);
