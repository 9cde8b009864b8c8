-- Staff accounts, their roles, sessions and the secrets of their login.
CREATE TABLE users (
    id INTEGER PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    -- NULL until the person accepts the invitation and sets a password.
    password_hash TEXT,
    disabled INTEGER NOT NULL DEFAULT 0,
    -- Confirmed TOTP secret; the pending one waits for a first valid code.
    totp_secret TEXT,
    totp_pending_secret TEXT,
    -- Last TOTP time step accepted: a code works once.
    totp_last_step INTEGER,
    locale TEXT NOT NULL DEFAULT 'it',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    last_login_at INTEGER
);

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- Server-side sessions. Only a hash of the cookie value is stored.
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    -- 0 while the second factor is still to be given.
    mfa_verified INTEGER NOT NULL DEFAULT 0,
    address TEXT,
    user_agent TEXT,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Single-use links sent by mail (invitation, password reset); hashed.
CREATE TABLE auth_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);

-- Two-factor recovery codes; hashed, each usable once.
CREATE TABLE recovery_codes (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at INTEGER,
    PRIMARY KEY (user_id, code_hash)
);
