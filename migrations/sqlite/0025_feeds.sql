-- Institutional RSS and Atom feeds, one of the channels of the intake
-- queue: each organisation's feed addresses, how often they are polled and
-- what the last poll came to, and the items already seen, so that an item is
-- received once even when the feed changes its id or its link.
CREATE TABLE organisation_feeds (
    id INTEGER PRIMARY KEY NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    interval_minutes INTEGER NOT NULL,
    -- 1: the feed may reach loopback and private addresses (set only by an
    -- administrator, for a feed server inside the institution's network).
    allow_private INTEGER NOT NULL DEFAULT 0,
    -- Validators of the last complete answer, sent back as If-None-Match
    -- and If-Modified-Since.
    etag TEXT,
    last_modified TEXT,
    last_checked_at INTEGER,
    last_success_at INTEGER,
    -- A code (ok, not_modified, http_error, too_large, timeout,
    -- invalid_xml, blocked_address …); NULL until the first poll.
    last_status TEXT,
    -- What went wrong, technically (an HTTP status, a parser position).
    last_error TEXT NOT NULL DEFAULT '',
    -- Consecutive failed polls, for the backoff.
    failures INTEGER NOT NULL DEFAULT 0,
    -- When the feed is due; moved forward when an instance claims it.
    next_check_at INTEGER NOT NULL,
    items_received INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (organisation_id, url)
);
CREATE INDEX organisation_feeds_due ON organisation_feeds (next_check_at);

-- An item counts as seen when its id or its link was seen before.
CREATE TABLE feed_seen_items (
    id INTEGER PRIMARY KEY NOT NULL,
    feed_id INTEGER NOT NULL REFERENCES organisation_feeds (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    link TEXT,
    first_seen_at INTEGER NOT NULL
);
CREATE INDEX feed_seen_items_id ON feed_seen_items (feed_id, item_id);
CREATE INDEX feed_seen_items_link ON feed_seen_items (feed_id, link);
