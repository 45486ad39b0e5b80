"""关于一站: the version, where the data lives, the schema and the server — for a support call."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.domain.accounts import InstallationFacts
from app.version import app_version


class AboutDialog(QDialog):
    """A form of facts, each selectable, and a button that copies them all."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("关于一站"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("一站 — 一站式社会治理服务中心桌面端\n离线可用，定时与区中心同步。"))
        layout.addWidget(intro)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.values: dict[str, QLabel] = {}
        self._row("version", self.tr("版本"), app_version())
        self._row("data_dir", self.tr("数据目录"), str(settings.data_dir))
        self._row("database", self.tr("数据库文件"), str(settings.database_path))
        self._row("schema", self.tr("数据库结构版本"), self.tr("读取中…"))
        self._row("device", self.tr("本机"), self.tr("读取中…"))
        self._row("server", self.tr("同步服务器"), self.tr("读取中…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        copy = QPushButton(self.tr("复制全部"), self)
        copy.setObjectName("copyAbout")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_all)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 0)

    def _row(self, key: str, label: str, value: str) -> None:
        shown = QLabel(value, self)
        shown.setObjectName(f"about_{key}")
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setWordWrap(True)
        self.values[key] = shown
        self.form.addRow(label, shown)

    def show_facts(self, facts: InstallationFacts) -> None:
        """Fill in what was read from the database."""
        self.values["schema"].setText(facts.schema or self.tr("（空数据库）"))
        device = f"{facts.org_code}-{facts.device_code}" if facts.device_code else ""
        self.values["device"].setText(device or self.tr("（未设置）"))
        server = facts.server_url if facts.registered else ""
        self.values["server"].setText(server or self.tr("未注册"))

    def copy_all(self) -> None:
        """Put every fact on the clipboard as `label: value` lines."""
        lines = []
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            if isinstance(label, QLabel) and isinstance(field, QLabel):
                lines.append(f"{label.text()}: {field.text()}")
        QGuiApplication.clipboard().setText("\n".join(lines))
