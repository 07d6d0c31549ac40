-- ALTER TABLE sequences as migrations write them: adds, drops, renames,
-- type changes, defaults, NOT NULL, constraints, and index renames.
CREATE TABLE items (
    id integer PRIMARY KEY,
    name varchar(50),
    price integer,
    legacy text,
    category text
);
CREATE INDEX items_name_idx ON items (name);
CREATE INDEX items_legacy_idx ON items (legacy);
ALTER TABLE items ADD COLUMN sku varchar(20);
ALTER TABLE items ADD COLUMN IF NOT EXISTS sku varchar(99);
ALTER TABLE items DROP COLUMN legacy;
ALTER TABLE items DROP COLUMN IF EXISTS nothing_here;
ALTER TABLE items RENAME COLUMN name TO title;
ALTER TABLE items ALTER COLUMN title TYPE text;
ALTER TABLE items ALTER COLUMN price TYPE numeric(10,2) USING price::numeric;
ALTER TABLE items ALTER COLUMN price SET DEFAULT 0;
ALTER TABLE items ALTER COLUMN sku SET NOT NULL;
ALTER TABLE items ALTER COLUMN category SET DEFAULT 'misc';
ALTER TABLE items ALTER COLUMN category DROP DEFAULT;
ALTER TABLE items ALTER title SET NOT NULL, ALTER title DROP NOT NULL;
ALTER TABLE items ADD CONSTRAINT items_sku_key UNIQUE (sku);
ALTER TABLE items ADD CONSTRAINT items_price_positive CHECK (price >= 0);
ALTER TABLE items DROP CONSTRAINT items_price_positive;
ALTER TABLE items RENAME CONSTRAINT items_sku_key TO items_sku_unique;
ALTER INDEX items_name_idx RENAME TO items_title_idx;
ALTER TABLE items RENAME TO products_v2;
CREATE TABLE scratch (id integer);
DROP TABLE scratch;
DROP TABLE IF EXISTS never_existed;
CREATE INDEX products_v2_cat_idx ON products_v2 (category);
DROP INDEX products_v2_cat_idx;
DROP INDEX IF EXISTS no_such_index;
CREATE SCHEMA archive;
CREATE TABLE old_items (id integer PRIMARY KEY);
ALTER TABLE old_items SET SCHEMA archive;
ALTER TABLE archive.old_items ADD COLUMN moved_at timestamptz DEFAULT now();
