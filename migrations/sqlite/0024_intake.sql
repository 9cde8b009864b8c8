-- The contributions network: who the redazione hears from, and the one
-- intake queue every channel feeds (partner accounts, institutional feeds,
-- the mailbox, the public good-practice form).

-- People at an organisation the redazione may contact. Personal data:
-- kept while the organisation is, erased on request.
CREATE TABLE organisation_contacts (
    id INTEGER PRIMARY KEY NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    email TEXT,
    phone TEXT,
    consent INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX organisation_contacts_organisation ON organisation_contacts (organisation_id);

-- Addresses (`ufficio.stampa@prefettura.it`) and domains (`prefettura.it`)
-- whose mail is the organisation's. Stored lower-case.
CREATE TABLE organisation_senders (
    id INTEGER PRIMARY KEY NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    value TEXT NOT NULL UNIQUE,
    is_domain INTEGER NOT NULL,
    verified_at INTEGER,
    verified_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX organisation_senders_organisation ON organisation_senders (organisation_id);

CREATE TABLE intake_items (
    id INTEGER PRIMARY KEY NOT NULL,
    channel TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    submitted_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    embargo_until INTEGER,
    source_url TEXT,
    -- "channel:organisation:external id" (feed item id, Message-ID): the
    -- same item received twice is written once.
    dedupe_key TEXT UNIQUE,
    source_date INTEGER,
    -- Personal data of the sender, cleared by the retention job.
    sender_name TEXT,
    sender_email TEXT,
    sender_phone TEXT,
    assigned_to INTEGER REFERENCES users (id) ON DELETE SET NULL,
    duplicate_of INTEGER REFERENCES intake_items (id) ON DELETE SET NULL,
    article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    reason TEXT,
    -- Public form: hash of the private status link's token.
    status_token_hash TEXT UNIQUE,
    received_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    closed_at INTEGER,
    -- Set when the retention job cleared the sender's data.
    anonymised_at INTEGER
);
CREATE INDEX intake_items_status ON intake_items (status, received_at);
CREATE INDEX intake_items_organisation ON intake_items (organisation_id, received_at);
CREATE INDEX intake_items_submitted_by ON intake_items (submitted_by, received_at);
CREATE INDEX intake_items_sender_email ON intake_items (sender_email);

CREATE TABLE intake_item_comuni (
    item_id INTEGER NOT NULL REFERENCES intake_items (id) ON DELETE CASCADE,
    istat_code TEXT NOT NULL REFERENCES comuni (code),
    PRIMARY KEY (item_id, istat_code)
);

CREATE TABLE intake_attachments (
    id INTEGER PRIMARY KEY NOT NULL,
    item_id INTEGER NOT NULL REFERENCES intake_items (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    byte_size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    storage_key TEXT NOT NULL,
    -- Images of people: the sender declared that they consented.
    consent_declared INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE INDEX intake_attachments_item ON intake_attachments (item_id);

-- Internal notes and the history of what was done (each action is also in
-- the audit log). `author` NULL: written by the system.
CREATE TABLE intake_notes (
    id INTEGER PRIMARY KEY NOT NULL,
    item_id INTEGER NOT NULL REFERENCES intake_items (id) ON DELETE CASCADE,
    author INTEGER REFERENCES users (id) ON DELETE SET NULL,
    event TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE INDEX intake_notes_item ON intake_notes (item_id, created_at);

-- A good practice as a structured record, whatever channel brought it.
-- Public once `accepted_at` is set.
CREATE TABLE good_practices (
    item_id INTEGER PRIMARY KEY NOT NULL REFERENCES intake_items (id) ON DELETE CASCADE,
    istat_code TEXT NOT NULL REFERENCES comuni (code),
    runner TEXT NOT NULL,
    period_start TEXT,
    period_end TEXT,
    outcome TEXT NOT NULL DEFAULT '',
    link TEXT,
    photos_consent INTEGER NOT NULL DEFAULT 0,
    accepted_at INTEGER,
    accepted_by INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX good_practices_public ON good_practices (accepted_at, istat_code);

CREATE TABLE good_practice_targets (
    item_id INTEGER NOT NULL REFERENCES good_practices (item_id) ON DELETE CASCADE,
    target TEXT NOT NULL,
    PRIMARY KEY (item_id, target)
);

-- Where a story came from: shown on the published story.
CREATE TABLE article_sources (
    article_id INTEGER PRIMARY KEY NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES intake_items (id) ON DELETE SET NULL,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    -- The name as it was when published: the story keeps its credit.
    source_name TEXT NOT NULL,
    channel TEXT NOT NULL,
    kind TEXT NOT NULL,
    source_date INTEGER,
    source_url TEXT,
    -- Nothing made from the item goes public before this.
    embargo_until INTEGER,
    -- Published as the source wrote it (a press release), not rewritten.
    verbatim INTEGER NOT NULL DEFAULT 0
);

-- Per person: new intake items at once, or in a daily digest.
ALTER TABLE users ADD COLUMN intake_notify TEXT NOT NULL DEFAULT 'immediate';
ALTER TABLE users ADD COLUMN intake_digest_sent_at INTEGER;
