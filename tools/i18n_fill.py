"""Fill unfinished English translations in the .ts catalogue from resources/i18n/en_terms.tsv.

The TSV (source<TAB>English) lets a batch of new strings be translated in one edit; Qt Linguist
(`pyside6-linguist`) remains the tool for reviewing the catalogue itself.
"""

from __future__ import annotations

import csv
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "yizhan_en.ts"
TERMS = ROOT / "resources" / "i18n" / "en_terms.tsv"


def load_terms(path: Path) -> dict[str, str]:
    """Return source → English from the TSV file."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        # "\\n" in the file stands for a line break, so multi-line strings fit on one row.
        return {_unescape(r[0]): _unescape(r[1]) for r in rows if len(r) >= 2}


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n")


def main() -> int:
    """Fill what the TSV knows; list what is still untranslated; exit 0."""
    terms = load_terms(TERMS)
    tree = ET.parse(TS)
    filled = missing = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if translation.get("type") == "unfinished" and source in terms:
            translation.text = terms[source]
            del translation.attrib["type"]
            filled += 1
        elif translation.get("type") == "unfinished":
            missing += 1
            print(f"untranslated: {source!r}")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled}, still untranslated {missing}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
