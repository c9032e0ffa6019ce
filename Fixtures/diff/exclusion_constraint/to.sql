CREATE TABLE bookings (room int, during tsrange, EXCLUDE USING gist (during WITH &&));
