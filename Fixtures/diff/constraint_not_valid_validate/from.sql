CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int, p_id int);
ALTER TABLE c ADD CONSTRAINT c_p_fkey FOREIGN KEY (p_id) REFERENCES p(id) NOT VALID;
ALTER TABLE c ADD CONSTRAINT c_id_check CHECK (id > 0) NOT VALID;

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO p (id) VALUES
  ('1'),
  ('2'),
  ('3');
INSERT INTO c (id, p_id) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');
