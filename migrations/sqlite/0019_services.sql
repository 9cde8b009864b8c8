-- The services directory (Open Referral HSDS 3.0 in shape: a service with
-- its location, schedule, languages and phones, classified by a taxonomy).
-- Codes (categories, target groups, channels, languages) are the domain's
-- stable codes; texts are per language; opening hours are kept in the
-- schedule's text form, which round-trips (agoral_domain::services::schedule).
CREATE TABLE services (
    id INTEGER PRIMARY KEY NOT NULL,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    free_of_charge INTEGER NOT NULL DEFAULT 0,
    appointment_needed INTEGER NOT NULL DEFAULT 0,
    email TEXT,
    website TEXT,
    istat_code TEXT NOT NULL REFERENCES comuni (code),
    -- NULL for a sensitive place (reception centre, shelter).
    address TEXT,
    lat REAL,
    lon REAL,
    sensitive INTEGER NOT NULL DEFAULT 0,
    hours TEXT NOT NULL DEFAULT '',
    verified_at INTEGER,
    verified_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    is_example INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX services_comune ON services (istat_code);

CREATE TABLE service_translations (
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    name TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    who_for TEXT NOT NULL DEFAULT '',
    how_to_access TEXT NOT NULL DEFAULT '',
    what_to_bring TEXT NOT NULL DEFAULT '',
    what_you_get TEXT NOT NULL DEFAULT '',
    deadlines TEXT NOT NULL DEFAULT '',
    conditions TEXT NOT NULL DEFAULT '',
    cost TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (service_id, lang)
);
-- A duplicate is the same Italian name at the same address in the same comune.
CREATE INDEX service_translations_name ON service_translations (lang, name);

CREATE TABLE service_categories (
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    PRIMARY KEY (service_id, category)
);
CREATE INDEX service_categories_category ON service_categories (category, service_id);

CREATE TABLE service_target_groups (
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    target_group TEXT NOT NULL,
    PRIMARY KEY (service_id, target_group)
);
CREATE INDEX service_target_groups_group ON service_target_groups (target_group, service_id);

CREATE TABLE service_channels (
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    PRIMARY KEY (service_id, channel)
);

-- Languages spoken at the desk, in the order given.
CREATE TABLE service_languages (
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (service_id, code)
);
CREATE INDEX service_languages_code ON service_languages (code, service_id);

CREATE TABLE service_phones (
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number TEXT NOT NULL,
    PRIMARY KEY (service_id, position)
);
