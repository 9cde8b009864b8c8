-- Login throttling (per account and per address) and the audit log.
CREATE TABLE login_throttle (
    throttle_key TEXT PRIMARY KEY NOT NULL,
    failures INTEGER NOT NULL,
    last_failure_at INTEGER NOT NULL,
    locked_until INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY NOT NULL,
    at INTEGER NOT NULL,
    action TEXT NOT NULL,
    -- No foreign keys: the log outlives the accounts it speaks of.
    actor_id INTEGER,
    subject_id INTEGER,
    address TEXT,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
