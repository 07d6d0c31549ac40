CREATE TABLE things (id integer PRIMARY KEY);
\i sql/include/does-not-exist.sql
