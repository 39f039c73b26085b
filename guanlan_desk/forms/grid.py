"""Ruled form tables in the ministry's style: labels, values, merged cells, rows that grow and split.

WORKAROUND: reportlab 5.1 lays out a spanned cell at its first column's width when it splits the cell
across a page (``splitInRow``), so text overprints the neighbouring rows. A form is therefore printed as a
stack of tables with identical column edges: a row whose cells only merge sideways becomes a table of its
own with the merged columns as real columns (no span left to split); rows joined by vertical merges (a
party block) keep their spans but split only between rows; plain rows share one table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final, TypeAlias

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from guanlan_desk.forms.blocks import Raw, Val, label_cell, para
from guanlan_desk.forms.flow import FlowRow
from guanlan_desk.forms.styles import FRAME_WIDTH, styles, table_style


class _Span:
    def __init__(self, name: str) -> None:
        self.name = name


HANG_PAD: Final = 7.0  # points: a hung full-width mark's ink (its left half) plus a hair of white before the rule
SPAN: Final = _Span("left")  # this cell belongs to the cell on its left
ABOVE: Final = _Span("above")  # this cell belongs to the cell above
Cell: TypeAlias = str | Val | Raw | Flowable | list[Flowable] | _Span | None
Row: TypeAlias = Sequence[Cell]


def _cell(item: Cell, label: ParagraphStyle, value: ParagraphStyle) -> Flowable | str:
    if item is None or isinstance(item, _Span):
        return ""
    if isinstance(item, str):
        return label_cell(label, item) if item else ""
    if isinstance(item, Val) and not item.text().strip():
        return ""  # the empty box is the blank
    if isinstance(item, Val | Raw):
        return para(value, item)
    return item


_HANGING = "。，、；：！？）》〉」』”’％"


def _may_hang(item: Cell) -> bool:
    """Whether a cell's text has a closing mark that reportlab may hang past the right edge of a full line."""
    if isinstance(item, str) or item is None or isinstance(item, _Span):
        return False  # labels are short and centred
    if isinstance(item, Val):
        return any(c in _HANGING for c in item.text())
    if isinstance(item, Raw):
        return any(c in _HANGING for c in item.markup)
    return True


def _flow_row(row: Sequence[Cell], widths: Sequence[float], low: float, label: ParagraphStyle,
              value: ParagraphStyle, plain_height: float, *, top: float, bottom: float) -> FlowRow:
    """A one-row band with long content: a :class:`FlowRow` that splits inside its cells across pages."""
    cells: list[list[Flowable]] = []
    for item in row:
        made = _cell(item, label, value)
        cells.append([] if made == "" else list(made) if isinstance(made, list) else [made])
    labels = [isinstance(item, str) or (c == 0 and isinstance(item, Raw)) for c, item in enumerate(row)]  # vertical
    pads = [(3.0, HANG_PAD if _may_hang(item) else 3.0) for item in row]
    return FlowRow(cells, widths, labels, pads, min_height=low, top_rule=top, bottom_rule=bottom,
                   box=low > plain_height)


