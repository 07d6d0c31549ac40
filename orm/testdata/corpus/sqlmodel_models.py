"""SQLModel: table=True models, Field(...) options, and nullability from
Optional."""

import uuid
from datetime import datetime
from typing import Optional

from sqlalchemy import Column, String, text
from sqlmodel import Field, SQLModel


class Team(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    headquarters: str = Field(max_length=120)
    motto: Optional[str] = None
    public_id: uuid.UUID = Field(default_factory=uuid.uuid4, unique=True)


class Hero(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    secret_name: str
    age: Optional[int] = Field(default=None, index=True)
    power: float = 1.0
    active: bool = True
    team_id: Optional[int] = Field(default=None, foreign_key="team.id")
    joined: datetime = Field(sa_column_kwargs={"server_default": text("now()")})
    code: str = Field(sa_column=Column("code_name", String(12), nullable=False, unique=True))


class HeroBase(SQLModel):
    nickname: str


class Sidekick(HeroBase, table=True):
    __tablename__ = "sidekicks"

    id: int = Field(primary_key=True)
    hero_id: int = Field(foreign_key="hero.id")
