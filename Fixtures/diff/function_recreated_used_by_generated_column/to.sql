CREATE FUNCTION box_area(w integer, h integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT w::bigint * h $$;
CREATE TABLE boxes (
    id integer PRIMARY KEY,
    w integer NOT NULL,
    h integer NOT NULL,
    area bigint GENERATED ALWAYS AS (box_area(w, h)) STORED
);
CREATE INDEX boxes_area_idx ON boxes (area);
COMMENT ON COLUMN boxes.area IS 'w times h';
CREATE VIEW big_boxes AS SELECT id, area FROM boxes WHERE area > 10;
