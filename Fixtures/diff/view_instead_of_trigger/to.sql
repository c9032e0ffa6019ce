CREATE TABLE notes (id int PRIMARY KEY, body text);
CREATE FUNCTION notes_view_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO notes VALUES (NEW.id, NEW.body);
    RETURN NEW;
END $$;
CREATE VIEW gains_trigger AS SELECT id, body FROM notes;
CREATE TRIGGER gains_trigger_insert INSTEAD OF INSERT ON gains_trigger FOR EACH ROW EXECUTE FUNCTION notes_view_write();
COMMENT ON TRIGGER gains_trigger_insert ON gains_trigger IS 'writes through';
CREATE VIEW loses_trigger AS SELECT id, body FROM notes;
CREATE VIEW changes_trigger AS SELECT id, body FROM notes;
CREATE TRIGGER changes_trigger_write INSTEAD OF INSERT OR UPDATE ON changes_trigger FOR EACH ROW EXECUTE FUNCTION notes_view_write();
CREATE VIEW created AS SELECT id FROM notes;
CREATE TRIGGER created_insert INSTEAD OF INSERT ON created FOR EACH ROW EXECUTE FUNCTION notes_view_write();
CREATE TRIGGER created_statement AFTER INSERT ON created FOR EACH STATEMENT EXECUTE FUNCTION notes_view_write();
