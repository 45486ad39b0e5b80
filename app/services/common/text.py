"""Text helpers for search: pinyin initials and full pinyin of Chinese names."""

from __future__ import annotations

from functools import lru_cache

from pypinyin import Style, lazy_pinyin


@lru_cache(maxsize=65536)
def pinyin_initials(text: str) -> str:
    """Return lowercase pinyin initials (`张三丰` → `zsf`); other characters pass through."""
    return "".join(lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default")).lower()


@lru_cache(maxsize=65536)
def pinyin_full(text: str) -> str:
    """Return full lowercase pinyin without tones or spaces (`张三丰` → `zhangsanfeng`)."""
    return "".join(lazy_pinyin(text, errors="default")).lower()
