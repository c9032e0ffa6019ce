CREATE TYPE mood AS ENUM ('it''s', 'say "hi"');
CREATE TABLE "we""ird 'table" ("col ""q""" mood, n int);
COMMENT ON TABLE "we""ird 'table" IS 'old';
INSERT INTO "we""ird 'table" VALUES ('it''s', 1), ('say "hi"', 2);
