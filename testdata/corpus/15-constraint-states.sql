-- Constraint states: NOT VALID and VALIDATE CONSTRAINT, NO INHERIT,
-- deferrable keys, a unique constraint adopted from an index, exclusion
-- constraints and replica identities, in the spellings the server rewrites.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE parent (id int PRIMARY KEY, code text NOT NULL);

-- NOT VALID in CREATE TABLE is ignored: a new table has no rows.
CREATE TABLE orders (
  id int NOT NULL,
  parent_id int,
  parent2_id int,
  parent3_id int,
  qty int,
  price numeric,
  CONSTRAINT created_not_valid CHECK (qty > 0) NOT VALID,
  CONSTRAINT created_fk FOREIGN KEY (parent_id) REFERENCES parent NOT VALID
);
ALTER TABLE orders ADD CONSTRAINT qty_small CHECK (qty < 1000) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT price_pos CHECK (price >= 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT price_pos;
ALTER TABLE orders ADD CONSTRAINT orders_parent_fk FOREIGN KEY (parent2_id) REFERENCES parent (id) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_parent_fk2 FOREIGN KEY (parent3_id) REFERENCES parent (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_parent_fk2;
ALTER TABLE orders ADD CONSTRAINT only_here CHECK (id > 0) NO INHERIT;
ALTER TABLE orders ADD CHECK (qty <> 13) NO INHERIT NOT VALID;

-- Deferrable keys, in every place the clause can stand.
CREATE TABLE slots (
  id int PRIMARY KEY DEFERRABLE,
  pos int UNIQUE DEFERRABLE INITIALLY DEFERRED,
  label text,
  parent_id int REFERENCES parent DEFERRABLE INITIALLY IMMEDIATE,
  other_id int CONSTRAINT slots_other_fk REFERENCES parent NOT DEFERRABLE,
  UNIQUE (label) DEFERRABLE INITIALLY IMMEDIATE
);
ALTER TABLE slots ADD CONSTRAINT slots_pos_label UNIQUE (pos, label) INITIALLY DEFERRED;
ALTER TABLE slots ALTER CONSTRAINT slots_other_fk DEFERRABLE INITIALLY DEFERRED;

-- A unique index becomes a constraint, renamed to the constraint's name;
-- another stays a plain index.
CREATE TABLE codes (id int NOT NULL, code text NOT NULL, alt text NOT NULL);
CREATE UNIQUE INDEX codes_code_idx ON codes (code);
ALTER TABLE codes ADD CONSTRAINT codes_code_key UNIQUE USING INDEX codes_code_idx;
CREATE UNIQUE INDEX codes_id_idx ON codes (id);
ALTER TABLE codes ADD PRIMARY KEY USING INDEX codes_id_idx;
CREATE UNIQUE INDEX codes_alt_idx ON codes (alt);

-- Exclusion constraints.
CREATE TABLE bookings (
  id int PRIMARY KEY,
  room int NOT NULL,
  during tstzrange NOT NULL,
  cancelled boolean NOT NULL DEFAULT false,
  guest text,
  EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (NOT cancelled),
  CONSTRAINT one_guest EXCLUDE USING GIST (guest WITH OPERATOR(pg_catalog.=), during WITH &&) DEFERRABLE INITIALLY DEFERRED
);
ALTER TABLE bookings ADD CONSTRAINT room_lower EXCLUDE USING gist ((room + 0) WITH =) INCLUDE (id);
ALTER TABLE bookings ADD EXCLUDE USING gist (during WITH &&) WHERE (cancelled AND room > 100);
ALTER TABLE bookings RENAME COLUMN guest TO visitor;
ALTER TABLE bookings RENAME CONSTRAINT room_lower TO room_plus;
ALTER INDEX bookings_during_excl RENAME TO bookings_cancelled_overlap;
CREATE TABLE bookings_copy (LIKE bookings INCLUDING INDEXES);
ALTER TABLE bookings_copy DROP CONSTRAINT bookings_copy_guest_during_excl;

-- Replica identities.
CREATE TABLE feed_full (id int PRIMARY KEY, body text);
ALTER TABLE feed_full REPLICA IDENTITY FULL;
CREATE TABLE feed_nothing (id int);
ALTER TABLE feed_nothing REPLICA IDENTITY NOTHING;
CREATE TABLE feed_index (id int NOT NULL, k text NOT NULL);
CREATE UNIQUE INDEX feed_index_k ON feed_index (k);
ALTER TABLE feed_index REPLICA IDENTITY USING INDEX feed_index_k;
ALTER INDEX feed_index_k RENAME TO feed_index_key;
CREATE TABLE feed_key (id int NOT NULL, k text NOT NULL, CONSTRAINT feed_key_k UNIQUE (k));
ALTER TABLE feed_key REPLICA IDENTITY USING INDEX feed_key_k;
ALTER TABLE feed_key RENAME CONSTRAINT feed_key_k TO feed_key_k2;
CREATE TABLE feed_back (id int PRIMARY KEY);
ALTER TABLE feed_back REPLICA IDENTITY FULL;
ALTER TABLE feed_back REPLICA IDENTITY DEFAULT;
