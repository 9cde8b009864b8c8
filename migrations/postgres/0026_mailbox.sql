-- The intake's mailbox over IMAP: how far the reader got in each mailbox
-- (key `user@host/folder`). `last_uid` moves only after the message with
-- that UID is stored, so a crash re-reads a message instead of losing it;
-- a new `uid_validity` (the server renumbered the folder) starts again from
-- the first message, and the intake's Message-ID check skips what it had.
-- `lease_until`/`leased_by`: the one instance reading the mailbox now.
CREATE TABLE mailbox_state (
    mailbox_key TEXT PRIMARY KEY NOT NULL,
    uid_validity BIGINT,
    last_uid BIGINT NOT NULL DEFAULT 0,
    last_checked_at BIGINT,
    last_status TEXT NOT NULL DEFAULT 'never',
    last_error TEXT,
    messages_received BIGINT NOT NULL DEFAULT 0,
    lease_until BIGINT,
    leased_by TEXT
);
