"""WORKAROUNDs for reportlab 5.1's Chinese typesetting, applied once when the fonts are registered."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase import ttfonts
from reportlab.platypus import paragraph

# GB/T 15834 避头尾: closing marks (and the middle dot of transliterated names, 阿卜杜拉·买买提) never start a
# line; opening brackets and quotes (and a tick box, which belongs with the option after it) never end one.
CANNOT_START = "，。、；：？！）》〉」』”’％·‧・…—" + ",.;:?!)]}%"
CANNOT_END = "（《〈「『“‘【〔［｛([□■·‧"
_FUZZ = 1e-6


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def break_lines(chars: Sequence[str], widths: Sequence[float], max_widths: Sequence[float]) -> list[tuple[int, int]]:
    """Where the lines of ``chars`` start and end (``[start, end)``) for the given line widths.

    A line ends when the next character would overflow. A single closing mark may hang in the margin; more
    than one pull the last character before them down with them; an opener at the end of a line goes down
    to the next; a run of Latin letters or digits is not cut when the line has anything else to break at.
    """
    lines: list[tuple[int, int]] = []
    n, start, used, i = len(chars), 0, 0.0, 0
    while i < n:
        limit = max_widths[min(len(lines), len(max_widths) - 1)]
        if i == start or used + widths[i] <= limit + _FUZZ:
            used += widths[i]
            i += 1
            continue
        b = i
        if chars[b] in CANNOT_START and chars[b] not in CANNOT_END and (b + 1 >= n or chars[b + 1] not in CANNOT_START):
            b += 1  # hang one closing mark in the margin
        else:
            if _latin(chars[b]) and _latin(chars[b - 1]):
                k = b
                while k > start and _latin(chars[k - 1]):
                    k -= 1
                if k > start:
                    b = k
            while b > start + 1 and (chars[b] in CANNOT_START or chars[b - 1] in CANNOT_END):
                b -= 1
            while b < n and chars[b] in CANNOT_START:  # nothing left to pull down: the marks hang
                b += 1
        lines.append((start, b))
        start, i, used = b, b, 0.0
    if start < n:
        lines.append((start, n))
    return lines


_char_widths: dict[tuple[str, float], dict[str, float]] = {}


def _word_split(word: str, max_widths: Any, font_name: str, font_size: float, encoding: str = "utf8") -> Any:
    """reportlab's CJK split of a one-run paragraph (``[[extra_space, text], …]``) with :func:`break_lines`."""
    widths_of = _char_widths.setdefault((font_name, font_size), {})
    widths = []
    for c in word:
        w = widths_of.get(c)
        if w is None:
            w = widths_of[c] = stringWidth(c, font_name, font_size)
        widths.append(w)
    limits = list(max_widths) if isinstance(max_widths, list | tuple) else [max_widths]
    out = []
    for k, (a, b) in enumerate(break_lines(word, widths, limits)):
        out.append([limits[min(k, len(limits) - 1)] - sum(widths[a:b]), word[a:b]])
    return out


def _frag_split(frags: Any, max_widths: Any, calc_bounds: Any, encoding: str = "utf8") -> Any:
    """reportlab's CJK split of a paragraph of several runs (fallback faces, markup) with :func:`break_lines`."""
    units: list[Any] = []
    for f in frags:
        text = f.text.decode(encoding) if isinstance(f.text, bytes) else f.text
        units.extend([paragraph.cjkU(t, f, encoding) for t in text] if text else [paragraph.cjkU(text, f, encoding)])
    limits = list(max_widths)
    lines: list[Any] = []
    segment: list[Any] = []

    def width(u: Any, limit: float) -> float:
        w = u.width
        return float(w.normalizedValue(limit)) if hasattr(w, "normalizedValue") else float(w)

    def flush(line_break: bool) -> None:
        if not segment:
            return
        first = len(lines)
        widths = [width(u, limits[min(first, len(limits) - 1)]) for u in segment]
        spans = break_lines([str(u) for u in segment], widths, limits[first:] or limits[-1:])
        for k, (a, b) in enumerate(spans):
            limit = limits[min(len(lines), len(limits) - 1)]
            used = sum(widths[a:b])
            lines.append(paragraph.makeCJKParaLine(segment[a:b], limit, used, limit - used,
                                                   line_break and k == len(spans) - 1, calc_bounds))
        segment.clear()

    for u in units:
        segment.append(u)
        if hasattr(u.frag, "lineBreak"):
            flush(True)
    flush(False)
    return paragraph.ParaLines(kind=1, lines=lines)


def apply() -> None:
    """Patch reportlab's line-breaking rules and its ToUnicode CMap writer (idempotent)."""
    paragraph.wordSplit = _word_split
    paragraph.cjkFragSplit = _frag_split
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
