"""The transfer tab's actions: which ones a user may take now, their dialogs and service calls."""

from __future__ import annotations

import re
from datetime import datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QMenu, QMessageBox

from app.domain.enums import CaseStatus, EventType, Role
from app.domain.transfer import CaseDetail
from app.services.common.attachments import store_file
from app.services.transfer import actions as transfer
from app.services.transfer import mediation as transfer_mediation
from app.services.transfer import petition
from app.services.transfer import printing as transfer_printing
from app.services.transfer import supervision as transfer_supervision
from app.services.transfer.workflow import may
from app.views.context import CurrentUser
from app.views.operations import error_text, run_op
from app.views.transfer.dialogs import (
    CloseDialog,
    ConsultDialog,
    DispatchDialog,
    ExtensionDialog,
    ReturnDialog,
    RevisitDialog,
    SuperviseDialog,
    TextDialog,
)
from app.views.transfer.host import ActionHost
from app.views.transfer.mediation_dialog import MediationDialog
from app.views.transfer.petition_dialog import AcceptanceDialog, OpinionDialog, RequestDialog

CHINA = ZoneInfo("Asia/Shanghai")
S = CaseStatus
E = EventType
ACTIONS = (
    ("dispatch", QT_TRANSLATE_NOOP("TransferActions", "交办/改派")),
    ("insist", QT_TRANSLATE_NOOP("TransferActions", "维持交办")),
    ("sign", QT_TRANSLATE_NOOP("TransferActions", "签收")),
    ("return", QT_TRANSLATE_NOOP("TransferActions", "退回")),
    ("progress", QT_TRANSLATE_NOOP("TransferActions", "办理进展")),
    ("extend", QT_TRANSLATE_NOOP("TransferActions", "申请延期")),
    ("approve", QT_TRANSLATE_NOOP("TransferActions", "批准延期")),
    ("deny", QT_TRANSLATE_NOOP("TransferActions", "驳回延期")),
    ("assist", QT_TRANSLATE_NOOP("TransferActions", "协办反馈")),
    ("close", QT_TRANSLATE_NOOP("TransferActions", "办结")),
    ("revisit", QT_TRANSLATE_NOOP("TransferActions", "回访评价")),
    ("supervise", QT_TRANSLATE_NOOP("TransferActions", "督办/催办")),
    ("consult", QT_TRANSLATE_NOOP("TransferActions", "会商研判")),
    ("mediation", QT_TRANSLATE_NOOP("TransferActions", "调解协议")),
    ("petition_accept", QT_TRANSLATE_NOOP("TransferActions", "受理决定")),
    ("petition_opinion", QT_TRANSLATE_NOOP("TransferActions", "出具意见书")),
    ("petition_request", QT_TRANSLATE_NOOP("TransferActions", "受理复查/复核")),
    ("print", QT_TRANSLATE_NOOP("TransferActions", "打印…")),
)
PRINTABLE = (
    ("assignment", QT_TRANSLATE_NOOP("TransferActions", "交办单")),
    ("supervision", QT_TRANSLATE_NOOP("TransferActions", "督办单")),
    ("extension", QT_TRANSLATE_NOOP("TransferActions", "延期告知书")),
    ("revisit", QT_TRANSLATE_NOOP("TransferActions", "回访记录")),
    ("mediation_agreement", QT_TRANSLATE_NOOP("TransferActions", "调解协议书")),
    ("acceptance_notice", QT_TRANSLATE_NOOP("TransferActions", "受理/不予受理告知书")),
    ("petition_opinion", QT_TRANSLATE_NOOP("TransferActions", "信访事项处理意见书")),
    ("review_request", QT_TRANSLATE_NOOP("TransferActions", "复查受理告知书")),
    ("review_opinion", QT_TRANSLATE_NOOP("TransferActions", "复查意见书")),
    ("recheck_request", QT_TRANSLATE_NOOP("TransferActions", "复核受理告知书")),
    ("recheck_opinion", QT_TRANSLATE_NOOP("TransferActions", "复核意见书")),
    ("petition_final", QT_TRANSLATE_NOOP("TransferActions", "信访终结告知书")),
)
_PETITION_DOCS = {k for k, _ in PRINTABLE[5:]}
_HANDLING = {S.IN_PROGRESS.value, S.EXTENDED.value}
_ACTIVE = {S.ACCEPTED.value, S.TO_DISPATCH.value, S.TO_SIGN.value} | _HANDLING


