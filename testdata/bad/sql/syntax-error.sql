CREATE TABLE things (id integer PRIMARY KEY);

CREATE TABL broken (id integer);
