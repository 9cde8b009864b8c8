-- Self-service updates of the directory. A trusted organisation's
-- contributors publish their changes directly; an untrusted one's wait in
-- `service_changes` until an editor approves or rejects them. The proposal
-- is kept as the form typed (JSON), so that the editor sees it field by
-- field against the record as it is when they decide.
ALTER TABLE organisations ADD COLUMN trusted INTEGER NOT NULL DEFAULT 0;

CREATE TABLE service_changes (
    id INTEGER PRIMARY KEY NOT NULL,
    -- NULL when the proposal is a new service.
    service_id INTEGER REFERENCES services (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    proposed_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    form TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    reason TEXT,
    decided_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    decided_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX service_changes_status ON service_changes (status, created_at);
-- At most one pending change per service: a second edit replaces it.
CREATE UNIQUE INDEX service_changes_one_pending ON service_changes (service_id)
    WHERE status = 'pending' AND service_id IS NOT NULL;

-- Freshness: when the owners were last asked whether a stale record is
-- still right, and the one-click links sent to them (only hashes kept).
ALTER TABLE services ADD COLUMN stale_notified_at INTEGER;

CREATE TABLE service_check_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
