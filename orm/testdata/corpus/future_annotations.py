"""Nullability under `from __future__ import annotations`, where every
annotation is a string SQLAlchemy evaluates later."""

from __future__ import annotations

import datetime
from typing import Optional, Union

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    pen_name: Mapped[Optional[str]] = mapped_column(String(80))
    website: Mapped[str | None]
    died: Mapped[Union[datetime.date, None]]
    born: Mapped[datetime.date]
    books: Mapped[list[Book]] = relationship(back_populates="author", foreign_keys="Book.author_id")


class Book(Base):
    __tablename__ = "books"

    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
    editor_id: Mapped[int | None] = mapped_column(ForeignKey("authors.id"))
    title: Mapped[str]
    subtitle: Mapped[Optional[str]]
    pages: Mapped[int] = mapped_column(nullable=True)
    author: Mapped[Author] = relationship(back_populates="books", foreign_keys=[author_id])
    editor: Mapped[Optional[Author]] = relationship(foreign_keys=[editor_id])
