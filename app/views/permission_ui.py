"""Hide what the signed-in user's role may not do (the services refuse it anyway)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.domain.permissions import Action
from app.services.permissions import may
from app.views.context import AppContext


def hide_unless(ctx: AppContext, action: Action, *widgets: QWidget) -> bool:
    """Hide and disable `widgets` unless the user may take `action`; return whether they may."""
    allowed = may(ctx.actor(), action)
    if not allowed:
        for w in widgets:
            w.setEnabled(False)
            w.hide()
    return allowed
