"""人民调解工作月报/季报: the period's highlights, the statistics table and four charts (month trend,
dispute types, sources, risk levels), drawn with reportlab.graphics in the bundled fonts.

Takes plain data (:class:`MonthlyReportInfo`); the printing layer fills it from the statistics.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from guanlan_desk.forms.blocks import para, title
from guanlan_desk.forms.coverage import ensure_printable
from guanlan_desk.forms.layout import build_pdf
from guanlan_desk.forms.styles import FRAME_WIDTH, styles, table_style
from guanlan_desk.forms.text import fmt_date

BLUE = colors.HexColor("#2F5597")
GREEN = colors.HexColor("#70AD47")
SOURCE_COLOURS = (colors.HexColor("#2F5597"), colors.HexColor("#ED7D31"), colors.HexColor("#A5A5A5"))


@dataclass(frozen=True, slots=True)
class ReportLine:
    """One line of the statistics table."""

    section: str
    label: str
    value: str
    unit: str
    indent: int = 0


@dataclass(frozen=True, slots=True)
class LevelBar:
    """A risk level's counts, with its palette colour."""

    label: str
    colour: str
    found: int
    open: int
    closed: int
    overdue: int


@dataclass(frozen=True, slots=True)
class MonthlyReportInfo:
    """Everything the report prints."""

    title: str = "观澜街道人民调解工作月报"
    period_label: str = ""
    scope_label: str = ""
    compiled_by: str = ""
    compiled_on: date | None = None
    highlights: tuple[str, ...] = ()
    lines: tuple[ReportLine, ...] = ()
    trend: tuple[tuple[str, int, int], ...] = ()
    types: tuple[tuple[str, int], ...] = ()
    sources: tuple[tuple[str, int], ...] = ()
    levels: tuple[LevelBar, ...] = field(default_factory=tuple)


def _caption(d: Drawing, text: str, face: str) -> None:
    d.add(String(d.width / 2, d.height - 12, text, fontName=face, fontSize=10.5, textAnchor="middle"))


def trend_chart(info: MonthlyReportInfo, face: str, width: float, height: float) -> Drawing:
    """Accepted and successful cases per month (grouped bars)."""
    d = Drawing(width, height)
    _caption(d, "受理与调解成功（按月）", face)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, width - 45, height - 65
    chart.data = [[a for _, a, _ in info.trend] or [0], [s for _, _, s in info.trend] or [0]]
    chart.categoryAxis.categoryNames = [m for m, _, _ in info.trend] or [""]
    chart.categoryAxis.labels.fontName = face
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = face
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = BLUE
    chart.bars[1].fillColor = GREEN
    chart.barSpacing = 1
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 110, height - 22
    legend.fontName, legend.fontSize = face, 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(BLUE, "受理"), (GREEN, "调解成功")]
    d.add(legend)
    return d


def types_chart(info: MonthlyReportInfo, face: str, width: float, height: float) -> Drawing:
    """Cases per dispute type (horizontal bars, largest first; empty types left out)."""
    d = Drawing(width, height)
    _caption(d, "纠纷类型", face)
    shown = [t for t in info.types if t[1]][:10] or [("（无）", 0)]
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 90, 15, width - 110, height - 40
    chart.data = [[n for _, n in reversed(shown)]]
    chart.categoryAxis.categoryNames = [name for name, _ in reversed(shown)]
    chart.categoryAxis.labels.fontName = face
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = face
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = BLUE
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = face
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 7
    d.add(chart)
    return d


def sources_chart(info: MonthlyReportInfo, face: str, width: float, height: float) -> Drawing:
    """The three sources as a pie (shares of the accepted cases)."""
    d = Drawing(width, height)
    _caption(d, "案件来源", face)
    total = sum(n for _, n in info.sources)
    pie = Pie()
    size = min(width * 0.36, height - 50)
    pie.x, pie.y, pie.width, pie.height = 20, (height - 20 - size) / 2, size, size
    pie.data = [n for _, n in info.sources] if total else [1]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    for i, colour in enumerate(SOURCE_COLOURS[:len(pie.data)]):
        pie.slices[i].fillColor = colour if total else colors.lightgrey
    d.add(pie)
    legend = Legend()
    legend.x, legend.y = 35 + size, height / 2 + 20
    legend.fontName, legend.fontSize = face, 7.5
    legend.alignment = "right"
    legend.colorNamePairs = [(SOURCE_COLOURS[i], f"{name} {n}（{(100 * n / total if total else 0):.1f}%）")
                             for i, (name, n) in enumerate(info.sources)]
    d.add(legend)
    return d


