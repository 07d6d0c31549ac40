CREATE TABLE app.things (id integer PRIMARY KEY);
