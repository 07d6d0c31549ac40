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
