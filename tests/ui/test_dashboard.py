"""The dashboard: due follow-ups, closing JC windows, late risks, open disputes; each entry opens its record."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from guanlan_desk.services.context import Ctx
from guanlan_desk.services.dto import Changes
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.dashboard import DashboardPage
from tests.services.test_disputes_core import TODAY, new_case, settle
from tests.services.test_risks_core import report
from tests.ui.shell_helpers import screenshot


def rows(tree: QTreeWidget) -> list[list[str]]:
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())] for i in range(tree.topLevelItemCount())]


def loaded_page(qtbot: QtBot, session: AppSession) -> DashboardPage:
    page = DashboardPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.overview is not None, timeout=5000)
    return page


def test_a_due_follow_up_is_listed_and_a_click_opens_its_dispute(qtbot: QtBot, app_session: AppSession,
                                                                 admin: Ctx) -> None:
    ref = new_case(admin, "张三", received=TODAY - timedelta(days=30))
    settle(admin, ref.id, signed=TODAY - timedelta(days=15), sealed=TODAY - timedelta(days=15))
    page = loaded_page(qtbot, app_session)
    shown = rows(page.follow_ups)
    assert shown == [[TODAY.isoformat(), ref.case_no, "张三与深圳市观澜精密五金有限公司劳动争议纠纷", "Today"]]
    item = page.follow_ups.topLevelItem(0)
    rect = page.follow_ups.visualItemRect(item)
    with qtbot.waitSignal(app_session.record_requested) as blocker:
        qtbot.mouseClick(page.follow_ups.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["dispute", ref.id]
    assert page.status_box.isVisible()
    assert page.findChild(object, "status_settled").text() == "1"  # type: ignore[union-attr]


def test_late_risks_jc_windows_and_a_refresh_after_changes(qtbot: QtBot, app_session: AppSession,
                                                           admin: Ctx) -> None:
    page = loaded_page(qtbot, app_session)
    assert rows(page.follow_ups) == [["No follow-up visits are due.", "", "", ""]]
    assert page.follow_ups.topLevelItem(0).flags() == Qt.ItemFlag.NoItemFlags
    late = report(admin, "出租屋电动车违规充电", found_on=TODAY - timedelta(days=40),
                  deadline=TODAY - timedelta(days=3))
    ref = new_case(admin, "李四", received=TODAY - timedelta(days=30))
    settle(admin, ref.id, signed=TODAY - timedelta(days=25), sealed=TODAY - timedelta(days=25))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        app_session.apply(Changes(disputes=True, risks=True))
    assert rows(page.late_risks)[0][1:] == [rows(page.late_risks)[0][1], "出租屋电动车违规充电",
                                            (TODAY - timedelta(days=3)).isoformat()]
    assert page.findChild(object, "level_orange").text() == "Orange: 1"  # type: ignore[union-attr]
    assert rows(page.jc_windows) == [[(TODAY + timedelta(days=5)).isoformat(), ref.case_no,
                                      "李四与深圳市观澜精密五金有限公司劳动争议纠纷", "5 days"]]
    assert rows(page.follow_ups)[0][3] == "10 days overdue"
    page.late_risks.setCurrentItem(page.late_risks.topLevelItem(0))
    page.late_risks.setFocus()
    with qtbot.waitSignal(app_session.record_requested) as blocker:
        qtbot.keyClick(page.late_risks, Qt.Key.Key_Return)
    assert blocker.args == ["risk", late.id]
    activity = [r[1] for r in rows(page.activity)]
    code = rows(page.late_risks)[0][1]
    assert any(a.endswith(f" reported risk item {code}") and "system" not in a for a in activity), activity
    assert any(a.endswith(f" registered dispute {ref.case_no}") for a in activity), activity
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page, Qt.Key.Key_F5)


def test_a_grid_officer_sees_only_the_risk_section(qtbot: QtBot, grid_officer: Ctx, qsettings: object) -> None:
    session = AppSession(grid_officer.db, grid_officer.actor, qsettings)  # type: ignore[arg-type]
    page = loaded_page(qtbot, session)
    assert page.risk_box.isVisible()
    assert not page.follow_box.isVisible() and not page.status_box.isVisible() and not page.activity_box.isVisible()


def test_screenshot_of_the_dashboard(qtbot: QtBot, zh_ui: object, app_session: AppSession, admin: Ctx,
                                     tmp_path: Path) -> None:
    for n, name in enumerate(["张三", "李四", "王五"]):
        ref = new_case(admin, name, received=TODAY - timedelta(days=40))
        settle(admin, ref.id, signed=TODAY - timedelta(days=14 + 6 * n), sealed=TODAY - timedelta(days=14 + 6 * n))
    new_case(admin, "赵六")
    report(admin, "出租屋电动车违规充电", found_on=TODAY - timedelta(days=40), deadline=TODAY - timedelta(days=3))
    report(admin, "工地欠薪群体上访苗头", level="red", found_on=TODAY - timedelta(days=30),
           deadline=TODAY - timedelta(days=10))
    page = loaded_page(qtbot, app_session)
    screenshot(page, tmp_path, "dashboard")
    # what the picture must show: the two late risks, the most recently overdue first, and every section on screen
    late = rows(page.late_risks)
    assert len(late) == 2 and "出租屋电动车违规充电" in " ".join(late[0]) and late[1][0] == "红"
    assert "(2)" in page.risk_box.title() or "（2）" in page.risk_box.title()
    for box in (page.follow_box, page.jc_box, page.risk_box, page.activity_box):
        assert box.isVisible() and page.rect().contains(box.geometry()), box.title()


def test_a_double_click_opens_the_record_once(qtbot: QtBot, app_session: AppSession, admin: Ctx) -> None:
    ref = new_case(admin, "张三", received=TODAY - timedelta(days=30))
    settle(admin, ref.id, signed=TODAY - timedelta(days=15), sealed=TODAY - timedelta(days=15))
    page = loaded_page(qtbot, app_session)
    opened: list[tuple[str, str]] = []
    app_session.record_requested.connect(lambda kind, rid: opened.append((kind, rid)))
    rect = page.follow_ups.visualItemRect(page.follow_ups.topLevelItem(0))
    qtbot.mouseClick(page.follow_ups.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.follow_ups.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [("dispute", ref.id)]
