"""Who may do what: the one role × action matrix (stdlib only).

Services call `app.services.permissions.require(actor, Action.X, org_code=...)`, which checks
this matrix, then the township (and, for department work, the department). Views ask
`allowed(role, Action.X)` to hide what a role cannot do; the service refuses it anyway.
Case events have their own row per event type (`CASE_EVENT_ROLES`), used by the workflow rules.
"""

from __future__ import annotations

from app.domain.enums import EventType, LabelledEnum, Role

SYSTEM_ROLE = "system"  # automatic actions (escalation, reminders) taken by the app itself


class Scope(LabelledEnum):
    """How far an allowed action reaches beyond the actor's own township."""

    OWN = "own", "本镇街"  # the target must belong to the actor's township (district: all)
    DISTRICT = "district", "区级"  # only a district-level account (org code of 6 digits)


class Action(LabelledEnum):
    """Everything a service may refuse, with the Chinese words the refusal uses."""

    REGISTER_CASE = "register_case", "登记案件"
    SET_WEIGHTS = "set_weights", "修改考核权重"
    EDIT_DUTY_LIST = "edit_duty_list", "修改职责清单"
    CREATE_BOOKING = "create_booking", "提交预约"
    REVIEW_BOOKING = "review_booking", "审核预约"
    CLOSE_BOOKING = "close_booking", "登记预约结果"
    CANCEL_BOOKING = "cancel_booking", "取消或删除预约"
    EDIT_GRID = "edit_grid", "维护网格"
    EDIT_WORKER = "edit_worker", "维护网格员"
    ASSIGN_WORKER = "assign_worker", "调整网格员任职"
    EDIT_DUTY_ROSTER = "edit_duty_roster", "排班"
    RECORD_DUTY = "record_duty", "签到签退和巡查记录"
    RESOLVE_CONFLICT = "resolve_conflict", "处理同步冲突"
    REVEAL_PERSONAL = "reveal_personal", "查看完整证件号码和电话"
    VIEW_AUDIT = "view_audit", "查看审计日志"
    EXPORT_AUDIT = "export_audit", "导出审计日志"
    RESET_PASSWORD = "reset_password", "重置他人密码"


R = Role
F, H, S, D = R.FRONT_DESK, R.HANDLER, R.SUPERVISOR, R.DISTRICT_SUPERVISOR
G, B, A = R.GRID_COORDINATOR, R.BOOKING_CLERK, R.ADMIN

# role × action → allowed (a role not listed for an action is refused).
MATRIX: dict[Action, frozenset[Role]] = {
    Action.REGISTER_CASE: frozenset({F, S, A}),  # intake ends in a window action (受理…)
    Action.SET_WEIGHTS: frozenset({D, A}),
    Action.EDIT_DUTY_LIST: frozenset({A}),
    Action.CREATE_BOOKING: frozenset({F, S, D, G, B, A}),
    Action.REVIEW_BOOKING: frozenset({B, S, A}),
    Action.CLOSE_BOOKING: frozenset({B, S, A}),
    Action.CANCEL_BOOKING: frozenset({F, S, B, A}),
    Action.EDIT_GRID: frozenset({G, S, A}),
    Action.EDIT_WORKER: frozenset({G, S, A}),
    Action.ASSIGN_WORKER: frozenset({G, S, A}),
    Action.EDIT_DUTY_ROSTER: frozenset({G, S, A}),
    Action.RECORD_DUTY: frozenset({G, S, A}),
    Action.RESOLVE_CONFLICT: frozenset({S, D, A}),
    Action.REVEAL_PERSONAL: frozenset({F, H, S, D, G}),
    Action.VIEW_AUDIT: frozenset({S, D, A}),
    Action.EXPORT_AUDIT: frozenset({S, D, A}),
    Action.RESET_PASSWORD: frozenset({A}),
}
SCOPE: dict[Action, Scope] = {Action.SET_WEIGHTS: Scope.DISTRICT}

