CREATE TABLE second (
    id int PRIMARY KEY,
    first_id int REFERENCES first
);