def available_actions(d: CaseDetail, user: CurrentUser) -> set[str]:
    """Return the keys of the actions `user` may take on the case now."""
    status = d.row.status
    dept = user.department_id
    mine = next((a for a in d.assignments if a.department_id == dept), None)

    def role_may(event: EventType) -> bool:
        return may(event, role=user.role, actor_department_id=dept, department_id=dept)

    out = {"print"}
    if status in (S.REGISTERED, S.ACCEPTED, S.TO_DISPATCH) and role_may(E.DISPATCH):
        out.add("dispatch")
    if status == S.TO_DISPATCH and role_may(E.RULE_INSIST):
        out.add("insist")
    if mine is not None and user.role in (Role.HANDLER, Role.ADMIN):
        if not mine.signed and status in {S.TO_SIGN.value} | _HANDLING:
            out.add("sign")
        if mine.is_lead and not mine.signed and status == S.TO_SIGN:
            out.add("return")
        if status in _HANDLING:
            out.add("progress")
            if mine.is_lead and d.pending_extension is None:
                out.add("extend")
                if not _open_assists(d):
                    out.add("close")  # the fold refuses it while an assist has not reported
        if not mine.is_lead and not mine.reported and status in {S.TO_SIGN.value} | _HANDLING:
            out.add("assist")
    if d.pending_extension is not None and role_may(E.EXTEND_APPROVE):
        out |= {"approve", "deny"}
    if status in (S.TO_REVISIT, S.CLOSED) and role_may(E.REVISIT):
        out.add("revisit")
    if status in _ACTIVE and (role_may(E.SUPERVISE) or role_may(E.URGE)):
        out.add("supervise")
    if status in _ACTIVE and role_may(E.CONSULT):
        out.add("consult")
    # The lead department's handler mediates; a supervisor or admin may record it for them.
    lead_handler = mine is not None and mine.is_lead and user.role == Role.HANDLER
    if status in _HANDLING and (lead_handler or user.role in (Role.SUPERVISOR, Role.ADMIN)):
        out.add("mediation")
    if d.petition is not None:
        out = _petition_actions(d, user, out)
    return out


def _petition_actions(d: CaseDetail, user: CurrentUser, out: set[str]) -> set[str]:
    """A 信访 case closes by written opinions; its organs take the statutory steps."""
    p = d.petition
    assert p is not None
    out.discard("close")
    if p.stage != "handling":
        out.discard("extend")
    if p.stage in ("review", "recheck"):
        out.discard("mediation")  # the reviewing organ reviews the opinion; it does not mediate
    if user.role not in (Role.HANDLER, Role.ADMIN):
        return out
    dept = user.department_id
    lead = dept is not None and dept == p.lead_department_id
    signed = any(a.department_id == dept and a.signed for a in d.assignments)
    if p.stage == "acceptance" and lead and signed:
        out.add("petition_accept")
    if p.stage in ("handling", "review", "recheck") and lead and d.pending_extension is None:
        out.add("petition_opinion")
    if (p.stage == "opinion" and dept == p.review_department_id) or (
        p.stage == "review_opinion" and dept == p.recheck_department_id
    ):
        out.add("petition_request")
    return out


def _open_assists(d: CaseDetail) -> list[str]:
    return [a.department for a in d.assignments if not a.is_lead and not a.reported]


