CREATE TABLE things (id integer PRIMARY KEY);
CREATE FUNCTION f() RETURNS integer AS $body$
  SELECT 1;
CREATE TABLE more (id integer);
