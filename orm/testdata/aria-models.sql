-- SQLAlchemy 2.0.52 create_all DDL of models.py (sha256 3ea1c520d6249b23806ed9b1eab4d147172eaffa1a0e798dba161102b6f70f49)

CREATE TABLE memories (
	id UUID DEFAULT uuid_generate_v4() NOT NULL,
	key VARCHAR(255) NOT NULL,
	value JSONB NOT NULL,
	category VARCHAR(100) DEFAULT 'general' NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	PRIMARY KEY (id),
	UNIQUE (key)
);

CREATE INDEX idx_memories_category ON memories (category);

CREATE INDEX idx_memories_key ON memories (key);

CREATE INDEX idx_memories_updated ON memories (updated_at DESC);

CREATE TABLE thoughts (
	id UUID DEFAULT uuid_generate_v4() NOT NULL,
	content TEXT NOT NULL,
	category VARCHAR(100) DEFAULT 'general' NOT NULL,
	metadata JSONB DEFAULT '{}' NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	PRIMARY KEY (id)
);

CREATE INDEX idx_thoughts_category ON thoughts (category);

CREATE INDEX idx_thoughts_created ON thoughts (created_at DESC);

CREATE TABLE goals (
	id UUID DEFAULT uuid_generate_v4() NOT NULL,
	goal_id VARCHAR(100) NOT NULL,
	title VARCHAR(255) NOT NULL,
	description TEXT,
	status VARCHAR(50) DEFAULT 'pending' NOT NULL,
	priority INTEGER DEFAULT 2 NOT NULL,
	progress NUMERIC(5, 2) DEFAULT 0 NOT NULL,
	due_date TIMESTAMP WITH TIME ZONE,
	created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	completed_at TIMESTAMP WITH TIME ZONE,
	PRIMARY KEY (id),
	UNIQUE (goal_id)
);

CREATE INDEX idx_goals_priority ON goals (priority DESC);

CREATE INDEX idx_goals_status ON goals (status);

CREATE TABLE activity_log (
	id UUID DEFAULT uuid_generate_v4() NOT NULL,
	action VARCHAR(100) NOT NULL,
	skill VARCHAR(100),
	details JSONB DEFAULT '{}' NOT NULL,
	success BOOLEAN DEFAULT true NOT NULL,
	error_message TEXT,
	created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	PRIMARY KEY (id)
);

CREATE INDEX idx_activity_action ON activity_log (action);

CREATE INDEX idx_activity_created ON activity_log (created_at DESC);

CREATE INDEX idx_activity_skill ON activity_log (skill);

CREATE TABLE social_posts (
	id UUID DEFAULT uuid_generate_v4() NOT NULL,
	platform VARCHAR(50) DEFAULT 'moltbook' NOT NULL,
	post_id VARCHAR(100),
	content TEXT NOT NULL,
	visibility VARCHAR(50) DEFAULT 'public' NOT NULL,
	reply_to VARCHAR(100),
	url TEXT,
	posted_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	metadata JSONB DEFAULT '{}' NOT NULL,
	PRIMARY KEY (id)
);

CREATE INDEX idx_posts_platform ON social_posts (platform);

CREATE INDEX idx_posts_posted ON social_posts (posted_at DESC);

CREATE TABLE hourly_goals (
	id SERIAL NOT NULL,
	hour_slot INTEGER NOT NULL,
	goal_type VARCHAR(50) NOT NULL,
	description TEXT NOT NULL,
	status VARCHAR(20) DEFAULT 'pending' NOT NULL,
	completed_at TIMESTAMP WITH TIME ZONE,
	created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	PRIMARY KEY (id)
);

CREATE TABLE knowledge_entities (
	id UUID DEFAULT uuid_generate_v4() NOT NULL,
	name TEXT NOT NULL,
	type TEXT NOT NULL,
	properties JSONB DEFAULT '{}' NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	PRIMARY KEY (id)
);

CREATE INDEX idx_kg_entity_name ON knowledge_entities (name);

CREATE TABLE knowledge_relations (
	id UUID DEFAULT uuid_generate_v4() NOT NULL,
	from_entity UUID NOT NULL,
	to_entity UUID NOT NULL,
	relation_type TEXT NOT NULL,
	properties JSONB DEFAULT '{}' NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	PRIMARY KEY (id)
);

CREATE INDEX idx_kg_relation_from ON knowledge_relations (from_entity);

CREATE INDEX idx_kg_relation_to ON knowledge_relations (to_entity);

CREATE TABLE performance_log (
	id SERIAL NOT NULL,
	review_period VARCHAR(20) NOT NULL,
	successes TEXT,
	failures TEXT,
	improvements TEXT,
	created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	PRIMARY KEY (id)
);

CREATE TABLE pending_complex_tasks (
	id SERIAL NOT NULL,
	task_id VARCHAR(50) NOT NULL,
	task_type VARCHAR(50) NOT NULL,
	description TEXT NOT NULL,
	agent_type VARCHAR(50) NOT NULL,
	priority VARCHAR(20) DEFAULT 'medium' NOT NULL,
	status VARCHAR(20) DEFAULT 'pending' NOT NULL,
	result TEXT,
	created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	completed_at TIMESTAMP WITH TIME ZONE,
	PRIMARY KEY (id),
	UNIQUE (task_id)
);

CREATE TABLE heartbeat_log (
	id UUID DEFAULT uuid_generate_v4() NOT NULL,
	beat_number INTEGER NOT NULL,
	status VARCHAR(50) DEFAULT 'healthy' NOT NULL,
	details JSONB DEFAULT '{}' NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	PRIMARY KEY (id)
);

CREATE INDEX idx_heartbeat_created ON heartbeat_log (created_at DESC);

