CREATE TABLE a (id int);
\ir b.sql
