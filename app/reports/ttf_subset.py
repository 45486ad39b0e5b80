"""A faster drop-in for reportlab's TrueType subsetter: same bytes, less work per document.

Every PDF embeds the glyphs it uses, so reportlab subsets the 5 MB wqy-microhei face per
document. Its `makeSubset` copies the whole 3.5 MB glyf table and the 0.5 MB post table and
re-parses composite glyphs each time (~5 ms per 256-glyph subset). `FastSubsetter` keeps the
tables that never change, reads glyphs through a memoryview and remembers each glyph's
components; its output is byte-identical to `TTFontFace.makeSubset` (tested).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from struct import pack, unpack_from

from reportlab.pdfbase.ttfonts import (
    GF_ARG_1_AND_2_ARE_WORDS,
    GF_MORE_COMPONENTS,
    GF_WE_HAVE_A_SCALE,
    GF_WE_HAVE_A_TWO_BY_TWO,
    GF_WE_HAVE_AN_X_AND_Y_SCALE,
    TTFont,
    TTFontFace,
    TTFontMaker,
)

_COPIED = ("name", "OS/2", "cvt ", "fpgm", "prep")  # tables copied from the face unchanged


def _with_ushort(data: bytes, offset: int, value: int) -> bytes:
    """Return `data` with the big-endian unsigned short at `offset` replaced."""
    return data[:offset] + pack(">H", value) + data[offset + 2 :]


@dataclass(frozen=True)
class _Glyph:
    """One glyph of the face, as the subsets copy it."""

    data: bytes  # padded to a multiple of 4 bytes, as in the glyf table of a subset
    parts: tuple[tuple[int, int], ...]  # (offset in data, glyph index) of each component
    advance: int
    lsb: int


class FastSubsetter:
    """`TTFontFace.makeSubset` for one face, with the per-face work done once."""

    def __init__(self, face: TTFontFace) -> None:
        self.face = face
        data = memoryview(face._ttf_data)
        start, length = face.get_table_pos("glyf")
        self.glyf = data[start : start + length]
        self.copied: list[tuple[str, bytes]] = []
        for tag in _COPIED:
            with contextlib.suppress(KeyError):  # cvt, fpgm and prep are optional
                self.copied.append((tag, bytes(face.get_table(tag))))
        post = face.get_table_pos("post")[0]
        self.post = b"\x00\x03\x00\x00" + bytes(data[post + 4 : post + 16]) + b"\x00" * 16
        self.hhea = bytes(face.get_table("hhea"))
        self.maxp = bytes(face.get_table("maxp"))
        self.head = bytes(face.get_table("head"))
        self._glyphs: dict[int, _Glyph] = {}

    def glyph(self, index: int) -> _Glyph:
        """Return glyph `index`: its data padded to 4 bytes, its components and its metrics."""
        found = self._glyphs.get(index)
        if found is not None:
            return found
        start = self.face.glyphPos[index]
        length = self.face.glyphPos[index + 1] - start
        parts: list[tuple[int, int]] = []
        if length > 2 and unpack_from(">h", self.glyf, start)[0] < 0:  # a composite glyph
            at = 10
            flags = GF_MORE_COMPONENTS
            while flags & GF_MORE_COMPONENTS:
                flags, part = unpack_from(">HH", self.glyf, start + at)
                parts.append((at + 2, part))
                at += 8 if flags & GF_ARG_1_AND_2_ARE_WORDS else 6
                if flags & GF_WE_HAVE_A_SCALE:
                    at += 2
                elif flags & GF_WE_HAVE_AN_X_AND_Y_SCALE:
                    at += 4
                elif flags & GF_WE_HAVE_A_TWO_BY_TWO:
                    at += 8
        data = bytes(self.glyf[start : start + length]) + b"\0" * (-length % 4)
        aw, lsb = self.face.hmetrics[index]
        found = self._glyphs[index] = _Glyph(data, tuple(parts), int(aw), int(lsb))
        return found

    def __call__(self, subset: list[int]) -> bytes:
        """Return the TrueType font holding the characters of `subset`, in `subset` order."""
        char_to_glyph = self.face.charToGlyph
        glyph_map = [0]  # new glyph index -> old glyph index; 0 is the missing glyph
        glyph_set = {0: 0}  # old -> new
        code_to_glyph: dict[int, int] = {}
        for code in subset:
            old = char_to_glyph.get(code, 0)
            if old not in glyph_set:
                glyph_set[old] = len(glyph_map)
                glyph_map.append(old)
            code_to_glyph[code] = glyph_set[old]
        glyphs = []
        n = 0
        while n < len(glyph_map):  # pull in the parts of composite glyphs (grows as it goes)
            g = self.glyph(glyph_map[n])
            glyphs.append(g)
            for _, part in g.parts:
                if part not in glyph_set:
                    glyph_set[part] = len(glyph_map)
                    glyph_map.append(part)
            n += 1

        output = TTFontMaker()
        for tag, table in self.copied:
            output.add(tag, table)
        output.add("post", self.post)

        hmtx: list[int] = []
        for g in glyphs:
            hmtx += (g.advance, g.lsb)
        # trailing glyphs of the same advance width keep only their lsb
        n = len(hmtx) - 2
        while n and hmtx[n] == hmtx[n - 2]:
            n -= 2
        n += 2
        hmtx = hmtx[:n] + hmtx[n + 1 :: 2]
        output.add("hmtx", pack(f">{len(hmtx)}H", *hmtx))
        output.add("hhea", _with_ushort(self.hhea, 34, n >> 1))
        output.add("maxp", _with_ushort(self.maxp, 4, len(glyphs)))

        cmap = [0, 1, 1, 0, 0, 12, 6, 10 + len(subset) * 2, 0, 0, len(subset)]
        cmap += [code_to_glyph[code] for code in subset]
        output.add("cmap", pack(f">{len(cmap)}H", *cmap))

        offsets = []
        glyf: list[bytes] = []
        pos = 0
        for g in glyphs:
            offsets.append(pos)
            if g.parts:  # components are renumbered in the subset
                patched = bytearray(g.data)
                for at, part in g.parts:
                    patched[at : at + 2] = pack(">H", glyph_set[part])
                glyf.append(bytes(patched))
            else:
                glyf.append(g.data)
            pos += len(g.data)
        offsets.append(pos)
        output.add("glyf", b"".join(glyf))
        if (pos + 1) >> 1 > 0xFFFF:
            long_loca = 1
            output.add("loca", pack(f">{len(offsets)}L", *offsets))
        else:
            long_loca = 0
            output.add("loca", pack(f">{len(offsets)}H", *(o >> 1 for o in offsets)))
        output.add("head", _with_ushort(self.head, 50, long_loca))
        return output.makeStream()


def install(font: TTFont) -> TTFont:
    """Make `font` subset with `FastSubsetter` (an instance attribute shadows the method)."""
    font.face.makeSubset = FastSubsetter(font.face)
    return font
