"""SQLAlchemy 2.0 declarative models: Mapped[...] and mapped_column, the
default Python-type map, nullability decided by the annotation unless
nullable= says otherwise, and attributes named apart from their columns."""

import datetime
import decimal
import uuid
from typing import Optional, Union

from sqlalchemy import JSON, DateTime, Numeric, String, Text, func, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[uuid.UUID] = mapped_column(server_default=text("gen_random_uuid()"))
    handle: Mapped[str] = mapped_column(String(40, collation="C"))
    display_name: Mapped[Optional[str]] = mapped_column(String(100))
    about: Mapped[str | None] = mapped_column(Text)
    motto: Mapped[Union[str, None]]
    plan: Mapped[str] = mapped_column(String(100), server_default="general")
    score: Mapped[float]
    verified: Mapped[bool] = mapped_column(default=False)
    credit: Mapped[decimal.Decimal]
    limit: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), nullable=True)
    joined: Mapped[datetime.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    last_seen: Mapped[Optional[datetime.datetime]]
    birthday: Mapped[datetime.date | None]
    wakes_at: Mapped[datetime.time]
    session_ttl: Mapped[datetime.timedelta]
    avatar: Mapped[bytes | None]
    nickname: Mapped[Optional[str]] = mapped_column(String(30), nullable=False)


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, server_default=text("gen_random_uuid()"))
    body: Mapped[str]
    pinned: Mapped[bool] = mapped_column(server_default=text("false"))
    # "metadata" is reserved on declarative classes, so the attribute differs.
    metadata_json: Mapped[dict] = mapped_column("metadata", JSON, server_default=text("'{}'"))
    kind: Mapped[str] = mapped_column("type", String(20))
    order: Mapped[Optional[int]] = mapped_column("order")
