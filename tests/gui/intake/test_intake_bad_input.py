"""Bad input at the window: clear messages at the fields, nothing half-saved, nothing lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from app.models import Case, CaseNumberSeq, Person
from tests.gui.intake.test_intake_drills import finish, make_page, wait_saved
from tests.unit.services.intake.conftest import resident_id

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def counts(factory):
    with factory() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m)) for m in (Case, Person, CaseNumberSeq)
        )


def test_invalid_id_is_flagged_while_typing(qtbot, session_factory, clerk):
    ctx, page = make_page(qtbot, session_factory)
    a = page.applicant
    a.id_number.setFocus()
    good = resident_id("37091119800101001")
    bad = good[:-1] + ("1" if good[-1] != "1" else "2")
    clerk.text(bad)
    assert a.errors["id_number"].isVisible()
    assert "校验位" in a.errors["id_number"].text()
    a.id_number.clear()
    clerk.text("12345abc")  # the validator refuses letters in a resident ID
    assert a.id_number.text() == "12345"
    finish(ctx, page)


def test_empty_form_explains_and_saves_nothing(qtbot, session_factory, clerk, tmp_path):
    ctx, page = make_page(qtbot, session_factory)
    assert "申请人姓名" in page.missing.text() and "事项类别" in page.missing.text()
    assert "事项经过" in page.save_button.toolTip()
    page.lookup.edit.setFocus()
    clerk.key(K.Key_S, CTRL)
    qtbot.waitUntil(lambda: "未保存" in page.banner.text(), timeout=5000)
    assert page.applicant.errors["name"].isVisible()
    assert "事项经过" in page.fields.errors["facts"].text()
    assert "类别" in page.fields.errors["category_id"].text()
    assert counts(session_factory) == (0, 0, 0)
    page.grab().save(str(tmp_path / "intake_empty.png"))
    finish(ctx, page)


def test_bad_phone_keeps_everything_typed(qtbot, session_factory, clerk, tmp_path):
    ctx, page = make_page(qtbot, session_factory)
    a, f = page.applicant, page.fields
    a.name.setFocus()
    clerk.text("李娜")
    a.phone.setFocus()
    clerk.text("1381234")
    f.category.set_value(f.category.itemData(1))
    f.facts.setFocus()
    facts = "账目不清<script>alert('x')</script>'; DROP TABLE person; --"
    clerk.text(facts)
    clerk.key(K.Key_S, CTRL)
    qtbot.waitUntil(lambda: "未保存" in page.banner.text(), timeout=5000)
    assert "手机号码应为11位" in a.errors["phone"].text()
    assert a.name.text() == "李娜" and a.phone.text() == "1381234"
    assert f.facts.toPlainText() == facts
    assert counts(session_factory) == (0, 0, 0)
    page.grab().save(str(tmp_path / "intake_bad_phone.png"))
    a.phone.setFocus()
    a.phone.clear()
    clerk.text("0538-8123456")
    clerk.key(K.Key_S, CTRL)
    saved = wait_saved(qtbot, page)
    with session_factory() as s:
        case = s.get(Case, saved.case_id)
        assert case is not None and case.facts == facts
        assert s.scalar(select(Person.phone)) == "05388123456"
    finish(ctx, page)


def test_long_account_and_html_name_are_saved_verbatim(qtbot, session_factory, clerk):
    ctx, page = make_page(qtbot, session_factory)
    a, f = page.applicant, page.fields
    a.name.setFocus()
    clerk.text("<b>王</b>五")
    a.phone.setFocus()
    clerk.text("13700001111")
    f.category.set_value(f.category.itemData(2))
    account = ("我要反映：" + "村里修路占了我家的承包地，" * 900)[:10_000]
    f.facts.setPlainText(account)
    assert "10000/20000" in f.counter.text()
    clerk.key(K.Key_S, CTRL)
    saved = wait_saved(qtbot, page)
    with session_factory() as s:
        case = s.get(Case, saved.case_id)
        assert case is not None and case.facts == account
        assert s.scalar(select(Person.name)) == "<b>王</b>五"
    f.facts.setPlainText("字" * 20_001)
    assert "已超过20000字" in f.errors["facts"].text()
    finish(ctx, page)


def test_oversize_attachment_is_refused_with_a_message(qtbot, session_factory, tmp_path):
    ctx, page = make_page(qtbot, session_factory)
    f = page.fields
    f.max_bytes = 1024
    small = tmp_path / "身份证复印件.jpg"
    small.write_bytes(b"\xff\xd8" + b"x" * 500)
    big = tmp_path / "录音.mp3"
    big.write_bytes(b"y" * 4096)
    f.add_files([small, big])
    assert len(f.files) == 1 and f.files[0].filename == "身份证复印件.jpg"
    assert (
        "超过上限" in f.errors["attachments"].text()
        and "录音.mp3" in f.errors["attachments"].text()
    )
    stored = ctx.settings.attachments_dir / f.files[0].sha256[:2] / f.files[0].sha256
    assert stored.read_bytes() == small.read_bytes()
    finish(ctx, page)


def test_escape_asks_before_clearing_typed_text(qtbot, session_factory, clerk):
    ctx, page = make_page(qtbot, session_factory)
    page.applicant.name.setFocus()
    clerk.text("赵敏")
    clerk.key(K.Key_Escape)
    box = page.confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    keep = box.defaultButton()
    keep.click()
    assert page.applicant.name.text() == "赵敏"
    clerk.key(K.Key_Escape)
    clear = next(b for b in page.confirm.buttons() if b is not page.confirm.defaultButton())
    clear.click()
    assert page.applicant.name.text() == ""
    assert page.lookup.edit.hasFocus()
    finish(ctx, page)


def test_respondent_organisation_added_through_the_dialog(qtbot, session_factory, clerk):
    from app.models import CaseParty, Organisation

    ctx, page = make_page(qtbot, session_factory)
    a, f = page.applicant, page.fields
    a.name.setFocus()
    clerk.text("周八")
    a.phone.setFocus()
    clerk.text("13500003333")
    dialog = page.others.open_dialog()
    form = dialog.form
    form.party_type.setCurrentIndex(form.party_type.findData("organisation"))
    assert form.uscc.isVisibleTo(dialog) and not form.id_number.isVisibleTo(dialog)
    form.name.setText("泰安某某建材有限公司")
    qtbot.keyClicks(form.uscc, "91110000600037342X")
    qtbot.keyClick(form.uscc, Qt.Key.Key_Return)  # finishing the field checks the code
    assert "校验" in form.errors["uscc"].text()
    form.uscc.clear()
    qtbot.keyClicks(form.uscc, "91110000600037341L")
    qtbot.keyClick(form.uscc, Qt.Key.Key_Return)
    assert form.errors["uscc"].text() == ""
    dialog.accept()
    assert page.others.table.rowCount() == 1
    f.category.set_value(f.category.itemData(3))
    f.facts.setPlainText("建材厂夜间施工噪音扰民。")
    page.save()
    saved = wait_saved(qtbot, page)
    with session_factory() as s:
        roles = set(s.scalars(select(CaseParty.role).where(CaseParty.case_id == saved.case_id)))
        assert roles == {"applicant", "respondent"}
        assert s.scalar(select(Organisation.uscc)) == "91110000600037341L"
    finish(ctx, page)
