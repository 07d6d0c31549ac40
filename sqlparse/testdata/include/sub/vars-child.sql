CREATE TABLE :"sch".u (id int);
