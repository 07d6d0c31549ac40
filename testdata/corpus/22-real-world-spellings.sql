-- Spellings met in public projects' init scripts, each replayed as psql runs it.

-- psql variables: set with \set (values joined, quoted, interpolated), used
-- bare, as a literal and as an identifier; psql's own :DBNAME.
\set ON_ERROR_STOP on
\set app_schema realworld_app
\set suffix _log
\set log_table events :suffix
\set greeting 'it''s'
CREATE SCHEMA :app_schema;
CREATE TABLE :app_schema.accounts (
    id integer PRIMARY KEY,
    note text DEFAULT :'greeting',
    tags text[] CHECK (tags[1:2] IS NOT NULL)
);
CREATE TABLE :"app_schema".:log_table (
    id integer REFERENCES :app_schema.accounts (id),
    at timestamp with time zone DEFAULT now()
);
ALTER DATABASE :DBNAME SET app.setting = 'x';

-- CREATE TABLE AS with its columns written out: aliased constants and casts.
CREATE TABLE empty_string AS SELECT 1 AS id, ''::text AS string;
CREATE TABLE some_numbers AS SELECT x::int AS val FROM generate_series(1, 10) x;
CREATE TABLE constants (a, b) AS
    SELECT 3000000000 AS big, 1.5 AS n, 'x' AS t, true AS flag, NULL AS nothing,
           'y'::varchar(12) AS v, now()::timestamptz(3) AS at, ARRAY[1]::int[] AS arr
    WITH NO DATA;
CREATE TABLE named_by_column AS SELECT id::bigint FROM realworld_app.accounts;
-- Columns only the database can type: the table is compared by the columns
-- the scripts name (here the one added later), no others.
CREATE TABLE copied AS SELECT * FROM realworld_app.accounts;
CREATE TABLE typed_later AS SELECT now() AS at;
ALTER TABLE typed_later ADD COLUMN note text NOT NULL DEFAULT '';
