"""Flowables that split where a committee expects: a form row whose long cell continues on the next page,
and a signature or seal block that never leaves the last lines of the text above it.

WORKAROUND: reportlab 5.1 splits a table row (``splitInRow``) by cutting each cell at the page foot but keeps
the row's minimum height and its vertical alignment on every part, so a long summary left pages of ruled
borders with a few lines or none; and ``KeepTogether`` around more than a page breaks the page first, so a
long text kept with its signature left the rest of the page empty. :class:`FlowRow` draws one row itself
and splits each cell's flowables where the page ends; :class:`KeepTail` keeps a block with a tail of the
text above and lets the rest of the text fill the page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph

FUZZ = 1e-3


def _heights(flows: Sequence[Flowable], width: float) -> list[float]:
    out = []
    for i, f in enumerate(flows):
        _, h = f.wrap(width, 1e6)
        out.append(h + f.getSpaceAfter() + (f.getSpaceBefore() if i else 0))
    return out


def measure(flows: Sequence[Flowable], width: float) -> float:
    """The height ``flows`` take one under the other at ``width`` (kept-together groups opened up)."""
    opened: list[Flowable] = []
    for f in flows:
        opened += list(f._content) if isinstance(f, KeepTogether) else [f]
    return sum(_heights(opened, width))


def _draw_down(canv: Any, flows: Sequence[Flowable], sizes: Sequence[float], x: float, top: float,
               width: float) -> None:
    """Draw ``flows`` one under the other from ``top``, each aligned by its ``hAlign`` within ``width``."""
    y = top
    for f, h in zip(flows, sizes):
        y -= h
        drawn: Any = getattr(f, "_width", None) or getattr(f, "width", width)  # a table keeps it in _width
        f.drawOn(canv, x, y + f.getSpaceAfter(), _sW=width - drawn)


def split_flows(flows: Sequence[Flowable], width: float, avail: float) -> tuple[list[Flowable], list[Flowable]]:
    """The flowables that fit in ``avail`` points (the one on the edge split), and the rest."""
    first: list[Flowable] = []
    used = 0.0
    for i, f in enumerate(flows):
        _, h = f.wrap(width, max(avail - used, 0))
        h += f.getSpaceAfter() + (f.getSpaceBefore() if first else 0)
        if used + h <= avail + FUZZ:
            first.append(f)
            used += h
            continue
        room = avail - used - (f.getSpaceBefore() if first else 0)
        parts = f.split(width, room) if room > 0 else []
        if len(parts) > 1:
            _, h0 = parts[0].wrap(width, room)
            if h0 <= room + FUZZ:
                return [*first, parts[0]], [*parts[1:], *flows[i + 1:]]
        return first, list(flows[i:])
    return first, []


class FlowRow(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """One ruled form row (label and value cells side by side) that splits inside its cells across pages.

    ``cells`` are lists of flowables, ``labels`` says which are labels (centred, repeated with ``（续）`` on
    the continuation), ``pads`` the (left, right) padding of each cell. Rules match :func:`grid.grid` tables:
    1.2 pt outside, 0.6 pt inside, 1.2 pt where a page cuts the row.
    """

    TOP, BOTTOM = 4.0, 5.0

    def __init__(self, cells: Sequence[Sequence[Flowable]], widths: Sequence[float], labels: Sequence[bool],
                 pads: Sequence[tuple[float, float]], *, min_height: float = 0, top_rule: float = 0.6,
                 bottom_rule: float = 0.6, box: bool = False, continued: Sequence[Flowable] | None = None) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # as the tables of the same form (the frame's width, padding included)
        self.cells = [list(c) for c in cells]
        self.widths = list(widths)
        self.labels = list(labels)
        self.pads = list(pads)
        self.min_height = min_height
        self.top_rule, self.bottom_rule = top_rule, bottom_rule
        self.box = box  # an empty box to write in: values start at the top
        self.continued = list(continued) if continued is not None else None
        self._sizes: list[list[float]] = []

    def _inner(self, c: int) -> float:
        return self.widths[c] - self.pads[c][0] - self.pads[c][1]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The full width; as tall as the tallest cell (at least the minimum height)."""
        self._sizes = [_heights(cell, self._inner(c)) for c, cell in enumerate(self.cells)]
        content = max((sum(s) for s in self._sizes), default=0)
        self.width = sum(self.widths)
        self.height = max(content + self.TOP + self.BOTTOM, self.min_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """This page's part of every cell, and the rest in a continuation row with the labels marked （续）."""
        self.wrap(avail_width, avail_height)
        room = avail_height - self.TOP - self.BOTTOM
        if room <= 0:
            return []
        firsts: list[list[Flowable]] = []
        rests: list[list[Flowable]] = []
        for c, cell in enumerate(self.cells):
            if self.labels[c]:
                firsts.append(cell)
                rests.append(self._continued_label(cell))
                continue
            first, rest = split_flows(cell, self._inner(c), room)
            if rest and cell and not first:
                return []  # not even a line of this cell fits: the row starts on the next page
            firsts.append(first)
            rests.append(rest)
        if not any(r for c, r in enumerate(rests) if not self.labels[c]):
            return []
        common: dict[str, Any] = {"widths": self.widths, "labels": self.labels, "pads": self.pads,
                                  "continued": self.continued}
        head = FlowRow(firsts, top_rule=self.top_rule, bottom_rule=1.2, **common)
        tail = FlowRow(rests, min_height=self.min_height, top_rule=1.2, bottom_rule=self.bottom_rule, box=self.box,
                       **common)
        return [head, tail]

    def _continued_label(self, cell: Sequence[Flowable]) -> list[Flowable]:
        if self.continued is not None:
            return list(self.continued)
        return [_continued(f) for f in cell]

    def draw(self) -> None:
        """Each cell's flowables (labels centred, values at the top or centred), then the rules."""
        canv = self.canv
        x = 0.0
        for c, cell in enumerate(self.cells):
            sizes = self._sizes[c]
            content = sum(sizes)
            left = x + self.pads[c][0]
            if self.labels[c] or not self.box:
                y = self.BOTTOM + (self.height - self.TOP - self.BOTTOM + content) / 2
            else:
                y = self.height - self.TOP
            _draw_down(canv, cell, sizes, left, y, self._inner(c))
            x += self.widths[c]
        canv.saveState()
        canv.setStrokeColor(colors.black)
        edges = [sum(self.widths[:c]) for c in range(len(self.widths) + 1)]
        for i, ex in enumerate(edges):
            canv.setLineWidth(1.2 if i in (0, len(edges) - 1) else 0.6)
            canv.line(ex, 0, ex, self.height)
        for y, rule in ((self.height, self.top_rule), (0.0, self.bottom_rule)):
            canv.setLineWidth(rule)
            canv.line(0, y, self.width, y)
        canv.restoreState()


def _continued(f: Flowable) -> Flowable:
    """A label marked as continued: ``纠纷简要情况（续）``; a vertical one (a character a line) gets ``续``."""
    if isinstance(f, Paragraph):
        return Paragraph(f.text + ("<br/>续" if "<br/>" in f.text else "（续）"), f.style)
    if isinstance(f, FirstFit):
        return FirstFit([partial(_continued_option, f, k) for k in range(len(f.makers))])
    return f


def _continued_option(f: FirstFit, k: int) -> list[Flowable]:
    o = f.option(k)
    return [*o[:-1], _continued(o[-1])] if o else []


class KeepTail(Flowable):  # type: ignore[misc]
    """``body`` then ``block``; on a page break at least ``tail`` points of the body go with the block.

    The body fills the page above; the block (signatures, seal, a receipt) is never alone on a page and never
    split, as long as it fits on one page.
    """

    def __init__(self, body: Sequence[Flowable], block: Sequence[Flowable], *, tail: float = 40.0) -> None:
        super().__init__()
        self.body, self.block = list(body), list(block)
        self.tail = tail
        self._sizes: list[float] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The body and the block one under the other."""
        self._sizes = _heights([*self.body, *self.block], avail_width)
        self.width, self.height = avail_width, sum(self._sizes)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """As much body as the page holds while leaving ``tail`` for the block's page."""
        self.wrap(avail_width, avail_height)
        body_h = sum(self._sizes[:len(self.body)])
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        cut = min(avail_height, body_h - self.tail)
        first, rest = split_flows(self.body, avail_width, cut) if cut > 0 else ([], list(self.body))
        if not first or not rest:
            # too little room for a useful part here: all on the next page (or, when this is a fresh page
            # that cannot hold the body and the block, let them split on their own)
            return [*self.body, *self.block] if at_top else []
        return [*first, KeepTail(rest, self.block, tail=self.tail)]

    def draw(self) -> None:
        """Everything in order from the top."""
        _draw_down(self.canv, [*self.body, *self.block], self._sizes, 0, self.height, self.width)


def one_line(p: Flowable, width: float) -> bool:
    """True when ``p`` (a paragraph) sets on a single line ``width`` points wide."""
    p.wrap(width, 1e6)
    lines = getattr(getattr(p, "blPara", None), "lines", None)
    if lines is None:
        return True
    if len(lines) > 1:
        return False
    extra = lines[0][0] if isinstance(lines[0], tuple | list) else getattr(lines[0], "extraSpace", 0)
    return not lines or float(extra) >= -0.5  # a mark hung past the edge does not fit


class FirstFit(Flowable):  # type: ignore[misc]
    """The first of several layouts whose paragraphs each set on one line; the last one otherwise.

    A signature line ``深圳市观澜宏达电子有限公司（签名盖章或按指印）：____`` that is too long for its cell
    becomes the name on a line of its own (smaller if need be) over the label: names never break inside.
    """

    def __init__(self, options: Sequence[Callable[[], Sequence[Flowable]]]) -> None:
        super().__init__()
        self.makers = list(options)  # built only when tried: most labels fit the first way
        self._built: dict[int, list[Flowable]] = {}
        self.chosen: list[Flowable] = []
        self._sizes: list[float] = []

    def option(self, k: int) -> list[Flowable]:
        """The ``k``-th layout (built on first use)."""
        if k not in self._built:
            self._built[k] = list(self.makers[k]())
        return self._built[k]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Pick the layout for this width."""
        last = len(self.makers) - 1
        self.chosen = next((self.option(k) for k in range(last) if all(one_line(p, avail_width) for p in self.option(k))),
                           self.option(last))
        self._sizes = _heights(self.chosen, avail_width)
        self.width, self.height = avail_width, sum(self._sizes)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """A signature is never split."""
        return []

    def draw(self) -> None:
        """The chosen paragraphs, one under the other."""
        _draw_down(self.canv, self.chosen, self._sizes, 0, self.height, self.width)
