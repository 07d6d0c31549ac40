-- Functions, procedures and triggers: every spelling the replay supports,
-- including those the server rewrites (typmods dropped from argument types,
-- OUT parameters turned into the result, SQL-standard bodies stored parsed,
-- SET values quoted, WHEN conditions deparsed with casts).

CREATE SCHEMA audit;

CREATE TABLE accounts (
    id         bigint PRIMARY KEY,
    email      varchar(200) NOT NULL,
    status     text NOT NULL DEFAULT 'new',
    balance    numeric(12, 2) NOT NULL DEFAULT 0,
    updated_at timestamptz
);

CREATE TABLE audit.log (
    id        bigserial PRIMARY KEY,
    tbl       text NOT NULL,
    op        text NOT NULL,
    row_data  jsonb,
    logged_at timestamptz NOT NULL DEFAULT now()
);

CREATE VIEW active_accounts AS SELECT id, email FROM accounts WHERE status = 'active';

-- plpgsql with comments and odd whitespace, SECURITY DEFINER, SET options.
CREATE FUNCTION audit.log_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = audit, pg_temp
    SET work_mem = '8MB'
AS $$
BEGIN
    -- one row per change
    INSERT INTO audit.log (tbl, op, row_data)
    VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(NEW));   /* the new row */
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS TRIGGER AS $body$
begin
  new.updated_at := now();
  return new;
end;
$body$ LANGUAGE plpgsql;

-- Replaced with another body: the later one counts.
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS TRIGGER AS $body$
begin
  new.updated_at := clock_timestamp();
  return new;
end;
$body$ LANGUAGE plpgsql;

-- SQL-standard bodies, which the server stores parsed and prints qualified.
CREATE FUNCTION add_cents(a numeric(12, 2), b numeric DEFAULT 1) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN a + b / 100.0;

CREATE FUNCTION accounts_by_status(s text) RETURNS TABLE (account_id bigint, account_email varchar(200))
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT id, email FROM accounts WHERE status = s ORDER BY id;
END;

-- A string SQL body, overloads, OUT parameters, %TYPE, defaults with casts.
CREATE FUNCTION account_email(p_id bigint) RETURNS text LANGUAGE sql STABLE AS
    'SELECT email FROM accounts WHERE id = p_id';
CREATE FUNCTION account_email(p_email accounts.email%TYPE, OUT found boolean) LANGUAGE sql AS $$
    SELECT EXISTS (SELECT 1 FROM accounts WHERE email = p_email)
$$;
CREATE FUNCTION split_balance(IN p_id bigint, OUT whole bigint, OUT cents integer) AS $$
    SELECT trunc(balance)::bigint, (balance * 100 % 100)::integer FROM accounts WHERE id = p_id
$$ LANGUAGE sql;
CREATE FUNCTION greet(name text DEFAULT 'world'::text, VARIADIC extra text[] DEFAULT '{}') RETURNS SETOF text
    LANGUAGE plpgsql AS $$ BEGIN RETURN NEXT 'hello ' || name; END $$;
CREATE FUNCTION odd_types(b bit, c char, v varchar, t timestamp(3), i interval day, n numeric(5), a bit varying(4)[])
    RETURNS char(2) LANGUAGE sql AS 'SELECT c';
CREATE FUNCTION leak_safe_eq(a int, b int) RETURNS boolean LANGUAGE internal IMMUTABLE LEAKPROOF STRICT AS 'int4eq';

-- Procedures, with ALTER and a rename, SET SCHEMA, and a drop.
CREATE PROCEDURE set_status(p_id bigint, p_status varchar(20)) LANGUAGE plpgsql AS $$
BEGIN
    UPDATE accounts SET status = p_status WHERE id = p_id;
END $$;
CREATE PROCEDURE tmp_proc() LANGUAGE sql AS $$ SELECT 1 $$;
DROP PROCEDURE tmp_proc();
CREATE FUNCTION scratch(int) RETURNS int LANGUAGE sql AS 'SELECT $1';
DROP FUNCTION IF EXISTS scratch(integer), no_such_function(text);

CREATE FUNCTION old_name(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
ALTER FUNCTION old_name(integer) RENAME TO doubled;
ALTER FUNCTION doubled(int) STABLE CALLED ON NULL INPUT;
ALTER FUNCTION doubled SET search_path = public;
ALTER FUNCTION doubled(int4) SET statement_timeout TO 5000;
ALTER FUNCTION doubled(int4) RESET statement_timeout;
ALTER FUNCTION doubled(int4) SET SCHEMA audit;
ALTER FUNCTION audit.doubled(integer) SECURITY DEFINER PARALLEL RESTRICTED;
ALTER ROUTINE audit.doubled(integer) SECURITY INVOKER;

-- Triggers: timing, events, UPDATE OF, WHEN, arguments, statement level,
-- constraint triggers, INSTEAD OF on a view, renames and enabled states.
CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER accounts_audit AFTER UPDATE OF status, balance ON accounts
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE PROCEDURE audit.log_change();
CREATE TRIGGER accounts_status AFTER UPDATE ON accounts
    FOR EACH ROW WHEN (new.status <> 'closed' AND OLD.balance < 0) EXECUTE FUNCTION audit.log_change('status', 42);
CREATE TRIGGER accounts_truncate AFTER TRUNCATE ON accounts
    FOR EACH STATEMENT EXECUTE FUNCTION audit.log_change();
CREATE CONSTRAINT TRIGGER accounts_check AFTER INSERT OR UPDATE ON accounts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit.log_change();
CREATE FUNCTION active_accounts_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO accounts (id, email, status) VALUES (NEW.id, NEW.email, 'active'); RETURN NEW; END $$;
CREATE TRIGGER active_accounts_ins INSTEAD OF INSERT ON active_accounts
    FOR EACH ROW EXECUTE FUNCTION active_accounts_insert();
CREATE TRIGGER tmp_trigger BEFORE DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
ALTER TRIGGER tmp_trigger ON accounts RENAME TO accounts_before_delete;
CREATE OR REPLACE TRIGGER accounts_before_delete BEFORE DELETE OR INSERT ON accounts
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER dropped_trigger AFTER INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
DROP TRIGGER dropped_trigger ON accounts;
DROP TRIGGER IF EXISTS never_created ON accounts;
ALTER TABLE accounts DISABLE TRIGGER accounts_truncate;
ALTER TABLE accounts ENABLE REPLICA TRIGGER accounts_status;
ALTER TABLE accounts ENABLE ALWAYS TRIGGER accounts_check;
ALTER TABLE accounts RENAME COLUMN balance TO amount;
CREATE TRIGGER accounts_audit_all AFTER INSERT OR DELETE OR UPDATE ON accounts
    FOR EACH STATEMENT EXECUTE FUNCTION audit.log_change();
