"""The one case view (案件详情), opened from every list that shows cases."""

from app.views.case_detail.view import CaseViewDialog, CaseViewPanel, open_case_view

__all__ = ["CaseViewDialog", "CaseViewPanel", "open_case_view"]
