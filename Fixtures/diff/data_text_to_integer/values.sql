SELECT id, quantity::text, price::text, note FROM imports ORDER BY id
