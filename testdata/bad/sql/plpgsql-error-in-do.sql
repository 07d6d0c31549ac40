DO $$
BEGIN
  IF true THEN
    CREATE TABLE t (id integer);
END;
$$;
