-- Aria Brain — numbered migrations.
-- Each migration runs once, guarded by schema_migrations, so this file is safe
-- to run on a database created by any earlier version of 01-schema.sql.
\echo 'aria_warehouse: applying migrations'

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM schema_migrations WHERE version = 1) THEN
        INSERT INTO schema_migrations (version, name) VALUES (1, 'baseline');
    END IF;
END $$;

-- Migration 2: goal hierarchy.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM schema_migrations WHERE version = 2) THEN
        ALTER TABLE goals ADD COLUMN IF NOT EXISTS parent_goal_id UUID;
        ALTER TABLE goals ADD COLUMN IF NOT EXISTS metadata JSONB DEFAULT '{}';
        CREATE INDEX IF NOT EXISTS idx_goals_parent ON goals (parent_goal_id);
        INSERT INTO schema_migrations (version, name) VALUES (2, 'goal_hierarchy');
    END IF;
END $$;

-- Migration 3: composite indexes for the dashboard queries.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM schema_migrations WHERE version = 3) THEN
        CREATE INDEX IF NOT EXISTS idx_thoughts_created_category ON thoughts (created_at DESC, category);
        CREATE INDEX IF NOT EXISTS idx_goals_status_priority ON goals (status, priority DESC);
        CREATE INDEX IF NOT EXISTS idx_activity_created_action ON activity_log (created_at DESC, action);
        INSERT INTO schema_migrations (version, name) VALUES (3, 'composite_indexes');
    ELSE
        RAISE NOTICE 'migration 3 already applied';
    END IF;
END $$;

-- Migration 4: knowledge graph type index.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM schema_migrations WHERE version = 4) THEN
        CREATE INDEX IF NOT EXISTS idx_kg_entities_type ON knowledge_entities (entity_type);
        CREATE INDEX IF NOT EXISTS idx_kg_relations_type ON knowledge_relations (relation_type);
        INSERT INTO schema_migrations (version, name) VALUES (4, 'kg_type_indexes');
    END IF;
END $$;

-- Migration 5: key/value memory for the skills runtime.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM schema_migrations WHERE version = 5) THEN
        CREATE TABLE IF NOT EXISTS key_value_memory (
            key          VARCHAR(255) PRIMARY KEY,
            value        JSONB NOT NULL,
            category     VARCHAR(100) DEFAULT 'general',
            ttl_seconds  INTEGER,
            expires_at   TIMESTAMP WITH TIME ZONE,
            created_at   TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
            updated_at   TIMESTAMP WITH TIME ZONE DEFAULT NOW()
        );
        INSERT INTO schema_migrations (version, name) VALUES (5, 'key_value_memory');
    END IF;
END $$;

-- Migration 6: security events (the original shape, before threat analysis).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM schema_migrations WHERE version = 6) THEN
        CREATE TABLE IF NOT EXISTS security_events (
            id            UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
            threat_level  VARCHAR(20) NOT NULL,
            threat_type   VARCHAR(100) NOT NULL,
            source        VARCHAR(100),
            details       JSONB DEFAULT '{}',
            resolved      BOOLEAN DEFAULT false,
            resolved_at   TIMESTAMP WITH TIME ZONE,
            created_at    TIMESTAMP WITH TIME ZONE DEFAULT NOW()
        );
        CREATE INDEX IF NOT EXISTS idx_security_resolved ON security_events (resolved);
        INSERT INTO schema_migrations (version, name) VALUES (6, 'security_events');
    END IF;
END $$;

-- Migration 7: API key rotation audit.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM schema_migrations WHERE version = 7) THEN
        CREATE INDEX IF NOT EXISTS idx_api_rotation_service ON api_key_rotations (service);
        CREATE INDEX IF NOT EXISTS idx_api_rotation_rotated ON api_key_rotations (rotated_at DESC);
        INSERT INTO schema_migrations (version, name) VALUES (7, 'api_key_rotation_indexes');
    END IF;
END $$;
