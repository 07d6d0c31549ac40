-- The well-formed SQL the spec and config cases are checked against.
CREATE TABLE things (id integer PRIMARY KEY, name text NOT NULL);
