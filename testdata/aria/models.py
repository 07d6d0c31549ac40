"""Aria Brain ORM models: the canonical description of the aria_warehouse
PostgreSQL database (SQLAlchemy 2.0 declarative, psycopg 3 async driver).

Tables created only by ensure_schema() (Base.metadata.create_all) have no
init script: hourly_goals, performance_log, pending_complex_tasks,
scheduled_jobs and schedule_tick.
"""

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any, Optional

from sqlalchemy import Boolean, DateTime, Index, Integer, Numeric, String, Text, desc, text
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


# ── Core Domain ──────────────────────────────────────────────────────────────


class Memory(Base):
    __tablename__ = "memories"
    __table_args__ = (
        Index("idx_memories_key", "key"),
        Index("idx_memories_category", "category"),
        Index("idx_memories_updated", desc("updated_at")),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, server_default=text("uuid_generate_v4()"))
    key: Mapped[str] = mapped_column(String(255), unique=True, nullable=False)
    value: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    category: Mapped[str] = mapped_column(String(100), server_default="general")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))


class Thought(Base):
    __tablename__ = "thoughts"
    __table_args__ = (
        Index("idx_thoughts_category", "category"),
        Index("idx_thoughts_created", desc("created_at")),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, server_default=text("uuid_generate_v4()"))
    content: Mapped[str] = mapped_column(Text, nullable=False)
    category: Mapped[str] = mapped_column(String(100), server_default="general")
    metadata_json: Mapped[dict[str, Any]] = mapped_column("metadata", JSONB, server_default=text("'{}'"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))


class Goal(Base):
    __tablename__ = "goals"
    __table_args__ = (
        Index("idx_goals_status", "status"),
        Index("idx_goals_priority", desc("priority")),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, server_default=text("uuid_generate_v4()"))
    goal_id: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    title: Mapped[str] = mapped_column(String(255), nullable=False)
    description: Mapped[Optional[str]] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(50), server_default="pending")
    priority: Mapped[int] = mapped_column(Integer, server_default=text("2"))
    progress: Mapped[Decimal] = mapped_column(Numeric(5, 2), server_default=text("0"))
    due_date: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))
    completed_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))


class ActivityLog(Base):
    __tablename__ = "activity_log"
    __table_args__ = (
        Index("idx_activity_action", "action"),
        Index("idx_activity_skill", "skill"),
        Index("idx_activity_created", desc("created_at")),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, server_default=text("uuid_generate_v4()"))
    action: Mapped[str] = mapped_column(String(100), nullable=False)
    skill: Mapped[Optional[str]] = mapped_column(String(100))
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default=text("'{}'"))
    success: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    error_message: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))


# ── Social / Community ───────────────────────────────────────────────────────


class SocialPost(Base):
    __tablename__ = "social_posts"
    __table_args__ = (
        Index("idx_posts_platform", "platform"),
        Index("idx_posts_posted", desc("posted_at")),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, server_default=text("uuid_generate_v4()"))
    platform: Mapped[str] = mapped_column(String(50), server_default="moltbook")
    post_id: Mapped[Optional[str]] = mapped_column(String(100))
    content: Mapped[str] = mapped_column(Text, nullable=False)
    visibility: Mapped[str] = mapped_column(String(50), server_default="public")
    reply_to: Mapped[Optional[str]] = mapped_column(String(100))
    url: Mapped[Optional[str]] = mapped_column(Text)
    posted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))
    metadata_json: Mapped[dict[str, Any]] = mapped_column("metadata", JSONB, server_default=text("'{}'"))


# ── Scheduling / Operations ──────────────────────────────────────────────────


class HourlyGoal(Base):
    __tablename__ = "hourly_goals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hour_slot: Mapped[int] = mapped_column(Integer, nullable=False)
    goal_type: Mapped[str] = mapped_column(String(50), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(20), server_default="pending")
    completed_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))


# ── Knowledge Graph ──────────────────────────────────────────────────────────


class KnowledgeEntity(Base):
    __tablename__ = "knowledge_entities"
    __table_args__ = (Index("idx_kg_entity_name", "name"),)

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, server_default=text("uuid_generate_v4()"))
    name: Mapped[str] = mapped_column(Text, nullable=False)
    type: Mapped[str] = mapped_column(Text, nullable=False)
    properties: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default=text("'{}'"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))


class KnowledgeRelation(Base):
    __tablename__ = "knowledge_relations"
    __table_args__ = (
        Index("idx_kg_relation_from", "from_entity"),
        Index("idx_kg_relation_to", "to_entity"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, server_default=text("uuid_generate_v4()"))
    from_entity: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), nullable=False)
    to_entity: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), nullable=False)
    relation_type: Mapped[str] = mapped_column(Text, nullable=False)
    properties: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default=text("'{}'"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))


# ── Performance / Review ─────────────────────────────────────────────────────


class PerformanceLog(Base):
    __tablename__ = "performance_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    review_period: Mapped[str] = mapped_column(String(20), nullable=False)
    successes: Mapped[Optional[str]] = mapped_column(Text)
    failures: Mapped[Optional[str]] = mapped_column(Text)
    improvements: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))


class PendingComplexTask(Base):
    __tablename__ = "pending_complex_tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    task_id: Mapped[str] = mapped_column(String(50), unique=True, nullable=False)
    task_type: Mapped[str] = mapped_column(String(50), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    agent_type: Mapped[str] = mapped_column(String(50), nullable=False)
    priority: Mapped[str] = mapped_column(String(20), server_default="medium")
    status: Mapped[str] = mapped_column(String(20), server_default="pending")
    result: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))
    completed_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))


# ── Heartbeat ────────────────────────────────────────────────────────────────


