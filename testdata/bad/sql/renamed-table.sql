CREATE TABLE thing (id integer PRIMARY KEY);
ALTER TABLE thing RENAME TO things;
CREATE INDEX idx_thing_id ON thing (id);
