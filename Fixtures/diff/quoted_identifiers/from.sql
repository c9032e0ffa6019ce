CREATE SCHEMA "My Schema";
CREATE TABLE "My Schema"."Old" ("Id" int);
