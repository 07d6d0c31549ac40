-- CHECK constraints: column and table level, named and unnamed, IN lists,
-- BETWEEN, pattern matching, NOT VALID.
CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric(10,2) CHECK (price > 0),
    discount numeric(10,2) CONSTRAINT discount_sane CHECK (discount >= 0 AND discount <= 100),
    kind varchar(10) CHECK (kind IN ('book', 'music', 'film')),
    sku text CHECK (sku ~ '^[A-Z]{3}-[0-9]+$'),
    stock integer CHECK (stock BETWEEN 0 AND 10000),
    starts date,
    ends date,
    CHECK (ends IS NULL OR ends > starts),
    CONSTRAINT name_or_sku CHECK (COALESCE(sku, '') <> '' OR id > 0)
);
ALTER TABLE products ADD CONSTRAINT stock_round CHECK (stock % 1 = 0) NOT VALID;
ALTER TABLE products ADD CHECK (price < 1000000);
