"""WORKAROUNDs for reportlab 5.1's Chinese typesetting, applied once when the fonts are registered."""

from __future__ import annotations

from typing import Any

from reportlab.lib import textsplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase import ttfonts
from reportlab.platypus import paragraph

# Full-width punctuation that must not start a line (GB/T 15834 避头点号); reportlab's list lacks most of
# it, so lines began with "，". Its CJK wrap lets one such character hang in the right margin instead.
_CANNOT_START = "，；：！？》〉”’％"


# Opening brackets and quotes must not end a line (避尾); reportlab ignores its own list of them. A form's
# tick box (□/■) belongs with the option after it, so it must not end a line either.
_CANNOT_END = "（《〈“‘【〔［｛([□■"
_original_word_split = textsplit.wordSplit


def _word_split(word: str, max_widths: Any, font_name: str, font_size: float, encoding: str = "utf8") -> Any:
    """reportlab's CJK line split of a one-run paragraph, re-split so that no line ends with an opener."""
    widths = list(max_widths) if isinstance(max_widths, list | tuple) else [max_widths]
    done: list[Any] = []
    start = 0
    while True:
        lines = _original_word_split(word[start:], widths[len(done):] or widths[-1:], font_name, font_size, encoding)
        cursor, moved = start, False
        for k, (extra, text) in enumerate(lines[:-1]):
            pos = word.find(text, cursor)
            if pos < 0:
                break
            keep = text.rstrip(_CANNOT_END)
            if not keep:  # a line of nothing but openers cannot give them away; later lines still can
                cursor = pos + len(text)
                continue
            if keep != text:  # the openers go down to the next line; split the rest again
                done += [*lines[:k], [extra + stringWidth(text[len(keep):], font_name, font_size), keep]]
                start, moved = pos + len(keep), True
                break
            cursor = pos + len(text)
        if not moved:
            return done + lines


def apply() -> None:
    """Patch reportlab's line-breaking rules and its ToUnicode CMap writer (idempotent)."""
    for module in (textsplit, paragraph):  # one-run paragraphs wrap in textsplit, the others in paragraph
        module.ALL_CANNOT_START += "".join(c for c in _CANNOT_START if c not in module.ALL_CANNOT_START)
    paragraph.wordSplit = _word_split
    if getattr(ttfonts.makeToUnicodeCMap, "_guanlan_fixed", False):
        return
    original = ttfonts.makeToUnicodeCMap

    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        """reportlab writes ``<2000B>`` for astral characters, an odd-length hex string, so text
        extraction and copy-and-paste lose names with CJK Extension B characters (𠀋); the PDF
        spec wants the UTF-16BE surrogate pair (``<D840DC0B>``)."""
        text: str = original(fontname, [c if c < 0x10000 else 0 for c in subset])
        for index, code in enumerate(subset):
            if code >= 0x10000:
                utf16 = chr(code).encode("utf-16-be").hex().upper()
                text = text.replace("<%02X> <0000>" % index, "<%02X> <%s>" % (index, utf16), 1)
        return text

    make_to_unicode_cmap._guanlan_fixed = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
