SELECT id, code::text, country::text, octet_length(country) AS country_bytes, nickname::text FROM members ORDER BY id
