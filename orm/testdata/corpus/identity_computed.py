"""Which integer primary keys become SERIAL (autoincrement="auto"), and
Identity() and Computed() columns."""

from sqlalchemy import BigInteger, Column, Computed, ForeignKey, Identity, Integer, Numeric, String, text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Order(Base):
    __tablename__ = "orders"

    id = Column(BigInteger, Identity(), primary_key=True)
    quantity = Column(Integer, nullable=False)
    unit_cents = Column(Integer, nullable=False)
    total_cents = Column(BigInteger, Computed("quantity * unit_cents"))
    total_stored = Column(BigInteger, Computed("quantity * unit_cents", persisted=True))
    weight_kg = Column(Numeric(8, 3))
    weight_g = Column(Numeric(12, 3), Computed("weight_kg * 1000"))


class Shipment(Base):
    __tablename__ = "shipments"

    id = Column(Integer, Identity(always=True, start=1000, increment=5), primary_key=True)
    order_id = Column(BigInteger, ForeignKey("orders.id"), nullable=False)


class OrderNote(Base):
    # An integer primary key that is also a foreign key is not serial.
    __tablename__ = "order_notes"

    order_id = Column(BigInteger, ForeignKey("orders.id"), primary_key=True)
    body = Column(String(500))


class Counter(Base):
    __tablename__ = "counters"

    id = Column(Integer, primary_key=True, autoincrement=False)
    value = Column(Integer, server_default=text("0"))


class Slot(Base):
    # A server default on the key turns serial off; so does a composite key.
    __tablename__ = "slots"

    id = Column(Integer, primary_key=True, server_default=text("1"))


class Seat(Base):
    __tablename__ = "seats"

    row = Column(Integer, primary_key=True)
    number = Column(Integer, primary_key=True)


class Ticket(Base):
    __tablename__ = "tickets"

    id = Column(Integer, primary_key=True, autoincrement=True)
    serial_no = Column(BigInteger, Identity(start=1, cycle=True), unique=True)
