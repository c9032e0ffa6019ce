CREATE TABLE t (id int, old text);
CREATE VIEW v AS SELECT old FROM t;
