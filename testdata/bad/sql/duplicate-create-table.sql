CREATE TABLE things (id integer PRIMARY KEY);
-- the same table again, without IF NOT EXISTS
CREATE TABLE things (id integer PRIMARY KEY);
