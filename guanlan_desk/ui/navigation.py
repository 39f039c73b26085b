"""The navigation areas the main window shows, in order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from guanlan_desk.ui.pages import PageSpec
from guanlan_desk.ui.views.dashboard import dashboard_page
from guanlan_desk.ui.views.disputes.page import disputes_page_spec
from guanlan_desk.ui.views.lcp.page import lcp_page_spec
from guanlan_desk.ui.views.parties.page import parties_page_spec
from guanlan_desk.ui.views.reports.page import reports_page_spec
from guanlan_desk.ui.views.risks.page import risks_page_spec
from guanlan_desk.ui.views.settings import settings_page
from guanlan_desk.ui.views.sync.page import sync_page_spec


def area_title(key: str) -> str:
    """The translated navigation title of an area (dashboard, disputes, risks, lcp, parties, reports, sync, settings)."""
    titles = {
        "dashboard": QCoreApplication.translate("navigation", "Workbench"),
        "disputes": QCoreApplication.translate("navigation", "Disputes"),
        "risks": QCoreApplication.translate("navigation", "Risk ledger"),
        "lcp": QCoreApplication.translate("navigation", "Legal-clarity persons"),
        "parties": QCoreApplication.translate("navigation", "Parties"),
        "reports": QCoreApplication.translate("navigation", "Statistics"),
        "sync": QCoreApplication.translate("navigation", "Sync"),
        "settings": QCoreApplication.translate("navigation", "Settings"),
    }
    return titles.get(key, key)


def default_pages() -> list[PageSpec]:
    """工作台, 矛盾纠纷, 风险台账, 法律明白人, 当事人, 统计, 同步, 设置 (Ctrl+1 … Ctrl+8)."""
    return [
        PageSpec("dashboard", lambda: area_title("dashboard"), dashboard_page),
        disputes_page_spec(),
        risks_page_spec(),
        lcp_page_spec(),
        parties_page_spec(),
        reports_page_spec(),
        sync_page_spec(),
        PageSpec("settings", lambda: area_title("settings"), settings_page),
    ]
