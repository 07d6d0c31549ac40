CREATE TABLE things (id integer PRIMARY KEY, name text);
ALTER TABLE things ADD COLUMN name text;
