-- Instance-wide settings shared by every instance (such as the signing key).
CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
