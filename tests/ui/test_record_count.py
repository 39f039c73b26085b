"""The record-count line reads the same on every list page."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.lcp.lcp_list import LcpList
from guanlan_desk.ui.views.parties.page import PartiesPage
from guanlan_desk.ui.views.risks.risk_list import RiskList
from guanlan_desk.ui.widgets.record_count import record_count_text
from tests.ui.dispute_helpers import register


def test_the_wording_in_chinese(qapp: QApplication, zh_ui: QApplication) -> None:
    assert record_count_text(120, 677) == "已加载 120 / 共 677"
    assert record_count_text(120, more=True) == "已加载 120（向下滚动加载更多）"
    assert record_count_text(3) == "已加载 3"
    assert record_count_text(0) == "没有符合条件的记录。"


def test_every_list_page_uses_it(qtbot: QtBot, qapp: QApplication, zh_ui: QApplication,
                                 app_session: AppSession) -> None:
    register(app_session.ctx, "王芳")
    parties = PartiesPage(app_session)
    risks = RiskList(app_session)
    people = LcpList(app_session)
    for widget in (parties, risks, people):
        qtbot.addWidget(widget)
        widget.show()
    qtbot.waitUntil(lambda: parties.count_label.text() == "已加载 2")  # 王芳 and the company
    qtbot.waitUntil(lambda: risks.summary.text() == people.summary.text() == "没有符合条件的记录。")
    assert re.fullmatch(r"已加载 \d+", parties.count_label.text())
