-- SQLAlchemy 2.0.52 create_all DDL of future_annotations.py (sha256 b148e2c1e86d1e609188e67fcf2f4b40499340c6a0c3676656e4941773856b3e)

CREATE TABLE authors (
	id SERIAL NOT NULL,
	name VARCHAR(80) NOT NULL,
	pen_name VARCHAR(80),
	website VARCHAR,
	died DATE,
	born DATE NOT NULL,
	PRIMARY KEY (id)
);

CREATE TABLE books (
	id SERIAL NOT NULL,
	author_id INTEGER NOT NULL,
	editor_id INTEGER,
	title VARCHAR NOT NULL,
	subtitle VARCHAR,
	pages INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(author_id) REFERENCES authors (id),
	FOREIGN KEY(editor_id) REFERENCES authors (id)
);

