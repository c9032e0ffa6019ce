CREATE TABLE docs (
    id int PRIMARY KEY,
    gains text,
    loses text,
    changes bytea,
    amount numeric(12, 2),
    keeps text,
    added text
);
ALTER TABLE docs ALTER COLUMN gains SET STORAGE EXTERNAL;
ALTER TABLE docs ALTER COLUMN changes SET STORAGE EXTERNAL;
ALTER TABLE docs ALTER COLUMN keeps SET STORAGE MAIN;
ALTER TABLE docs ALTER COLUMN added SET STORAGE MAIN;
CREATE TABLE created (id int, body text, price numeric);
ALTER TABLE created ALTER COLUMN body SET STORAGE PLAIN;
ALTER TABLE created ALTER COLUMN price SET STORAGE EXTERNAL;
