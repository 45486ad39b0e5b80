"""HTTP routes of the district server, one module per resource."""
