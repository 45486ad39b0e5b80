"""Grid rosters (网格管理): grids, workers, assignments, duty rosters and patrol logs."""
