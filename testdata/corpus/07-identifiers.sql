-- Quoted mixed-case identifiers, reserved words, and names longer than 63
-- bytes, which PostgreSQL truncates.
CREATE TABLE "UserAccounts" (
    "Id" integer PRIMARY KEY,
    "EmailAddress" text NOT NULL,
    "order" integer,
    "user" text,
    "select" boolean DEFAULT false,
    plain_lower text
);
CREATE INDEX "IX_UserAccounts_Email" ON "UserAccounts" ("EmailAddress");
CREATE TABLE this_table_name_is_much_longer_than_sixty_three_bytes_so_postgres_truncates_it (
    this_column_name_is_much_longer_than_sixty_three_bytes_as_well_so_it_is_cut integer PRIMARY KEY,
    other_column_with_a_rather_long_name_that_also_goes_past_the_limit_of_names text UNIQUE
);
CREATE INDEX an_index_name_that_is_much_longer_than_sixty_three_bytes_and_gets_truncated
    ON this_table_name_is_much_longer_than_sixty_three_bytes_so_postgres_truncates_it
    (other_column_with_a_rather_long_name_that_also_goes_past_the_limit_of_names);
CREATE TABLE "Ünïcödé" ("Näme" text, "ключ" integer);
