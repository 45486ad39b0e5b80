"""Window intake (一窗受理): register cases with their parties, find residents, slips."""
