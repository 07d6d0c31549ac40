"""A Base with type_annotation_map, and Annotated aliases that carry a type
or a whole mapped_column."""

import datetime
from decimal import Decimal
from typing import Annotated, Optional

from sqlalchemy import BigInteger, DateTime, Numeric, String, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

intpk = Annotated[int, mapped_column(primary_key=True)]
str50 = Annotated[str, 50]
created = Annotated[datetime.datetime, mapped_column(server_default=func.now())]
money = Annotated[Decimal, mapped_column(Numeric(10, 6), server_default="0")]
loose_str = Annotated[str, mapped_column(String(30), nullable=True)]


class Base(DeclarativeBase):
    type_annotation_map = {
        int: BigInteger,
        datetime.datetime: DateTime(timezone=True),
        dict: JSONB,
        str50: String(50),
    }


class Invoice(Base):
    __tablename__ = "invoices"

    id: Mapped[intpk]
    number: Mapped[str50]
    memo: Mapped[Optional[str50]]
    lines: Mapped[int]
    total: Mapped[money]
    extra: Mapped[dict]
    notes: Mapped[dict | None]
    issued_at: Mapped[created]
    paid_at: Mapped[Optional[datetime.datetime]]
    label: Mapped[str]
    remark: Mapped[loose_str]
