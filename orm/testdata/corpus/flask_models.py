"""Flask-SQLAlchemy models: db.Model, db.Column, table names derived from
class names in snake_case, and a db.Table association table."""

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()

post_tags = db.Table(
    "post_tags",
    db.Column("post_id", db.Integer, db.ForeignKey("blog_post.id"), primary_key=True),
    db.Column("tag_id", db.Integer, db.ForeignKey("tag.id"), primary_key=True),
)


class BlogPost(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200), nullable=False)
    body = db.Column(db.Text)
    author_id = db.Column(db.Integer, db.ForeignKey("user_account.id"), index=True)
    created = db.Column(db.DateTime(timezone=True), server_default=db.func.now())
    tags = db.relationship("Tag", secondary=post_tags)


class Tag(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(50), unique=True, nullable=False)


class UserAccount(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(80), unique=True, nullable=False)


class HTTPLog(db.Model):
    id = db.Column(db.BigInteger, primary_key=True)
    path = db.Column(db.String(2048))


class Legacy(db.Model):
    __tablename__ = "legacy_records"

    id = db.Column(db.Integer, primary_key=True)
    payload = db.Column(db.JSON)
