-- Index forms: partial, expression, DESC, NULLS FIRST/LAST, UNIQUE, INCLUDE,
-- GIN, hash, BRIN, unnamed, IF NOT EXISTS, CONCURRENTLY.
CREATE TABLE docs (
    id bigserial PRIMARY KEY,
    email varchar(255) NOT NULL,
    title text,
    status varchar(20) DEFAULT 'draft',
    body jsonb DEFAULT '{}',
    tags text[],
    score numeric(6,2),
    created_at timestamptz DEFAULT now(),
    deleted_at timestamptz
);
CREATE UNIQUE INDEX docs_email_lower ON docs (lower(email)) WHERE deleted_at IS NULL;
CREATE INDEX docs_created_desc ON docs (created_at DESC);
CREATE INDEX docs_score_nulls ON docs (score NULLS FIRST);
CREATE INDEX docs_score_desc_last ON docs (score DESC NULLS LAST);
CREATE INDEX docs_status_partial ON docs (status) WHERE status IN ('draft', 'review');
CREATE INDEX docs_status_not_in ON docs (created_at) WHERE status NOT IN ('archived');
CREATE INDEX docs_cover ON docs (status) INCLUDE (title, created_at);
CREATE INDEX docs_body_gin ON docs USING gin (body);
CREATE INDEX docs_body_path ON docs USING gin (body jsonb_path_ops);
CREATE INDEX docs_tags_gin ON docs USING GIN (tags);
CREATE INDEX docs_email_hash ON docs USING hash (email);
CREATE INDEX docs_created_brin ON docs USING brin (created_at);
CREATE INDEX ON docs (title);
CREATE INDEX ON docs (title);
CREATE INDEX ON docs (lower(title), status);
CREATE INDEX IF NOT EXISTS docs_created_desc ON docs (created_at);
CREATE INDEX CONCURRENTLY docs_multi ON docs (status, created_at DESC, id);
CREATE INDEX docs_expr_math ON docs ((score * 2 + 1));
CREATE INDEX docs_coalesce ON docs (COALESCE(title, ''::text));
CREATE INDEX docs_bool_pred ON docs (id) WHERE deleted_at IS NOT NULL AND score > 0;
CREATE UNIQUE INDEX docs_title_status ON docs (title, status);
