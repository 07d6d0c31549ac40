CREATE TABLE things (id integer PRIMARY KEY);
/* this comment never ends
CREATE TABLE more (id integer);
