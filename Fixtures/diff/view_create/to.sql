CREATE TABLE t (id int, name text);
CREATE VIEW names AS SELECT name FROM t WHERE id > 0;
CREATE VIEW guarded WITH (security_barrier = true) AS SELECT id FROM t;
CREATE VIEW checked AS SELECT id, name FROM t WHERE id > 10 WITH LOCAL CHECK OPTION;
