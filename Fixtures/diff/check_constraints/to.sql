CREATE TABLE t (id int, a int, b int, CONSTRAINT t_b_check CHECK (b > 10), CONSTRAINT t_sum CHECK (a + b < 100) NO INHERIT);
