"""SQLAlchemy 2.0 dataclass mapping (MappedAsDataclass): dataclass options
beside the column options, Literal types, and attributes that are not
columns (relationships, column_property, hybrid properties, ClassVar)."""

import datetime
import uuid
from typing import ClassVar, List, Literal, Optional

from sqlalchemy import ForeignKey, String, func, select
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, column_property, mapped_column, relationship


class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"

    MAX_ORDERS: ClassVar[int] = 100

    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    first: Mapped[str] = mapped_column(String(50))
    last: Mapped[str] = mapped_column(String(50))
    tier: Mapped[Literal["free", "pro", "enterprise"]] = mapped_column(default="free")
    token: Mapped[uuid.UUID] = mapped_column(default_factory=uuid.uuid4)
    signed_up: Mapped[datetime.datetime] = mapped_column(init=False, server_default=func.now())
    referrer_id: Mapped[Optional[int]] = mapped_column(ForeignKey("customers.id"), default=None)
    orders: Mapped[List["Order"]] = relationship(back_populates="customer", default_factory=list)

    @hybrid_property
    def name(self) -> str:
        return self.first + " " + self.last


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True, init=False)
    channel: Mapped[Optional[Literal["web", "phone"]]] = mapped_column(default=None)
    customer: Mapped[Customer] = relationship(back_populates="orders", default=None)


Customer.order_count = column_property(
    select(func.count(Order.id)).where(Order.customer_id == Customer.id).scalar_subquery()
)
