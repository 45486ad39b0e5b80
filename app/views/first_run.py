"""The first-run guide of a new desk: the township, the district server, a test slip.

Shown once after the first sign-in on a new database (no demo, no cases, not registered);
skipping or finishing it is remembered in the database (local_meta), so it never shows again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.reference.setup import (
    FirstRunState,
    finish_first_run,
    set_desk_township,
)
from app.views.context import AppContext
from app.views.operations import run_op
from app.views.widgets.print_preview import PrintPreviewDialog


class FirstRunGuide(QDialog):
    """Three steps with 上一步 / 下一步 / 跳过向导; 完成 on the last."""

    sig_register = Signal()  # the clerk chose to register now: show the 同步 tab

    def __init__(
        self, ctx: AppContext, state: FirstRunState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = state
        self.preview: PrintPreviewDialog | None = None
        self.setWindowTitle(self.tr("首次使用向导"))
        self.setObjectName("firstRunGuide")
        self.resize(640, 420)
        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._town_step())
        self.steps.addWidget(self._server_step())
        self.steps.addWidget(self._slip_step())
        self.step_label = QLabel(self)
        self.step_label.setStyleSheet("color: #57606a;")
        self.skip_button = QPushButton(self.tr("跳过向导"), self)
        self.back_button = QPushButton(self.tr("上一步"), self)
        self.next_button = QPushButton(self.tr("下一步"), self)
        self.next_button.setDefault(True)
        self.skip_button.clicked.connect(lambda: self.finish("skipped"))
        self.back_button.clicked.connect(lambda: self.go(self.steps.currentIndex() - 1))
        self.next_button.clicked.connect(self.next_step)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step_label, 1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("欢迎使用一站！三步完成本机设置，随时可以跳过。"), self)
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(title)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        self.go(0)

    @staticmethod
    def _text(parent: QWidget, text: str) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    @classmethod
    def _heading(cls, parent: QWidget, text: str) -> QLabel:
        label = cls._text(parent, text)
        label.setStyleSheet("font-size: 12pt; font-weight: bold; margin-top: 8px;")
        return label

    def _town_step(self) -> QWidget:
        page = QWidget(self)
        col = QVBoxLayout(page)
        col.addWidget(self._heading(page, self.tr("第一步：本机所属镇街")))
        col.addWidget(
            self._text(
                page,
                self.tr(
                    "案件编号、统计和同步都按镇街区分。请确认本机所在的镇街；"
                    "登记第一件案件或注册本机之后就不能再更改。"
                ),
            )
        )
        self.town = QComboBox(page)
        for code, name in self.state.towns:
            self.town.addItem(f"{name}（{code}）", code)
        self.town.setCurrentIndex(max(0, self.town.findData(self.state.org_code)))
        col.addWidget(self.town)
        self.town_note = self._text(page, "")
        col.addWidget(self.town_note)
        col.addStretch(1)
        return page

    def _server_step(self) -> QWidget:
        page = QWidget(self)
        col = QVBoxLayout(page)
        col.addWidget(self._heading(page, self.tr("第二步：连接区级服务器")))
        col.addWidget(
            self._text(
                page,
                self.tr(
                    "注册后，本机的案件按时同步到区里，也能收到区里交办的案件。"
                    "没有网络时本机可以完全离线使用，以后在“同步”页随时注册。"
                ),
            )
        )
        self.register_now = QRadioButton(
            self.tr("现在注册（完成向导后打开“同步”页，填写区里给的注册码）"), page
        )
        self.stay_offline = QRadioButton(self.tr("暂不注册，先离线使用"), page)
        self.stay_offline.setChecked(True)
        group = QButtonGroup(page)
        group.addButton(self.register_now)
        group.addButton(self.stay_offline)
        col.addWidget(self.register_now)
        col.addWidget(self.stay_offline)
        col.addStretch(1)
        return page

    def _slip_step(self) -> QWidget:
        page = QWidget(self)
        col = QVBoxLayout(page)
        col.addWidget(self._heading(page, self.tr("第三步：打印测试回执")))
        col.addWidget(
            self._text(
                page,
                self.tr(
                    "打印一张示例回执，检查打印机、纸张和字迹。测试回执印有“示例数据”字样，"
                    "不是真实案件。"
                ),
            )
        )
        self.print_button = QPushButton(self.tr("打印测试回执…"), page)
        self.print_button.clicked.connect(self.print_test_slip)
        col.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        col.addStretch(1)
        return page

    def go(self, index: int) -> None:
        """Show step `index` (0–2)."""
        index = max(0, min(self.steps.count() - 1, index))
        self.steps.setCurrentIndex(index)
        self.back_button.setEnabled(index > 0)
        last = index == self.steps.count() - 1
        self.next_button.setText(self.tr("完成") if last else self.tr("下一步"))
        self.step_label.setText(
            self.tr("第 {n} 步，共 {total} 步").format(n=index + 1, total=self.steps.count())
        )

    def next_step(self) -> None:
        """下一步 (saving the township when it changed), or 完成 on the last step."""
        index = self.steps.currentIndex()
        if (
            index == 0
            and self.town.currentData()
            and self.town.currentData() != self.state.org_code
        ):
            code = str(self.town.currentData())
            actor = self.ctx.actor()

            def moved(_device: object) -> None:
                self.state = FirstRunState(
                    show=True, org_code=code, registered=False, towns=self.state.towns
                )
                self.town_note.setText(
                    self.tr("已改为 {town}，重新启动程序后生效。").format(
                        town=self.town.currentText()
                    )
                )
                self.go(1)

            run_op(
                self,
                self.ctx,
                lambda s: set_desk_township(s, org_code=code, actor=actor),
                on_success=moved,
            )
            return
        if index == self.steps.count() - 1:
            self.finish("register" if self.register_now.isChecked() else "offline")
            return
        self.go(index + 1)

    def print_test_slip(self) -> None:
        """Open the print preview of the sample receipt (示例数据)."""
        from app.reports import PAPERS, TITLES, render, samples  # reportlab loads on first print

        view = samples.receipt()

        def pdf(paper: object) -> bytes:
            import io

            buf = io.BytesIO()
            render("receipt", view, buf, paper=paper)  # type: ignore[arg-type]
            return buf.getvalue()

        self.preview = PrintPreviewDialog(
            self.tr("测试回执"),
            pdf,
            PAPERS["receipt"],
            pdf_fallback_dir=self.ctx.settings.data_dir / "prints",
            file_stem=TITLES["receipt"] + "-测试",
            parent=self,
        )
        self.preview.open()

    def finish(self, outcome: str) -> None:
        """Remember the guide is done (or skipped) and close it."""
        register = outcome == "register"
        run_op(
            self,
            self.ctx,
            lambda s: finish_first_run(s, outcome=outcome),
            on_success=lambda _r: self._closed(register),
        )

    def _closed(self, register: bool) -> None:
        self.accept()
        if register:
            self.sig_register.emit()
