-- The entry script: psql runs it with \i paths relative to the working
-- directory and \ir paths relative to this file.
\set ON_ERROR_STOP on
\echo 'creating'
CREATE TABLE first (id int PRIMARY KEY);
\ir sub/second.sql
\include_relative 'sub/third.sql'
CREATE TABLE last (second_id int REFERENCES second);