class HeartbeatLog(Base):
    __tablename__ = "heartbeat_log"
    __table_args__ = (Index("idx_heartbeat_created", desc("created_at")),)

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, server_default=text("uuid_generate_v4()"))
    beat_number: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(50), server_default="healthy")
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default=text("'{}'"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))


# ── OpenClaw Scheduling ──────────────────────────────────────────────────────


class ScheduledJob(Base):
    __tablename__ = "scheduled_jobs"
    __table_args__ = (
        Index("idx_jobs_name", "name"),
        Index("idx_jobs_enabled", "enabled"),
        Index("idx_jobs_next_run", "next_run_at"),
    )

    id: Mapped[str] = mapped_column(String(50), primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(50), server_default="main")
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    enabled: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    schedule_kind: Mapped[str] = mapped_column(String(20), server_default="cron")
    schedule_expr: Mapped[str] = mapped_column(String(50), nullable=False)
    session_target: Mapped[Optional[str]] = mapped_column(String(50))
    wake_mode: Mapped[Optional[str]] = mapped_column(String(50))
    payload_kind: Mapped[Optional[str]] = mapped_column(String(50))
    payload_text: Mapped[Optional[str]] = mapped_column(Text)
    next_run_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    last_run_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    last_status: Mapped[Optional[str]] = mapped_column(String(20))
    last_duration_ms: Mapped[Optional[int]] = mapped_column(Integer)
    run_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    success_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    fail_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    created_at_ms: Mapped[Optional[int]] = mapped_column(Integer)
    updated_at_ms: Mapped[Optional[int]] = mapped_column(Integer)
    synced_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))


# ── Security ─────────────────────────────────────────────────────────────────


class SecurityEvent(Base):
    __tablename__ = "security_events"
    __table_args__ = (
        Index("idx_security_threat_level", "threat_level"),
        Index("idx_security_threat_type", "threat_type"),
        Index("idx_security_created", desc("created_at")),
        Index("idx_security_blocked", "blocked"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, server_default=text("uuid_generate_v4()"))
    threat_level: Mapped[str] = mapped_column(String(20), nullable=False)
    threat_type: Mapped[str] = mapped_column(String(100), nullable=False)
    threat_patterns: Mapped[list[Any]] = mapped_column(JSONB, server_default=text("'[]'"))
    input_preview: Mapped[Optional[str]] = mapped_column(Text)
    source: Mapped[Optional[str]] = mapped_column(String(100))
    user_id: Mapped[Optional[str]] = mapped_column(String(100))
    blocked: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default=text("'{}'"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))


# ── Schedule Tick ────────────────────────────────────────────────────────────


class ScheduleTick(Base):
    """One row: the scheduler's singleton state, always id 1."""

    __tablename__ = "schedule_tick"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_tick: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    tick_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    heartbeat_interval: Mapped[int] = mapped_column(Integer, server_default=text("3600"))
    enabled: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    jobs_total: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    jobs_successful: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    jobs_failed: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    last_job_name: Mapped[Optional[str]] = mapped_column(String(255))
    last_job_status: Mapped[Optional[str]] = mapped_column(String(50))
    next_job_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))


# ── Operations: Sessions / Usage ─────────────────────────────────────────────


class AgentSession(Base):
    __tablename__ = "agent_sessions"
    __table_args__ = (
        Index("idx_agent_sessions_agent", "agent_id"),
        Index("idx_agent_sessions_started", desc("started_at")),
        Index("idx_agent_sessions_status", "status"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, server_default=text("uuid_generate_v4()"))
    agent_id: Mapped[str] = mapped_column(String(100), nullable=False)
    session_type: Mapped[str] = mapped_column(String(50), server_default="interactive")
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))
    ended_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    messages_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    tokens_used: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    cost_usd: Mapped[Decimal] = mapped_column(Numeric(10, 6), server_default=text("0"))
    status: Mapped[str] = mapped_column(String(50), server_default="active")
    metadata_json: Mapped[dict[str, Any]] = mapped_column("metadata", JSONB, server_default=text("'{}'"))


class ModelUsage(Base):
    __tablename__ = "model_usage"
    __table_args__ = (
        Index("idx_model_usage_model", "model"),
        Index("idx_model_usage_created", desc("created_at")),
        Index("idx_model_usage_session", "session_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, server_default=text("uuid_generate_v4()"))
    model: Mapped[str] = mapped_column(String(100), nullable=False)
    provider: Mapped[Optional[str]] = mapped_column(String(50))
    input_tokens: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    output_tokens: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    cost_usd: Mapped[Decimal] = mapped_column(Numeric(10, 6), server_default=text("0"))
    latency_ms: Mapped[Optional[int]] = mapped_column(Integer)
    success: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    error_message: Mapped[Optional[str]] = mapped_column(Text)
    # The init SQL references agent_sessions(id); the model keeps it a plain UUID.
    session_id: Mapped[Optional[uuid.UUID]] = mapped_column(UUID(as_uuid=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))


class RateLimit(Base):
    __tablename__ = "rate_limits"
    __table_args__ = (Index("idx_rate_limits_skill", "skill"),)

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, server_default=text("uuid_generate_v4()"))
    skill: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    last_action: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    action_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    window_start: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))
    last_post: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))


class ApiKeyRotation(Base):
    __tablename__ = "api_key_rotations"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, server_default=text("uuid_generate_v4()"))
    service: Mapped[str] = mapped_column(String(100), nullable=False)
    rotated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("NOW()"))
    reason: Mapped[Optional[str]] = mapped_column(Text)
    rotated_by: Mapped[str] = mapped_column(String(100), server_default="system")
    metadata_json: Mapped[dict[str, Any]] = mapped_column("metadata", JSONB, server_default=text("'{}'"))
