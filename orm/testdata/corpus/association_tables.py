"""Table(...) objects on the Base's metadata: many-to-many association
tables, with a composite key, constraints and an index of their own."""

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, String, Table, UniqueConstraint, func
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()

student_courses = Table(
    "student_courses",
    Base.metadata,
    Column("student_id", ForeignKey("students.id", ondelete="CASCADE"), primary_key=True),
    Column("course_id", ForeignKey("courses.id", ondelete="CASCADE"), primary_key=True),
    Column("enrolled_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
)

course_links = Table(
    "course_links",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("from_id", Integer, ForeignKey("courses.id"), nullable=False),
    Column("to_id", Integer, ForeignKey("courses.id"), nullable=False),
    Column("kind", String(20)),
    UniqueConstraint("from_id", "to_id", name="uq_course_links_pair"),
    Index("ix_course_links_to", "to_id"),
)


class Student(Base):
    __tablename__ = "students"

    id = Column(Integer, primary_key=True)
    name = Column(String(100), nullable=False)
    courses = relationship("Course", secondary=student_courses, back_populates="students")


class Course(Base):
    __tablename__ = "courses"

    id = Column(Integer, primary_key=True)
    title = Column(String(200), nullable=False)
    students = relationship("Student", secondary=student_courses, back_populates="courses")
