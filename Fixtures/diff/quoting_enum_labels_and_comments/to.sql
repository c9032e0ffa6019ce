CREATE TYPE mood AS ENUM ('it''s', E'back\\slash', 'say "hi"', E'two\nlines', 'größer ✓', 'tab	and ''both'' "kinds"');
COMMENT ON TYPE mood IS E'mood''s \\ "comment"\nsecond line – ünïcode';
CREATE TABLE "we""ird 'table" ("col ""q""" mood DEFAULT E'back\\slash', n int);
COMMENT ON TABLE "we""ird 'table" IS E'it''s a "table" with a \\ backslash\nand a newline: ✓';
COMMENT ON COLUMN "we""ird 'table"."col ""q""" IS 'größe';
COMMENT ON COLUMN "we""ird 'table".n IS E'\\';
