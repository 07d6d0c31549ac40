-- SQLAlchemy 2.0.52 create_all DDL of declarative_mapped.py (sha256 fc18592c8c1a9f4cc48698ea5da8abfb1044b055c90954c4e1f00be725e8c9b2)

CREATE TABLE accounts (
	id SERIAL NOT NULL,
	public_id UUID DEFAULT gen_random_uuid() NOT NULL,
	handle VARCHAR(40) COLLATE "C" NOT NULL,
	display_name VARCHAR(100),
	about TEXT,
	motto VARCHAR,
	plan VARCHAR(100) DEFAULT 'general' NOT NULL,
	score FLOAT NOT NULL,
	verified BOOLEAN NOT NULL,
	credit NUMERIC NOT NULL,
	"limit" NUMERIC(10, 2),
	joined TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
	last_seen TIMESTAMP WITHOUT TIME ZONE,
	birthday DATE,
	wakes_at TIME WITHOUT TIME ZONE NOT NULL,
	session_ttl INTERVAL NOT NULL,
	avatar BYTEA,
	nickname VARCHAR(30) NOT NULL,
	PRIMARY KEY (id)
);

CREATE TABLE notes (
	id UUID DEFAULT gen_random_uuid() NOT NULL,
	body VARCHAR NOT NULL,
	pinned BOOLEAN DEFAULT false NOT NULL,
	metadata JSON DEFAULT '{}' NOT NULL,
	type VARCHAR(20) NOT NULL,
	"order" INTEGER,
	PRIMARY KEY (id)
);

