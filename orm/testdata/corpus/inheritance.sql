-- SQLAlchemy 2.0.52 create_all DDL of inheritance.py (sha256 fa17b50aae96b44bbe3666df75df258f2d8e9725756555b977e53b38e4859e97)

CREATE TABLE employees (
	id SERIAL NOT NULL,
	name VARCHAR(50) NOT NULL,
	type VARCHAR(20) NOT NULL,
	manager_name VARCHAR(30),
	PRIMARY KEY (id)
);

CREATE TABLE engineers (
	id INTEGER NOT NULL,
	language VARCHAR(30) NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(id) REFERENCES employees (id)
);

CREATE TABLE principals (
	id INTEGER NOT NULL,
	domain VARCHAR(50),
	PRIMARY KEY (id),
	FOREIGN KEY(id) REFERENCES engineers (id) ON DELETE CASCADE
);

