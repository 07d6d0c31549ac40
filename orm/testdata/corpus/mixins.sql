-- SQLAlchemy 2.0.52 create_all DDL of mixins.py (sha256 fc31f32be17a0b03f1209d577943bb3bb610d0052b8cb5c8c93809c811e339e7)

CREATE TABLE users (
	id SERIAL NOT NULL,
	email VARCHAR(255) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE,
	PRIMARY KEY (id),
	UNIQUE (email)
);

CREATE TABLE labels (
	color VARCHAR(7),
	id SERIAL NOT NULL,
	name VARCHAR(100) NOT NULL,
	PRIMARY KEY (id)
);

CREATE INDEX ix_labels_name_color ON labels (name, color);

CREATE TABLE projects (
	archived BOOLEAN DEFAULT 'false' NOT NULL,
	owner_id INTEGER NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE,
	id SERIAL NOT NULL,
	name VARCHAR(100) NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX ix_projects_owner_id ON projects (owner_id);