def _spans(rows: Sequence[Row]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    for r, row in enumerate(rows):
        for c, item in enumerate(row):
            if item is SPAN:
                owner[(r, c)] = owner[(r, c - 1)]
            elif item is ABOVE:
                owner[(r, c)] = owner[(r - 1, c)]
            else:
                owner[(r, c)] = (r, c)
    boxes: dict[tuple[int, int], tuple[int, int]] = {}
    for (r, c), own in owner.items():
        last = boxes.get(own, own)
        boxes[own] = (max(last[0], r), max(last[1], c))
    return [((c0, r0), (c1, r1)) for (r0, c0), (r1, c1) in boxes.items() if (r1, c1) != (r0, c0)]


def _empty(row: Row) -> bool:
    """True when no value cell of the row holds anything (labels do not count)."""
    for item in row:
        if isinstance(item, Val) and item.text().strip():
            return False
        if isinstance(item, Raw | list) and item or (isinstance(item, Flowable) and not isinstance(item, _Span)):
            return False
    return True


def _bands(rows: Sequence[Row]) -> list[tuple[int, int, str]]:
    """Row ranges and their kind: "plain" (no merges), "side" (one row merged sideways), "block"."""
    groups: list[list[int]] = []
    for r, row in enumerate(rows):
        if r and any(item is ABOVE for item in row):
            groups[-1].append(r)
        else:
            groups.append([r])
    bands: list[tuple[int, int, str]] = []
    for group in groups:
        kind = "block" if len(group) > 1 else "side" if any(i is SPAN for i in rows[group[0]]) else "plain"
        if kind == "plain" and bands and bands[-1][2] == "plain":
            bands[-1] = (bands[-1][0], group[-1] + 1, "plain")
        else:
            bands.append((group[0], group[-1] + 1, kind))
    return bands


def grid(rows: Sequence[Row], widths: Sequence[float], *, heights: Mapping[int, float] | None = None,
         label: ParagraphStyle | None = None, value: ParagraphStyle | None = None, repeat_rows: int = 0,
         row_height: float = 7, width: float = FRAME_WIDTH) -> list[Flowable]:
    """A ruled form: ``str`` cells are centred labels, :class:`Val` cells values, :data:`SPAN`/:data:`ABOVE` merge.

    ``widths`` are relative; every row is at least ``row_height`` mm tall (room to write by hand) and
    ``heights`` raises that for rows left empty (a box to write in; a filled row takes the room its text
    needs). Rows and long cells split across pages: nothing is cut off.
    """
    s = styles()
    label, value = label or s.label, value or s.cell
    total = sum(widths)
    columns = [width * w / total for w in widths]
    bands = _bands(rows)
    out: list[Flowable] = []
    for b, (start, end, kind) in enumerate(bands):
        band = [list(row) for row in rows[start:end]]
        col_widths = list(columns)
        if kind == "side":
            cells: list[Cell] = []
            col_widths = []
            for c, item in enumerate(band[0]):
                if item is SPAN:
                    col_widths[-1] += columns[c]
                else:
                    cells.append(item)
                    col_widths.append(columns[c])
            band = [cells]
        lows = [(heights or {}).get(r, row_height) * mm if _empty(rows[r]) else row_height * mm
                for r in range(start, end)]
        if kind == "side" and any(isinstance(i, list | Flowable) and not isinstance(i, _Span) for i in band[0]):
            out.append(_flow_row(band[0], col_widths, lows[0], label, value, row_height * mm,
                                 top=1.2 if b == 0 else 0.6, bottom=1.2 if b == len(bands) - 1 else 0.6))
            continue
        table = Table([[_cell(item, label, value) for item in row] for row in band], colWidths=col_widths,
                      minRowHeights=lows, splitByRow=1, splitInRow=0 if kind == "block" else 1,
                      repeatRows=repeat_rows if b == 0 else 0)
        commands: list[tuple[object, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("LINEBEFORE", (0, 0), (0, -1), 1.2, colors.black),
            ("LINEAFTER", (-1, 0), (-1, -1), 1.2, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            # a table cut by a page break is closed at the foot of one page and reopened on the next
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 1.2, colors.black),
            ("LINEABOVE", (0, "splitfirst"), (-1, "splitfirst"), 1.2, colors.black),
        ]
        # reportlab hangs a closing mark (。，）) that ends a full line past the text width; in a value cell it
        # would cross the rule, so value cells keep half an em free on the right for it.
        commands += [("RIGHTPADDING", (c, r), (c, r), HANG_PAD) for r, row in enumerate(band)
                     for c, item in enumerate(row) if _may_hang(item)]
        if b == 0:
            commands.append(("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black))
        if b == len(bands) - 1:
            commands.append(("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black))
        if kind == "block":
            commands += [("SPAN", first, last) for first, last in _spans(band)]
        for r, row in enumerate(band):
            if lows[r] > row_height * mm:  # a box to write in: its text starts at the top
                commands += [("VALIGN", (c, r), (c, r), "TOP") for c, item in enumerate(row)
                             if not isinstance(item, str)]
        table.setStyle(table_style(commands))
        out.append(table)
    return out
