CREATE TABLE bookings (room int, during tsrange);
