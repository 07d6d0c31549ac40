class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True
    name: Mapped[str]
