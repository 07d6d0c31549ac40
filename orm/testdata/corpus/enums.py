"""Enums: Enum(...) with values, Enum over a Python Enum subclass, a Python
Enum subclass as the annotation (a native enum named after the class), one
type shared by two tables, and a non-native enum."""

import enum
from typing import Optional

from sqlalchemy import Enum, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Status(enum.Enum):
    pending = "pending"
    active = "active"
    closed = "closed"


class Priority(enum.Enum):
    LOW = 1
    HIGH = 2


class Ticket(Base):
    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[Status]
    previous: Mapped[Optional[Status]]
    priority: Mapped[Priority] = mapped_column(Enum(Priority, name="ticket_priority"))
    channel: Mapped[str] = mapped_column(Enum("email", "phone", "chat", name="channel"))
    size: Mapped[str] = mapped_column(Enum("s", "m", "l", native_enum=False, length=10))
    queue: Mapped[str] = mapped_column(String(20), server_default="triage")


class Incident(Base):
    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[Status] = mapped_column(server_default="pending")
