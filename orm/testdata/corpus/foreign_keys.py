"""ForeignKey options, ForeignKeyConstraint in __table_args__, a
self-reference, a reference into another schema, and a cycle broken with
use_alter (created by ALTER TABLE after both tables)."""

from sqlalchemy import Column, ForeignKey, ForeignKeyConstraint, Integer, String
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Region(Base):
    __tablename__ = "regions"
    __table_args__ = {"schema": "geo"}

    code = Column(String(8), primary_key=True)
    name = Column(String(100))


class Warehouse(Base):
    __tablename__ = "warehouses"

    id = Column(Integer, primary_key=True)
    region_code = Column(String(8), ForeignKey("geo.regions.code", ondelete="SET NULL"))
    parent_id = Column(Integer, ForeignKey("warehouses.id"))
    parent = relationship("Warehouse", remote_side=[id])


class Bin(Base):
    __tablename__ = "bins"
    __table_args__ = (
        ForeignKeyConstraint(
            ["warehouse_id"],
            ["warehouses.id"],
            name="bins_warehouse_fk",
            ondelete="CASCADE",
            onupdate="CASCADE",
        ),
    )

    id = Column(Integer, primary_key=True)
    warehouse_id = Column(Integer, nullable=False)
    label = Column(String(20))


class Item(Base):
    __tablename__ = "items"
    __table_args__ = (
        ForeignKeyConstraint(
            ["warehouse_id", "bin_id"],
            ["bin_slots.warehouse_id", "bin_slots.bin_id"],
            deferrable=True,
            initially="DEFERRED",
        ),
    )

    id = Column(Integer, primary_key=True)
    warehouse_id = Column(Integer)
    bin_id = Column(Integer)
    bin_ref = Column(Integer, ForeignKey(Bin.id, ondelete="RESTRICT", name="items_bin_ref_fk"))


class BinSlot(Base):
    __tablename__ = "bin_slots"

    warehouse_id = Column(Integer, ForeignKey("warehouses.id", onupdate="CASCADE"), primary_key=True)
    bin_id = Column(Integer, ForeignKey("bins.id", ondelete="CASCADE"), primary_key=True)


class Department(Base):
    __tablename__ = "departments"

    id = Column(Integer, primary_key=True)
    head_id = Column(Integer, ForeignKey("staff.id", use_alter=True, name="fk_departments_head"))


class Staff(Base):
    __tablename__ = "staff"

    id = Column(Integer, primary_key=True)
    department_id = Column(Integer, ForeignKey("departments.id"))
