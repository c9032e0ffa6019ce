CREATE TABLE "o'neil" (
    id int,
    name text NOT NULL DEFAULT E'it''s \\ "quoted"\nnew line',
    tag text DEFAULT 'größe ✓' CONSTRAINT "tag's ""check""" CHECK (tag <> E'bad\\tag' AND tag <> 'o''neil'),
    CONSTRAINT "name check ü" CHECK (name !~ E'^\\s*$' AND name <> E'line\nbreak')
);
CREATE INDEX "o'neil ""name"" idx" ON "o'neil" (name) WHERE tag <> E'x\\y''z';
CREATE TABLE "list""parted" (k text NOT NULL, v int) PARTITION BY LIST (k);
CREATE TABLE "list""parted_a" PARTITION OF "list""parted" FOR VALUES IN ('a');
CREATE TABLE "list""parted 'q'" PARTITION OF "list""parted" FOR VALUES IN ('it''s', E'back\\slash', 'say "hi"', E'two\nlines', 'größe');
CREATE TABLE "ränge" (at text NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE "ränge_1" PARTITION OF "ränge" FOR VALUES FROM ('a''b') TO (E'z\\z');
