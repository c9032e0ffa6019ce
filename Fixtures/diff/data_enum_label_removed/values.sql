SELECT id, p::text, history::text FROM tickets ORDER BY id
