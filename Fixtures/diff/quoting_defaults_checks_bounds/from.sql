CREATE TABLE "o'neil" (id int, name text NOT NULL, tag text);
CREATE TABLE "list""parted" (k text NOT NULL, v int) PARTITION BY LIST (k);
CREATE TABLE "list""parted_a" PARTITION OF "list""parted" FOR VALUES IN ('a');
INSERT INTO "o'neil" VALUES (1, 'x', 'y'), (2, 'it''s', 'z');
INSERT INTO "list""parted" VALUES ('a', 1), ('a', 2);
