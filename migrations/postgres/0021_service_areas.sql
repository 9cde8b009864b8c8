-- The rest of a service's HSDS shape: where it serves (its own comune,
-- the whole province, or other comuni too), the accessibility of its
-- place, and a named contact.
ALTER TABLE services ADD COLUMN province_wide BIGINT NOT NULL DEFAULT 0;
ALTER TABLE services ADD COLUMN contact_name TEXT;
ALTER TABLE services ADD COLUMN contact_title TEXT;

-- Comuni served besides the service's own.
CREATE TABLE service_areas (
    service_id BIGINT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    istat_code TEXT NOT NULL REFERENCES comuni (code),
    PRIMARY KEY (service_id, istat_code)
);
CREATE INDEX service_areas_comune ON service_areas (istat_code, service_id);
-- The few services for the whole province, found under every comune.
CREATE INDEX services_province_wide ON services (id) WHERE province_wide = 1;

-- Codes of agoral_domain::services::taxonomy::Accessibility.
CREATE TABLE service_accessibility (
    service_id BIGINT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    feature TEXT NOT NULL,
    PRIMARY KEY (service_id, feature)
);
