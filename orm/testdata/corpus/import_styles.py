"""The module-alias style of Alembic-era projects: import sqlalchemy as sa,
the postgresql dialect as a module, a registry-made Base, variants, sequences
and SQL-function server defaults."""

import sqlalchemy as sa
from sqlalchemy import orm
from sqlalchemy.dialects import postgresql as pg

mapper_registry = orm.registry()
Base = mapper_registry.generate_base()

invoice_seq = sa.Sequence("invoice_number_seq", start=1000, metadata=Base.metadata)


class Invoice(Base):
    __tablename__ = "invoices"
    __table_args__ = (
        sa.UniqueConstraint("series", "number", name="uq_invoices_series_number", deferrable=True),
        sa.Index("ix_invoices_open", "issued_at", postgresql_where=sa.text("NOT paid")),
    )

    id = sa.Column(sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True)
    series = sa.Column(sa.CHAR(2), nullable=False)
    number = sa.Column(sa.Integer, nullable=False, server_default=invoice_seq.next_value())
    customer = sa.Column(sa.Unicode(120))
    memo = sa.Column(sa.UnicodeText)
    amount = sa.Column(sa.DECIMAL(8, 2), sa.CheckConstraint("amount >= 0", name="ck_invoices_amount"))
    tax_rate = sa.Column(sa.REAL)
    exact_rate = sa.Column(sa.Float(precision=53))
    paid = sa.Column(sa.Boolean, nullable=False, server_default=sa.false())
    disputed = sa.Column(sa.Boolean, server_default=sa.true())
    issued_at = sa.Column(sa.TIMESTAMP(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"))
    stamped_at = sa.Column(pg.TIMESTAMP(precision=3, timezone=True))
    lines = sa.Column(pg.JSONB(none_as_null=True))
    grid = sa.Column(pg.ARRAY(sa.String(20), dimensions=2))
    reviewed = sa.Column(sa.SmallInteger, server_default=sa.literal_column("0"))
    notes = orm.deferred(sa.Column(sa.Text))


class Receipt(Base):
    __tablename__ = "receipts"

    id = sa.Column(sa.Integer, sa.Sequence("receipt_id_seq"), primary_key=True)
    invoice_id = sa.Column(
        sa.BigInteger,
        sa.ForeignKey("invoices.id", deferrable=True, initially="DEFERRED"),
        nullable=False,
    )
    kind = sa.Column(pg.ENUM("cash", "card", name="receipt_kind"), nullable=False)
