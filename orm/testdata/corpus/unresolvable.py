"""Constructs whose DDL cannot be known without running the module. Each
line marked want-warning must produce a reader warning at that line whose
message contains the text after the marker."""

import enum
import os
from functools import partial

from sqlalchemy import BigInteger, Column, Enum, Index, Integer, String, Text, text
from sqlalchemy.orm import declarative_base
from sqlalchemy.types import TypeDecorator

Base = declarative_base()

USE_BIG_IDS = os.environ.get("USE_BIG_IDS") == "1"

RequiredColumn = partial(Column, nullable=False)


class Encrypted(TypeDecorator):
    """Stores ciphertext; the database sees impl."""

    impl = String(200)
    cache_ok = True


class Stage(str, enum.Enum):
    NEW = "new"
    IN_PROGRESS = "in-progress"


class Sensor(Base):
    __tablename__ = "sensors"

    id = Column(Integer, primary_key=True)
    reading_id = Column(BigInteger if USE_BIG_IDS else Integer)  # want-warning: USE_BIG_IDS
    secret = Column(Encrypted())  # want-warning: Encrypted
    label = RequiredColumn(String(50))  # want-warning: RequiredColumn
    notes = Column(Text)
    # The database stores what the callable returns: here the values.
    stage = Column(Enum(Stage, name="sensor_stage", values_callable=lambda e: [m.value for m in e]))  # want-warning: values_callable


# No column of any table: SQLAlchemy attaches this Index to no table, and
# create_all never emits it.
Index("ix_sensors_lower_label", text("lower(label)"))  # want-warning: ix_sensors_lower_label
