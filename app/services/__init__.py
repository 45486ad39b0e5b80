"""Domain workflows: functions (session, *, ...) -> frozen domain objects. No Qt, no commits."""
