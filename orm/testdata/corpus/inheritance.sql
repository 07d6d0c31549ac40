-- SQLAlchemy 2.0.52 create_all DDL of inheritance.py (sha256 65d35df9f3f563eb17159ffe01b027d0bcf2600553ed81c1c41df1fe7e64e306)

CREATE TABLE employees (
	id SERIAL NOT NULL,
	name VARCHAR(50) NOT NULL,
	type VARCHAR(20) NOT NULL,
	manager_name VARCHAR(30),
	grade VARCHAR(10) DEFAULT 'junior' NOT NULL,
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

