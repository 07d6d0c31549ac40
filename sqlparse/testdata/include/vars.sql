\set sch app
CREATE SCHEMA :sch;
CREATE TABLE :sch.t (id int);
\ir sub/vars-child.sql
