"""The services' messages in the UI language.

A service gives a message as a Chinese template with named params (app.services.errors.Msg) or
as a fixed Chinese text. `service_text()` translates the template in the "ServiceMessages"
context, then fills in the params: enum members by their label, nested messages translated too,
data as it is. app/views/service_templates.py registers the templates for lupdate.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.enums import LabelledEnum
from app.services.errors import DomainError, Joined, Msg, ValidationError
from app.views.labels import enum_label
from app.views.service_templates import TEMPLATES, VIEW_ONLY

__all__ = ["CONTEXT", "TEMPLATES", "VIEW_ONLY", "error_message", "service_text", "stored_text"]

log = logging.getLogger(__name__)
CONTEXT = "ServiceMessages"
# Messages a sync run stores as text (its history and "last result" read them back).
_STORED = (
    "数据分区 {bucket} 校验不一致",
    "无法连接服务器：{error}",
    "连接服务器 {host} 超时（网络慢或服务器无响应）",
    "无法连接服务器 {host}（网络不通或服务器未启动）",
    "与服务器 {host} 的连接中断（网络不稳定）",
    "服务器 {host} 的证书不受信任（请在“同步”页选择区级 CA 证书）",
    "服务器错误 {status}",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def service_text(text: str) -> str:
    """Return a service's message in the UI language; text that is no message passes as it is."""
    template, params = (text.template, text.params) if isinstance(text, Msg) else (text, {})
    translated = _tr(template)
    if not params:
        return translated
    try:
        return translated.format(**{k: _param(v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        log.warning("the translation of %r does not fit its params", template)
        return str(text)


def _param(value: Any) -> Any:
    if isinstance(value, LabelledEnum):
        return enum_label(value)
    if isinstance(value, Msg):
        return service_text(value)
    if isinstance(value, tuple | list):
        sep = value.sep if isinstance(value, Joined) else "、"
        return _tr(sep).join(str(_param(v)) for v in value)
    return value


def error_message(exc: DomainError) -> str:
    """Return a domain error's message in the UI language (every field's, for a ValidationError)."""
    if isinstance(exc, ValidationError):
        return _tr("；").join(service_text(m) for m in exc.errors.values())
    return service_text(exc.message)


@cache
def _stored_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for template in _STORED:
        parts = re.split(r"\{(\w+)\}", template)
        regex = "".join(
            re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts)
        )
        out.append((template, re.compile(regex)))
    return tuple(out)


def stored_text(text: str) -> str:
    """Return a message that was stored as Chinese text (a sync run's) in the UI language."""
    translated = _tr(text) if text else text
    if translated != text:
        return translated
    for template, pattern in _stored_patterns():
        m = pattern.fullmatch(text)
        if m is not None:
            return service_text(Msg(template, **m.groupdict()))
    return text
