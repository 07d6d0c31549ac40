-- SQLAlchemy 2.0.52 create_all DDL of future_annotations.py (sha256 c1aae9155e31af160a85dd194a4d52a11ef75fd5b9347157b2d8969d0dfc149c)

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