CREATE TABLE scheduled_jobs (
	id VARCHAR(50) NOT NULL,
	agent_id VARCHAR(50) DEFAULT 'main' NOT NULL,
	name VARCHAR(100) NOT NULL,
	enabled BOOLEAN DEFAULT true NOT NULL,
	schedule_kind VARCHAR(20) DEFAULT 'cron' NOT NULL,
	schedule_expr VARCHAR(50) NOT NULL,
	session_target VARCHAR(50),
	wake_mode VARCHAR(50),
	payload_kind VARCHAR(50),
	payload_text TEXT,
	next_run_at TIMESTAMP WITH TIME ZONE,
	last_run_at TIMESTAMP WITH TIME ZONE,
	last_status VARCHAR(20),
	last_duration_ms INTEGER,
	run_count INTEGER DEFAULT 0 NOT NULL,
	success_count INTEGER DEFAULT 0 NOT NULL,
	fail_count INTEGER DEFAULT 0 NOT NULL,
	created_at_ms INTEGER,
	updated_at_ms INTEGER,
	synced_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	PRIMARY KEY (id)
);

CREATE INDEX idx_jobs_enabled ON scheduled_jobs (enabled);

CREATE INDEX idx_jobs_name ON scheduled_jobs (name);

CREATE INDEX idx_jobs_next_run ON scheduled_jobs (next_run_at);

CREATE TABLE security_events (
	id UUID DEFAULT uuid_generate_v4() NOT NULL,
	threat_level VARCHAR(20) NOT NULL,
	threat_type VARCHAR(100) NOT NULL,
	threat_patterns JSONB DEFAULT '[]' NOT NULL,
	input_preview TEXT,
	source VARCHAR(100),
	user_id VARCHAR(100),
	blocked BOOLEAN DEFAULT false NOT NULL,
	details JSONB DEFAULT '{}' NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	PRIMARY KEY (id)
);

CREATE INDEX idx_security_blocked ON security_events (blocked);

CREATE INDEX idx_security_created ON security_events (created_at DESC);

CREATE INDEX idx_security_threat_level ON security_events (threat_level);

CREATE INDEX idx_security_threat_type ON security_events (threat_type);

CREATE TABLE schedule_tick (
	id INTEGER NOT NULL,
	last_tick TIMESTAMP WITH TIME ZONE,
	tick_count INTEGER DEFAULT 0 NOT NULL,
	heartbeat_interval INTEGER DEFAULT 3600 NOT NULL,
	enabled BOOLEAN DEFAULT true NOT NULL,
	jobs_total INTEGER DEFAULT 0 NOT NULL,
	jobs_successful INTEGER DEFAULT 0 NOT NULL,
	jobs_failed INTEGER DEFAULT 0 NOT NULL,
	last_job_name VARCHAR(255),
	last_job_status VARCHAR(50),
	next_job_at TIMESTAMP WITH TIME ZONE,
	updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	PRIMARY KEY (id)
);

CREATE TABLE agent_sessions (
	id UUID DEFAULT uuid_generate_v4() NOT NULL,
	agent_id VARCHAR(100) NOT NULL,
	session_type VARCHAR(50) DEFAULT 'interactive' NOT NULL,
	started_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	ended_at TIMESTAMP WITH TIME ZONE,
	messages_count INTEGER DEFAULT 0 NOT NULL,
	tokens_used INTEGER DEFAULT 0 NOT NULL,
	cost_usd NUMERIC(10, 6) DEFAULT 0 NOT NULL,
	status VARCHAR(50) DEFAULT 'active' NOT NULL,
	metadata JSONB DEFAULT '{}' NOT NULL,
	PRIMARY KEY (id)
);

CREATE INDEX idx_agent_sessions_agent ON agent_sessions (agent_id);

CREATE INDEX idx_agent_sessions_started ON agent_sessions (started_at DESC);

CREATE INDEX idx_agent_sessions_status ON agent_sessions (status);

CREATE TABLE model_usage (
	id UUID DEFAULT uuid_generate_v4() NOT NULL,
	model VARCHAR(100) NOT NULL,
	provider VARCHAR(50),
	input_tokens INTEGER DEFAULT 0 NOT NULL,
	output_tokens INTEGER DEFAULT 0 NOT NULL,
	cost_usd NUMERIC(10, 6) DEFAULT 0 NOT NULL,
	latency_ms INTEGER,
	success BOOLEAN DEFAULT true NOT NULL,
	error_message TEXT,
	session_id UUID,
	created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	PRIMARY KEY (id)
);

CREATE INDEX idx_model_usage_created ON model_usage (created_at DESC);

CREATE INDEX idx_model_usage_model ON model_usage (model);

CREATE INDEX idx_model_usage_session ON model_usage (session_id);

CREATE TABLE rate_limits (
	id UUID DEFAULT uuid_generate_v4() NOT NULL,
	skill VARCHAR(100) NOT NULL,
	last_action TIMESTAMP WITH TIME ZONE,
	action_count INTEGER DEFAULT 0 NOT NULL,
	window_start TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	last_post TIMESTAMP WITH TIME ZONE,
	updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	PRIMARY KEY (id),
	UNIQUE (skill)
);

CREATE INDEX idx_rate_limits_skill ON rate_limits (skill);

CREATE TABLE api_key_rotations (
	id UUID DEFAULT uuid_generate_v4() NOT NULL,
	service VARCHAR(100) NOT NULL,
	rotated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL,
	reason TEXT,
	rotated_by VARCHAR(100) DEFAULT 'system' NOT NULL,
	metadata JSONB DEFAULT '{}' NOT NULL,
	PRIMARY KEY (id)
);

