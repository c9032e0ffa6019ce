DO $$ BEGIN CREATE ROLE app_reader; EXCEPTION WHEN OTHERS THEN NULL; END $$;

CREATE TABLE docs (id int, owner text, public boolean);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_alter ON docs FOR SELECT TO app_reader USING (public OR owner = current_user);
CREATE POLICY p_command ON docs FOR ALL USING (owner = current_user);
CREATE POLICY p_restrict ON docs AS RESTRICTIVE FOR UPDATE USING (true) WITH CHECK (true);
CREATE POLICY p_new ON docs FOR INSERT WITH CHECK (owner = current_user);
