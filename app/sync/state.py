"""One sync state, shown the same everywhere: the status bar, the 同步 tab and the CLI.

A desk is in one of five states (issues #10 item 7, #12 item 3):

- 未注册: never registered with the district server (with the way to register);
- 同步中: a cycle is running;
- 已同步 hh:mm: the last cycle went through;
- 离线: the server could not be reached (network down, server not started); retried on its own;
- 失败：<reason>: the server answered with a refusal, or the connection was refused for a reason
  the clerk or the administrator must fix (certificate, device token, versions).

A reason is always words a clerk can act on, never an exception's class name. The reasons are
read from the message a cycle stores (our transport's Msg templates and the server's fixed
messages), so a desk restarted after a failure still shows why. Qt-free: the views translate
`STATE_TEXTS` and `REASON_TEXTS` through their own catalogue (app/views/sync/state_text.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import cache

from app.services.errors import Msg
from app.sync.engine import CycleResult
from app.sync.status import SyncOverview


class SyncState(StrEnum):
    """What the desk's sync is doing or did last."""

    UNREGISTERED = "unregistered"
    SYNCING = "syncing"
    SYNCED = "synced"
    OFFLINE = "offline"
    FAILED = "failed"


class Reason(StrEnum):
    """Why the last cycle did not go through, in categories a clerk can act on."""

    UNREACHABLE = "unreachable"
    TIMEOUT = "timeout"
    CONNECTION_LOST = "connection_lost"
    UNTRUSTED_CERT = "untrusted_cert"
    TOKEN_INVALID = "token_invalid"
    SERVER_BUSY = "server_busy"
    SERVER_ERROR = "server_error"
    BAD_ADDRESS = "bad_address"
    BAD_REPLY = "bad_reply"
    CLIENT_TOO_OLD = "client_too_old"
    OTHER = "other"  # the message itself says it (a server's own words, a data check)


STATE_TEXTS: dict[SyncState, str] = {
    SyncState.UNREGISTERED: "未注册",
    SyncState.SYNCING: "同步中",
    SyncState.SYNCED: "已同步 {time}",
    SyncState.OFFLINE: "离线",
    SyncState.FAILED: "失败：{reason}",
}
NEVER_SYNCED = "已注册，尚未同步"
HOW_TO_REGISTER = "本机尚未注册到区级服务器：在“同步”页填写服务器地址和注册码，点“注册本机”"

REASON_TEXTS: dict[Reason, str] = {
    Reason.UNREACHABLE: "无法连接服务器（网络不通或服务器未启动）",
    Reason.TIMEOUT: "连接服务器超时（网络慢或服务器无响应）",
    Reason.CONNECTION_LOST: "与服务器的连接中断（网络不稳定）",
    Reason.UNTRUSTED_CERT: "证书不受信任（请在“同步”页选择区级 CA 证书）",
    Reason.TOKEN_INVALID: "设备令牌已失效（请重新注册本机）",
    Reason.SERVER_BUSY: "服务器忙（稍后自动重试）",
    Reason.SERVER_ERROR: "服务器出错（请联系区级管理员）",
    Reason.BAD_ADDRESS: "服务器地址无效（请检查“同步”页的服务器地址）",
    Reason.BAD_REPLY: "服务器回复无法识别（服务器与本机版本可能不符）",
    Reason.CLIENT_TOO_OLD: "本机程序版本过旧（请升级后再同步）",
}
# The server cannot be reached at all: the desk is 离线 and retries by itself.
OFFLINE_REASONS = frozenset({Reason.UNREACHABLE, Reason.TIMEOUT, Reason.CONNECTION_LOST})

