CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE SCHEMA "Odd Schema";
CREATE TABLE "Odd Schema"."Items" (id int PRIMARY KEY, "Name" text, email text, n int, deleted_at timestamptz);
-- operator class parameter changed
CREATE INDEX "Items trgm" ON "Odd Schema"."Items" USING gist ("Name" gist_trgm_ops (siglen = 64));
-- ordering changed, collation kept
CREATE INDEX items_email_c ON "Odd Schema"."Items" (email COLLATE "C" text_pattern_ops NULLS FIRST);
-- unchanged
CREATE UNIQUE INDEX items_n ON "Odd Schema"."Items" (n) INCLUDE (email) NULLS NOT DISTINCT WITH (fillfactor = 80);
-- expression and predicate changed
CREATE INDEX items_lower ON "Odd Schema"."Items" (lower(email), (n * 2)) WHERE deleted_at IS NOT NULL;
-- new: an operator class given parameters; a DESC expression
CREATE INDEX "items trgm email" ON "Odd Schema"."Items" USING gist (email gist_trgm_ops (siglen = 16));
CREATE INDEX items_n_text ON "Odd Schema"."Items" ((n::text) DESC, id);
CREATE TABLE "Odd Schema".events (id int, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE "Odd Schema".events_2026 PARTITION OF "Odd Schema".events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX events_kind ON "Odd Schema".events (kind, id DESC);
