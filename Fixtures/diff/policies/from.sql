DO $$ BEGIN CREATE ROLE app_reader; EXCEPTION WHEN OTHERS THEN NULL; END $$;

CREATE TABLE docs (id int, owner text, public boolean);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_alter ON docs FOR SELECT USING (public);
CREATE POLICY p_command ON docs FOR SELECT USING (owner = current_user);
CREATE POLICY p_gone ON docs FOR DELETE USING (false);
CREATE POLICY p_restrict ON docs AS PERMISSIVE FOR UPDATE USING (true) WITH CHECK (true);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO docs (id, owner, public) VALUES
  ('1', '1', 'true'),
  ('2', '2', 'false'),
  ('3', '3', 'true');
