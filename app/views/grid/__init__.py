"""The 网格管理 tab: grids, grid workers, duty rosters, patrol logs and their printouts."""
