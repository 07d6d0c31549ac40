CREATE TABLE things (id integer PRIMARY KEY);
\ir cycle-a.sql
