DO $$
BEGIN
  CREATE TABLE things (id integer PRIMARY KEY);
  CREATE TABL more (id integer);
END
$$;
