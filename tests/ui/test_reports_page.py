"""The statistics area: figures for a period and scope, a click lists the records behind a figure (and opens
one), the year-end text's numbers link to their records, exports write files; the office overview flags."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtWidgets import QTreeWidgetItem, QTreeWidgetItemIterator
from pytestqt.qtbot import QtBot

from guanlan_desk.domain.enums import Role
from guanlan_desk.reports.period import Period, PeriodKind, Scope
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.engine import Database
from guanlan_desk.ui.preferences import documents_folder
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.reports import exports
from guanlan_desk.ui.views.reports.page import ReportsArea
from guanlan_desk.ui.views.reports.stats_page import StatisticsPage
from tests.conftest import actor
from tests.reports.fixture import seed
from tests.ui.shell_helpers import screenshot


@pytest.fixture
def office_session(office_db: Database, qsettings: QSettings) -> AppSession:
    ctx = Ctx(office_db, actor(Role.OFFICE_ADMIN, "admin"))
    seed(ctx)
    return AppSession(office_db, ctx.actor, qsettings)


def _item(page: StatisticsPage, text: str) -> QTreeWidgetItem:
    it = QTreeWidgetItemIterator(page.table)
    while it.value():
        if it.value().text(0).strip() == text:
            return it.value()
        it += 1
    raise AssertionError(text)


def _loaded(qtbot: QtBot, session: AppSession) -> ReportsArea:
    area = ReportsArea(session)
    qtbot.addWidget(area)
    area.resize(1400, 860)
    area.show()
    page = area.statistics
    page.period_chooser.set_period(Period.quarter(2026, 1))
    qtbot.waitUntil(lambda: page.stats is not None and page.stats.period == Period.quarter(2026, 1), timeout=8000)
    return area


def test_figures_drill_down_and_open_a_record(qtbot: QtBot, office_session: AppSession) -> None:
    area = _loaded(qtbot, office_session)
    page = area.statistics
    assert page.title.text() == "2026年第一季度 · 全街道"
    assert _item(page, "受理矛盾纠纷").text(1) == "10" and _item(page, "调解成功率").text(1) == "50.0%"
    assert _item(page, "劳动争议纠纷").text(1) == "4（40.0%）"
    item = _item(page, "驻园区调解工作室")
    page.table.itemClicked.emit(item, 0)
    qtbot.waitUntil(lambda: page.drill.rowCount() == 3, timeout=5000)
    assert {page.drill.item(r, 0).text() for r in range(3)} == {
        "（2026）GC调字第G2号", "（2026）KK调字第K2号", "（2026）DF调字第D2号"}
    with qtbot.waitSignal(office_session.record_requested) as blocker:
        page.drill.itemDoubleClicked.emit(page.drill.item(0, 0))
    assert blocker.args[0] == "dispute" and blocker.args[1] == page.drill_rows[0].record_id


def test_year_end_numbers_link_to_their_records_and_copy(qtbot: QtBot, office_session: AppSession) -> None:
    area = _loaded(qtbot, office_session)
    page = area.statistics
    assert "受理矛盾纠纷10宗" in page.year_text.toPlainText()
    page.year_text.anchorClicked.emit(QUrl("prevent_criminal"))
    qtbot.waitUntil(lambda: page.drill.rowCount() == 2, timeout=5000)
    page.copy_button.click()
    from PySide6.QtGui import QGuiApplication
    assert QGuiApplication.clipboard().text().startswith("2026年第一季度受理矛盾纠纷10宗")


def test_scope_and_period_choosers_recount(qtbot: QtBot, office_session: AppSession) -> None:
    area = _loaded(qtbot, office_session)
    page = area.statistics
    page.scope_chooser.actions_by_code["KK"].setChecked(True)
    assert page.scope_chooser.scope() == Scope(("KK",))
    qtbot.waitUntil(lambda: page.stats is not None and page.stats.scope == Scope(("KK",)), timeout=5000)
    assert _item(page, "受理矛盾纠纷").text(1) == "4"
    page.period_chooser.kind.setCurrentIndex(page.period_chooser.kind.findData(PeriodKind.MONTH.value))
    page.period_chooser.year.setValue(2026)
    page.period_chooser.month.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.stats is not None and page.stats.period == Period.month(2026, 1), timeout=5000)
    assert _item(page, "受理矛盾纠纷").text(1) == "1"  # K1
    page.scope_chooser.all_action.setChecked(True)
    assert page.scope_chooser.scope().everything


def test_exports_write_the_workbook_and_the_pdf(qtbot: QtBot, office_session: AppSession, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    area = _loaded(qtbot, office_session)
    page = area.statistics
    chosen: list[str] = []

    def ask(_parent: object, suggested: str, pdf: bool) -> str:
        chosen.append(suggested)
        return str(tmp_path / Path(suggested).name)

    monkeypatch.setattr(exports, "ask_path", ask)
    monkeypatch.setattr("guanlan_desk.ui.views.reports.stats_page.run_export",
                        lambda *a, **k: exports.run_export(*a, **k, ask=ask))
    page.export("disputes")
    qtbot.waitUntil(lambda: "12" in page.status.text(), timeout=8000)
    page.export("pdf")
    qtbot.waitUntil(lambda: ".pdf" in page.status.text(), timeout=8000)
    # the first in Documents (not the program's folder), the next in the folder saved to last
    assert chosen == [str(Path(documents_folder()) / "矛盾纠纷排查化解台账_2026Q1.xlsx"),
                      str(tmp_path / "人民调解工作报告_2026Q1.pdf")]
    written = [tmp_path / Path(c).name for c in chosen]
    assert written[0].stat().st_size > 0 and written[1].read_bytes().startswith(b"%PDF")


def test_office_overview_flags_communities_without_recent_bundles(qtbot: QtBot, office_session: AppSession,
                                                                  zh_ui: object, tmp_path: Path) -> None:
    area = _loaded(qtbot, office_session)
    view = area.overview
    assert area.currentWidget() is view
    from tests.conftest import TEST_COMMUNITIES

    count = len(TEST_COMMUNITIES)  # every seeded community of the sub-district
    qtbot.waitUntil(lambda: view.table.rowCount() == count and view.trend_view is not None, timeout=20000)
    assert all(view.table.item(r, 0).text().startswith("⚠") for r in range(count))  # no bundle received yet
    assert f"{count}个社区近7天未报送数据包" in view.summary.text()
    screenshot(area, tmp_path, "office_overview")
