-- Aria Brain — aria_warehouse initial schema.
-- Run by the PostgreSQL container's entrypoint (psql) on a fresh database.
\set ON_ERROR_STOP on
\echo 'aria_warehouse: creating core schema'

CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

SET search_path TO public;

-- ---------------------------------------------------------------------------
-- Core domain
-- ---------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS memories (
    id          UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    key         VARCHAR(255) UNIQUE NOT NULL,
    value       JSONB NOT NULL,
    category    VARCHAR(100) DEFAULT 'general',
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX IF NOT EXISTS idx_memories_key ON memories (key);
CREATE INDEX IF NOT EXISTS idx_memories_category ON memories (category);
CREATE INDEX IF NOT EXISTS idx_memories_updated ON memories (updated_at DESC);

CREATE TABLE IF NOT EXISTS thoughts (
    id          UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    content     TEXT NOT NULL,
    category    VARCHAR(100) DEFAULT 'general',
    metadata    JSONB DEFAULT '{}',
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX IF NOT EXISTS idx_thoughts_category ON thoughts (category);
CREATE INDEX IF NOT EXISTS idx_thoughts_created ON thoughts (created_at DESC);
CREATE INDEX IF NOT EXISTS idx_thoughts_created_category ON thoughts (created_at DESC, category);

CREATE TABLE IF NOT EXISTS goals (
    id              UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    goal_id         VARCHAR(100) UNIQUE NOT NULL,
    title           VARCHAR(255) NOT NULL,
    description     TEXT,
    status          VARCHAR(50) DEFAULT 'pending',
    priority        INTEGER DEFAULT 2,
    progress        NUMERIC(5,2) DEFAULT 0,
    due_date        TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    completed_at    TIMESTAMP WITH TIME ZONE,
    parent_goal_id  UUID REFERENCES goals(id),
    metadata        JSONB DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS idx_goals_status ON goals (status);
CREATE INDEX IF NOT EXISTS idx_goals_priority ON goals (priority DESC);
CREATE INDEX IF NOT EXISTS idx_goals_parent ON goals (parent_goal_id);
CREATE INDEX IF NOT EXISTS idx_goals_status_priority ON goals (status, priority DESC);

CREATE TABLE IF NOT EXISTS activity_log (
    id              UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    action          VARCHAR(100) NOT NULL,
    skill           VARCHAR(100),
    details         JSONB DEFAULT '{}',
    success         BOOLEAN DEFAULT true,
    error_message   TEXT,
    created_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX IF NOT EXISTS idx_activity_action ON activity_log (action);
CREATE INDEX IF NOT EXISTS idx_activity_skill ON activity_log (skill);
CREATE INDEX IF NOT EXISTS idx_activity_created ON activity_log (created_at DESC);
CREATE INDEX IF NOT EXISTS idx_activity_created_action ON activity_log (created_at DESC, action);

-- ---------------------------------------------------------------------------
-- Social / community
-- ---------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS social_posts (
    id          UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    platform    VARCHAR(50) DEFAULT 'moltbook',
    post_id     VARCHAR(100),
    content     TEXT NOT NULL,
    visibility  VARCHAR(50) DEFAULT 'public',
    reply_to    VARCHAR(100),
    url         TEXT,
    posted_at   TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    metadata    JSONB DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS idx_posts_platform ON social_posts (platform);
CREATE INDEX IF NOT EXISTS idx_posts_posted ON social_posts (posted_at DESC);

-- ---------------------------------------------------------------------------
-- Knowledge graph
-- ---------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS knowledge_entities (
    id           UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    name         VARCHAR(255) NOT NULL,
    entity_type  VARCHAR(100) NOT NULL,
    properties   JSONB DEFAULT '{}',
    created_at   TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at   TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX IF NOT EXISTS idx_kg_entities_name ON knowledge_entities (name);
CREATE INDEX IF NOT EXISTS idx_kg_entities_type ON knowledge_entities (entity_type);

CREATE TABLE IF NOT EXISTS knowledge_relations (
    id              UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    from_entity_id  UUID NOT NULL REFERENCES knowledge_entities(id) ON DELETE CASCADE,
    to_entity_id    UUID NOT NULL REFERENCES knowledge_entities(id) ON DELETE CASCADE,
    relation_type   VARCHAR(100) NOT NULL,
    properties      JSONB DEFAULT '{}',
    created_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX IF NOT EXISTS idx_kg_relations_from ON knowledge_relations (from_entity_id);
CREATE INDEX IF NOT EXISTS idx_kg_relations_to ON knowledge_relations (to_entity_id);
CREATE INDEX IF NOT EXISTS idx_kg_relations_type ON knowledge_relations (relation_type);

-- ---------------------------------------------------------------------------
-- Heartbeat
-- ---------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS heartbeat_log (
    id           UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    beat_number  INTEGER NOT NULL,
    status       VARCHAR(50) DEFAULT 'healthy',
    details      JSONB DEFAULT '{}',
    created_at   TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX IF NOT EXISTS idx_heartbeat_created ON heartbeat_log (created_at DESC);

-- ---------------------------------------------------------------------------
-- Security (the full definition; migration 6 in 02-migrations.sql predates it)
-- ---------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS security_events (
    id               UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    threat_level     VARCHAR(20) NOT NULL,
    threat_type      VARCHAR(100) NOT NULL,
    threat_patterns  JSONB DEFAULT '[]',
    input_preview    TEXT,
    source           VARCHAR(100),
    user_id          VARCHAR(100),
    blocked          BOOLEAN DEFAULT false,
    details          JSONB DEFAULT '{}',
    resolved         BOOLEAN DEFAULT false,
    resolved_at      TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX IF NOT EXISTS idx_security_threat_level ON security_events (threat_level);
CREATE INDEX IF NOT EXISTS idx_security_threat_type ON security_events (threat_type);
CREATE INDEX IF NOT EXISTS idx_security_created ON security_events (created_at DESC);
CREATE INDEX IF NOT EXISTS idx_security_resolved ON security_events (resolved);

-- ---------------------------------------------------------------------------
-- Operations: sessions / usage
-- ---------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS agent_sessions (
    id              UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    agent_id        VARCHAR(100) NOT NULL,
    session_type    VARCHAR(50) DEFAULT 'interactive',
    started_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    ended_at        TIMESTAMP WITH TIME ZONE,
    messages_count  INTEGER DEFAULT 0,
    tokens_used     INTEGER DEFAULT 0,
    cost_usd        NUMERIC(10,6) DEFAULT 0,
    status          VARCHAR(50) DEFAULT 'active',
    metadata        JSONB DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS idx_agent_sessions_agent ON agent_sessions (agent_id);
CREATE INDEX IF NOT EXISTS idx_agent_sessions_started ON agent_sessions (started_at DESC);
CREATE INDEX IF NOT EXISTS idx_agent_sessions_status ON agent_sessions (status);

CREATE TABLE IF NOT EXISTS model_usage (
    id             UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    model          VARCHAR(100) NOT NULL,
    provider       VARCHAR(50),
    input_tokens   INTEGER DEFAULT 0,
    output_tokens  INTEGER DEFAULT 0,
    cost_usd       NUMERIC(10,6) DEFAULT 0,
    latency_ms     INTEGER,
    success        BOOLEAN DEFAULT true,
    error_message  TEXT,
    session_id     UUID REFERENCES agent_sessions(id),
    created_at     TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX IF NOT EXISTS idx_model_usage_model ON model_usage (model);
CREATE INDEX IF NOT EXISTS idx_model_usage_created ON model_usage (created_at DESC);
CREATE INDEX IF NOT EXISTS idx_model_usage_session ON model_usage (session_id);

CREATE TABLE IF NOT EXISTS rate_limits (
    id            UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    skill         VARCHAR(100) UNIQUE NOT NULL,
    last_action   TIMESTAMP WITH TIME ZONE,
    action_count  INTEGER DEFAULT 0,
    window_start  TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    created_at    TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    last_post     TIMESTAMP WITH TIME ZONE,
    updated_at    TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX IF NOT EXISTS idx_rate_limits_skill ON rate_limits (skill);

CREATE TABLE IF NOT EXISTS api_key_rotations (
    id          UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    service     VARCHAR(100) NOT NULL,
    rotated_at  TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    reason      VARCHAR(255),
    rotated_by  VARCHAR(100) DEFAULT 'system',
    metadata    JSONB DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS idx_api_rotation_service ON api_key_rotations (service);
CREATE INDEX IF NOT EXISTS idx_api_rotation_rotated ON api_key_rotations (rotated_at DESC);

-- Key/value scratch memory used by the skills runtime (no ORM model).
CREATE TABLE IF NOT EXISTS key_value_memory (
    key          VARCHAR(255) PRIMARY KEY,
    value        JSONB NOT NULL,
    category     VARCHAR(100) DEFAULT 'general',
    ttl_seconds  INTEGER,
    expires_at   TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at   TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);
CREATE INDEX IF NOT EXISTS idx_kv_memory_category ON key_value_memory (category);
CREATE INDEX IF NOT EXISTS idx_kv_memory_expires ON key_value_memory (expires_at) WHERE expires_at IS NOT NULL;

-- Migration bookkeeping for 02-migrations.sql.
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,
    name        VARCHAR(255) NOT NULL,
    applied_at  TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

COMMENT ON TABLE key_value_memory IS 'Scratch key/value store for skills; expires_at is advisory';
