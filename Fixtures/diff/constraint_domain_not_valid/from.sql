CREATE DOMAIN pos AS int CONSTRAINT pos_check CHECK (VALUE > 0);
CREATE DOMAIN code AS text;
CREATE DOMAIN small AS int;
CREATE TABLE t (p pos, c code, s small);
INSERT INTO t VALUES (1, 'abc', 5), (2, 'toolong', 7);
-- existing rows break code_len: it can only stay NOT VALID
ALTER DOMAIN code ADD CONSTRAINT code_len CHECK (length(VALUE) = 3) NOT VALID;
ALTER DOMAIN small ADD CONSTRAINT small_check CHECK (VALUE < 100) NOT VALID;
