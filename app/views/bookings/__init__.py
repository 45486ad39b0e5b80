"""阵地预约: the party-education site bookings tab."""
