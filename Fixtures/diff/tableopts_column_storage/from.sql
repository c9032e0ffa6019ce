CREATE TABLE docs (
    id int PRIMARY KEY,
    gains text,
    loses text,
    changes bytea,
    amount numeric(12, 2),
    keeps text
);
ALTER TABLE docs ALTER COLUMN loses SET STORAGE EXTERNAL;
ALTER TABLE docs ALTER COLUMN changes SET STORAGE MAIN;
ALTER TABLE docs ALTER COLUMN amount SET STORAGE EXTENDED;
ALTER TABLE docs ALTER COLUMN keeps SET STORAGE MAIN;
INSERT INTO docs VALUES (1, 'a', 'b', 'c', 1.5, 'd'), (2, 'e', 'f', 'g', 2.5, 'h');
