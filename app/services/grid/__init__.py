"""Grid rosters (网格管理): grids, workers, assignments, duty rosters and patrol logs.

Other features use these names only: the patrol records a case was reported from, and sending
the worker on duty for a case's village to check it on site.
"""

from app.services.grid.duty import patrols_of_case
from app.services.grid.onsite import assign_onsite, on_duty_worker

__all__ = ["assign_onsite", "on_duty_worker", "patrols_of_case"]
