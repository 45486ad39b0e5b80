"""履职评价: the monthly ranking of departments, the district's weights, and the printable PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Action
from app.domain.transfer import PetitionStageRate
from app.services.permissions import may
from app.services.transfer import evaluation, petition
from app.views.context import AppContext
from app.views.icons import icon
from app.views.operations import run_op
from app.views.widgets.list_out import Job, ListOutButtons, fixed, table_from_view

HEADERS = (
    QT_TRANSLATE_NOOP("EvaluationDialog", "排名"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "部门"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "交办件数"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "按时签收率"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "办结件数"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "按时办结率"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "退回率"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "重办率"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "满意度"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "超期件数"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "综合得分"),
)
# The labels of app.services.transfer.evaluation.METRICS (the weights' names), for the catalogue.
METRIC_LABELS = (
    QT_TRANSLATE_NOOP("EvaluationDialog", "按时签收率"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "按时办结率"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "未退回率"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "未重办率"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "满意度"),
)


PETITION_HEADERS = (
    QT_TRANSLATE_NOOP("EvaluationDialog", "机关"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "信访环节"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "件数"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "按期件数"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "按期率"),
)
# app.services.transfer.petition.STEP_LABELS, for the catalogue.
PETITION_STEPS = (
    QT_TRANSLATE_NOOP("EvaluationDialog", "决定受理"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "出具处理意见"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "受理复查申请"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "出具复查意见"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "受理复核申请"),
    QT_TRANSLATE_NOOP("EvaluationDialog", "出具复核意见"),
)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


class EvaluationDialog(QDialog):
    """Pick a month, see the ranking, change the weights (district), save the PDF."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("履职评价"))
        self.resize(1100, 560)
        self.rows: list[evaluation.DepartmentScore] = []
        self.last_pdf: Path | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        today = date.today()
        self.year = QSpinBox(self)
        self.year.setRange(2020, 2100)
        self.year.setValue(today.year)
        self.year.setSuffix(self.tr(" 年"))
        self.month = QSpinBox(self)
        self.month.setRange(1, 12)
        self.month.setValue(today.month)
        self.month.setSuffix(self.tr(" 月"))
        show = QPushButton(icon("search"), self.tr("统计"), self)
        show.clicked.connect(self.refresh)
        pdf = QPushButton(icon("print"), self.tr("生成PDF"), self)
        pdf.clicked.connect(self.save_pdf)
        for w in (self.year, self.month, show, pdf):
            top.addWidget(w)
        top.addStretch(1)
        self.list_out = ListOutButtons(
            ctx, self.list_job, file_stem=self.tr("履职评价"), parent=self
        )
        top.addWidget(self.list_out)
        layout.addLayout(top)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("信访各环节按期率（受理、处理意见、复查、复核）"), self))
        self.petition_rows: list[PetitionStageRate] = []
        self.petition_table = QTableWidget(0, len(PETITION_HEADERS), self)
        self.petition_table.setObjectName("petitionRates")
        self.petition_table.setHorizontalHeaderLabels([self.tr(h) for h in PETITION_HEADERS])
        self.petition_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.petition_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.petition_table.verticalHeader().hide()
        self.petition_table.setMaximumHeight(160)
        layout.addWidget(self.petition_table)
        form = QFormLayout()
        self.weights: dict[str, QDoubleSpinBox] = {}
        row = QHBoxLayout()
        for metric, label in evaluation.METRICS.items():
            spin = QDoubleSpinBox(self)
            spin.setRange(0, 1)
            spin.setSingleStep(0.05)
            spin.setEnabled(may(ctx.actor(), Action.SET_WEIGHTS))
            self.weights[metric] = spin
            row.addWidget(QLabel(self.tr(label), self))
            row.addWidget(spin)
        save = QPushButton(self.tr("保存权重"), self)
        save.setEnabled(may(ctx.actor(), Action.SET_WEIGHTS))
        if not save.isEnabled():
            save.setToolTip(self.tr("权重由区里设定，本机只能查看"))
        save.clicked.connect(self.save_weights)
        row.addWidget(save)
        form.addRow(self.tr("权重（区里设定）"), row)
        layout.addLayout(form)
        self.status = QLabel(self)
        layout.addWidget(self.status)
        self.refresh()

    def list_job(self) -> Job:
        """Return the export of the ranking shown, with its month on top."""
        return fixed(
            table_from_view(
                self.table,
                title=self.tr("履职评价排名"),
                kind="evaluation",
                filters=(
                    (
                        self.tr("月份"),
                        f"{self.year.value()}-{self.month.value():02d}",
                    ),
                ),
            )
        )

    def refresh(self) -> None:
        """Compute the chosen month's ranking."""
        y, m = self.year.value(), self.month.value()
        run_op(
            self,
            self.ctx,
            lambda s: (
                evaluation.evaluate_month(s, year=y, month=m),
                evaluation.weights(s),
                petition.stage_rates(s, year=y, month=m),
            ),
            on_success=self._fill,
        )

    def _fill(
        self,
        result: tuple[list[evaluation.DepartmentScore], dict[str, float], list[PetitionStageRate]],
    ) -> None:
        self.rows, weights, self.petition_rows = result
        self.petition_table.setRowCount(0)
        for p in self.petition_rows:
            n = self.petition_table.rowCount()
            self.petition_table.insertRow(n)
            values = (p.department, self.tr(p.label), p.count, p.on_time, _pct(p.rate))
            for c, v in enumerate(values):
                self.petition_table.setItem(n, c, QTableWidgetItem(str(v)))
        for metric, spin in self.weights.items():
            spin.setValue(weights[metric])
        self.table.setRowCount(0)
        for r in self.rows:
            values = (r.rank, r.department, r.received, _pct(r.signed_on_time), r.closed,
                      _pct(r.closed_on_time), _pct(r.return_rate), _pct(r.reopen_rate),
                      _pct(r.satisfaction), r.overdue, f"{r.score:.1f}")  # fmt: skip
            n = self.table.rowCount()
            self.table.insertRow(n)
            for c, v in enumerate(values):
                self.table.setItem(n, c, QTableWidgetItem(str(v)))
        self.status.setText(
            self.tr("{0}年{1}月，共{2}个部门").format(
                self.year.value(), self.month.value(), len(self.rows)
            )
        )

    def save_weights(self) -> None:
        """Store the district's weights and re-rank."""
        values = {m: s.value() for m, s in self.weights.items()}
        actor = self.ctx.actor()
        run_op(
            self,
            self.ctx,
            lambda s: evaluation.set_weights(s, values=values, actor=actor),
            on_success=lambda _w: self.refresh(),
            changes={"reference"},
        )

    def save_pdf(self) -> None:
        """Render the ranking as the printable 履职评价 PDF in the prints folder."""
        y, m, org = self.year.value(), self.month.value(), self.ctx.user.org_code
        out = self.ctx.settings.data_dir / "prints" / f"履职评价-{y}-{m:02d}.pdf"

        def build(s: Any) -> Path:
            from app.reports import render  # reportlab loads on first print

            view = evaluation.performance_report(s, year=y, month=m, org_code=org)
            out.parent.mkdir(parents=True, exist_ok=True)
            with out.open("wb") as fh:
                render("performance", view, fh)
            return out

        def done(path: Path) -> None:
            self.last_pdf = path
            self.status.setText(self.tr("已生成 {0}").format(path))

        run_op(self, self.ctx, build, on_success=done)
