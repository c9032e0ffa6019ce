SELECT id, p_id, n::text FROM c ORDER BY id
