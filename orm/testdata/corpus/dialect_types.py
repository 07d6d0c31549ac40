"""PostgreSQL dialect types from sqlalchemy.dialects.postgresql."""

from sqlalchemy import Column, Integer, Text, text
from sqlalchemy.dialects.postgresql import (
    ARRAY,
    BYTEA,
    CIDR,
    DOUBLE_PRECISION,
    INET,
    INTERVAL,
    JSON,
    JSONB,
    MACADDR,
    MONEY,
    TIMESTAMP,
    TSVECTOR,
    UUID,
    VARCHAR,
)
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Device(Base):
    __tablename__ = "devices"

    id = Column(UUID(as_uuid=True), primary_key=True, server_default=text("gen_random_uuid()"))
    attrs = Column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))
    raw = Column(JSON)
    tags = Column(ARRAY(Text), server_default=text("'{}'"))
    ports = Column(ARRAY(Integer))
    address = Column(INET)
    network = Column(CIDR)
    mac = Column(MACADDR)
    firmware = Column(BYTEA)
    uptime = Column(INTERVAL)
    load = Column(DOUBLE_PRECISION)
    price = Column(MONEY)
    seen_at = Column(TIMESTAMP(timezone=True))
    search = Column(TSVECTOR)
    serial = Column(VARCHAR(32))
