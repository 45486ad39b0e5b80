"""The `termb` SDK of the common second-generation ID-card readers, loaded with ctypes.

The vendors (华视 CVR-100 and compatibles) ship termb.dll on Windows and libtermb.so on Linux
with the same C interface; every function returns 1 on success:

    int CVR_InitComm(int port)        port 1-16 serial (COM1…), 1001-1016 USB
    int CVR_Authenticate(void)        finds and selects the card on the reader
    int CVR_Read_Content(int active)  reads it (1-4: text / text+photo …; older SDKs also
                                      write wz.txt and zp.bmp next to the library)
    int CVR_CloseComm(void)
    int GetPeopleName(unsigned char *buf, int *len)   likewise GetPeopleSex, GetPeopleNation,
        GetPeopleBirthday, GetPeopleAddress, GetPeopleIDCode, GetDepartment, GetStartDate,
        GetEndDate: GBK text into `buf`, its length in `*len`

On Windows the functions are stdcall (WinDLL). The SDK DLLs are often 32-bit: a 64-bit desk
cannot load them, which is reported like a missing library. Nothing here ever raises anything
but CardReadError, and a missing library is simply "not available".
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from app.services.intake.idcard.base import CardData, CardReadError, parse_birth

log = logging.getLogger(__name__)

LIBRARY_NAMES = ("termb.dll", "Termb.dll") if sys.platform == "win32" else ("libtermb.so",)
USB_PORTS = tuple(range(1001, 1017))
SERIAL_PORTS = tuple(range(1, 17))
READ_LEVEL = 4  # text, photo and fingerprint flags as the SDK defines them: the text is what we use
BUFFER = 256
FIELDS = {
    "name": "GetPeopleName",
    "sex": "GetPeopleSex",
    "nation": "GetPeopleNation",
    "birth": "GetPeopleBirthday",
    "address": "GetPeopleAddress",
    "id_number": "GetPeopleIDCode",
    "issuer": "GetDepartment",
    "valid_from": "GetStartDate",
    "valid_to": "GetEndDate",
}
# wz.txt of the older SDKs: one field a line, in this order.
WZ_ORDER = ("name", "sex", "nation", "birth", "address", "id_number", "issuer", "valid_from",
            "valid_to")  # fmt: skip

_lock = threading.Lock()  # one read at a time: the SDK keeps global state


def _candidates(explicit: str | None) -> list[Path]:
    if explicit:
        return [Path(explicit)]
    dirs: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        dirs.append(Path(frozen))
    dirs += [Path(sys.executable).resolve().parent, Path.cwd()]
    env = os.environ.get("YIZHAN_TERMB_DIR")
    if env:
        dirs.insert(0, Path(env))
    return [d / n for d in dirs for n in LIBRARY_NAMES]


def find_library(explicit: str | None = None) -> Path | None:
    """Return the SDK library to load: `explicit`, else termb beside the program or here."""
    for path in _candidates(explicit):
        if path.is_file():
            return path
    return None


def _load(path: Path) -> Any:
    loader: Callable[[str], Any] = (
        getattr(ctypes, "WinDLL", ctypes.CDLL) if sys.platform == "win32" else ctypes.CDLL
    )
    return loader(str(path))


def _decode(raw: bytes) -> str:
    text = raw.split(b"\0", 1)[0]
    for enc in ("gbk", "utf-8"):
        try:
            return text.decode(enc).strip()
        except UnicodeDecodeError:
            continue
    return text.decode("gbk", errors="replace").strip()


class TermbReader:
    """A reader behind the termb SDK. `port` 0 tries the USB ports, then the serial ones."""

    label = "二代证读卡器"

    def __init__(self, library: str | None = None, *, port: int = 0) -> None:
        self.path = find_library(library)
        self.port = port
        self.error = ""
        self._lib: Any = None
        if self.path is None:
            self.error = "未找到读卡器驱动库（{names}）".format(names="、".join(LIBRARY_NAMES))
            return
        try:
            lib = _load(self.path)
            for name in ("CVR_InitComm", "CVR_Authenticate", "CVR_Read_Content"):
                fn = getattr(lib, name)
                fn.restype = ctypes.c_int
            lib.CVR_InitComm.argtypes = [ctypes.c_int]
            lib.CVR_Authenticate.argtypes = []
            lib.CVR_Read_Content.argtypes = [ctypes.c_int]
        except (OSError, AttributeError) as exc:
            # Wrong word size (32-bit DLL in a 64-bit desk), missing dependency, not the SDK.
            log.warning("termb library %s not usable: %s", self.path, exc)
            self.error = f"读卡器驱动库无法加载：{self.path.name}（{exc}）"
            return
        self._lib = lib

    def available(self) -> bool:
        """Return whether the SDK library is loaded."""
        return self._lib is not None

    def _ports(self) -> Iterable[int]:
        return (self.port,) if self.port else (*USB_PORTS, *SERIAL_PORTS)

    def read(self) -> CardData:
        """Open the reader, read the card on it and close the reader again."""
        if self._lib is None:
            raise CardReadError("读卡器不可用：{why}", why=self.error)
        lib = self._lib
        with _lock:
            try:
                port = next((p for p in self._ports() if lib.CVR_InitComm(p) == 1), None)
                if port is None:
                    raise CardReadError("未连接读卡器：请检查读卡器的连线和电源")
                try:
                    if lib.CVR_Authenticate() != 1:
                        raise CardReadError("读卡器上没有身份证，请把证件放在读卡区后再读")
                    if lib.CVR_Read_Content(READ_LEVEL) != 1:
                        raise CardReadError("读卡失败，请把证件放稳后重新读卡")
                    fields = self._fields(lib)
                finally:
                    close = getattr(lib, "CVR_CloseComm", None)
                    if close is not None:
                        close()
            except CardReadError:
                raise
            except Exception as exc:  # a driver misbehaving must not take the desk down
                log.exception("termb read failed")
                raise CardReadError("读卡器出错：{error}", error=str(exc)) from exc
        if not fields.get("id_number"):
            raise CardReadError("读卡失败：没有读到证件号码，请重新读卡")
        return CardData(
            name=fields.get("name", ""),
            id_number=fields["id_number"].upper(),
            sex=fields.get("sex", ""),
            nation=fields.get("nation", ""),
            birth_date=parse_birth(fields.get("birth", "")),
            address=fields.get("address", ""),
            issuer=fields.get("issuer", ""),
            valid_from=fields.get("valid_from", ""),
            valid_to=fields.get("valid_to", ""),
            source="termb",
        )

    def _fields(self, lib: Any) -> dict[str, str]:
        """Read the fields through GetPeople*, or from wz.txt with an older SDK."""
        if getattr(lib, "GetPeopleIDCode", None) is None:
            return self._wz_fields()
        out: dict[str, str] = {}
        for key, name in FIELDS.items():
            fn = getattr(lib, name, None)
            if fn is None:
                continue
            fn.restype = ctypes.c_int
            fn.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
            buf = ctypes.create_string_buffer(BUFFER)
            length = ctypes.c_int(BUFFER)
            if fn(buf, ctypes.byref(length)) == 1:
                size = max(0, min(length.value, BUFFER)) or BUFFER
                out[key] = _decode(buf.raw[:size])
        return out

    def _wz_fields(self) -> dict[str, str]:
        assert self.path is not None
        for folder in (self.path.parent, Path.cwd()):
            wz = folder / "wz.txt"
            if wz.is_file():
                lines = _decode(wz.read_bytes().replace(b"\0", b"")).splitlines()
                return {k: v.strip() for k, v in zip(WZ_ORDER, lines, strict=False)}
        raise CardReadError("读卡失败：驱动没有给出证件内容（wz.txt）")
