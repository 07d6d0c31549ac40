-- Row-level security and policies, in the spellings the server rewrites:
-- pg_get_expr adds casts on literals, parentheses and ANY(ARRAY[...]),
-- and roles are stored as a set of oids.
CREATE SCHEMA app;
CREATE TABLE app.tenants (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE app.documents (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES app.tenants (id),
    owner text NOT NULL,
    status text NOT NULL DEFAULT 'draft',
    level integer NOT NULL DEFAULT 0
);
ALTER TABLE app.documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.documents FORCE ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON app.documents
    USING (tenant_id = current_setting('app.tenant')::uuid);
CREATE POLICY "Owner writes" ON app.documents AS PERMISSIVE FOR UPDATE TO app_writer, app_reader
    USING (owner = current_user) WITH CHECK (owner = current_user AND status IN ('draft', 'review'));
CREATE POLICY only_published ON app.documents AS RESTRICTIVE FOR SELECT TO PUBLIC
    USING (status = 'published' OR level > 2);
CREATE POLICY insert_own ON app.documents FOR INSERT TO CURRENT_USER
    WITH CHECK (NOT (owner IS NULL));
CREATE POLICY in_tenant ON app.documents FOR DELETE
    USING (EXISTS (SELECT 1 FROM app.tenants t WHERE t.id = tenant_id AND t.name <> ''));

-- Altered, renamed and dropped afterwards.
CREATE POLICY draft ON app.documents FOR SELECT TO app_reader USING (true);
ALTER POLICY draft ON app.documents TO app_admin, app_reader USING (status = 'draft');
ALTER POLICY draft ON app.documents RENAME TO drafts;
CREATE POLICY scratch ON app.documents USING (false);
DROP POLICY scratch ON app.documents;
DROP POLICY IF EXISTS never_created ON app.documents;

-- A column renamed under a policy's expression.
ALTER TABLE app.documents RENAME COLUMN level TO clearance;

-- Enabled, then switched off again; forced without being enabled.
CREATE TABLE audit (id integer PRIMARY KEY, actor text);
ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit DISABLE ROW LEVEL SECURITY;
CREATE TABLE notes (id integer PRIMARY KEY, body text);
ALTER TABLE notes FORCE ROW LEVEL SECURITY, ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes NO FORCE ROW LEVEL SECURITY;
CREATE POLICY notes_all ON notes TO app_reader USING (body IS NOT NULL) WITH CHECK (length(body) < 1000);
