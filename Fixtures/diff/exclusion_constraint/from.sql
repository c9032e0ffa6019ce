CREATE TABLE bookings (room int, during tsrange);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO bookings (room, during) VALUES
  ('1', '[2024-01-01,2024-01-02)'),
  ('2', '[2024-01-02,2024-01-03)'),
  ('3', '[2024-01-03,2024-01-04)');
