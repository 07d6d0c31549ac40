-- Enum and domain types, used by columns, altered after creation.
CREATE TYPE mood AS ENUM ('sad', 'ok');
ALTER TYPE mood ADD VALUE 'happy';
ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ecstatic' AFTER 'happy';
CREATE TYPE status AS ENUM ('new', 'done');
ALTER TYPE status RENAME VALUE 'done' TO 'closed';
CREATE DOMAIN email AS text CHECK (VALUE ~ '@');
CREATE DOMAIN positive_amount AS numeric(10,2) NOT NULL DEFAULT 0 CONSTRAINT amount_positive CHECK (VALUE >= 0);
CREATE TABLE people (
    id integer PRIMARY KEY,
    feeling mood DEFAULT 'ok',
    history mood[],
    state status NOT NULL DEFAULT 'new'::status,
    contact email,
    balance positive_amount
);
