CREATE TABLE notes (id int PRIMARY KEY, body text, score int);
CREATE FUNCTION notes_view_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO notes (id, body) VALUES (NEW.id, NEW.body);
    RETURN NEW;
END $$;
CREATE VIEW recreated AS SELECT id, body, score FROM notes;
CREATE TRIGGER recreated_insert INSTEAD OF INSERT ON recreated FOR EACH ROW EXECUTE FUNCTION notes_view_write();
CREATE VIEW follows_column AS SELECT id, score FROM notes;
CREATE TRIGGER follows_column_insert INSTEAD OF INSERT ON follows_column FOR EACH ROW EXECUTE FUNCTION notes_view_write();
CREATE FUNCTION old_writer() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE VIEW loses_function AS SELECT id FROM notes;
CREATE TRIGGER loses_function_insert INSTEAD OF INSERT ON loses_function FOR EACH ROW EXECUTE FUNCTION old_writer();
INSERT INTO notes VALUES (1, 'a', 1), (2, 'b', 2);
