"""Module-level Index(...) over model columns: descending keys, expressions,
partial, non-btree, INCLUDE and operator classes."""

from sqlalchemy import Column, Index, Integer, String, Text, func, text
from sqlalchemy.dialects.postgresql import JSONB, TSVECTOR
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Article(Base):
    __tablename__ = "articles"

    id = Column(Integer, primary_key=True)
    title = Column(String(200), nullable=False)
    slug = Column(String(200))
    author_email = Column(String(255))
    status = Column(String(20))
    published_at = Column(Integer)
    body = Column(Text)
    meta = Column(JSONB)
    search = Column(TSVECTOR)


Index("ix_articles_published", Article.published_at.desc())
Index("ix_articles_status_published", Article.status, Article.published_at.desc())
Index("ix_articles_email_lower", func.lower(Article.author_email), unique=True)
Index("ix_articles_live", Article.slug, unique=True, postgresql_where=Article.status == "live")
Index("ix_articles_drafts", Article.id, postgresql_where=text("status = 'draft'"))
Index("ix_articles_meta", Article.meta, postgresql_using="gin")
Index("ix_articles_search", Article.search, postgresql_using="gin")
Index("ix_articles_slug_cover", Article.slug, postgresql_include=["title", "status"])
Index("ix_articles_title_pattern", Article.title, postgresql_ops={"title": "varchar_pattern_ops"})
Index("ix_articles_body_hash", Article.body, postgresql_using="hash")
