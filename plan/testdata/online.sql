-- golden
-- 10 steps, 8 blocked
SET lock_timeout = '5000ms';
SET statement_timeout = '60000ms';

-- transaction 1

-- step 1
--   column.nullable: column "email" is NOT NULL in sql but nullable in db
--   lock ACCESS EXCLUSIVE on public.accounts
--   BLOCKED, not run: makes one change with step 7, which is blocked
-- ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_not_null CHECK (email IS NOT NULL) NOT VALID;

-- transaction 2 (not transactional: runs on its own)

-- step 2
--   unique.missing: sql has UNIQUE (email) that db lacks
--   hazard not-transactional: CREATE INDEX CONCURRENTLY cannot run in a transaction; a failure leaves an INVALID index to drop
--   hazard full-scan: building the index of UNIQUE (email) of public.accounts reads every row (writes continue) (public.accounts: about 1,234,567 rows in 8910 pages)
--   hazard may-fail-on-data: fails if existing rows violate UNIQUE (email) of public.accounts (public.accounts: about 1,234,567 rows in 8910 pages)
--   lock SHARE UPDATE EXCLUSIVE on public.accounts
--   BLOCKED, not run: hazard not allowed: not-transactional, may-fail-on-data
-- CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON public.accounts (email);

-- transaction 3
BEGIN;

-- step 3
--   check.missing: sql has CHECK (score >= 0) that db lacks
--   lock ACCESS EXCLUSIVE on public.accounts
ALTER TABLE public.accounts ADD CONSTRAINT accounts_score_check CHECK (score >= 0) NOT VALID;

-- step 4 (after 2)
--   unique.missing: sql has UNIQUE (email) that db lacks
--   lock ACCESS EXCLUSIVE on public.accounts
--   BLOCKED, not run: depends on step 2, which is blocked
-- ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_key;
COMMIT;

-- transaction 4 (not transactional: runs on its own)

-- step 5
--   index.missing: sql has index "accounts_lower_email" USING btree ((lower(email))) WHERE score > 0 that db lacks
--   hazard not-transactional: CREATE INDEX CONCURRENTLY cannot run in a transaction; a failure leaves an INVALID index to drop
--   hazard full-scan: building index accounts_lower_email reads every row of public.accounts (writes continue) (public.accounts: about 1,234,567 rows in 8910 pages)
--   lock SHARE UPDATE EXCLUSIVE on public.accounts
--   BLOCKED, not run: hazard not allowed: not-transactional
-- CREATE INDEX CONCURRENTLY accounts_lower_email ON public.accounts USING btree ((lower(email))) WHERE score > 0;

-- transaction 5
BEGIN;

-- step 6
--   fk.missing: sql has FOREIGN KEY (owner) REFERENCES accounts(id) ON DELETE CASCADE that db lacks
--   lock SHARE ROW EXCLUSIVE on public.accounts
ALTER TABLE public.accounts ADD CONSTRAINT accounts_owner_fkey FOREIGN KEY (owner) REFERENCES public.accounts (id) ON DELETE CASCADE NOT VALID;
COMMIT;

-- transaction 6

-- step 7 (after 1)
--   column.nullable: column "email" is NOT NULL in sql but nullable in db
--   hazard full-scan: VALIDATE reads every row of public.accounts (writes continue) (public.accounts: about 1,234,567 rows in 8910 pages)
--   hazard may-fail-on-data: fails if public.accounts.email holds NULLs (public.accounts: about 1,234,567 rows in 8910 pages)
--   lock SHARE UPDATE EXCLUSIVE on public.accounts
--   BLOCKED, not run: hazard not allowed: may-fail-on-data
-- ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_email_not_null;

-- transaction 7

-- step 8 (after 3)
--   check.missing: sql has CHECK (score >= 0) that db lacks
--   hazard full-scan: VALIDATE reads every row of public.accounts (writes continue) (public.accounts: about 1,234,567 rows in 8910 pages)
--   hazard may-fail-on-data: fails if existing rows violate CHECK (score >= 0) (public.accounts: about 1,234,567 rows in 8910 pages)
--   lock SHARE UPDATE EXCLUSIVE on public.accounts
--   BLOCKED, not run: hazard not allowed: may-fail-on-data
-- ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_score_check;

-- transaction 8

-- step 9 (after 6)
--   fk.missing: sql has FOREIGN KEY (owner) REFERENCES accounts(id) ON DELETE CASCADE that db lacks
--   hazard full-scan: VALIDATE reads every row of public.accounts (writes continue) (public.accounts: about 1,234,567 rows in 8910 pages)
--   hazard may-fail-on-data: VALIDATE fails on rows of public.accounts that reference no row of public.accounts (public.accounts: about 1,234,567 rows in 8910 pages)
--   lock SHARE UPDATE EXCLUSIVE on public.accounts
--   lock ROW SHARE on public.accounts
--   BLOCKED, not run: hazard not allowed: may-fail-on-data
-- ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_owner_fkey;

-- transaction 9

-- step 10 (after 1, 7)
--   column.nullable: column "email" is NOT NULL in sql but nullable in db
--   lock ACCESS EXCLUSIVE on public.accounts
--   BLOCKED, not run: depends on step 1, which is blocked
-- ALTER TABLE public.accounts ALTER COLUMN email SET NOT NULL, DROP CONSTRAINT accounts_email_not_null;
