"""Party-education site bookings (阵地预约): sites, rooms, requests, rules and state changes."""
