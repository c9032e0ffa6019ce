SELECT id, p::text, p > 'medium' AS above_medium FROM tasks ORDER BY id
