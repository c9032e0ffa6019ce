CREATE SCHEMA "My Schema";
CREATE TYPE "My Schema"."Mood ""Type""" AS ENUM ('it''s', 'a\b', 'ünï');
CREATE TABLE "My Schema"."Weird Table" ("Id" int PRIMARY KEY, "select" text, "Col""Quote" "My Schema"."Mood ""Type""", "ÄÖ" int CHECK ("ÄÖ" > 0));
CREATE INDEX "Weird Index" ON "My Schema"."Weird Table" ("select");
CREATE TABLE "My Schema"."Ref" (id int, w int REFERENCES "My Schema"."Weird Table"("Id"));
CREATE VIEW "My Schema"."View ""Q""" AS SELECT "select" FROM "My Schema"."Weird Table";
CREATE FUNCTION "My Schema"."Fn"("Arg" int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
ALTER FUNCTION "My Schema"."Fn"(int) SET search_path = "My Schema", public;
COMMENT ON TABLE "My Schema"."Weird Table" IS 'quote '' and backslash \';
