SELECT id, mood::text FROM app.people ORDER BY id
