CREATE TABLE things (
  id integer PRIMARY KEY,
  owner_id integer REFERENCES owners (id)
);
