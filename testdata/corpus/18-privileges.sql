-- Privileges and owners: every GRANT, REVOKE and OWNER TO spelling the
-- replay follows must build what PostgreSQL builds. The roles app_reader,
-- app_writer and app_admin are created by the test harness.
CREATE SCHEMA app AUTHORIZATION app_admin;
CREATE SCHEMA reports;

CREATE TABLE accounts (
    id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email  text NOT NULL,
    secret text
);
CREATE TABLE app.orders (
    id         serial PRIMARY KEY,
    account_id bigint NOT NULL,
    total      numeric(10, 2)
);
CREATE TABLE reports.daily (day date PRIMARY KEY, n integer);
CREATE VIEW account_emails AS SELECT id, email FROM accounts;
CREATE SEQUENCE invoice_no;

-- Table privileges: a list, ALL, ALL PRIVILEGES, the grant option.
GRANT SELECT, INSERT ON accounts TO app_writer;
GRANT ALL ON TABLE app.orders TO app_admin;
GRANT ALL PRIVILEGES ON reports.daily TO app_writer;
GRANT SELECT ON account_emails TO app_reader WITH GRANT OPTION;
GRANT REFERENCES ON accounts TO app_admin WITH GRANT OPTION;
GRANT SELECT ON accounts TO PUBLIC;
REVOKE SELECT ON accounts FROM PUBLIC;

-- Revoking part of ALL, and the grant option alone.
REVOKE TRUNCATE, TRIGGER ON reports.daily FROM app_writer;
GRANT UPDATE ON app.orders TO app_writer WITH GRANT OPTION;
REVOKE GRANT OPTION FOR UPDATE ON app.orders FROM app_writer;

-- Column privileges; a table REVOKE takes the column's too.
GRANT SELECT (id, email), UPDATE (email) ON accounts TO app_reader;
GRANT INSERT (secret) ON accounts TO app_reader;
REVOKE INSERT ON accounts FROM app_reader;
GRANT ALL (total) ON app.orders TO app_reader;

-- Sequences: the standalone one, a serial's, an identity's.
GRANT USAGE, SELECT ON SEQUENCE invoice_no TO app_writer;
GRANT USAGE ON SEQUENCE app.orders_id_seq TO app_writer;
GRANT ALL ON SEQUENCE accounts_id_seq TO app_admin;

-- Everything in a schema, as it exists at that moment.
GRANT SELECT ON ALL TABLES IN SCHEMA reports TO app_reader;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA app TO app_reader;

-- Schemas, the public schema's default USAGE for PUBLIC included.
GRANT USAGE ON SCHEMA app, reports TO app_reader;
GRANT CREATE ON SCHEMA reports TO app_admin WITH GRANT OPTION;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO PUBLIC;

-- Functions: EXECUTE is PUBLIC's by default; revoking it is recorded.
CREATE FUNCTION add_one(i integer) RETURNS integer LANGUAGE sql AS 'SELECT i + 1';
CREATE FUNCTION app.total_of(account bigint, since timestamptz DEFAULT now(), OUT total numeric)
    LANGUAGE sql AS 'SELECT 0::numeric';
CREATE FUNCTION lonely(varchar) RETURNS text LANGUAGE sql AS 'SELECT $1::text';
CREATE PROCEDURE app.archive(days int) LANGUAGE sql AS 'SELECT 1';
REVOKE ALL ON FUNCTION add_one(int4) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION add_one(integer) TO app_reader;
REVOKE EXECUTE ON FUNCTION app.total_of(bigint, timestamp with time zone) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.total_of TO app_writer;
GRANT EXECUTE ON FUNCTION lonely(character varying) TO PUBLIC;
REVOKE EXECUTE ON ALL PROCEDURES IN SCHEMA app FROM PUBLIC;
GRANT ALL ON PROCEDURE app.archive(integer) TO app_admin;

-- Owners: tables, views, sequences, functions and schemas.
ALTER TABLE app.orders OWNER TO app_admin;
ALTER VIEW account_emails OWNER TO app_admin;
ALTER SEQUENCE invoice_no OWNER TO app_writer;
ALTER FUNCTION add_one(integer) OWNER TO app_admin;
ALTER SCHEMA reports OWNER TO app_admin;
-- A privilege granted to the new owner is implied by ownership.
GRANT SELECT ON app.orders TO app_admin;

-- Default privileges for objects the loading user creates later.
ALTER DEFAULT PRIVILEGES IN SCHEMA reports GRANT SELECT ON TABLES TO app_writer;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
CREATE TABLE reports.weekly (week date PRIMARY KEY);
CREATE FUNCTION later() RETURNS int LANGUAGE sql AS 'SELECT 1';
ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO PUBLIC;

-- Renamed and dropped objects keep, and lose, their privileges.
CREATE TABLE scratch (id int);
GRANT SELECT ON scratch TO app_reader;
ALTER TABLE scratch RENAME TO scratch2;
CREATE TABLE gone (id int);
GRANT SELECT ON gone TO app_reader;
DROP TABLE gone;
