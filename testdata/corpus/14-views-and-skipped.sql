-- Views and statements that are not schema DDL: skipped without error.
CREATE TABLE posts (id integer PRIMARY KEY, body text, published boolean DEFAULT false);
CREATE VIEW published_posts AS SELECT id, body FROM posts WHERE published;
CREATE OR REPLACE VIEW published_posts AS SELECT id, body FROM posts WHERE published;
CREATE MATERIALIZED VIEW post_counts AS SELECT published, count(*) FROM posts GROUP BY published;
CREATE VIEW to_drop AS SELECT 1 AS one;
DROP VIEW to_drop;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    NEW.body := coalesce(NEW.body, '');
    RETURN NEW;
END
$fn$;
CREATE TRIGGER posts_touch BEFORE INSERT ON posts FOR EACH ROW EXECUTE FUNCTION touch();
INSERT INTO posts (id, body) VALUES (1, 'hello');
UPDATE posts SET published = true WHERE id = 1;
COMMENT ON COLUMN posts.body IS 'markdown';
GRANT SELECT ON posts TO PUBLIC;
ANALYZE posts;
