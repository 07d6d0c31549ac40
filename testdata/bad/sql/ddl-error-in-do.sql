DO $$
BEGIN
  ALTER TABLE nope ADD COLUMN x integer;
END
$$;
