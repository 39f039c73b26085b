"""Building blocks shared by the documents: values or blanks, titles, ruled grids, signatures, seal areas.

A document is written as a list of these blocks. Values go through :func:`fonts.markup` (escaping and
per-run font fallback); an empty value prints as a blank (an underline, an empty box, ruled lines) so
that the same code prints the filled and the blank form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from datetime import date, datetime
from decimal import Decimal
from typing import TypeAlias

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from guanlan_desk.forms.flow import FirstFit, KeepTail
from guanlan_desk.forms.fonts import Face, markup
from guanlan_desk.forms.styles import FRAME_WIDTH, styles, table_style
from guanlan_desk.forms.text import DATE_BLANK, fmt_date, fmt_datetime, fmt_money

Plain: TypeAlias = str | int | Decimal | date | datetime | None


@dataclass(frozen=True, slots=True)
class Val:
    """A field value; empty prints a blank ``blank`` characters wide to be filled in by hand."""

    value: Plain
    blank: int = 8

    def text(self) -> str:
        """The value as printed (dates without leading zeros, money with two decimals)."""
        v = self.value
        if v is None:
            return ""
        if isinstance(v, datetime):
            return fmt_datetime(v)
        if isinstance(v, date):
            return fmt_date(v)
        if isinstance(v, Decimal):
            return fmt_money(v)
        return str(v)


@dataclass(frozen=True, slots=True)
class Raw:
    """Trusted reportlab markup (fixed tags only, never a field value)."""

    markup: str


Part: TypeAlias = str | Val | Raw


def blank(width: int) -> str:
    """A blank ``width`` full-width characters long, to write in by hand (``____``)."""
    return "_" * (2 * width)


def fragment(parts: Iterable[Part], face: Face) -> str:
    """Markup of fixed text, values and trusted markup, in ``face`` with fallback runs."""
    out: list[str] = []
    for part in parts:
        if isinstance(part, Raw):
            out.append(part.markup)
        elif isinstance(part, Val):
            text = part.text()
            out.append(markup(text, face) if text.strip() else blank(part.blank))
        else:
            out.append(markup(part, face))
    return "".join(out)


def para(style: ParagraphStyle, *parts: Part) -> Paragraph:
    """A paragraph of ``parts`` in ``style``."""
    return Paragraph(fragment(parts, Face(style.fontName)), style)


def paras(style: ParagraphStyle, text: str, *, blank_lines: int = 0, prefix: str = "") -> list[Flowable]:
    """One paragraph per line of ``text``; when empty, ``blank_lines`` ruled lines to write on."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return [RuledLines(blank_lines, style.leading)] if blank_lines else []
    return [para(style, prefix + line.strip() if i == 0 else line.strip()) for i, line in enumerate(lines)]


def title(text: str, doc_no: str | None = None) -> list[Flowable]:
    """The document title (Hei, 22 pt, centred) and the case number under it."""
    s = styles()
    out: list[Flowable] = [para(s.title, text)]
    if doc_no is not None:
        out.append(para(s.doc_no, Val(doc_no, 10)) if doc_no else para(s.doc_no, "（\xa0\xa0\xa0\xa0）", Val("", 3),
                                                                            "字第", Val("", 3), "号"))
    return out


def check(options: Iterable[tuple[str, bool]]) -> str:
    """Tick boxes as printed on the forms: ``■当事人申请　□人民调解委员会主动调解``."""
    return "\u3000".join(("■" if on else "□") + text for text, on in options)


