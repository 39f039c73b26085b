"""The risk ledger page: the list (model tester, colours, filters, search) and the editor's whole workflow."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from guanlan_desk.domain.enums import KeyPersonKind, ReviewKind, RiskCategory, RiskStatus, Role, label
from guanlan_desk.services import attachments, dispute_steps, risks
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.services.risks import KeyPersonInput, RiskInput
from guanlan_desk.ui.models.paged import ROW_ROLE
from guanlan_desk.ui.enum_text import level_text
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.risks import risk_actions, risk_dialogs
from guanlan_desk.ui.views.risks.page import RisksPage, risks_page_spec
from guanlan_desk.ui.views.risks.risk_dialogs import CloseRequest, ReviewEntry
from guanlan_desk.ui.views.risks.risk_list import RiskList
from guanlan_desk.ui.widgets import ledger_form
from guanlan_desk.ui.widgets.ledger_form import Leave
from tests.conftest import actor
from tests.services.test_disputes_core import new_case
from tests.services.test_risks_core import report
from tests.ui.test_risks_support import gc_on_the_gui_thread, screenshot, type_text, zh
from tests.ui.waiting import settle

TODAY = date(2026, 3, 4)
__all__ = ["gc_on_the_gui_thread", "zh"]


@pytest.fixture
def seven(grid_officer: Ctx) -> list[str]:
    return [report(grid_officer, f"工地围挡安全隐患{i}", level="red" if i % 2 else "blue").id for i in range(7)]


def page_for(qtbot: QtBot, session: AppSession) -> RisksPage:
    page = RisksPage(session)
    qtbot.addWidget(page)
    settle(qtbot)
    page.resize(1366, 768)
    settle(qtbot)
    page.show()
    settle(qtbot)
    return page


def texts(lst: RiskList, column: str) -> list[str]:
    col = [c.key for c in lst.model.columns].index(column)
    return [lst.model.data(lst.model.index(r, col)) for r in range(lst.model.rowCount())]


def test_the_list_model_over_real_rows_passes_the_model_tester_and_colours_levels(
        qtbot: QtBot, qtmodeltester: object, app_session: AppSession, seven: list[str]) -> None:
    lst = RiskList(app_session)
    qtbot.addWidget(lst)
    settle(qtbot)
    qtmodeltester.check(lst.model)  # type: ignore[attr-defined]
    assert lst.model.rowCount() == 7
    level = [c.key for c in lst.model.columns].index("level")
    palette = {level_text(lvl.code, lvl.label): lvl.colour for lvl in risks.ledger_config(app_session.ctx).risk_levels}
    for r in range(7):
        shown = lst.model.data(lst.model.index(r, level))
        colour = lst.model.data(lst.model.index(r, level), Qt.ItemDataRole.BackgroundRole)
        assert isinstance(colour, QColor) and colour == QColor(palette[shown])
    assert {lst.model.data(lst.model.index(0, 0), ROW_ROLE).id} <= set(seven)
    assert "7" in lst.summary.text()


def test_filter_by_level_and_quick_search(qtbot: QtBot, app_session: AppSession, seven: list[str]) -> None:
    lst = RiskList(app_session)
    qtbot.addWidget(lst)
    settle(qtbot)
    assert lst.community.isHidden()  # a community workstation keeps to its own community
    lst.level.set_code("red")
    settle(qtbot)
    assert set(texts(lst, "level")) == {"Red"} and lst.model.rowCount() == 3
    lst.level.setCurrentIndex(0)
    settle(qtbot)
    assert lst.model.rowCount() == 7
    type_text(qtbot, lst.search, "隐患3")
    qtbot.waitUntil(lambda: lst.model.rowCount() == 1, timeout=3000)  # after the debounce
    assert texts(lst, "title") == ["工地围挡安全隐患3"]
    lst.search.clear()
    settle(qtbot)
    qtbot.waitUntil(lambda: lst.model.rowCount() == 7, timeout=3000)
    lst.overdue.setChecked(True)
    settle(qtbot)
    assert lst.model.rowCount() == 0 and lst.summary.text()


def test_column_choice_is_remembered(qtbot: QtBot, app_session: AppSession, seven: list[str]) -> None:
    lst = RiskList(app_session)
    qtbot.addWidget(lst)
    settle(qtbot)
    leader = [c.key for c in lst.model.columns].index("leader")
    lst.chooser.actions()[leader].setChecked(False)
    settle(qtbot)
    assert lst.table.isColumnHidden(leader)
    again = RiskList(app_session)
    qtbot.addWidget(again)
    settle(qtbot)
    assert again.table.isColumnHidden(leader) and not again.table.isColumnHidden(0)


def wait_status(qtbot: QtBot, page: RisksPage, status: RiskStatus) -> None:
    qtbot.waitUntil(lambda: page.editor.detail is not None and page.editor.detail.status == status, timeout=5000)


def test_report_assign_review_close_approve_and_reopen(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, zh: object,
                                                      app_session: AppSession, tmp_path: Path) -> None:
    page = page_for(qtbot, app_session)
    qtbot.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    editor = page.editor
    assert page.stack.currentWidget() is editor and not editor.steps.review.isEnabled()
    assert editor.steps.review.toolTip()  # says why: save first
    type_text(qtbot, editor.facts.title, "城中村消防通道堵塞")
    editor.facts.level.set_code("orange")
    settle(qtbot)
    assert editor.facts.deadline.value() == TODAY + timedelta(days=30)  # from the palette
    assert "30" in editor.facts.deadline_hint.text()
    type_text(qtbot, editor.assignment.leader_name, "周海峰")
    type_text(qtbot, editor.assignment.leader_user, "admin")
    type_text(qtbot, editor.assignment.responsible_phone, "13912345678")
    type_text(qtbot, editor.assignment.control_measures, "每日巡查，张贴告示")
    assert page.has_unsaved_changes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert not editor.errors.any_shown(), [(f, editor.errors.text(f)) for f in ("title", "deadline", "leader_name", "control_measures", "responsible_phone", "found_on")]
    qtbot.waitUntil(lambda: editor.record_id is not None or bool(shown), timeout=5000)
    assert not shown
    wait_status(qtbot, page, RiskStatus.IN_PROGRESS)
    assert editor.status_chip.text() == label(RiskStatus.IN_PROGRESS)
    assert editor.heading.text().startswith("FX2026-GC-0001") and not page.has_unsaved_changes()
    assert editor.assignment.leader_name.text() == "周海峰"
    assert not editor.steps.request_close.isEnabled()
    assert "研判" in editor.steps.request_close.toolTip() or "回访" in editor.steps.request_close.toolTip()

    monkeypatch.setattr(risk_dialogs.ReviewDialog, "ask", classmethod(
        lambda cls, *a, **k: ReviewEntry(ReviewKind.VISIT, TODAY, "李网格", "通道已清理", None)))
    qtbot.mouseClick(editor.steps.review, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: editor.reviews.table.rowCount() == 1, timeout=5000)
    assert editor.reviews.table.item(0, 5).text() == "通道已清理"

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("#1B98E0"))
    photo = tmp_path / "现场照片.png"
    image.save(str(photo))
    grid = Ctx(app_session.db, actor(Role.GRID_OFFICER, "grid1"))
    app_session.switch_user(grid.actor)  # the grid officer asks to close
    settle(qtbot)
    monkeypatch.setattr(risk_dialogs.CloseRequestDialog, "ask", classmethod(
        lambda cls, parent: CloseRequest("已整改完毕", "现场照片", (str(photo),))))
    qtbot.waitUntil(lambda: editor.steps.request_close.isEnabled(), timeout=3000)
    qtbot.mouseClick(editor.steps.request_close, Qt.MouseButton.LeftButton)
    settle(qtbot)
    wait_status(qtbot, page, RiskStatus.CLOSE_REQUESTED)
    assert [a.filename for a in attachments.list_attachments(grid, editor.record_id or "")] == ["现场照片.png"]
    assert editor.closing.files.count() == 1 and editor.closing.basis.text() == "已整改完毕"
    assert not editor.steps.approve.isEnabled()  # the grid officer's role may not approve

    app_session.switch_user(Actor(app_session.db.workstation.id, "admin", "管理员", Role.ADMIN))
    settle(qtbot)
    qtbot.waitUntil(lambda: "包案领导" in editor.steps.approve.toolTip(), timeout=3000)
    assert not editor.steps.approve.isEnabled()  # admin is the responsible leader here

    app_session.switch_user(actor(Role.ADMIN, "chief"))
    settle(qtbot)
    qtbot.waitUntil(lambda: editor.steps.approve.isEnabled(), timeout=3000)
    monkeypatch.setattr(risk_dialogs.Confirm, "ask", classmethod(lambda cls, *a: True))
    qtbot.mouseClick(editor.steps.approve, Qt.MouseButton.LeftButton)
    settle(qtbot)
    wait_status(qtbot, page, RiskStatus.CLOSED)
    assert "chief" in editor.closing.closed.text()
    assert not editor.facts.title.isEnabled() and editor.facts.title.toolTip()  # closed: read-only, says why
    assert editor.steps.reopen.isEnabled() and not editor.steps.review.isEnabled()

    monkeypatch.setattr(ledger_form.ReasonDialog, "ask", classmethod(lambda cls, *a: "又有住户堆放杂物"))
    qtbot.mouseClick(editor.steps.reopen, Qt.MouseButton.LeftButton)
    settle(qtbot)
    wait_status(qtbot, page, RiskStatus.RELAPSED)
    assert editor.closing.reopen_reason.text() == "又有住户堆放杂物"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    settle(qtbot)
    assert page.stack.currentWidget() is page.list
    assert texts(page.list, "status") == [label(RiskStatus.RELAPSED)]


def test_change_level_with_a_reason(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, app_session: AppSession,
                                    grid_officer: Ctx) -> None:
    ref = report(grid_officer, level="yellow")
    page = page_for(qtbot, app_session)
    page.open_record(ref.id)
    settle(qtbot)
    monkeypatch.setattr(risk_dialogs.LevelDialog, "ask", classmethod(lambda cls, *a: ("red", "涉及人数增加")))
    qtbot.mouseClick(page.editor.steps.level, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: page.editor.level_chip.text() == "Red", timeout=5000)
    assert "#D7263D".lower() in page.editor.level_chip.styleSheet().lower()
    assert page.editor.reviews.table.item(0, 2).text() == "Yellow → Red"


def test_a_missing_title_and_a_bad_phone_are_shown_inline_and_nothing_is_saved(
        qtbot: QtBot, zh: object, app_session: AppSession) -> None:
    page = page_for(qtbot, app_session)
    page.new_record()
    settle(qtbot)
    editor = page.editor
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert editor.errors.text("title") == "请用一句话描述隐患。"
    type_text(qtbot, editor.facts.title, "电动车违规充电")
    type_text(qtbot, editor.assignment.leader_name, "周海峰")
    type_text(qtbot, editor.assignment.control_measures, "夜间巡查")
    type_text(qtbot, editor.assignment.responsible_phone, "12345")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert editor.errors.text("title") == ""
    assert "0755" in editor.errors.text("responsible_phone")  # the example format, in either language
    assert editor.tabs.currentIndex() == 1
    assert risks.list_risks(app_session.ctx).rows == ()
    assert editor.record_id is None and page.has_unsaved_changes()


def test_the_unsaved_changes_guard(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, app_session: AppSession,
                                   grid_officer: Ctx) -> None:
    first, second = report(grid_officer, "甲隐患"), report(grid_officer, "乙隐患")
    page = page_for(qtbot, app_session)
    page.open_record(first.id)
    settle(qtbot)
    page.editor.facts.title.setText("甲隐患（已核实）")
    settle(qtbot)
    assert page.has_unsaved_changes()
    answers = [Leave.CANCEL, Leave.DISCARD, Leave.SAVE]
    monkeypatch.setattr(ledger_form.UnsavedChangesPrompt, "ask", classmethod(lambda cls, parent: answers.pop(0)))
    page.open_record(second.id)
    settle(qtbot)
    assert page.editor.record_id == first.id and page.editor.facts.title.text() == "甲隐患（已核实）"
    page.open_record(second.id)  # discard
    settle(qtbot)
    assert page.editor.record_id == second.id
    assert risks.get_risk(grid_officer, first.id).title == "甲隐患"
    page.editor.facts.title.setText("乙隐患（已核实）")
    settle(qtbot)
    page.open_record(first.id)  # save, then go
    settle(qtbot)
    qtbot.waitUntil(lambda: page.editor.record_id == first.id, timeout=5000)
    assert risks.get_risk(grid_officer, second.id).title == "乙隐患（已核实）"
    assert answers == []


def test_a_stale_save_says_so_and_reloads(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, app_session: AppSession,
                                          grid_officer: Ctx) -> None:
    ref = report(grid_officer, "甲隐患")
    page = page_for(qtbot, app_session)
    page.open_record(ref.id)
    settle(qtbot)
    detail = risks.get_risk(grid_officer, ref.id)
    risks.update_risk(grid_officer, ref.id, risks.RiskEdit(category=detail.category, title="别人改过的标题",
                                                           found_on=detail.found_on, deadline=detail.deadline),
                      expected_version=detail.version)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    page.editor.facts.title.setText("我的标题")
    settle(qtbot)
    page.editor.save()
    settle(qtbot)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "changed this record" in shown[0] or "修改" in shown[0]
    qtbot.waitUntil(lambda: page.editor.facts.title.text() == "别人改过的标题", timeout=3000)


def test_key_persons_only_for_the_allowed_role_and_links_open(qtbot: QtBot, app_session: AppSession, admin: Ctx,
                                                              mediator: Ctx) -> None:
    ref = risks.report_risk(admin, RiskInput(
        category=RiskCategory.KEY_PERSON, title="社区矫正对象走访", level="yellow", found_on=TODAY,
        key_person=KeyPersonInput(KeyPersonKind.COMMUNITY_CORRECTION, notes="每周报到一次", monitor="王社工")))
    case = new_case(mediator)
    dispute_steps.link_risk(mediator, case.id, ref.id)
    page = page_for(qtbot, app_session)
    page.open_record(ref.id)
    settle(qtbot)
    assert page.editor.key_person_visible() and page.editor.facts.key_notes.toPlainText() == "每周报到一次"
    assert page.editor.links.disputes.count() == 1
    with qtbot.waitSignal(app_session.record_requested) as blocker:
        page.editor.links.disputes.itemActivated.emit(page.editor.links.disputes.item(0))
    assert blocker.args == ["dispute", case.id]
    with qtbot.waitSignal(app_session.record_requested) as blocker:
        page.editor.links.parties.itemActivated.emit(page.editor.links.parties.item(0)) \
            if page.editor.links.parties.count() else app_session.open_record("party", "x")
    viewer_session = AppSession(app_session.db, actor(Role.VIEWER, "viewer1"), app_session.settings)
    other = page_for(qtbot, viewer_session)
    assert other.list.model.rowCount() == 0  # the key-person item is not even listed
    assert other.list.category.findData(RiskCategory.KEY_PERSON.value) == -1
    assert not other.list.new_button.isEnabled() and other.list.new_button.toolTip()


def test_the_page_spec_and_changes_from_elsewhere_refresh_the_list(qtbot: QtBot, app_session: AppSession,
                                                                   grid_officer: Ctx) -> None:
    spec = risks_page_spec()
    assert (spec.key, spec.record_kind) == ("risks", "risk") and spec.title()
    page = spec.factory(app_session, None)
    qtbot.addWidget(page)
    settle(qtbot)
    assert isinstance(page, RisksPage) and page.list.model.rowCount() == 0
    report(grid_officer)
    from guanlan_desk.services.dto import Changes
    app_session.apply(Changes(disputes=True))
    assert not page.list.model.fetching  # not ours
    app_session.apply(Changes(risks=True))
    settle(qtbot)
    assert page.list.model.rowCount() == 1
    page.list.table.setCurrentIndex(page.list.model.index(0, 0))
    settle(qtbot)
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)  # Enter opens the row
    settle(qtbot)
    assert page.stack.currentWidget() is page.editor


def test_screenshots_of_the_ledger_and_the_editor(qtbot: QtBot, zh: object, app_session: AppSession,
                                                  grid_officer: Ctx, tmp_path: Path) -> None:
    from guanlan_desk.services.risks import AssignInput

    titles = ["城中村消防通道堵塞", "电动车楼道违规充电", "工地围挡存在倒塌风险", "租户集体讨薪苗头",
              "小区停车管理矛盾", "老旧楼宇外墙脱落", "物业费纠纷信访苗头"]
    levels = ["red", "orange", "yellow", "blue", "orange", "yellow", "red"]
    from guanlan_desk.services import reference

    grids = reference.grids(grid_officer, "GC")
    refs = [report(grid_officer, t, level=lv, grid_id=grids[i % len(grids)].id, found_on=TODAY - timedelta(days=9 * i))
            for i, (t, lv) in enumerate(zip(titles, levels, strict=True))]
    risks.assign_risk(grid_officer, refs[0].id, AssignInput(
        leader_name="周海峰", leader_title="社区党委书记", responsible_person="李网格",
        responsible_phone="13912345678", control_measures="每日巡查，张贴告示", resolution_measures="限期清理杂物"))
    risks.add_review(grid_officer, refs[0].id, kind=ReviewKind.ASSESSMENT, reviewed_on=TODAY,
                     participants="周海峰、李网格", content="隐患仍存在，需联合消防部门整治")
    page = page_for(qtbot, app_session)
    page.list.refresh()
    settle(qtbot)
    screenshot(page, tmp_path, "risks_list")
    page.open_record(refs[0].id)
    settle(qtbot)
    screenshot(page, tmp_path, "risks_editor")
    page.editor.tabs.setCurrentIndex(1)
    settle(qtbot)
    screenshot(page, tmp_path, "risks_editor_assignment")
    page.editor.tabs.setCurrentIndex(2)
    settle(qtbot)
    screenshot(page, tmp_path, "risks_editor_reviews")
    risks.request_close(grid_officer, refs[0].id, basis="杂物已全部清理，通道畅通", evidence="现场照片三张、整改承诺书")
    page.open_record(refs[0].id)
    settle(qtbot)
    page.editor.tabs.setCurrentIndex(3)
    settle(qtbot)
    screenshot(page, tmp_path, "risks_editor_closing")
    assert page.list.model.index(0, 0) != QModelIndex()


def test_sorting_by_level_follows_the_palette(qtbot: QtBot, app_session: AppSession, seven: list[str]) -> None:
    lst = RiskList(app_session)
    qtbot.addWidget(lst)
    settle(qtbot)
    level = [c.key for c in lst.model.columns].index("level")
    lst.table.sortByColumn(level, Qt.SortOrder.AscendingOrder)
    settle(qtbot)
    shown = texts(lst, "level")
    assert shown == ["Red"] * 3 + ["Blue"] * 4  # the English UI names the levels in English


def test_the_print_button_opens_the_print_dialog_when_it_exists(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                                app_session: AppSession, grid_officer: Ctx) -> None:
    import sys
    import types

    from guanlan_desk.ui.widgets.ledger_print import PrintButton, print_dialog_available

    calls: list[tuple[str, str]] = []

    class FakePrintDialog:
        @classmethod
        def ask(cls, parent: object, session: object, *, subject: str, record_id: str) -> None:
            calls.append((subject, record_id))

    module = types.ModuleType("guanlan_desk.ui.dialogs.print_dialog")
    module.PrintDialog = FakePrintDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "guanlan_desk.ui.dialogs.print_dialog", module)
    assert print_dialog_available()
    ref = report(grid_officer)
    page = page_for(qtbot, app_session)
    page.open_record(ref.id)
    settle(qtbot)
    button = page.editor.findChild(PrintButton)
    assert button is not None and button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert calls == [("risk", ref.id)]
    monkeypatch.delitem(sys.modules, "guanlan_desk.ui.dialogs.print_dialog")
    monkeypatch.setitem(sys.modules, "guanlan_desk.ui.dialogs.print_dialog", None)  # import fails: button hides
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert calls == [("risk", ref.id)] and button.isHidden()


def test_reporting_a_key_person_and_sending_a_closing_request_back(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                                   app_session: AppSession, grid_officer: Ctx) -> None:
    page = page_for(qtbot, app_session)
    page.new_record()
    settle(qtbot)
    facts = page.editor.facts
    assert facts.key_group.isHidden()
    facts.category.setCurrentIndex(facts.category.findData(RiskCategory.KEY_PERSON.value))
    assert page.editor.key_person_visible()
    facts.title.setText("社区矫正对象定期走访")
    facts.level.set_code("yellow")
    facts.key_kind.setCurrentIndex(facts.key_kind.findData(KeyPersonKind.COMMUNITY_CORRECTION.value))
    facts.key_notes.setPlainText("每周报到一次")
    page.editor.save()
    settle(qtbot)
    qtbot.waitUntil(lambda: page.editor.record_id is not None, timeout=5000)
    detail = risks.get_risk(app_session.ctx, page.editor.record_id or "")
    assert detail.key_person == KeyPersonInput(KeyPersonKind.COMMUNITY_CORRECTION, "每周报到一次", "")
    assert detail.status == RiskStatus.UNRESOLVED and not page.editor.steps.request_close.isEnabled()

    ref = report(grid_officer, "电动车违规充电")
    from tests.services.test_risks_core import assign
    assign(grid_officer, ref.id)
    risks.add_review(grid_officer, ref.id, kind=ReviewKind.VISIT, reviewed_on=TODAY, content="已劝导")
    risks.request_close(grid_officer, ref.id, basis="已整改", evidence="照片")
    page.open_record(ref.id)
    settle(qtbot)
    assert page.editor.steps.reject.isEnabled() and page.editor.steps.approve.isEnabled()
    monkeypatch.setattr(ledger_form.ReasonDialog, "ask", classmethod(lambda cls, *a: "证据不足，需补充照片"))
    qtbot.mouseClick(page.editor.steps.reject, Qt.MouseButton.LeftButton)
    settle(qtbot)
    wait_status(qtbot, page, RiskStatus.IN_PROGRESS)
    assert "证据不足" in page.editor.reviews.table.item(page.editor.reviews.table.rowCount() - 1, 5).text()


def test_the_street_office_filters_by_community_and_picks_any_grid(qtbot: QtBot, office_db: object,
                                                                   qsettings: object) -> None:
    from guanlan_desk.store.engine import Database

    assert isinstance(office_db, Database)
    session = AppSession(office_db, actor(Role.OFFICE_ADMIN, "office1"), qsettings)  # type: ignore[arg-type]
    lst = RiskList(session)
    qtbot.addWidget(lst)
    settle(qtbot)
    assert not lst.community.isHidden() and lst.community.findData("GC") > 0
    assert lst.grid.count() > 12  # the office has no grids of its own: every community's are offered
    lst.community.setCurrentIndex(lst.community.findData("GC"))
    settle(qtbot)
    assert lst.current_filter().community_code == "GC"
