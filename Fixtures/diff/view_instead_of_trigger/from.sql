CREATE TABLE notes (id int PRIMARY KEY, body text);
CREATE FUNCTION notes_view_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO notes VALUES (NEW.id, NEW.body);
    RETURN NEW;
END $$;
CREATE VIEW gains_trigger AS SELECT id, body FROM notes;
CREATE VIEW loses_trigger AS SELECT id, body FROM notes;
CREATE TRIGGER loses_trigger_insert INSTEAD OF INSERT ON loses_trigger FOR EACH ROW EXECUTE FUNCTION notes_view_write();
CREATE VIEW changes_trigger AS SELECT id, body FROM notes;
CREATE TRIGGER changes_trigger_write INSTEAD OF INSERT ON changes_trigger FOR EACH ROW EXECUTE FUNCTION notes_view_write();
INSERT INTO notes VALUES (1, 'a'), (2, 'b');
