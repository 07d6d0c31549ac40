CREATE TABLE b (id int);
\ir a.sql
