-- Foreign keys: multi-column, every action, DEFERRABLE, MATCH FULL,
-- self references and references without a column list.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    region text NOT NULL,
    parent_id integer REFERENCES accounts,
    UNIQUE (id, region)
);
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    account_id integer NOT NULL,
    region text NOT NULL,
    a1 integer REFERENCES accounts (id) ON DELETE NO ACTION,
    a2 integer REFERENCES accounts (id) ON DELETE RESTRICT,
    a3 integer REFERENCES accounts (id) ON DELETE CASCADE,
    a4 integer REFERENCES accounts (id) ON DELETE SET NULL,
    a5 integer DEFAULT 0 REFERENCES accounts (id) ON DELETE SET DEFAULT ON UPDATE CASCADE,
    a6 integer REFERENCES accounts (id) DEFERRABLE,
    a7 integer REFERENCES accounts (id) DEFERRABLE INITIALLY DEFERRED,
    a8 integer,
    CONSTRAINT orders_account_fk FOREIGN KEY (account_id, region)
        REFERENCES accounts (id, region) MATCH FULL ON UPDATE CASCADE ON DELETE CASCADE
);
ALTER TABLE orders ADD CONSTRAINT orders_a8_fk FOREIGN KEY (a8) REFERENCES accounts (id) ON UPDATE RESTRICT NOT VALID;
CREATE TABLE order_lines (
    order_id bigint REFERENCES orders ON DELETE CASCADE,
    line integer,
    PRIMARY KEY (order_id, line)
);
