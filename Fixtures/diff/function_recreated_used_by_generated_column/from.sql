-- A function whose return type changes (drop and create) while a stored generated column calls it: the column is
-- dropped before and added again after (its values computed again), with its index, comment and the view reading
-- it. It is the last column, so the re-added one lands where to.sql declares it.
CREATE FUNCTION box_area(w integer, h integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT w * h $$;
CREATE TABLE boxes (
    id integer PRIMARY KEY,
    w integer NOT NULL,
    h integer NOT NULL,
    area bigint GENERATED ALWAYS AS (box_area(w, h)) STORED
);
CREATE INDEX boxes_area_idx ON boxes (area);
COMMENT ON COLUMN boxes.area IS 'w times h';
CREATE VIEW big_boxes AS SELECT id, area FROM boxes WHERE area > 10;
INSERT INTO boxes (id, w, h) VALUES (1, 2, 3), (2, 4, 5), (3, 6, 7);
