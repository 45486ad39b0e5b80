"""Why an action button of 案件流转 is greyed: its tooltip (issue #12: no greyed button without
a reason). The buttons' enabled state stays `available_actions`'; this only explains it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.enums import CaseStatus, Role
from app.domain.transfer import CaseDetail
from app.views.context import CurrentUser
from app.views.labels import enum_text

S = CaseStatus
_HANDLING = {S.TO_SIGN.value, S.IN_PROGRESS.value, S.EXTENDED.value}
_BEFORE_DISPATCH = {S.REGISTERED.value, S.ACCEPTED.value, S.TO_DISPATCH.value}
_DONE = {S.TO_REVISIT.value, S.CLOSED.value, S.EVALUATED.value, S.ARCHIVED.value}


def why_disabled(key: str, detail: CaseDetail | None, user: CurrentUser) -> str:
    """Return, in the UI language, why action `key` cannot be taken on the case now."""
    if detail is None:
        return QCoreApplication.translate("WhyDisabled", "先在左侧列表中选中一件案件")
    status = detail.row.status
    shown = enum_text(CaseStatus, status, status)
    mine = next((a for a in detail.assignments if a.department_id == user.department_id), None)
    role = QCoreApplication.translate("WhyDisabled", "您的角色不能对本案执行此操作")
    if key == "dispatch":
        if status not in _BEFORE_DISPATCH:
            return QCoreApplication.translate(
                "WhyDisabled", "本案已交办（{s}），只有待交办的案件可以交办"
            ).format(s=shown)
        return role
    if key == "insist":
        if status != S.TO_DISPATCH.value:
            return QCoreApplication.translate(
                "WhyDisabled", "只有被退回、待重新交办的案件可以维持交办"
            )
        return role
    if key in ("sign", "return", "progress", "extend", "close", "assist", "mediation"):
        if user.role not in (Role.HANDLER, Role.ADMIN) and key != "mediation":
            return QCoreApplication.translate("WhyDisabled", "由承办部门的承办人操作")
        if mine is None and key != "mediation":
            return QCoreApplication.translate("WhyDisabled", "本案未交办给您的部门")
        if status not in _HANDLING:
            return QCoreApplication.translate(
                "WhyDisabled", "本案当前状态（{s}）不在办理中"
            ).format(s=shown)
        if key == "sign":
            return QCoreApplication.translate("WhyDisabled", "本部门已签收")
        if key == "return":
            if mine is not None and not mine.is_lead:
                return QCoreApplication.translate("WhyDisabled", "只有主办部门可以退回")
            return QCoreApplication.translate("WhyDisabled", "已签收的案件不能退回")
        if key in ("extend", "close"):
            if mine is not None and not mine.is_lead:
                return QCoreApplication.translate("WhyDisabled", "只有主办部门可以申请延期或办结")
            if detail.pending_extension is not None:
                return QCoreApplication.translate("WhyDisabled", "延期申请待批复，批复后再操作")
        if key == "assist":
            if mine is not None and mine.is_lead:
                return QCoreApplication.translate("WhyDisabled", "主办部门不填写协办反馈")
            return QCoreApplication.translate("WhyDisabled", "本部门已反馈")
        if key == "mediation":
            return QCoreApplication.translate("WhyDisabled", "由主办部门承办人或中心主任记录")
        return role
    if key in ("approve", "deny"):
        if detail.pending_extension is None:
            return QCoreApplication.translate("WhyDisabled", "没有待批复的延期申请")
        return role
    if key == "revisit":
        if status not in (S.TO_REVISIT.value, S.CLOSED.value):
            return QCoreApplication.translate("WhyDisabled", "办结后才能回访评价")
        return role
    if key in ("supervise", "consult"):
        if status in _DONE:
            return QCoreApplication.translate("WhyDisabled", "本案已办结，无需督办或会商")
        return role
    return role
