"""Case transfer (分类流转): workflow, department actions, queues, supervision, 履职评价.

The workflow (`app.services.transfer.workflow`) is every case's event log and its fold; other
features record events through the names re-exported here: `from app.services.transfer import
Actor, record`.
"""

from app.services.transfer.workflow import Actor, CaseState, record

__all__ = ["Actor", "CaseState", "record"]
