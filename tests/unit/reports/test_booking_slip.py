"""预约确认单: rendered, read back with poppler, phone never in full, QR decodes."""

from __future__ import annotations

import io
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.domain.bookings import BookingSlipView
from app.domain.printables import Paper
from app.reports.booking_slip import render_booking_slip, slip_qr_payload
from tests.unit.reports.pdftools import needs_poppler, page_count, page_size, text, to_png, zbar

SHOTS = Path("/tmp/bk_shots")


def _view(**kw: object) -> BookingSlipView:
    base: dict[str, object] = {
        "number": "YY261127-3F9A0C",
        "status_label": "已通过",
        "org_name": "满庄镇北淳于村党支部",
        "contact_name": "王建国",
        "phone_masked": "138****1234",
        "day": date(2026, 12, 1),
        "slot_label": "上午 09:00–11:30",
        "site_name": "岱岳区党员教育管理服务综合平台",
        "room_name": "研讨室一",
        "address": "泰安市岱岳区粥店街道长城路1号",
        "activity_label": "主题党日",
        "topic": "学习贯彻党的二十届四中全会精神",
        "headcount": 25,
        "audience": "全体党员",
        "guide_needed": True,
        "note": "需投影仪、话筒两只",
        "issued_at": datetime(2026, 11, 27, 2, 5, tzinfo=UTC),
        "issuer": "李娜",
    }
    base.update(kw)
    return BookingSlipView(**base)  # type: ignore[arg-type]


def _render(tmp_path: Path, view: BookingSlipView, paper: Paper = Paper.A5) -> Path:
    buf = io.BytesIO()
    render_booking_slip(view, buf, paper=paper)
    path = tmp_path / f"slip-{paper}.pdf"
    path.write_bytes(buf.getvalue())
    return path


def test_view_refuses_a_full_mobile():
    with pytest.raises(ValueError, match="masked"):
        _view(phone_masked="13805381234")


def test_roll_paper_is_refused(tmp_path):
    with pytest.raises(ValueError, match="不支持纸张"):
        _render(tmp_path, _view(), Paper.ROLL80)


@needs_poppler
@pytest.mark.parametrize("paper", [Paper.A5, Paper.A4])
def test_slip_carries_every_field_and_only_the_masked_phone(tmp_path, paper):
    pdf = _render(tmp_path, _view(), paper)
    assert page_count(pdf) == 1
    words = text(pdf)
    for expected in (
        "党员教育阵地预约确认单",
        "YY261127-3F9A0C",
        "满庄镇北淳于村党支部",
        "王建国",
        "138****1234",
        "2026年12月1日",
        "上午09:00–11:30",
        "研讨室一",
        "长城路1号",
        "主题党日",
        "二十届四中全会",
        "25人",
        "讲解服务需要",
        "需投影仪",
        "经办人：李娜",
    ):
        assert expected in words, expected
    assert "13805381234" not in words and "审核通过后" not in words
    width, _ = page_size(pdf)
    assert round(width) == (420 if paper is Paper.A5 else 595)


@needs_poppler
def test_pending_slip_says_it_is_not_yet_valid_and_png_is_saved(tmp_path):
    pdf = _render(tmp_path, _view(status_label="待审核", note="", topic=""))
    assert "审核通过后本确认单方可生效" in text(pdf)
    SHOTS.mkdir(exist_ok=True)
    png = to_png(pdf, SHOTS / "booking_slip_pending", dpi=110)
    assert png.stat().st_size > 10_000


@needs_poppler
@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools not installed")
def test_qr_carries_the_booking_number(tmp_path):
    pdf = _render(tmp_path, _view())
    SHOTS.mkdir(exist_ok=True)
    png = to_png(pdf, SHOTS / "booking_slip_a5", dpi=150)
    assert f"QR-Code:{slip_qr_payload('YY261127-3F9A0C')}" in zbar(png)
