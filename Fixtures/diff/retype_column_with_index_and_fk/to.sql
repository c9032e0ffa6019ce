CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int, p_id int REFERENCES p(id), n bigint);
CREATE INDEX c_n_idx ON c (n);

-- The rows A's become (compared by values.sql).
INSERT INTO p (id) VALUES (1), (2), (3);
INSERT INTO c (id, p_id, n) VALUES (1, 1, 1), (2, 2, 2), (3, 3, 3);
