-- Organisations of the network.
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    istat_code TEXT REFERENCES comuni (code),
    website TEXT,
    network_member INTEGER NOT NULL DEFAULT 0,
    is_example INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
