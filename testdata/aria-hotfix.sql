-- Changes made by hand on the production aria_warehouse during incidents and
-- never written back into the init scripts. `make demo` applies this file to
-- the demo database so that the sql↔db pair has something to find.
ALTER TABLE memories ADD COLUMN importance SMALLINT DEFAULT 0;
CREATE INDEX idx_model_usage_provider ON model_usage (provider) WHERE provider IS NOT NULL;
DROP INDEX idx_heartbeat_created;
ALTER TABLE social_posts ALTER COLUMN post_id TYPE VARCHAR(255);
ALTER TABLE agent_sessions ALTER COLUMN agent_id DROP NOT NULL;
