"""Single-table inheritance (subclass columns land in the parent's table,
nullable only as their annotation says: SQLAlchemy does not relax them) and
joined-table inheritance (a table per subclass, keyed by a foreign key to
the parent)."""

from typing import Optional

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Employee(Base):
    __tablename__ = "employees"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    type: Mapped[str] = mapped_column(String(20))

    __mapper_args__ = {"polymorphic_on": "type", "polymorphic_identity": "employee"}


class Manager(Employee):
    # Single-table: no __tablename__, so the column joins "employees".
    manager_name: Mapped[Optional[str]] = mapped_column(String(30))
    grade: Mapped[str] = mapped_column(String(10), server_default="junior")

    __mapper_args__ = {"polymorphic_identity": "manager"}


class Engineer(Employee):
    __tablename__ = "engineers"

    id: Mapped[int] = mapped_column(ForeignKey("employees.id"), primary_key=True)
    language: Mapped[str] = mapped_column(String(30))

    __mapper_args__ = {"polymorphic_identity": "engineer"}


class Principal(Engineer):
    __tablename__ = "principals"

    id: Mapped[int] = mapped_column(ForeignKey("engineers.id", ondelete="CASCADE"), primary_key=True)
    domain: Mapped[Optional[str]] = mapped_column(String(50))

    __mapper_args__ = {"polymorphic_identity": "principal"}
