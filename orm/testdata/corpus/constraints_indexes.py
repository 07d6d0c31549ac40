"""unique=True, index=True and both; __table_args__ as a tuple, as a dict,
and as a tuple ending in a dict."""

from sqlalchemy import CheckConstraint, Column, Index, Integer, PrimaryKeyConstraint, String, UniqueConstraint
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        UniqueConstraint("first_name", "last_name"),
        UniqueConstraint("nickname", name="uq_users_nickname"),
        CheckConstraint("age >= 0", name="ck_users_age"),
        CheckConstraint("length(first_name) > 0"),
        Index("ix_users_name", "last_name", "first_name"),
        Index("ux_users_phone", "phone", unique=True),
    )

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    username = Column(String(50), index=True)
    slug = Column(String(50), unique=True, index=True)
    first_name = Column(String(50))
    last_name = Column(String(50))
    nickname = Column(String(50))
    phone = Column(String(20))
    age = Column(Integer)


class AuditEntry(Base):
    __tablename__ = "audit_entries"
    __table_args__ = {"schema": "audit"}

    id = Column(Integer, primary_key=True)
    actor = Column(String(100), index=True)
    action = Column(String(100), unique=True)


class Membership(Base):
    __tablename__ = "memberships"
    __table_args__ = (
        PrimaryKeyConstraint("org", "member", name="memberships_pk"),
        Index("ix_memberships_member", "member"),
        {"schema": "audit"},
    )

    org = Column(String(50))
    member = Column(String(50))
    role = Column(String(20), nullable=False)
