"""The overview's charts with QtCharts: the month trend (accepted / successful) and the risk levels."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from guanlan_desk.reports.disputes import MonthPoint
from guanlan_desk.reports.risks import RiskLine

BLUE = "#2F5597"
GREEN = "#70AD47"



def _view(chart: QChart, parent: QWidget | None) -> QChartView:
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    return view


def _axes(chart: QChart, series: QBarSeries, categories: Sequence[str], top: int) -> None:
    x = QBarCategoryAxis()
    x.append(list(categories))
    y = QValueAxis()
    y.setRange(0, max(1, top) * 1.1)
    y.setLabelFormat("%d")
    y.applyNiceNumbers()
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)


def trend_chart(points: Sequence[MonthPoint], parent: QWidget | None = None) -> QChartView:
    """Accepted and successful disputes per month."""
    accepted = QBarSet(QCoreApplication.translate("OverviewCharts", "Accepted"))
    successful = QBarSet(QCoreApplication.translate("OverviewCharts", "Successful"))
    accepted.setColor(QColor(BLUE))
    successful.setColor(QColor(GREEN))
    for p in points:
        accepted.append(p.accepted)
        successful.append(p.successful)
    series = QBarSeries()
    series.append(accepted)
    series.append(successful)
    chart = QChart()
    title = QCoreApplication.translate("OverviewCharts", "Disputes per month")
    if points:
        title += f"（{points[0].year}.{points[0].month}—{points[-1].year}.{points[-1].month}）"
    chart.setTitle(title)
    chart.addSeries(series)
    _axes(chart, series, [f"{p.month}月" for p in points], max((p.accepted for p in points), default=0))
    return _view(chart, parent)


def levels_chart(levels: Sequence[RiskLine], parent: QWidget | None = None) -> QChartView:
    """Risk items per level: open, overdue, found and closed in the period, in the level's colour."""
    series = QBarSeries()
    top = 0
    for line in levels:
        bar = QBarSet(line.label)
        bar.setColor(QColor(line.colour or "#888888"))
        for value in (line.open, line.overdue, line.found, line.closed):
            bar.append(value)
        top = max(top, line.open, line.found, line.closed, line.overdue)
        series.append(bar)
    chart = QChart()
    chart.setTitle(QCoreApplication.translate("OverviewCharts", "Risk items by level"))
    chart.addSeries(series)
    names = [QCoreApplication.translate("OverviewCharts", "Open"), QCoreApplication.translate("OverviewCharts", "Overdue"),
             QCoreApplication.translate("OverviewCharts", "Found"), QCoreApplication.translate("OverviewCharts", "Closed")]
    _axes(chart, series, names, top)
    return _view(chart, parent)
