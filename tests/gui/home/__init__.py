"""GUI tests of the home page: the dashboard and the warning board."""
