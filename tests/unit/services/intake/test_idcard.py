"""ID-card readers without Qt: the termb loader (absent, broken, a fake SDK built with gcc),
the simulated reader, the card check and the keyboard-wedge timing rule."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.services.errors import DomainError
from app.services.intake.idcard import (
    CardData,
    CardReadError,
    SimulatedReader,
    TermbReader,
    check_card,
    demo_card,
    find_library,
    looks_like_wedge,
    make_reader,
)
from app.services.intake.idcard.base import parse_birth

NUMBER = "37091119850312002X"


def _c_bytes(text: str) -> str:
    """Return `text` as a C string literal of its GBK bytes."""
    return '"' + "".join(f"\\x{b:02x}" for b in text.encode("gbk")) + '"'


FAKE_SDK = """
#include <string.h>
static int opened = 0;
static int copy(unsigned char *buf, int *len, const char *s) {
    int n = (int)strlen(s); memcpy(buf, s, n); buf[n] = 0; *len = n; return 1; }
int CVR_InitComm(int port) { opened = (port == 1001); return opened ? 1 : 0; }
int CVR_Authenticate(void) { return opened ? 1 : 2; }
int CVR_Read_Content(int active) { return (opened && active >= 1) ? 1 : 0; }
int CVR_CloseComm(void) { opened = 0; return 1; }
int GetPeopleName(unsigned char *b, int *l) { return copy(b, l, NAME); }
int GetPeopleSex(unsigned char *b, int *l) { return copy(b, l, SEX); }
int GetPeopleNation(unsigned char *b, int *l) { return copy(b, l, NATION); }
int GetPeopleBirthday(unsigned char *b, int *l) { return copy(b, l, "19850312"); }
int GetPeopleAddress(unsigned char *b, int *l) { return copy(b, l, ADDRESS); }
int GetPeopleIDCode(unsigned char *b, int *l) { return copy(b, l, "37091119850312002x"); }
int GetDepartment(unsigned char *b, int *l) { return copy(b, l, ISSUER); }
"""


@pytest.fixture
def fake_sdk(tmp_path: Path) -> Path:
    """Build a tiny libtermb.so that behaves like a reader with a card on USB port 1001."""
    gcc = shutil.which("gcc") or shutil.which("cc")
    if gcc is None or sys.platform == "win32":
        pytest.skip("no C compiler to build the fake SDK")
    src = tmp_path / "termb.c"
    defines = {
        "NAME": _c_bytes("赵读卡"),
        "SEX": _c_bytes("女"),
        "NATION": _c_bytes("汉"),
        "ADDRESS": _c_bytes("山东省泰安市岱岳区粥店街道示例村88号"),
        "ISSUER": _c_bytes("泰安市公安局岱岳分局"),
    }
    head = "".join(f"#define {k} {v}\n" for k, v in defines.items())
    src.write_text(head + FAKE_SDK)
    lib = tmp_path / "libtermb.so"
    subprocess.run([gcc, "-shared", "-fPIC", "-o", str(lib), str(src)], check=True)
    return lib


def test_absent_library_is_unavailable_and_reads_say_why(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("YIZHAN_TERMB_DIR", raising=False)
    assert find_library(str(tmp_path / "nope.so")) is None
    reader = TermbReader(str(tmp_path / "nope.so"))
    assert not reader.available()
    with pytest.raises(CardReadError, match="读卡器不可用"):
        reader.read()


def test_a_file_that_is_not_a_library_does_not_crash(tmp_path):
    bogus = tmp_path / "libtermb.so"
    bogus.write_bytes(b"not an ELF file")
    reader = TermbReader(str(bogus))
    assert not reader.available() and "无法加载" in reader.error
    with pytest.raises(CardReadError):
        reader.read()


def test_a_library_without_the_sdk_functions_is_refused(tmp_path):
    gcc = shutil.which("gcc")
    if gcc is None:
        pytest.skip("no gcc")
    src = tmp_path / "x.c"
    src.write_text("int something(void) { return 1; }\n")
    lib = tmp_path / "libother.so"
    subprocess.run([gcc, "-shared", "-fPIC", "-o", str(lib), str(src)], check=True)
    assert not TermbReader(str(lib)).available()


def test_fake_sdk_reads_the_card_through_get_people(fake_sdk):
    reader = TermbReader(str(fake_sdk))
    assert reader.available(), reader.error
    card = reader.read()
    assert card == CardData(
        name="赵读卡",
        id_number=NUMBER,
        sex="女",
        nation="汉",
        birth_date=date(1985, 3, 12),
        address="山东省泰安市岱岳区粥店街道示例村88号",
        issuer="泰安市公安局岱岳分局",
        source="termb",
    )
    assert check_card(card).number == NUMBER


def test_fake_sdk_on_a_port_without_a_reader(fake_sdk):
    with pytest.raises(CardReadError, match="未连接读卡器"):
        TermbReader(str(fake_sdk), port=3).read()


def test_found_beside_the_program_via_the_environment(fake_sdk, monkeypatch):
    monkeypatch.setenv("YIZHAN_TERMB_DIR", str(fake_sdk.parent))
    assert find_library() == fake_sdk
    reader = make_reader("termb")
    assert reader is not None and reader.available()


def test_simulated_reader_and_no_card():
    assert SimulatedReader().read() == demo_card()
    with pytest.raises(CardReadError, match="没有身份证"):
        SimulatedReader([]).read()
    assert make_reader("wedge") is None and make_reader("none") is None


def test_card_check_refuses_disagreeing_fields():
    card = demo_card()
    assert check_card(card).birth_date == date(1985, 3, 12)
    with pytest.raises(CardReadError, match="性别"):
        check_card(CardData(name="x", id_number=NUMBER, sex="男"))
    with pytest.raises(CardReadError, match="出生日期"):
        check_card(CardData(name="x", id_number=NUMBER, birth_date=date(1985, 3, 13)))
    with pytest.raises(DomainError, match="校验位"):
        check_card(CardData(name="x", id_number="370911198503120021"))


def test_birth_dates_in_the_sdk_formats():
    assert parse_birth("19850312") == parse_birth("1985-03-12") == date(1985, 3, 12)
    assert parse_birth("1985年03月12日") == date(1985, 3, 12)
    assert parse_birth("") is None and parse_birth("19851332") is None


def test_wedge_timing_tells_a_reader_from_a_person():
    fast = [i * 8.0 for i in range(18)]
    assert looks_like_wedge(NUMBER, fast, fast[-1] + 8)
    slow = [i * 180.0 for i in range(18)]
    assert not looks_like_wedge(NUMBER, slow, slow[-1] + 150)
    # one pause in the middle: a person pasting half and typing the rest
    paused = fast[:9] + [t + 400 for t in fast[9:]]
    assert not looks_like_wedge(NUMBER, paused, paused[-1] + 8)
    assert not looks_like_wedge("张三丰", fast[:3], fast[2] + 5)  # not a number
    assert not looks_like_wedge(NUMBER, fast[:5], fast[4] + 5)  # typed before the watch began
