-- Two schemas, search_path changes, cross-schema references, one table
-- name in both schemas.
CREATE SCHEMA billing;
CREATE SCHEMA IF NOT EXISTS billing;
CREATE TABLE customers (id integer PRIMARY KEY, name text);
SET search_path TO billing, public;
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    customer_id integer REFERENCES public.customers (id),
    total numeric(12,2) DEFAULT 0
);
CREATE TABLE customers (id integer PRIMARY KEY, billing_name text);
CREATE INDEX invoices_customer_idx ON invoices (customer_id);
SELECT pg_catalog.set_config('search_path', 'public', false);
CREATE TABLE notes (id integer PRIMARY KEY, invoice_id integer REFERENCES billing.invoices (id));
ALTER TABLE billing.customers ADD COLUMN vat text;
