SELECT id, mood::text, history::text, past::text, code::text, tiny::text FROM app.people ORDER BY id
