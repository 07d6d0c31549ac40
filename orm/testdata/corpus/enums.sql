-- SQLAlchemy 2.0.52 create_all DDL of enums.py (sha256 0e078c28102f3efcf9d92b0de8c990cde9a4836481ed9ca7b544d8f575b1b832)

CREATE TYPE status AS ENUM ('pending', 'active', 'closed');

CREATE TYPE ticket_priority AS ENUM ('LOW', 'HIGH');

CREATE TYPE channel AS ENUM ('email', 'phone', 'chat');

CREATE TABLE tickets (
	id SERIAL NOT NULL,
	status status NOT NULL,
	previous status,
	priority ticket_priority NOT NULL,
	channel channel NOT NULL,
	size VARCHAR(10) NOT NULL,
	queue VARCHAR(20) DEFAULT 'triage' NOT NULL,
	PRIMARY KEY (id)
);

CREATE TABLE incidents (
	id SERIAL NOT NULL,
	status status DEFAULT 'pending' NOT NULL,
	PRIMARY KEY (id)
);

