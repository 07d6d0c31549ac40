\if :{?skip_third}
\echo 'skipping'
\else
CREATE TABLE third (id int);
\endif