_DESK = frozenset({F.value})
_DISPATCHERS = frozenset({F.value, S.value})
_SUPERVISORS = frozenset({S.value, D.value})
_HANDLERS = frozenset({H.value})
_ALL_STAFF = frozenset({F.value, H.value, *_SUPERVISORS, G.value})
E = EventType

# Roles that may record each case event type (admin may record all of them).
CASE_EVENT_ROLES: dict[EventType, frozenset[str]] = {
    E.REGISTER: _DESK | {G.value, S.value},
    E.ACCEPT: _DISPATCHERS,
    E.QUICK_RESOLVE: _DISPATCHERS,
    E.REJECT: _DISPATCHERS,
    E.TRANSFER_OUT: _DISPATCHERS,
    E.DISPATCH: _DISPATCHERS,
    E.RULE_REASSIGN: _DISPATCHERS,
    E.RULE_INSIST: _DISPATCHERS,
    E.SIGN: _HANDLERS,
    E.RETURN: _HANDLERS,
    E.PROGRESS: _HANDLERS,
    E.EXTEND_REQUEST: _HANDLERS,
    E.ASSIST_REPORT: _HANDLERS,
    E.CLOSE: _HANDLERS,
    E.EXTEND_APPROVE: _SUPERVISORS,
    E.EXTEND_DENY: _SUPERVISORS,
    E.SUPERVISE: _SUPERVISORS,
    E.URGE: _SUPERVISORS | _DESK,
    E.CONSULT: _SUPERVISORS | _DESK,
    E.ESCALATE: _SUPERVISORS | {SYSTEM_ROLE},
    E.REVISIT: _DISPATCHERS,
    E.REOPEN: _DISPATCHERS,
    E.ARCHIVE: _DISPATCHERS,
    E.MEDIATION_AGREEMENT: _DESK | _HANDLERS | _SUPERVISORS,
    E.JUDICIAL_REMINDER: _ALL_STAFF | {SYSTEM_ROLE},
    E.PRINT: _ALL_STAFF,
    E.NOTE: _ALL_STAFF,
    # 更正: the clerk only on the day of registration and before dispatch (workflow rules).
    E.CORRECT: _SUPERVISORS | _DESK,
    # 信访: the organ handling (or reviewing) the case records each written step itself.
    E.ACCEPTANCE_NOTICE: _HANDLERS,
    E.PETITION_OPINION: _HANDLERS,
    E.REVIEW_REQUEST: _HANDLERS,
    E.REVIEW_OPINION: _HANDLERS,
    E.RECHECK_REQUEST: _HANDLERS,
    E.RECHECK_OPINION: _HANDLERS,
    E.PETITION_FINAL: _HANDLERS,
}
# Events a handler records on behalf of a department: it must be their own department.
DEPARTMENT_EVENTS = frozenset(
    {E.SIGN, E.RETURN, E.PROGRESS, E.EXTEND_REQUEST, E.ASSIST_REPORT, E.CLOSE}
    | {
        E.ACCEPTANCE_NOTICE,
        E.PETITION_OPINION,
        E.REVIEW_REQUEST,
        E.REVIEW_OPINION,
        E.RECHECK_REQUEST,
        E.RECHECK_OPINION,
        E.PETITION_FINAL,
    }
)
# Events only the reviewing (复查) or rechecking (复核) organ named in the case may record.
REVIEW_EVENTS = frozenset(
    {E.REVIEW_REQUEST, E.REVIEW_OPINION, E.RECHECK_REQUEST, E.RECHECK_OPINION, E.PETITION_FINAL}
)


def allowed(role: str, action: Action) -> bool:
    """Return whether `role` may take `action` at all (township checks come on top)."""
    return role in MATRIX.get(action, frozenset())


def is_district(org_code: str) -> bool:
    """Return whether an org code is the district's (6 digits) rather than a township's (9)."""
    return len(org_code) <= 6


def covers(actor_org: str, target_org: str) -> bool:
    """Return whether an account of `actor_org` may act on data owned by `target_org`."""
    if actor_org == target_org:
        return True
    return is_district(actor_org) and target_org.startswith(actor_org)
