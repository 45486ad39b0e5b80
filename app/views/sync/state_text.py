"""The sync state in the UI language: one text, colour and tooltip for the status bar and 同步 tab.

The states and reasons are app.sync.state's (Qt-free); this module only translates them.
tests/gui/sync/test_sync_states.py checks every Chinese text there is listed here.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.errors import Msg
from app.sync.state import SyncState, SyncStatus
from app.sync.state import reason_text as chinese_reason
from app.views.palette import ERROR, MUTED, SUCCESS, WARNING
from app.views.service_messages import service_text, stored_text

CONTEXT = "SyncState"
CHINA = ZoneInfo("Asia/Shanghai")

TEXTS = (
    QT_TRANSLATE_NOOP("SyncState", "未注册"),
    QT_TRANSLATE_NOOP("SyncState", "同步中"),
    QT_TRANSLATE_NOOP("SyncState", "已同步 {time}"),
    QT_TRANSLATE_NOOP("SyncState", "离线"),
    QT_TRANSLATE_NOOP("SyncState", "失败：{reason}"),
    QT_TRANSLATE_NOOP("SyncState", "已注册，尚未同步"),
    QT_TRANSLATE_NOOP(
        "SyncState", "本机尚未注册到区级服务器：在“同步”页填写服务器地址和注册码，点“注册本机”"
    ),
    QT_TRANSLATE_NOOP("SyncState", "无法连接服务器（网络不通或服务器未启动）"),
    QT_TRANSLATE_NOOP("SyncState", "连接服务器超时（网络慢或服务器无响应）"),
    QT_TRANSLATE_NOOP("SyncState", "与服务器的连接中断（网络不稳定）"),
    QT_TRANSLATE_NOOP("SyncState", "证书不受信任（请在“同步”页选择区级 CA 证书）"),
    QT_TRANSLATE_NOOP("SyncState", "设备令牌已失效（请重新注册本机）"),
    QT_TRANSLATE_NOOP("SyncState", "服务器忙（稍后自动重试）"),
    QT_TRANSLATE_NOOP("SyncState", "服务器出错（请联系区级管理员）"),
    QT_TRANSLATE_NOOP("SyncState", "服务器地址无效（请检查“同步”页的服务器地址）"),
    QT_TRANSLATE_NOOP("SyncState", "服务器回复无法识别（服务器与本机版本可能不符）"),
    QT_TRANSLATE_NOOP("SyncState", "本机程序版本过旧（请升级后再同步）"),
    QT_TRANSLATE_NOOP("SyncState", "离线：{reason}，稍后自动重试"),
)
COLOURS = {
    SyncState.UNREGISTERED: WARNING,
    SyncState.SYNCING: MUTED,
    SyncState.SYNCED: SUCCESS,
    SyncState.OFFLINE: ERROR,
    SyncState.FAILED: ERROR,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def format_time(value: datetime | None, never: str) -> str:
    """Return a local HH:MM (or MM-DD HH:MM when not today) for a UTC time."""
    if value is None:
        return never
    local = value.astimezone(CHINA)
    if local.date() == datetime.now(CHINA).date():
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M")


def _full(detail: str) -> str:
    if not detail:
        return ""
    return service_text(detail) if isinstance(detail, Msg) else stored_text(detail)


def reason_words(status: SyncStatus) -> str:
    """Return why a cycle failed, translated (a server's own words pass as they are)."""
    chinese = chinese_reason(status)
    if chinese and chinese != str(status.detail):
        return _tr(chinese)
    return _full(status.detail)


def state_text(status: SyncStatus) -> str:
    """Return the one text of a state: 未注册, 同步中, 已同步 hh:mm, 离线, 失败：<reason>."""
    if status.state == SyncState.SYNCED and status.last_sync_at is None:
        return _tr("已注册，尚未同步")
    texts = {
        SyncState.UNREGISTERED: "未注册",
        SyncState.SYNCING: "同步中",
        SyncState.SYNCED: "已同步 {time}",
        SyncState.OFFLINE: "离线",
        SyncState.FAILED: "失败：{reason}",
    }
    return _tr(texts[status.state]).format(
        time=format_time(status.last_sync_at, ""), reason=reason_words(status)
    )


def state_detail(status: SyncStatus) -> str:
    """Return the longer text (the 同步 tab's line, the status bar's tooltip)."""
    if status.state == SyncState.UNREGISTERED:
        return _tr("本机尚未注册到区级服务器：在“同步”页填写服务器地址和注册码，点“注册本机”")
    if status.state == SyncState.OFFLINE:
        return _tr("离线：{reason}，稍后自动重试").format(reason=reason_words(status))
    return state_text(status)


def state_tooltip(status: SyncStatus) -> str:
    """Return the full message behind a state (the server's or the transport's own words)."""
    detail = state_detail(status)
    full = _full(status.detail) if status.state in (SyncState.OFFLINE, SyncState.FAILED) else ""
    return detail if not full or full in detail else detail + "\n" + full


def state_colour(status: SyncStatus) -> str:
    """Return the palette colour of a state."""
    return COLOURS[status.state]
