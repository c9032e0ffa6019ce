SELECT id, s::text, history::text FROM posts ORDER BY id
