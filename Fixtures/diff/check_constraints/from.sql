CREATE TABLE t (id int, a int CHECK (a > 0), b int, CONSTRAINT t_b_check CHECK (b > 0));
