-- Spellings the server rewrites when it stores an expression: implicit
-- casts on column references and literals stored as values of their type.
-- Each must replay to what the catalog prints. Names of the table's own
-- schema (is_valid(x) under SET search_path = app) are in
-- testdata/detect/rewrites.txtar: a plan prints them bare, and runs with
-- another search_path than the script's.
CREATE SCHEMA app;
SET search_path = app;

CREATE TYPE mood AS ENUM ('calm', 'angry');
CREATE DOMAIN price AS numeric(10,2);

CREATE TABLE readings (
    id integer NOT NULL,
    buzz double precision,
    amount numeric(10,2),
    cost price,
    label varchar(20),
    code char(3),
    small smallint,
    big bigint,
    happened timestamptz,
    day date,
    local_ts timestamp,
    state mood,
    ratio real,
    ok boolean,
    started timestamptz DEFAULT '2024-01-01',
    opened date DEFAULT 'Jan 2 2024',
    CHECK (id < buzz),
    CHECK (amount > 0),
    CHECK (cost > 0),
    CHECK (label = 'x'),
    CHECK (small < id),
    CHECK (small + big > 0),
    CHECK (ratio < buzz),
    CHECK (big::integer > 0),
    CHECK (id = '5' OR id > 5),
    CHECK (ok = 't'),
    CHECK (happened > '2024-01-01'),
    CHECK (happened < '2030-01-01 02:00:00+02'),
    CHECK (day > 'Jan 2 2024'),
    CHECK (local_ts >= '2024-01-01T10:00'),
    CHECK (state = 'calm'),
    CHECK (state::text <> 'angry'),
    scaled double precision GENERATED ALWAYS AS (id * buzz) STORED,
    total numeric GENERATED ALWAYS AS (id + amount) STORED
);

CREATE INDEX readings_sum ON readings ((id + buzz)) WHERE day >= '2024-01-01' AND small > 1;
CREATE INDEX readings_recent ON readings (id) WHERE happened >= '2024-01-01 02:00:00+02';
CREATE INDEX readings_cast ON readings ((id::float8 + 1));

CREATE TABLE events (happened timestamptz NOT NULL, day date) PARTITION BY RANGE (happened);
CREATE TABLE events_2024_01 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-02-01 02:00+02');
CREATE TABLE events_2024_02 PARTITION OF events FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00 UTC');

CREATE TABLE days (day date NOT NULL) PARTITION BY RANGE (day);
CREATE TABLE days_2024 PARTITION OF days FOR VALUES FROM ('Jan 1 2024') TO ('20250101');

CREATE TABLE listed (day date NOT NULL) PARTITION BY LIST (day);
CREATE TABLE listed_new_year PARTITION OF listed FOR VALUES IN ('2024-01-01', 'January 1, 2025');
