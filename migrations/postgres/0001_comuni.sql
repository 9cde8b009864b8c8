-- The comuni of the province: reference data, keyed by ISTAT code.
CREATE TABLE comuni (
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    cadastral_code TEXT NOT NULL,
    population_2011 BIGINT NOT NULL,
    population_2021 BIGINT NOT NULL
);