def action_reasons(d: CaseDetail, user: CurrentUser) -> dict[str, str]:
    """Return why an action the user would expect is disabled now (shown as its tooltip)."""
    dept = user.department_id
    mine = next((a for a in d.assignments if a.department_id == dept), None)
    out: dict[str, str] = {}
    lead_handler = mine is not None and mine.is_lead and user.role in (Role.HANDLER, Role.ADMIN)
    if lead_handler and d.row.status in _HANDLING and d.pending_extension is None:
        waiting = _open_assists(d)
        if waiting:
            out["close"] = QCoreApplication.translate(
                "TransferActions", "协办部门尚未反馈：{0}。全部反馈后主办部门才能办结"
            ).format(QCoreApplication.translate("TransferActions", "、").join(waiting))
    return out


def action_label(text: str) -> str:
    """Return a label of ACTIONS or PRINTABLE in the UI language."""
    return QCoreApplication.translate("TransferActions", text)


def _end_of(day: Any) -> datetime:
    return datetime.combine(day, time(23, 59, 59), tzinfo=CHINA)


class TransferActions(QObject):
    """Opens the dialog of an action and runs its service call through the page."""

    def __init__(self, page: ActionHost) -> None:
        super().__init__(page)  # a QObject for self.tr(): its strings live in this context
        self.page = page
        self.dialog: Any = None  # the open dialog (tests fill it in)
        self.last_pdf: Path | None = None

    @property
    def ctx(self) -> Any:
        """Return the page's context."""
        return self.page.ctx

    def _open(self, dialog: Any, fn: Any) -> Any:
        dialog.sig_submit.connect(lambda values: self.page.run_action(fn(values), dialog=dialog))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def start(self, key: str) -> Any:
        """Begin action `key` on the selected case."""
        cid = self.page.selected_case_id()
        if cid is None:
            return None
        actor = self.ctx.actor()
        page = self.page
        if key == "dispatch":
            return self._dispatch_after_suggestion(cid)
        if key == "sign":
            return page.run_action(lambda s: transfer.sign(s, actor=actor, case_id=cid))
        if key == "approve":
            return page.run_action(
                lambda s: transfer.decide_extension(s, actor=actor, case_id=cid, approve=True)
            )
        if key == "mediation":
            return self._mediation(cid, actor)
        if key == "print":
            menu = QMenu(page)
            shown = page.detail.detail
            for kind, label in PRINTABLE:
                if kind in _PETITION_DOCS and (shown is None or shown.petition is None):
                    continue
                menu.addAction(action_label(label), lambda k=kind: self.print_document(k))
            btn = page.buttons["print"]
            menu.popup(btn.mapToGlobal(btn.rect().bottomLeft()))
            self.dialog = menu
            return menu
        return self._with_dialog(key, cid, actor)

    def _mediation(self, cid: str, actor: Any) -> MediationDialog:
        """Open the 调解协议 dialog; on success offer to print the 调解协议书."""
        dialog = MediationDialog(self.page)

        def saved(_result: Any) -> None:
            dialog.accept()
            self.offer_print_mediation()

        def submit(values: dict[str, Any]) -> None:
            run_op(
                dialog,
                self.ctx,
                lambda s: transfer_mediation.record_agreement(
                    s, actor=actor, case_id=cid, data=values["agreement"]
                ),
                on_success=saved,
                on_error=lambda exc: dialog.show_error(error_text(exc)),
                changes={"case"},
            )

        dialog.sig_submit.connect(submit)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def offer_print_mediation(self) -> QMessageBox:
        """Ask whether to print the 调解协议书 just recorded (non-blocking)."""
        box = QMessageBox(self.page)
        box.setWindowTitle(self.tr("调解协议"))
        box.setText(self.tr("调解协议已登记。是否现在打印调解协议书？"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("打印"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("稍后"))
        box.accepted.connect(lambda: self.print_document("mediation_agreement"))
        box.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = box
        box.open()
        return box

    def _dispatch_after_suggestion(self, cid: str) -> None:
        run_op(
            self.page,
            self.ctx,
            lambda s: transfer.suggest_routing(s, case_id=cid),
            on_success=lambda sug: self._open_dispatch(cid, sug),
        )

    def _open_dispatch(self, cid: str, sug: Any) -> None:
        names = {d.id: d.name for d in self.page.departments}
        returns = self.tr("；").join(
            self.tr("{0}退回{1}次").format(names.get(d, d), n) for d, n in sug.return_counts
        )
        hint = self.tr("依职责清单：{0}；时限{1}").format(
            self.tr("、").join(sug.duty_titles) or self.tr("无对应职责"),
            self._limit(sug.limit_label),
        ) + (self.tr("；") + returns if returns else "")
        dialog = DispatchDialog(
            self.page.departments,
            lead=sug.lead_department_id,
            assists=sug.assist_department_ids,
            due=sug.due_at.astimezone(CHINA).date(),
            hint=hint,
            parent=self.page,
        )
        actor = self.ctx.actor()
        self._open(
            dialog,
            lambda v: (
                lambda s: transfer.dispatch(
                    s,
                    actor=actor,
                    case_id=cid,
                    lead_department_id=v["lead_department_id"],
                    assist_department_ids=v["assist_department_ids"],
                    due_at=_end_of(v["due"]),
                    requirements=v["requirements"],
                )
            ),
        )

    def _limit(self, label: str) -> str:
        """Return a limit ("15工作日", as the deadlines service writes it) in the UI language."""
        m = re.fullmatch(r"(\d+)(\D+)", label)
        if m is None:
            return label
        unit = QCoreApplication.translate("TimeUnit", m[2])
        return self.tr("{n}{unit}").format(n=m[1], unit=unit)

    def _with_dialog(self, key: str, cid: str, actor: Any) -> Any:
        page = self.page
        if key == "return":
            return self._open(
                ReturnDialog(page),
                lambda v: (
                    lambda s: transfer.return_case(
                        s,
                        actor=actor,
                        case_id=cid,
                        reason_code=v["reason_code"],
                        reason=v["reason"],
                    )
                ),
            )
        texts = {
            "insist": (self.tr("维持交办"), self.tr("维持理由"), self.tr("请说明维持交办的理由")),
            "progress": (self.tr("办理进展"), self.tr("进展情况"), self.tr("请填写办理进展")),
            "assist": (self.tr("协办反馈"), self.tr("协办结果"), self.tr("请填写协办结果")),
            "deny": (self.tr("驳回延期"), self.tr("驳回理由"), self.tr("请说明驳回理由")),
        }
        if key in texts:
            calls = {
                "insist": lambda t: (
                    lambda s: transfer.rule_insist(s, actor=actor, case_id=cid, reason=t)
                ),
                "progress": lambda t: (
                    lambda s: transfer.add_progress(s, actor=actor, case_id=cid, note=t)
                ),
                "assist": lambda t: (
                    lambda s: transfer.assist_report(s, actor=actor, case_id=cid, result=t)
                ),
                "deny": lambda t: (
                    lambda s: transfer.decide_extension(
                        s, actor=actor, case_id=cid, approve=False, reason=t
                    )
                ),
            }
            return self._open(TextDialog(*texts[key], parent=page), lambda v: calls[key](v["text"]))
        if key == "extend":
            return self._open(
                ExtensionDialog(page),
                lambda v: (
                    lambda s: transfer.request_extension(
                        s, actor=actor, case_id=cid, days=v["days"], reason=v["reason"]
                    )
                ),
            )
        if key == "close":
            store = self.ctx.settings.attachments_dir
            return self._open(
                CloseDialog(page),
                lambda v: (
                    lambda s: transfer.close(
                        s,
                        actor=actor,
                        case_id=cid,
                        outcome=v["outcome"],
                        result=v["result"],
                        attachments=[store_file(store, Path(p)) for p in v["files"]],
                    )
                ),
            )
        if key == "revisit":
            return self._open(
                RevisitDialog(page),
                lambda v: (
                    lambda s: transfer.revisit(
                        s,
                        actor=actor,
                        case_id=cid,
                        satisfaction=v["satisfaction"],
                        channel=v["channel"],
                        comment=v["comment"],
                        reopen_reason=v["comment"],
                    )
                ),
            )
        if key == "supervise":
            return self._open(
                SuperviseDialog(page),
                lambda v: (
                    lambda s: transfer_supervision.supervise(
                        s,
                        actor=actor,
                        case_id=cid,
                        level=v["level"],
                        opinion=v["opinion"],
                        urge=v["urge"],
                    )
                ),
            )
        if key == "consult":
            return self._open(
                ConsultDialog(page.departments, page),
                lambda v: lambda s: transfer_supervision.consult(s, actor=actor, case_id=cid, **v),
            )
        if key.startswith("petition_"):
            return self._petition_dialog(key, cid, actor)
        return None

    def _petition_dialog(self, key: str, cid: str, actor: Any) -> Any:
        page = self.page
        detail = page.detail.detail
        stage = detail.petition.stage if detail is not None and detail.petition else ""
        if key == "petition_accept":
            return self._open(
                AcceptanceDialog(page),
                lambda v: lambda s: petition.decide_acceptance(s, actor=actor, case_id=cid, **v),
            )
        if key == "petition_request":
            review = stage == "opinion"
            title = self.tr("受理复查申请") if review else self.tr("受理复核申请")
            take = petition.request_review if review else petition.request_recheck
            return self._open(
                RequestDialog(title, page),
                lambda v: lambda s: take(s, actor=actor, case_id=cid, **v),
            )
        organs = [d for d in page.departments if d.id != actor.department_id]
        organs.sort(key=lambda d: (d.level != "区", d.code))  # the level above first
        if stage == "handling":
            return self._open(
                OpinionDialog(self.tr("出具处理意见书"), organs, page),
                lambda v: lambda s: petition.give_opinion(
                    s, actor=actor, case_id=cid, opinion=v["opinion"], outcome=v["outcome"],
                    review_department_id=v["organ"],
                ),
            )  # fmt: skip
        if stage == "review":
            return self._open(
                OpinionDialog(self.tr("出具复查意见书"), organs, page),
                lambda v: lambda s: petition.review_opinion(
                    s, actor=actor, case_id=cid, opinion=v["opinion"], outcome=v["outcome"],
                    recheck_department_id=v["organ"],
                ),
            )  # fmt: skip
        return self._open(
            OpinionDialog(self.tr("出具复核意见书（信访终结）"), None, page),
            lambda v: (
                lambda s: petition.recheck_opinion(
                    s, actor=actor, case_id=cid, opinion=v["opinion"], outcome=v["outcome"]
                )
            ),
        )

    def print_document(self, kind: str) -> None:
        """Render document `kind` of the selected case to a PDF and log the print."""
        from app.reports import render  # reportlab loads on first print, not at start-up
        from app.services.intake.slips import record_print

        cid = self.page.selected_case_id()
        if cid is None:
            return
        actor = self.ctx.actor()
        out_dir = self.ctx.settings.data_dir / "prints"

        def build(s: Any) -> Path:
            copies = 1
            if kind == "mediation_agreement":  # one copy per party plus the committee's
                view, copies = transfer_printing.mediation_agreement(s, case_id=cid)
            else:
                view = transfer_printing.DOCUMENTS[kind](s, case_id=cid)
            out_dir.mkdir(parents=True, exist_ok=True)
            path = out_dir / f"{getattr(view, 'case_no', cid)}-{kind}.pdf"
            with path.open("wb") as fh:
                render(kind, view, fh)
            record_print(s, case_id=cid, document=kind, paper="a4", copies=copies, actor=actor)
            return path

        def done(path: Path) -> None:
            self.last_pdf = path
            self.ctx.bus.sig_notify.emit(self.tr("已生成"), str(path))

        run_op(self.page, self.ctx, build, on_success=done, changes={"case"})
