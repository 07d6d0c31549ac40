-- SQLAlchemy 2.0.52 create_all DDL of type_map.py (sha256 4c5c492824545c92bc283ffee8a7357eedec7fd25ffaff7c79e80f75caef7f72)

CREATE TABLE invoices (
	id BIGSERIAL NOT NULL,
	number VARCHAR(50) NOT NULL,
	memo VARCHAR(50),
	lines BIGINT NOT NULL,
	total NUMERIC(10, 6) DEFAULT '0' NOT NULL,
	extra JSONB NOT NULL,
	notes JSONB,
	issued_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
	paid_at TIMESTAMP WITH TIME ZONE,
	label VARCHAR NOT NULL,
	PRIMARY KEY (id)
);

