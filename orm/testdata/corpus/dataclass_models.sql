-- SQLAlchemy 2.0.52 create_all DDL of dataclass_models.py (sha256 4b8789b5b0fd7bfdb36a1c597beef6cdc6771d6c48b3bcc75b007679bc89b1d8)

CREATE TABLE customers (
	id SERIAL NOT NULL,
	first VARCHAR(50) NOT NULL,
	last VARCHAR(50) NOT NULL,
	tier VARCHAR(10) NOT NULL,
	token UUID NOT NULL,
	signed_up TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL,
	referrer_id INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(referrer_id) REFERENCES customers (id)
);

CREATE TABLE orders (
	id SERIAL NOT NULL,
	customer_id INTEGER NOT NULL,
	channel VARCHAR(5),
	PRIMARY KEY (id),
	FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX ix_orders_customer_id ON orders (customer_id);

