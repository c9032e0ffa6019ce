SELECT id, mood::text, score::text, is_sad, doubled::text FROM app.people ORDER BY id
