-- Names, labels, comments, defaults, expressions and settings that try to end a comment line and start a
-- statement (newline, carriage return, --, /*, */, ;, quotes, backslash, $$, U+2028, non-ASCII), and names that
-- reach or pass Postgres's 63-byte limit. U& escapes keep this file readable: \000a is a newline, \000d a carriage
-- return, \2028 a line separator.
CREATE TABLE keep (id int PRIMARY KEY);
INSERT INTO keep VALUES (1), (2), (3);
CREATE SCHEMA U&"s\000a-- x";
CREATE TYPE U&"s\000a-- x".U&"mood\000d*/" AS ENUM (E'a\n--', E'b''\\');
CREATE TABLE U&"s\000a-- x".U&"evil\000aDROP TABLE keep; --" (
    id int PRIMARY KEY,
    U&"col\000a;DROP TABLE keep; --" text DEFAULT E'x\n-- y',
    mood U&"s\000a-- x".U&"mood\000d*/",
    U&"gone\000d\000a--" text
);
INSERT INTO U&"s\000a-- x".U&"evil\000aDROP TABLE keep; --" VALUES (1, 'a', E'a\n--', 'g'), (2, 'b', E'b''\\', NULL);
COMMENT ON TABLE U&"s\000a-- x".U&"evil\000aDROP TABLE keep; --" IS E'first\nDROP TABLE keep; --';
CREATE TABLE U&"s\000a-- x".U&"dropped\000a;DROP TABLE keep; --" (id int);
CREATE FUNCTION U&"s\000a-- x".U&"fn\000a--"(U&"arg\000a*/" text) RETURNS text LANGUAGE sql
    AS $body$ SELECT U&"arg\000a*/" || '$$' $body$;
ALTER FUNCTION U&"s\000a-- x".U&"fn\000a--"(text) SET "myapp.note" = E'one\n--DROP TABLE keep;';
CREATE TABLE "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm€" (id int);
INSERT INTO "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm€" VALUES (1);
