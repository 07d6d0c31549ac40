CREATE TABLE things (id integer PRIMARY KEY);
ALTER TABLE thingz ADD COLUMN name text;
