CREATE TABLE things (id integer PRIMARY KEY, code text, PRIMARY KEY (code));