def levels_chart(info: MonthlyReportInfo, face: str, width: float, height: float) -> Drawing:
    """Risk items per level: found, open and closed in the period, bars in the level's colour."""
    d = Drawing(width, height)
    _caption(d, "风险隐患等级（新发现/在办/销号）", face)
    levels = info.levels or (LevelBar("—", "#888888", 0, 0, 0, 0),)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, width - 45, height - 60
    chart.data = [[lv.found, lv.open, lv.closed] for lv in levels]
    chart.categoryAxis.categoryNames = ["新发现", "在办", "销号"]
    chart.categoryAxis.labels.fontName = face
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = face
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    for i, lv in enumerate(levels):
        chart.bars[i].fillColor = colors.HexColor(lv.colour)
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 60, height - 22
    legend.fontName, legend.fontSize = face, 7.5
    legend.columnMaximum = 1
    legend.alignment = "right"
    legend.colorNamePairs = [(colors.HexColor(lv.colour), lv.label) for lv in levels]
    legend.dx = legend.dy = 6
    legend.deltax = 28
    d.add(legend)
    return d


def _table(info: MonthlyReportInfo) -> Table:
    s = styles()
    cell = s.cell_small.clone("report_cell", fontSize=9, leading=11.5)
    head = s.label_small.clone("report_head", fontSize=9, leading=11.5, fontName=str(s.fonts.heading))
    rows = [[para(head, "项目"), para(head, "指标"), para(head, "数值"), para(head, "单位")]]
    spans = []
    start = 1
    for i, line in enumerate(info.lines, start=1):
        first = i == 1 or info.lines[i - 2].section != line.section
        if first and i > 1:
            spans.append(("SPAN", (0, start), (0, i - 1)))
            start = i
        rows.append([para(cell, line.section) if first else "", para(cell, "\u3000" * line.indent + line.label),
                     para(cell, line.value), para(cell, line.unit)])
    if info.lines:
        spans.append(("SPAN", (0, start), (0, len(info.lines))))
    widths = [FRAME_WIDTH * w for w in (0.22, 0.48, 0.18, 0.12)]
    return Table(rows, colWidths=widths, repeatRows=1, style=table_style([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), *spans]))


def story(info: MonthlyReportInfo) -> list[Flowable]:
    """Title, highlights, the table, then the charts."""
    s = styles()
    face = str(s.fonts.body)
    body = s.form_indent
    out: list[Flowable] = [*title(info.title), para(s.doc_no, f"（{info.period_label}·{info.scope_label}）")]
    out.append(para(s.right, f"编制：{info.compiled_by}\u3000\u3000{fmt_date(info.compiled_on)}"))
    out.append(para(s.caption, "一、工作概况"))
    out += [para(body, text) for text in info.highlights]
    heading = s.caption.clone("caption_with_next", keepWithNext=1)  # a heading never ends a page
    out += [para(heading, "二、统计表"), _table(info), Spacer(1, 4 * mm), para(heading, "三、图表")]
    half = FRAME_WIDTH / 2
    charts = Table([[trend_chart(info, face, half, 62 * mm), types_chart(info, face, half, 62 * mm)],
                    [sources_chart(info, face, half, 52 * mm), levels_chart(info, face, half, 52 * mm)]],
                   colWidths=[half, half], style=table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    out.append(charts)
    return out


def render(info: MonthlyReportInfo, out: BinaryIO) -> int:
    """Write the PDF; returns the page count (refuses text no bundled face can print)."""
    ensure_printable(info)
    flowables = story(info)
    pages, _ = build_pdf(out, flowables, title=f"{info.title}（{info.period_label}）", subject=info.scope_label,
                         author=info.compiled_by)
    return pages
