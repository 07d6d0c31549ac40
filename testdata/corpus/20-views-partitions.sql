-- Views compared by definition, in the spellings the server rewrites;
-- materialized views' indexes; PostGIS type modifiers; partitioned
-- indexes and partition-local objects.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE shop (
    id integer PRIMARY KEY,
    name varchar(100) NOT NULL,
    rating numeric,
    opened_at timestamptz NOT NULL DEFAULT now(),
    open boolean NOT NULL DEFAULT true,
    location geometry(POINT, 4326),
    area geography(Polygon),
    footprint geometry(MultiPolygon, 3857)[],
    anywhere geometry(Geometry),
    plain geometry(Point, 0)
);
CREATE TABLE visit (id integer PRIMARY KEY, shop_id integer REFERENCES shop (id), note text, spent numeric);

-- unqualified columns, *, a varchar compared with text, BETWEEN, IN, an interval literal
CREATE VIEW shop_all AS SELECT * FROM shop;
CREATE VIEW good_shop AS SELECT id, name FROM shop
    WHERE name = 'x' OR rating BETWEEN 4 AND 5 OR id IN (1, 2) OR opened_at > now() - interval '30 days';
-- join, positions, aggregates named by the server
CREATE VIEW shop_visits AS SELECT s.id, count(*), sum(spent) AS total
    FROM shop s JOIN visit v ON v.shop_id = s.id GROUP BY 1 ORDER BY 2 DESC;
-- column list, schema-qualified relation, sublink, CTE, LIKE
CREATE VIEW noted_shop (shop, label) AS
    WITH n AS (SELECT shop_id FROM visit WHERE note LIKE 'a%')
    SELECT id, lower(name) FROM public.shop WHERE id IN (SELECT shop_id FROM n);
-- a subquery in FROM, a view over a view
CREATE VIEW top_shop AS SELECT t.id FROM (SELECT id, total FROM shop_visits) t WHERE total > 100;
-- set operations name every branch; USING columns; a constant sorted by position
CREATE VIEW shop_ids AS SELECT id FROM shop UNION ALL SELECT shop_id FROM visit ORDER BY 1;
CREATE VIEW shop_spent AS SELECT id, spent, 'x' AS tag FROM shop JOIN (SELECT shop_id AS id, spent FROM visit) v USING (id) ORDER BY 3;
-- options, replaced, altered
CREATE VIEW open_shop WITH (security_barrier) AS SELECT id, open FROM shop WHERE open WITH CASCADED CHECK OPTION;
CREATE OR REPLACE VIEW open_shop WITH (security_barrier = true) AS SELECT id, open FROM shop WHERE open AND id > 0 WITH LOCAL CHECK OPTION;
CREATE VIEW closed_shop AS SELECT id FROM shop WHERE NOT open;
ALTER VIEW closed_shop SET (security_barrier);
ALTER VIEW closed_shop RENAME TO shut_shop;
CREATE VIEW gone AS SELECT 1 AS one;
DROP VIEW gone;

CREATE MATERIALIZED VIEW shop_rating AS SELECT id, rating FROM shop WHERE rating IS NOT NULL;
CREATE UNIQUE INDEX shop_rating_id ON shop_rating (id);
CREATE INDEX ON shop_rating (rating DESC);
CREATE INDEX shop_rating_drop ON shop_rating (rating);
DROP INDEX shop_rating_drop;

-- A partitioned index is cloned onto the partitions (the clones are not
-- drift); an index on one partition only, one created on the partition
-- first and adopted by the parent's, one attached with ALTER INDEX, and
-- foreign keys on the parent and on one partition.
CREATE TABLE measurement (
    shop_id integer NOT NULL REFERENCES shop (id),
    taken_on date NOT NULL,
    value numeric
) PARTITION BY RANGE (taken_on);
CREATE TABLE measurement_2025 PARTITION OF measurement FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measurement_2026 PARTITION OF measurement FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX measurement_2026_value_idx ON measurement_2026 (value);
CREATE INDEX measurement_taken_idx ON measurement (taken_on);
CREATE INDEX measurement_2025_local ON measurement_2025 (shop_id, value);
CREATE INDEX measurement_value_idx ON ONLY measurement (value);
CREATE INDEX measurement_2025_value_idx ON measurement_2025 (value);
ALTER INDEX measurement_value_idx ATTACH PARTITION measurement_2025_value_idx;
ALTER TABLE measurement_2026 ADD CONSTRAINT measurement_2026_visit_fk FOREIGN KEY (shop_id) REFERENCES visit (id);
CREATE TABLE measurement_2027 (shop_id integer NOT NULL, taken_on date NOT NULL, value numeric);
CREATE INDEX measurement_2027_taken ON measurement_2027 (taken_on);
ALTER TABLE measurement ATTACH PARTITION measurement_2027 FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
