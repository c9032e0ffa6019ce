SELECT id, code::text, p::text, codes::text, mood::text FROM app.items ORDER BY id
