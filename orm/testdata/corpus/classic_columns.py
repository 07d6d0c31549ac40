"""Classic declarative_base() models with Column: the generic types, the
nullability of a plain Column, serial primary keys, server and client
defaults."""

import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    FetchedValue,
    Float,
    Integer,
    Interval,
    LargeBinary,
    Numeric,
    SmallInteger,
    String,
    Text,
    Time,
    func,
    text,
)
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Customer(Base):
    __tablename__ = "customers"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), nullable=False)
    name = Column(String(100))
    bio = Column(Text)
    active = Column(Boolean, nullable=False, server_default=text("true"))
    rating = Column(Float)
    balance = Column(Numeric(12, 2), server_default="0")
    born_on = Column(Date)
    created_at = Column(DateTime(timezone=True), server_default=func.now())
    updated_at = Column(DateTime, default=datetime.datetime.utcnow, onupdate=datetime.datetime.utcnow)
    opens_at = Column(Time)
    grace = Column(Interval)
    avatar = Column(LargeBinary)
    prefs = Column(JSON)
    tier = Column(String(20), server_default="bronze")
    visits = Column(Integer, default=0)
    # Set by a trigger: SQLAlchemy knows a default exists but emits none.
    search_rank = Column(Integer, server_default=FetchedValue())


class Event(Base):
    __tablename__ = "events"

    id = Column(BigInteger, primary_key=True)
    kind = Column(String(50), nullable=False, server_default=text("'click'"))
    happened_at = Column(DateTime(timezone=True), nullable=False, server_default=text("now()"))


class Flag(Base):
    __tablename__ = "flags"

    id = Column(SmallInteger, primary_key=True)
    label = Column(String, unique=True)


class Setting(Base):
    __tablename__ = "settings"

    key = Column(String(64), primary_key=True)
    value = Column(Text, nullable=True)
    revision = Column(Integer, nullable=False, server_default=text("1"))
    owner = Column("user", String(50))
    scope_name = Column("scope", String(20), key="scope_key")
