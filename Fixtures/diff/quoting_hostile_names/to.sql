-- The same hostile names as from.sql, changed in every way a diff can: new enum label, default, comments, columns,
-- tables, index, CHECK, policy, trigger, view, domain, composite type, sequence and function setting.
CREATE TABLE keep (id int PRIMARY KEY);
INSERT INTO keep VALUES (1), (2), (3);
CREATE SCHEMA U&"s\000a-- x";
COMMENT ON SCHEMA U&"s\000a-- x" IS E'schema\r\nDROP TABLE keep; --';
CREATE TYPE U&"s\000a-- x".U&"mood\000d*/" AS ENUM (E'a\n--', E'b''\\', E'c\r\n/* $$');
CREATE DOMAIN U&"s\000a-- x".U&"dom\000a'" AS text CONSTRAINT U&"dchk\000a--" CHECK (VALUE <> E'\n;--');
CREATE TYPE U&"s\000a-- x".U&"comp\2028line" AS (U&"attr\000a--" text);
CREATE SEQUENCE U&"s\000a-- x".U&"seq\000a;";
CREATE TABLE U&"s\000a-- x".U&"evil\000aDROP TABLE keep; --" (
    id int PRIMARY KEY,
    U&"col\000a;DROP TABLE keep; --" text DEFAULT E'z\n*/ DROP TABLE keep; --'
        CONSTRAINT U&"ck\000a--" CHECK (U&"col\000a;DROP TABLE keep; --" <> E'$$\n*/'),
    mood U&"s\000a-- x".U&"mood\000d*/",
    U&"added\000a\\--" U&"s\000a-- x".U&"dom\000a'"
);
INSERT INTO U&"s\000a-- x".U&"evil\000aDROP TABLE keep; --" VALUES (1, 'a', E'a\n--'), (2, 'b', E'b''\\');
COMMENT ON TABLE U&"s\000a-- x".U&"evil\000aDROP TABLE keep; --" IS E'second\nDROP TABLE keep; --';
COMMENT ON COLUMN U&"s\000a-- x".U&"evil\000aDROP TABLE keep; --".U&"col\000a;DROP TABLE keep; --"
    IS E'*/\r--';
CREATE INDEX U&"idx\000d--" ON U&"s\000a-- x".U&"evil\000aDROP TABLE keep; --" (U&"col\000a;DROP TABLE keep; --")
    WHERE U&"col\000a;DROP TABLE keep; --" <> E'$$\n--';
ALTER TABLE U&"s\000a-- x".U&"evil\000aDROP TABLE keep; --" ENABLE ROW LEVEL SECURITY;
CREATE POLICY U&"pol\000a--" ON U&"s\000a-- x".U&"evil\000aDROP TABLE keep; --"
    USING (U&"col\000a;DROP TABLE keep; --" <> E'p\n*/;');
CREATE TABLE U&"s\000a-- x".U&"new\000a\2028 table" (id int);
CREATE FUNCTION U&"s\000a-- x".U&"fn\000a--"(U&"arg\000a*/" text) RETURNS text LANGUAGE sql
    AS $body$ SELECT U&"arg\000a*/" || '$$' $body$;
ALTER FUNCTION U&"s\000a-- x".U&"fn\000a--"(text) SET "myapp.note" = E'two\r\n--DROP TABLE keep;';
COMMENT ON FUNCTION U&"s\000a-- x".U&"fn\000a--"(text) IS E'fn\n--';
CREATE FUNCTION U&"s\000a-- x".U&"touch\000a;"() RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER U&"trg\000a--" BEFORE UPDATE ON U&"s\000a-- x".U&"evil\000aDROP TABLE keep; --"
    FOR EACH ROW EXECUTE FUNCTION U&"s\000a-- x".U&"touch\000a;"();
CREATE VIEW U&"s\000a-- x".U&"view\000a;--" AS
    SELECT id, U&"col\000a;DROP TABLE keep; --" FROM U&"s\000a-- x".U&"evil\000aDROP TABLE keep; --"
    WHERE U&"col\000a;DROP TABLE keep; --" <> E'v\n--';
CREATE TABLE "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm€" (id int, "lllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllü" text);
INSERT INTO "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm€" VALUES (1, 'x');
