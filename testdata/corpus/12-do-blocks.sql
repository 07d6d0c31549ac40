-- DDL inside DO blocks, as guarded migrations write it.
CREATE TABLE schema_version (version integer PRIMARY KEY);
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM schema_version WHERE version = 1) THEN
        CREATE TABLE jobs (id serial PRIMARY KEY, name text NOT NULL);
        CREATE INDEX jobs_name_idx ON jobs (name);
        INSERT INTO schema_version VALUES (1);
    ELSE
        RAISE NOTICE 'version 1 already applied';
    END IF;
END $$;
DO $migration$
DECLARE
    n integer;
BEGIN
    SELECT count(*) INTO n FROM schema_version WHERE version = 2;
    IF n = 0 THEN
        ALTER TABLE jobs ADD COLUMN IF NOT EXISTS priority integer DEFAULT 5;
        EXECUTE 'CREATE INDEX jobs_priority_idx ON jobs (priority DESC)';
        INSERT INTO schema_version VALUES (2);
    END IF;
END
$migration$;
DO LANGUAGE plpgsql $$
BEGIN
    CREATE TABLE IF NOT EXISTS job_runs (
        id bigserial PRIMARY KEY,
        job_id integer REFERENCES jobs (id) ON DELETE CASCADE,
        started_at timestamptz DEFAULT now()
    );
END $$;
