SELECT id, moods::text, grid::text, pairs::text FROM app.items ORDER BY id
