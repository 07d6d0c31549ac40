CREATE TABLE things (id integer PRIMARY KEY);
CREATE INDEX idx_things_name ON things (name);
