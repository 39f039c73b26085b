"""The statistics area (统计) of the main window: at the office the overview first, then the statistics."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from guanlan_desk.ui.pages import PageSpec
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.reports.office_page import OfficeOverviewPage
from guanlan_desk.ui.views.reports.stats_page import StatisticsPage


class ReportsArea(QTabWidget):
    """Tabs: the overview (街道概览, or the community's charts) and the statistics (统计表)."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_area")
        self.statistics = StatisticsPage(session)
        self.overview = OfficeOverviewPage(session)
        office = session.ctx.db.workstation.role == "office"
        if office:
            self.addTab(self.overview, self.tr("Office overview"))
            self.addTab(self.statistics, self.tr("Statistics"))
        else:
            self.addTab(self.statistics, self.tr("Statistics"))
            self.addTab(self.overview, self.tr("Charts"))


def reports_page_spec() -> PageSpec:
    """The navigation entry of the statistics area (key "reports", title 统计)."""
    return PageSpec("reports", lambda: QCoreApplication.translate("navigation", "Statistics"), ReportsArea)
