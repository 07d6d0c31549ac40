DO $$
BEGIN
  CREATE TABLE things (id integer PRIMARY KEY);
END;
