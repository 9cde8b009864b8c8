-- Anonymous form tokens already used, for forms that take one submission
-- per token (a problem report): a replayed token finds its row. A row is
-- kept until the token would have expired anyway (`expires_at`), then the
-- upkeep removes it.
CREATE TABLE used_form_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX used_form_tokens_expiry ON used_form_tokens (expires_at);
