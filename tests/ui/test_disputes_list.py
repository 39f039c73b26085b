"""The dispute list: model tester over real rows, search with debounce, filters, columns remembered, paging."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings
from PySide6.QtWidgets import QApplication

from guanlan_desk.domain.enums import DisputeStatus, DisputeType, Role
from guanlan_desk.services import accounts, demo, disputes, dispute_steps
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.store.engine import open_database
from guanlan_desk.ui.models.paged import PAGE_SIZE
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes.list_panel import DisputeListPanel
from guanlan_desk.ui.views.disputes.page import DisputesPage, disputes_page_spec
from tests.ui.dispute_helpers import Boxes, register, save_screenshot, type_text
from tests.ui.test_fit import clipped
from tests.ui.waiting import settle


def shows_total(panel: DisputeListPanel, total: int) -> bool:
    return re.search(rf"(共|of) {total:,}$", panel.count_label.text()) is not None


def rows_of(panel: DisputeListPanel, column: int = 0) -> list[str]:
    return [str(panel.model.data(panel.model.index(r, column))) for r in range(panel.model.rowCount())]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


def test_the_list_model_passes_the_model_tester_over_real_rows(qtbot: object, qtmodeltester: object,
                                                                app_session: AppSession, boxes: Boxes) -> None:
    for name in ("王芳", "李强", "赵敏"):
        register(app_session.ctx, name)
    panel = DisputeListPanel(app_session)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    settle(qtbot)
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    assert panel.model.rowCount() == 3
    qtbot.waitUntil(lambda: shows_total(panel, 3))  # type: ignore[attr-defined]
    parties = rows_of(panel, 5)
    assert any("王芳" in p for p in parties)


def test_quick_search_waits_for_a_pause_and_narrows_the_list(qtbot: object, app_session: AppSession,
                                                             boxes: Boxes) -> None:
    register(app_session.ctx, "王芳")
    register(app_session.ctx, "李强", "观澜物业管理有限公司", dtype=DisputeType.PROPERTY_MANAGEMENT)
    panel = DisputeListPanel(app_session)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    settle(qtbot)
    assert panel.model.rowCount() == 2
    with qtbot.waitSignal(panel.search.query_changed, timeout=3000):  # type: ignore[attr-defined]
        type_text(panel.search, "物业")
        assert panel.model.rowCount() == 2  # nothing happens while typing
    settle(qtbot)
    assert panel.model.rowCount() == 1 and "李强" in rows_of(panel, 5)[0]
    panel.search.clear()
    settle(qtbot)
    qtbot.keyClicks(panel.search, "wf")  # type: ignore[attr-defined]  # pinyin initials of 王芳
    settle(qtbot)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and "王芳" in rows_of(panel, 5)[0])  # type: ignore[attr-defined]


def test_filter_by_status_and_open_only(qtbot: object, app_session: AppSession, boxes: Boxes) -> None:
    first = register(app_session.ctx, "王芳")
    register(app_session.ctx, "李强")
    dispute_steps.accept_dispute(app_session.ctx, first)
    panel = DisputeListPanel(app_session)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    settle(qtbot)
    panel.filter_bar.set_statuses({DisputeStatus.ACCEPTED})
    settle(qtbot)
    assert panel.model.rowCount() == 1 and panel.model.row_id(0) == first
    assert "Accepted" in panel.filter_bar.status_button.text()  # the English UI names the status in English
    qtbot.waitUntil(lambda: shows_total(panel, 1))  # type: ignore[attr-defined]
    panel.filter_bar.clear()
    settle(qtbot)
    assert panel.model.rowCount() == 2
    dispute_steps.decline_dispute(app_session.ctx, panel.model.row_id(0) if panel.model.row_id(0) != first
                                  else panel.model.row_id(1), reason="不属于人民调解范围")
    panel.filter_bar.open_check.setChecked(True)
    settle(qtbot)
    assert [panel.model.row_id(r) for r in range(panel.model.rowCount())] == [first]


def test_column_choice_and_widths_are_remembered(qtbot: object, app_session: AppSession, boxes: Boxes) -> None:
    panel = DisputeListPanel(app_session)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    settle(qtbot)
    assert panel.columns.hidden_keys() == ["venue"]  # the default
    menu = panel.columns.menu()
    titles = [a.text() for a in menu.actions()]
    assert len(titles) == 9
    menu.actions()[6].setChecked(True)  # show the venue
    menu.actions()[5].setChecked(False)  # hide the parties
    panel.table.setColumnWidth(2, 321)
    settle(qtbot)
    panel.columns.save()
    settle(qtbot)
    again = DisputeListPanel(app_session)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    settle(qtbot)
    assert again.columns.hidden_keys() == ["parties"]
    assert again.table.columnWidth(2) == 321


def test_the_list_over_thousands_of_disputes_loads_only_its_first_page(qtbot: object, tmp_path: Path,
                                                                        qsettings: QSettings, boxes: Boxes) -> None:
    folder = tmp_path / "demo"
    demo.generate(folder, records=3000, seed=5, today=date(2026, 3, 4))
    db = open_database(folder)
    try:
        accounts.login(Ctx(db, Actor.system()), username="admin", password=demo.DEMO_PASSWORD)
        session = AppSession(db, Actor.system(Role.ADMIN), qsettings)
        panel = DisputeListPanel(session)
        qtbot.addWidget(panel)  # type: ignore[attr-defined]
        settle(qtbot)
        total = disputes.count_disputes(session.ctx)
        assert total >= 3000
        assert panel.model.rowCount() == PAGE_SIZE
        assert panel.model.canFetchMore(QModelIndex())
        qtbot.waitUntil(lambda: shows_total(panel, total))  # type: ignore[attr-defined]
        panel.model.fetchMore(QModelIndex())
        settle(qtbot)
        assert panel.model.rowCount() == 2 * PAGE_SIZE
        ids = [panel.model.row_id(r) for r in range(panel.model.rowCount())]
        assert len(set(ids)) == len(ids)
        panel.close()
        panel.deleteLater()
        QApplication.processEvents()
    finally:
        db.close()


def test_page_spec_builds_a_record_page(qtbot: object, app_session: AppSession, boxes: Boxes) -> None:
    from guanlan_desk.ui.pages import RecordPage

    spec = disputes_page_spec()
    assert (spec.key, spec.record_kind) == ("disputes", "dispute") and spec.shortcut
    page = spec.factory(app_session, None)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    settle(qtbot)
    assert isinstance(page, DisputesPage) and isinstance(page, RecordPage)
    assert not page.has_unsaved_changes()
    assert spec.title()


def test_screenshot_of_the_list_and_editor(qtbot: object, qapp: QApplication, zh_ui: QApplication, app_session: AppSession,
                                           tmp_path: Path, boxes: Boxes) -> None:
    ids = [register(app_session.ctx, name, title="") for name in ("王芳", "李强", "赵敏", "陈小明", "刘洋")]
    dispute_steps.accept_dispute(app_session.ctx, ids[0])
    from datetime import datetime, timezone

    from guanlan_desk.domain.enums import AgreementKind, SessionKind, SessionOutcome
    from guanlan_desk.services.dispute_steps import AgreementInput, SessionInput

    held = datetime(2026, 3, 4, 1, 30, tzinfo=timezone.utc)
    dispute_steps.add_session(app_session.ctx, ids[0], SessionInput(
        SessionKind.INVESTIGATION, held, "观城社区微调解室", "王芳", "了解欠薪经过，核对考勤和工资条。", recorder="陈志强"))
    dispute_steps.add_session(app_session.ctx, ids[0], SessionInput(
        SessionKind.MEDIATION, held.replace(hour=6), "观城社区微调解室", "王芳、公司人事经理",
        "双方就欠薪金额和支付时间协商一致。", SessionOutcome.AGREED, "陈志强"))
    dispute_steps.record_agreement(app_session.ctx, ids[0], AgreementInput(
        AgreementKind.WRITTEN, "被申请人于2026年3月10日前一次性支付工资12000元。", signed_by_all_on=date(2026, 3, 4),
        sealed_on=date(2026, 3, 4), amount_fen=1_200_000))
    page = DisputesPage(app_session)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    settle(qtbot)
    page.resize(1366, 768)
    settle(qtbot)
    page.show()
    settle(qtbot)
    page.open_record(ids[0])
    settle(qtbot)
    qtbot.waitUntil(lambda: shows_total(page.list, 5))  # type: ignore[attr-defined]
    save_screenshot(page, tmp_path, "disputes_list_editor.png")
    # what the picture must show: the status beside the case number, the heading whole or ending in "…"
    header = page.list.table.horizontalHeader()
    status = next(i for i, c in enumerate(page.list.model.columns) if c.key == "status")
    assert header.visualIndex(status) == 1 and not header.isSectionHidden(status)
    assert header.sectionViewportPosition(status) + header.sectionSize(status) <= page.list.table.viewport().width()
    from guanlan_desk.domain.enums import label

    assert page.list.model.data(page.list.model.index(0, status)) in {label(s) for s in DisputeStatus}
    heading = page.editor.heading.title
    shown = heading.shown_text()
    assert shown == heading.text() or (shown.endswith("…") and heading.text().startswith(shown[:-1]))
    assert heading.fontMetrics().horizontalAdvance(shown) <= heading.contentsRect().width()
    assert clipped(page.window(), page) == []  # type: ignore[arg-type]
    page.editor.tabs.setCurrentIndex(2)
    settle(qtbot)
    save_screenshot(page, tmp_path, "disputes_progress.png")
    page.new_record()
    settle(qtbot)
    save_screenshot(page, tmp_path, "disputes_new.png")


def test_the_pages_fit_a_1366_by_768_screen(qtbot: object, qapp: QApplication, zh_ui: QApplication, app_session: AppSession,
                                            boxes: Boxes) -> None:
    from guanlan_desk.ui.views.parties.page import PartiesPage

    for page in (DisputesPage(app_session), PartiesPage(app_session)):
        qtbot.addWidget(page)  # type: ignore[attr-defined]
        hint = page.minimumSizeHint()
        # Room is left for the main window's navigation (about 180 px), title bar, menu and status bar.
        assert hint.width() <= 1366 - 180 and hint.height() <= 768 - 120, (type(page).__name__, hint)


def test_a_new_font_size_resizes_the_columns(qtbot: object, qapp: QApplication, app_session: AppSession,
                                            boxes: Boxes) -> None:
    from PySide6.QtGui import QFont

    register(app_session.ctx, "王芳")
    panel = DisputeListPanel(app_session)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    settle(qtbot)
    case_no = 0
    before = panel.table.columnWidth(case_no)
    font = QFont(qapp.font())
    original = QFont(font)
    font.setPointSize(font.pointSize() + 6)
    qapp.setFont(font)
    try:
        QApplication.processEvents()
        after = panel.table.columnWidth(case_no)
        assert after > before * 1.3
        sample = panel.table.fontMetrics().horizontalAdvance("（2026）观城调字第00000号")
        assert after >= sample  # the whole case number fits at the new size
    finally:
        qapp.setFont(original)


def test_a_long_heading_ends_in_an_ellipsis(qtbot: object, app_session: AppSession, boxes: Boxes) -> None:
    dispute = register(app_session.ctx, "王芳", title="观城社区某五金厂拖欠工人三个月工资纠纷" * 4)
    page = DisputesPage(app_session)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    settle(qtbot)
    page.resize(900, 600)
    settle(qtbot)
    page.show()
    settle(qtbot)
    page.open_record(dispute)
    settle(qtbot)
    QApplication.processEvents()
    title = page.editor.heading.title
    assert title.text().startswith("（2026）") and title.toolTip() == title.text().rstrip(" *")
    assert title.shown_text().endswith("…") and len(title.shown_text()) < len(title.text())
    # the editor got the room it needs: the list gave way
    assert page.editor.width() >= page.editor.minimumSizeHint().width()
