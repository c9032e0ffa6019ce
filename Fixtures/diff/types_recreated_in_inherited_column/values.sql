SELECT n.tableoid::regclass::text AS holder, n.id, n.mood::text, d.day::text, d.own_mood::text
FROM app.notes n LEFT JOIN app.diary_notes d ON d.id = n.id
ORDER BY n.id
