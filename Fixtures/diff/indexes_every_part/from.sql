-- Indexes are rendered from their parts (keys, operator classes with parameters, collations, ordering, INCLUDE,
-- NULLS NOT DISTINCT, storage parameters, predicate): every part must survive a create, and a change to any
-- one part must rebuild the index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE SCHEMA "Odd Schema";
CREATE TABLE "Odd Schema"."Items" (id int PRIMARY KEY, "Name" text, email text, n int, deleted_at timestamptz);
CREATE INDEX "Items trgm" ON "Odd Schema"."Items" USING gist ("Name" gist_trgm_ops (siglen = 32));
CREATE INDEX items_email_c ON "Odd Schema"."Items" (email COLLATE "C" text_pattern_ops DESC NULLS LAST);
CREATE UNIQUE INDEX items_n ON "Odd Schema"."Items" (n) INCLUDE (email) NULLS NOT DISTINCT WITH (fillfactor = 80);
CREATE INDEX items_lower ON "Odd Schema"."Items" (lower(email), (n + 1)) WHERE deleted_at IS NULL;
CREATE TABLE "Odd Schema".events (id int, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE "Odd Schema".events_2026 PARTITION OF "Odd Schema".events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX events_kind ON "Odd Schema".events (kind);

INSERT INTO "Odd Schema"."Items" VALUES (1, 'a', 'a@x', 1, NULL), (2, 'b', 'b@x', 2, now()), (3, 'c', 'c@x', NULL, NULL);
INSERT INTO "Odd Schema".events VALUES (1, '2026-02-01', 'x'), (2, '2026-03-01', 'y');
