-- Partitioned tables: range, list, hash, a default partition, and indexes on
-- the parent (PostgreSQL clones them onto each partition).
CREATE TABLE measurements (
    id bigint NOT NULL,
    taken_at timestamptz NOT NULL,
    value numeric,
    PRIMARY KEY (id, taken_at)
) PARTITION BY RANGE (taken_at);
CREATE TABLE measurements_2024 PARTITION OF measurements
    FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');
CREATE TABLE measurements_2025 PARTITION OF measurements
    FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
CREATE TABLE measurements_other PARTITION OF measurements DEFAULT;
CREATE INDEX measurements_taken_idx ON measurements (taken_at DESC);

CREATE TABLE events (id integer NOT NULL, region text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE events_eu PARTITION OF events FOR VALUES IN ('de', 'fr');
CREATE TABLE events_us PARTITION OF events FOR VALUES IN ('us');

CREATE TABLE shards (id integer NOT NULL, payload text) PARTITION BY HASH (id);
CREATE TABLE shards_0 PARTITION OF shards FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE shards_1 PARTITION OF shards FOR VALUES WITH (MODULUS 2, REMAINDER 1);
