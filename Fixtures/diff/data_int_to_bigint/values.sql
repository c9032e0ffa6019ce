SELECT c.id::text, c.hits::text, c.owner_id,
    (SELECT array_agg(r.value ORDER BY r.value)::text FROM readings r WHERE r.counter_id = c.id) AS readings
FROM counters c ORDER BY c.id
