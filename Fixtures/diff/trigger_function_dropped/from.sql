CREATE TABLE t (id int, updated_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, updated_at) VALUES
  ('1', '2024-01-01 12:00'),
  ('2', '2024-01-02 12:00'),
  ('3', '2024-01-03 12:00');
