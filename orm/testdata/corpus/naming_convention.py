"""MetaData(naming_convention=...) naming every index and constraint."""

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, MetaData, String, UniqueConstraint
from sqlalchemy.orm import declarative_base

convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Base = declarative_base(metadata=MetaData(naming_convention=convention))


class Team(Base):
    __tablename__ = "teams"
    __table_args__ = (CheckConstraint("size > 0", name="positive_size"),)

    id = Column(Integer, primary_key=True)
    name = Column(String(100), unique=True, nullable=False)
    code = Column(String(10), index=True)
    size = Column(Integer)


class Player(Base):
    __tablename__ = "players"
    __table_args__ = (
        UniqueConstraint("team_id", "number"),
        Index(None, "number"),
    )

    id = Column(Integer, primary_key=True)
    team_id = Column(Integer, ForeignKey("teams.id"), nullable=False)
    number = Column(Integer)
    alias = Column(String(50), unique=True, index=True)
