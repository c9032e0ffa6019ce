-- Types Postgres cannot alter in place while columns use them: a domain whose base type changes, a composite type
-- whose attributes are reordered (and one added), an enum losing an unused label. Rows must survive.
CREATE SCHEMA app;
CREATE DOMAIN app.code AS varchar(10) CONSTRAINT code_not_empty CHECK (VALUE <> '');
CREATE TYPE app.pair AS (a integer, b text);
CREATE TYPE app.mood AS ENUM ('sad', 'meh', 'happy');
CREATE TABLE app.items (
    id integer PRIMARY KEY,
    code app.code NOT NULL DEFAULT 'none',
    p app.pair,
    codes app.code[],
    mood app.mood NOT NULL DEFAULT 'happy'
);
CREATE INDEX items_code_idx ON app.items (code);
CREATE VIEW app.item_codes AS SELECT id, code FROM app.items;
INSERT INTO app.items VALUES (1, 'x1', ROW(1, 'a'), '{x1,y1}', 'sad'), (2, 'y2', NULL, NULL, 'happy');
