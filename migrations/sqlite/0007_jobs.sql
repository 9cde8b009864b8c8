-- The background job queue. A job is claimed by setting a lease; a lease
-- that runs out (a crashed instance) makes the job claimable again.
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    run_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL DEFAULT 10,
    last_error TEXT,
    locked_by TEXT,
    locked_until INTEGER,
    finished_at INTEGER,
    failed INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE INDEX jobs_due ON jobs (finished_at, run_at);