class RuledLines(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Empty ruled lines to write on by hand."""

    def __init__(self, count: int, spacing: float) -> None:
        super().__init__()
        self.count, self.spacing = count, spacing

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Full width, ``count`` lines tall."""
        self.width = avail_width
        return avail_width, self.count * self.spacing

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """As many lines as fit here, the rest on the next page."""
        fit = int(avail_height // self.spacing)
        if fit <= 0 or fit >= self.count:
            return []
        return [RuledLines(fit, self.spacing), RuledLines(self.count - fit, self.spacing)]

    def draw(self) -> None:
        """Thin grey lines."""
        self.canv.setStrokeColor(colors.grey)
        self.canv.setLineWidth(0.4)
        for i in range(1, self.count + 1):
            y = (self.count - i) * self.spacing + 3
            self.canv.line(0, y, self.width, y)


class CutLine(Flowable):  # type: ignore[misc]
    """A dashed cut line across the page with a note in the middle."""

    def __init__(self, note: str = "（沿此线剪下）") -> None:
        super().__init__()
        self.note = note

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Full width, one small line tall."""
        self.width = avail_width
        return avail_width, 18

    def draw(self) -> None:
        """Dashes left and right of the note."""
        s = styles()
        face, size = s.note.fontName, s.note.fontSize
        text_w = stringWidth(self.note, face, size)
        mid, y = self.width / 2, 9
        c = self.canv
        c.setDash(4, 3)
        c.setLineWidth(0.6)
        c.line(0, y, mid - text_w / 2 - 4, y)
        c.line(mid + text_w / 2 + 4, y, self.width, y)
        c.setDash()
        c.setFont(face, size)
        c.drawCentredString(mid, y - size / 3, self.note)


def seal_block(org: str, on: date | None, *, style: ParagraphStyle | None = None, space_above: float = 1.0,
               blank_org: str = "人民调解委员会") -> Table:
    """The issuing body and the date, right-aligned four characters in, with room for the seal above.

    GB/T 9704-2012: the seal sits centred over the name and the date, its top within one line of the text.
    """
    s = styles()
    style = style or s.letter_flush
    face, size = style.fontName, style.fontSize
    when = fmt_date(on) or DATE_BLANK
    org_parts: list[Part] = [Val(org, 10)] if org else [Val("", 8), blank_org]
    widths = [stringWidth(when, face, size), stringWidth(org or "\u3000" * 16, face, size)]
    width = min(FRAME_WIDTH, max(widths) + 4 * size + 6)  # the text, the four characters' right indent, slack
    center = ParagraphStyle("seal", parent=style, alignment=1, firstLineIndent=0)
    table = Table([[para(center, *org_parts)], [para(center, when)]], colWidths=[width], hAlign="RIGHT")
    table.setStyle(table_style([
        ("RIGHTPADDING", (0, 0), (-1, -1), 4 * size),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (0, 0), space_above * style.leading),
    ]))
    return table


def one_line(style: ParagraphStyle, *parts: Part, smallest: float = 8.0) -> Flowable:
    """``parts`` on one line, set smaller when the cell is too narrow (a case number is never broken)."""
    sizes = [style.fontSize - k * 0.5 for k in range(int((style.fontSize - smallest) * 2) + 1)]

    def at(size: float) -> list[Flowable]:
        return [para(_sized(style, size), *parts)]
    return FirstFit([partial(at, size) for size in sizes])


@lru_cache(maxsize=512)
def _sized(style: ParagraphStyle, size: float) -> ParagraphStyle:
    """``style`` at ``size`` points (leading in proportion); one object per style and size."""
    if size == style.fontSize:
        return style
    return ParagraphStyle(f"{style.name}@{size}", parent=style, fontSize=size, leading=style.leading * size / style.fontSize)


_SUFFIXES = ("情况", "事项", "事实", "时间", "日期", "方式", "结果", "单位", "意见", "签名", "类型", "来源", "金额",
             "地点", "编号", "反馈", "措施", "领导", "时限", "人员", "名称", "住址", "电话", "关系", "事由")


def label_break(text: str) -> int:
    """Where a two-line label breaks: before a bracket, after an enumeration comma, before a closing noun
    (纠纷简要/情况), else in the middle: never inside a word."""
    for mark, offset in (("（", 0), ("、", 1), ("(", 0)):
        at = text.find(mark)
        if 0 < at + offset < len(text):
            return at + offset
    if len(text) > 3 and text[-2:] in _SUFFIXES:
        return len(text) - 2
    return (len(text) + 1) // 2


def label_cell(style: ParagraphStyle, text: str) -> Flowable:
    """A form label on one line (a little smaller if need be), else on two lines broken between words."""
    sizes = [style.fontSize - k * 0.5 for k in range(4)]
    cut = label_break(text)

    def whole(size: float) -> list[Flowable]:
        return [para(_sized(style, size), text)]

    def broken(size: float) -> list[Flowable]:
        return [para(_sized(style, size), text[:cut]), para(_sized(style, size), text[cut:])]
    options: list[Callable[[], list[Flowable]]] = [partial(whole, size) for size in sizes]
    if 0 < cut < len(text):
        options += [partial(broken, size) for size in sizes]
    options.append(partial(whole, style.fontSize))
    return FirstFit(options)


def name_line(style: ParagraphStyle, prefix: str, name: str, suffix: str, *, blank_width: int = 6) -> Flowable:
    """``申请人张伟（签名盖章或按指印）：____`` on one line, or the name on its own line over the rest.

    A name never breaks inside (…有限公/司, 阿卜杜拉·/买买提): when the line is too long for its cell the
    blank shortens, then the name moves to a line of its own, set smaller when even that is too narrow.
    """
    left = _flush_left(style)

    def whole(width: int) -> list[Flowable]:
        return [para(left, prefix, name, suffix, "：", Val("", width))]

    def apart(size: float) -> list[Flowable]:
        rest = para(left, suffix.strip() or "签名", "：", Val("", max(blank_width // 2, 2)))
        return [para(_sized(left, size), prefix, name), rest]
    options: list[Callable[[], list[Flowable]]] = [
        partial(whole, width) for width in dict.fromkeys((blank_width, max(blank_width // 2, 2)))]
    if name:
        sizes = [style.fontSize - k for k in range(int(style.fontSize - 8) + 1)]  # down to 8 pt, a point a step
        options += [partial(apart, size) for size in sizes]
    return FirstFit(options)


@lru_cache(maxsize=512)
def _flush_left(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_sign", parent=style, alignment=0, firstLineIndent=0)


def signature(label: str, *, name: str = "", on: date | None = None, style: ParagraphStyle | None = None,
              blank_width: int = 6, dated: bool = True) -> Flowable:
    """``申请人张三（签名盖章或按指印）：＿＿＿＿`` and, on the right, the date or ``年　月　日``."""
    s = styles()
    style = style or s.form
    cut = label.find("（")
    prefix, suffix = (label[:cut], label[cut:]) if cut >= 0 else (label, "")
    line = name_line(style, prefix, name, suffix, blank_width=blank_width)
    if not dated:
        return line
    when = para(ParagraphStyle("sign_date", parent=style, alignment=2, firstLineIndent=0), fmt_date(on) or DATE_BLANK)
    date_width = max(stringWidth(t, style.fontName, style.fontSize) for t in ("0000年00月00日", DATE_BLANK)) + 8
    table = Table([[line, when]], colWidths=["*", date_width])  # "*": the rest of the width at wrap time
    table.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return table


def closing(body_tail: Sequence[Flowable], block: Flowable | Sequence[Flowable]) -> KeepTail:
    """The last lines of text kept on the page with the seal or signatures: never a page with only a seal."""
    return KeepTail(body_tail, [Spacer(0, 2), *(block if isinstance(block, Sequence) else [block])])
