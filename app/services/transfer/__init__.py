"""Case transfer (分类流转): workflow, department actions, queues, supervision, 履职评价.

The workflow (`app.services.transfer.workflow`) is every case's event log and its fold; other
features record events through the names re-exported here: `from app.services.transfer import
Actor, record`.
"""

from app.domain.transfer import Queue
from app.services.transfer.queries import queue_counts
from app.services.transfer.workflow import Actor, CaseState, record

# The queues whose cases are 在办 (being handled): the home page's 在办案件 is their sum.
OPEN_QUEUES = (Queue.TO_DISPATCH, Queue.TO_SIGN, Queue.IN_PROGRESS, Queue.EXTENDED)

__all__ = ["OPEN_QUEUES", "Actor", "CaseState", "queue_counts", "record"]
