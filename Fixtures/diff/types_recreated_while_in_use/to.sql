CREATE SCHEMA app;
CREATE DOMAIN app.code AS text CONSTRAINT code_not_empty CHECK (VALUE <> '');
CREATE TYPE app.pair AS (b text, a integer, c boolean);
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TABLE app.items (
    id integer PRIMARY KEY,
    code app.code NOT NULL DEFAULT 'none',
    p app.pair,
    codes app.code[],
    mood app.mood NOT NULL DEFAULT 'happy'
);
CREATE INDEX items_code_idx ON app.items (code);
CREATE VIEW app.item_codes AS SELECT id, code FROM app.items;
-- The rows A's become (compared by values.sql): the composite's fields move by name, 'meh' was never stored.
INSERT INTO app.items VALUES (1, 'x1', ROW('a', 1, NULL), '{x1,y1}', 'sad'), (2, 'y2', NULL, NULL, 'happy');
