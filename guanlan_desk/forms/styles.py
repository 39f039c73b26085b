"""Page geometry and paragraph styles (GB/T 9704-2012 numbers where they fit; REFERENCE.md §6)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from guanlan_desk.forms.fonts import Face, FontSet, font_set

PAGE_SIZE = A4
PAGE_WIDTH, PAGE_HEIGHT = A4
TOP, BOTTOM, LEFT, RIGHT = 37 * mm, 35 * mm, 28 * mm, 26 * mm  # 天头, bottom, 订口 (binding side), right
FRAME_WIDTH = PAGE_WIDTH - LEFT - RIGHT  # 156 mm
FRAME_HEIGHT = PAGE_HEIGHT - TOP - BOTTOM  # 225 mm
# A landscape page (the roster's many columns): the binding edge stays on the left
L_TOP, L_BOTTOM, L_LEFT, L_RIGHT = 20 * mm, 24 * mm, 28 * mm, 20 * mm
L_FRAME_WIDTH = PAGE_HEIGHT - L_LEFT - L_RIGHT  # 249 mm

TITLE_PT = 22.0  # 2号
LETTER_PT = 16.0  # 3号: the body of letters
LETTER_LEADING = 28.0  # 22 lines in the 225 mm type area (CTAN gbt9704 uses 28 pt)
FORM_PT = 12.0  # 小四: the ministry's table forms
FORM_LEADING = 16.0  # single spacing of 小四 in a table cell (Word prints ~15.6 pt)
SMALL_PT = 10.5  # 五号
PAGE_NO_PT = 14.0  # 4号: "— 1 —"


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles of every document, in the registered faces."""

    fonts: FontSet
    title: ParagraphStyle
    doc_no: ParagraphStyle
    letter: ParagraphStyle
    letter_flush: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    form: ParagraphStyle
    form_indent: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    label_small: ParagraphStyle
    cell_small: ParagraphStyle
    small: ParagraphStyle
    letter_tight: ParagraphStyle
    note: ParagraphStyle
    caption: ParagraphStyle
    right: ParagraphStyle


def _style(name: str, face: Face, size: float, leading: float, **extra: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=str(face), fontSize=size, leading=leading, wordWrap="CJK",
                          alignment=extra.pop("alignment", TA_LEFT), **extra)


@cache
def _styles(fonts: FontSet) -> Styles:
    body, hei, kai = fonts.body, fonts.heading, fonts.kai
    return Styles(
        fonts=fonts,
        title=_style("title", hei, TITLE_PT, 32, alignment=TA_CENTER, spaceAfter=2),
        doc_no=_style("doc_no", body, 14, 22, alignment=TA_CENTER, spaceAfter=6),
        letter=_style("letter", body, LETTER_PT, LETTER_LEADING, firstLineIndent=2 * LETTER_PT,
                      alignment=TA_JUSTIFY),
        letter_flush=_style("letter_flush", body, LETTER_PT, LETTER_LEADING),
        heading=_style("heading", hei, LETTER_PT, LETTER_LEADING, firstLineIndent=2 * LETTER_PT),
        subheading=_style("subheading", kai, LETTER_PT, LETTER_LEADING, firstLineIndent=2 * LETTER_PT),
        form=_style("form", body, FORM_PT, 22, alignment=TA_JUSTIFY),
        form_indent=_style("form_indent", body, FORM_PT, 22, firstLineIndent=2 * FORM_PT, alignment=TA_JUSTIFY),
        label=_style("label", body, FORM_PT, FORM_LEADING, alignment=TA_CENTER),
        cell=_style("cell", body, FORM_PT, FORM_LEADING),
        cell_center=_style("cell_center", body, FORM_PT, FORM_LEADING, alignment=TA_CENTER),
        label_small=_style("label_small", body, SMALL_PT, 14, alignment=TA_CENTER),
        cell_small=_style("cell_small", body, SMALL_PT, 14),
        small=_style("small", body, SMALL_PT, 15),
        letter_tight=_style("letter_tight", body, LETTER_PT, 24, firstLineIndent=2 * LETTER_PT, alignment=TA_JUSTIFY),
        note=_style("note", kai, SMALL_PT, 15, alignment=TA_CENTER),
        caption=_style("caption", hei, 14, 20, alignment=TA_CENTER, spaceAfter=4),
        right=_style("right", body, FORM_PT, 22, alignment=TA_RIGHT),
    )


def styles() -> Styles:
    """The styles for the current font set (registers the fonts on first use)."""
    return _styles(font_set())


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    """A table style whose cell font is the body face.

    reportlab sets each cell's font (Helvetica by default) before drawing what is in it; even when every cell
    holds a paragraph, that puts an unembedded Type 1 font into the PDF.
    """
    return TableStyle([("FONT", (0, 0), (-1, -1), str(font_set().body), FORM_PT, FORM_LEADING), *commands])