# Messages (our transport's templates, the server's fixed texts) → reason.
_BY_TEMPLATE: dict[str, Reason] = {
    "无法连接服务器 {host}（网络不通或服务器未启动）": Reason.UNREACHABLE,
    "连接服务器 {host} 超时（网络慢或服务器无响应）": Reason.TIMEOUT,
    "与服务器 {host} 的连接中断（网络不稳定）": Reason.CONNECTION_LOST,
    "服务器 {host} 的证书不受信任（请在“同步”页选择区级 CA 证书）": Reason.UNTRUSTED_CERT,
    "服务器地址 {host} 无效，请检查“同步”页的服务器地址": Reason.BAD_ADDRESS,
    "服务器地址无效：{url}": Reason.BAD_ADDRESS,
    "服务器回复无法解析": Reason.BAD_REPLY,
    "找不到本机的设备令牌（系统钥匙串或令牌文件），请重新注册本机": Reason.TOKEN_INVALID,
    "缺少设备令牌": Reason.TOKEN_INVALID,
    "设备令牌无效": Reason.TOKEN_INVALID,
    "设备令牌已过期，请重新注册本机": Reason.TOKEN_INVALID,
    "该设备已被吊销，请重新注册": Reason.TOKEN_INVALID,
    "服务器繁忙，请稍后重试": Reason.SERVER_BUSY,
    "客户端版本过旧，请升级后再同步": Reason.CLIENT_TOO_OLD,
    # Older wordings a desk may have stored before this version.
    "连不上服务器 {host}，请检查网络连接和服务器地址": Reason.UNREACHABLE,
    "连接服务器 {host} 超时，请检查网络后重试": Reason.TIMEOUT,
    "与服务器 {host} 的连接中断，请稍后重试": Reason.CONNECTION_LOST,
    "无法连接服务器：{error}": Reason.UNREACHABLE,
}


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], Reason], ...]:
    out = []
    for template, reason in _BY_TEMPLATE.items():
        parts = re.split(r"\{\w+\}", template)
        out.append((re.compile("^" + ".+?".join(re.escape(p) for p in parts) + "$"), reason))
    return tuple(out)


_SERVER_ERROR = re.compile(r"^服务器错误 (\d{3})$")


def reason_of(message: str) -> Reason:
    """Return the reason a failed cycle's (or registration's) message stands for."""
    if isinstance(message, Msg) and message.template in _BY_TEMPLATE:
        return _BY_TEMPLATE[message.template]
    text = str(message).strip()
    for pattern, reason in _patterns():
        if pattern.match(text):
            return reason
    status = _SERVER_ERROR.match(text)
    if status:
        code = int(status.group(1))
        if code in (429, 503):
            return Reason.SERVER_BUSY
        if code == 401:
            return Reason.TOKEN_INVALID
        if code >= 500:
            return Reason.SERVER_ERROR
    return Reason.OTHER


@dataclass(frozen=True)
class SyncStatus:
    """The one state the desk shows, when it last synced, and why it failed."""

    state: SyncState
    last_sync_at: datetime | None = None
    reason: Reason | None = None
    detail: str = ""  # the full message (a Msg or the server's words), for a tooltip

    @property
    def online(self) -> bool:
        """Return whether the last word from the server was a completed cycle."""
        return self.state == SyncState.SYNCED


def failed(message: str, last_sync_at: datetime | None = None) -> SyncStatus:
    """Return the status of a cycle (or registration) that failed with `message`."""
    reason = reason_of(message)
    state = SyncState.OFFLINE if reason in OFFLINE_REASONS else SyncState.FAILED
    return SyncStatus(state, last_sync_at, reason, message)


def after_cycle(result: CycleResult, last_sync_at: datetime | None = None) -> SyncStatus:
    """Return the status a finished cycle leaves."""
    if not result.registered:
        return SyncStatus(SyncState.UNREGISTERED, detail=HOW_TO_REGISTER)
    if result.ok:
        return SyncStatus(SyncState.SYNCED, result.finished_at)
    return failed(result.message, last_sync_at)


def from_overview(overview: SyncOverview) -> SyncStatus:
    """Return the status the database records (after a restart, or between cycles)."""
    if not overview.registered:
        return SyncStatus(SyncState.UNREGISTERED, detail=HOW_TO_REGISTER)
    last = overview.runs[0] if overview.runs else None
    if last is not None and not last.ok:
        return failed(last.message, overview.last_sync_at)
    return SyncStatus(SyncState.SYNCED, overview.last_sync_at)


def reason_text(status: SyncStatus) -> str:
    """Return the Chinese reason of a failed status (the message itself when it says more)."""
    if status.reason is None:
        return ""
    return REASON_TEXTS.get(status.reason) or str(status.detail)


def status_text(status: SyncStatus, time_text: str = "") -> str:
    """Return the Chinese text of `status` (the CLI's; the views translate the same parts)."""
    if status.state == SyncState.SYNCED and status.last_sync_at is None:
        return NEVER_SYNCED
    text = STATE_TEXTS[status.state]
    return text.format(time=time_text, reason=reason_text(status))
