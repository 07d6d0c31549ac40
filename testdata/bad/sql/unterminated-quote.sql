CREATE TABLE things (
  id integer PRIMARY KEY,
  name text DEFAULT 'unnamed
);
CREATE TABLE more (id integer);
