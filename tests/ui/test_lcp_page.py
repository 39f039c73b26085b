"""The legal-clarity person page: the roster (model tester, filters, search) and the profile editor."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from guanlan_desk.domain.enums import LcpIdentity, LcpStatus, Role, ServiceKind, TrainingMode, label
from guanlan_desk.services import attachments, dispute_steps, lcp, reference
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.disputes import MediatorInput
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.lcp import lcp_dialogs
from guanlan_desk.ui.views.lcp.lcp_dialogs import ServiceEntry, StatusEntry, TrainingEntry
from guanlan_desk.ui.views.lcp.lcp_list import LcpList
from guanlan_desk.ui.views.lcp.page import LcpPage, lcp_page_spec
from guanlan_desk.ui.widgets import lcp_photo, ledger_form
from guanlan_desk.ui.widgets.ledger_form import Leave
from tests.conftest import actor
from tests.services.test_disputes_core import new_case
from tests.services.test_lcp_core import person
from tests.ui.test_risks_support import gc_on_the_gui_thread, screenshot, type_text, zh
from tests.ui.waiting import settle

TODAY = date(2026, 3, 4)
__all__ = ["gc_on_the_gui_thread", "zh"]


@pytest.fixture
def roster(admin: Ctx) -> dict[str, str]:
    grids = reference.grids(admin, "GC")
    ids = {name: person(admin, name, grid_id=grids[i % 6].id, identities=identities)
           for i, (name, identities) in enumerate((
               ("黄丽娟", (LcpIdentity.MEDIATOR, LcpIdentity.PARTY_MEMBER)),
               ("陈建国", (LcpIdentity.FIVE_ELDERS,)),
               ("李秀英", (LcpIdentity.GRID_OFFICER, LcpIdentity.WOMENS_FEDERATION)),
               ("王志强", (LcpIdentity.VETERAN,)),
               ("张美华", (LcpIdentity.CADRE, LcpIdentity.PARTY_MEMBER))))}
    lcp.add_training(admin, ids["黄丽娟"], held_on=TODAY, topic="民法典", hours=2.5, mode=TrainingMode.OFFLINE)
    lcp.add_training(admin, ids["黄丽娟"], held_on=TODAY, topic="调解技巧", hours=1, mode=TrainingMode.ONLINE)
    lcp.add_service(admin, ids["黄丽娟"], served_on=TODAY, kind=ServiceKind.PUBLICITY, people_served=40)
    for name in ("黄丽娟", "陈建国", "李秀英"):
        lcp.change_status(admin, ids[name], LcpStatus.REGISTERED, reason="培训考核合格", on=TODAY)
    lcp.set_display_consent(admin, ids["黄丽娟"], consent=True, on=TODAY)
    return ids


def cells(lst: LcpList, column: str) -> list[str]:
    col = [c.key for c in lst.model.columns].index(column)
    return [lst.model.data(lst.model.index(r, col)) for r in range(lst.model.rowCount())]


def page_for(qtbot: QtBot, session: AppSession) -> LcpPage:
    page = LcpPage(session)
    qtbot.addWidget(page)
    settle(qtbot)
    page.resize(1366, 768)
    settle(qtbot)
    page.show()
    settle(qtbot)
    return page


def test_the_roster_model_passes_the_model_tester_and_shows_counts(qtbot: QtBot, qtmodeltester: object, zh: object,
                                                                   app_session: AppSession,
                                                                   roster: dict[str, str]) -> None:
    lst = LcpList(app_session)
    qtbot.addWidget(lst)
    settle(qtbot)
    qtmodeltester.check(lst.model)  # type: ignore[attr-defined]
    assert lst.model.rowCount() == 5
    names = cells(lst, "name")
    row = names.index("黄丽娟")
    assert cells(lst, "trainings")[row] == "2 次 / 3.5 学时"
    assert cells(lst, "services")[row] == "1"
    assert cells(lst, "identities")[row] == "人民调解员、中共党员"
    assert cells(lst, "consent")[row] == "同意展示"
    assert cells(lst, "community")[row] == "观城社区" and cells(lst, "grid")[row].startswith("观城社区第")
    assert "*" in cells(lst, "phone")[row]  # masked


def test_roster_filters_and_search(qtbot: QtBot, app_session: AppSession, roster: dict[str, str]) -> None:
    lst = LcpList(app_session)
    qtbot.addWidget(lst)
    settle(qtbot)
    lst.status.setCurrentIndex(lst.status.findData(LcpStatus.REGISTERED.value))
    settle(qtbot)
    assert sorted(cells(lst, "name")) == sorted(["黄丽娟", "陈建国", "李秀英"])
    lst.identity.setCurrentIndex(lst.identity.findData(LcpIdentity.PARTY_MEMBER.value))
    settle(qtbot)
    assert cells(lst, "name") == ["黄丽娟"]
    lst.status.setCurrentIndex(0)
    settle(qtbot)
    lst.identity.setCurrentIndex(0)
    settle(qtbot)
    type_text(qtbot, lst.search, "张美华")
    qtbot.waitUntil(lambda: cells(lst, "name") == ["张美华"], timeout=3000)
    lst.search.clear()
    settle(qtbot)
    type_text(qtbot, lst.search, "wzq")  # pinyin initials
    qtbot.waitUntil(lambda: cells(lst, "name") == ["王志强"], timeout=3000)


def test_create_with_photo_consent_then_training_service_and_status(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, zh: object, app_session: AppSession, tmp_path: Path) -> None:
    image = QImage(300, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#3F7CAC"))
    png = tmp_path / "证件照.png"
    assert image.save(str(png))
    monkeypatch.setattr(lcp_photo.PhotoPicker, "ask", classmethod(lambda cls, parent: str(png)))
    page = page_for(qtbot, app_session)
    qtbot.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    editor = page.editor
    profile = editor.profile
    assert not editor.trainings.add.isEnabled() and editor.trainings.add.toolTip()
    type_text(qtbot, profile.name, "赵晓梅")
    type_text(qtbot, profile.phone, "13812345678")
    profile.identities.item(3).setCheckState(Qt.CheckState.Checked)  # 人民调解员
    type_text(qtbot, profile.occupation, "观城社区居委会")
    type_text(qtbot, profile.certificate_no, "GL-2026-018")
    qtbot.mouseClick(profile.choose_photo, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert profile.photo.has_photo() and page.has_unsaved_changes()
    profile.consent.setChecked(True)
    assert profile.consent_on.value() == TODAY and profile.show_phone.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: editor.record_id is not None, timeout=5000)
    ctx = app_session.ctx
    detail = lcp.get_lcp(ctx, editor.record_id or "")
    assert detail.photo_attachment_id is not None and detail.display_consent
    assert detail.data.identities == (LcpIdentity.MEDIATOR,) and "*" in detail.data.phone
    stored = attachments.list_attachments(ctx, detail.id)
    assert [a.kind for a in stored] == ["照片"] and stored[0].filename == "证件照.jpg"
    assert editor.profile.photo.has_photo() and not page.has_unsaved_changes()
    assert editor.heading.text() == "赵晓梅" and editor.status_chip.text() == label(LcpStatus.CANDIDATE)

    monkeypatch.setattr(lcp_dialogs.TrainingDialog, "ask", classmethod(lambda cls, parent, today: TrainingEntry(
        TODAY, "人民调解法", Decimal("2.5"), TrainingMode.OFFLINE, "观澜司法所", True, None)))
    qtbot.mouseClick(editor.trainings.add, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: editor.trainings.table.rowCount() == 1, timeout=5000)
    assert "2.5" in editor.trainings.summary.text()
    monkeypatch.setattr(lcp_dialogs.ServiceDialog, "ask", classmethod(lambda cls, parent, today: ServiceEntry(
        TODAY, ServiceKind.PUBLICITY, 35, "民法典进社区")))
    qtbot.mouseClick(editor.services.add, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: editor.services.table.rowCount() == 1, timeout=5000)
    assert editor.services.table.item(0, 1).text() == label(ServiceKind.PUBLICITY)

    monkeypatch.setattr(lcp_dialogs.StatusDialog, "ask", classmethod(lambda cls, parent, targets, today: StatusEntry(
        LcpStatus.REGISTERED, TODAY, "培训考核合格", "")))
    qtbot.mouseClick(editor.history.add, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: editor.status_chip.text() == label(LcpStatus.REGISTERED), timeout=5000)
    assert editor.history.table.rowCount() == 2 and editor.wall_chip.text()  # consented and registered
    monkeypatch.setattr(lcp_dialogs.StatusDialog, "ask", classmethod(lambda cls, parent, targets, today: StatusEntry(
        LcpStatus.REMOVED, TODAY, "迁出本社区", "")))
    qtbot.mouseClick(editor.history.add, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: editor.status_chip.text() == label(LcpStatus.REMOVED), timeout=5000)
    assert not editor.services.add.isEnabled() and "清退" in editor.services.add.toolTip()
    assert not editor.profile.consent.isChecked()  # a removed person leaves the wall at once
    assert page.list.model.rowCount() == 1  # the list refreshed on the change


def test_consent_withdrawn_and_photo_removed(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, app_session: AppSession,
                                             roster: dict[str, str]) -> None:
    page = page_for(qtbot, app_session)
    page.open_record(roster["黄丽娟"])
    settle(qtbot)
    profile = page.editor.profile
    assert profile.consent.isChecked()
    profile.consent.setChecked(False)
    assert not profile.show_phone.isEnabled()
    page.editor.save()
    settle(qtbot)
    qtbot.waitUntil(lambda: not page.has_unsaved_changes(), timeout=5000)
    assert not lcp.get_lcp(app_session.ctx, roster["黄丽娟"]).display_consent
    assert page.editor.wall_chip.isHidden()


def test_a_bad_phone_and_a_missing_name_are_shown_inline_and_nothing_is_saved(
        qtbot: QtBot, zh: object, app_session: AppSession) -> None:
    page = page_for(qtbot, app_session)
    page.new_record()
    settle(qtbot)
    editor = page.editor
    type_text(qtbot, editor.profile.phone, "1381234")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert editor.errors.text("name") == "请填写姓名。"
    assert "0755" in editor.errors.text("phone")
    type_text(qtbot, editor.profile.id_number, "440306199001011234")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert editor.errors.text("id_number")  # wrong check digit
    assert lcp.list_lcps(app_session.ctx).rows == () and editor.record_id is None


def test_the_guard_and_the_disputes_mediated(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, app_session: AppSession,
                                            roster: dict[str, str], mediator: Ctx) -> None:
    case = new_case(mediator)
    dispute_steps.add_mediator(mediator, case.id, MediatorInput("黄丽娟", lcp_id=roster["黄丽娟"]))
    page = page_for(qtbot, app_session)
    page.open_record(roster["黄丽娟"])
    settle(qtbot)
    assert page.editor.mediated.disputes.count() == 1
    with qtbot.waitSignal(app_session.record_requested) as blocker:
        page.editor.mediated.disputes.itemActivated.emit(page.editor.mediated.disputes.item(0))
    assert blocker.args == ["dispute", case.id]
    field = page.editor.profile.occupation
    field.setText("观城社区党群服务中心")
    answers = [Leave.CANCEL, Leave.DISCARD]
    monkeypatch.setattr(ledger_form.UnsavedChangesPrompt, "ask", classmethod(lambda cls, parent: answers.pop(0)))
    with qtbot.waitActive(page):
        page.activateWindow()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    settle(qtbot)
    assert page.stack.currentWidget() is page.editor and page.has_unsaved_changes()
    assert answers == [Leave.DISCARD]
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    settle(qtbot)
    assert answers == []
    assert page.stack.currentWidget() is page.list
    assert lcp.get_lcp(app_session.ctx, roster["黄丽娟"]).data.occupation == ""


def test_a_viewer_sees_the_profile_read_only(qtbot: QtBot, app_session: AppSession, roster: dict[str, str]) -> None:
    viewer = AppSession(app_session.db, actor(Role.VIEWER, "viewer1"), app_session.settings)
    page = page_for(qtbot, viewer)
    assert not page.list.new_button.isEnabled()
    page.open_record(roster["陈建国"])
    settle(qtbot)
    assert not page.editor.profile.name.isEnabled() and page.editor.profile.name.toolTip()
    assert not page.editor.trainings.add.isEnabled() and page.editor.trainings.add.toolTip()
    spec = lcp_page_spec()
    assert (spec.key, spec.record_kind) == ("lcp", "lcp") and spec.title()


def test_screenshots_of_the_roster_and_the_profile(qtbot: QtBot, zh: object, app_session: AppSession, admin: Ctx,
                                                   roster: dict[str, str], tmp_path: Path) -> None:
    image = QImage(300, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#3F7CAC"))
    png = tmp_path / "photo.png"
    image.save(str(png))
    name, data = lcp_photo.prepared_photo(str(png))
    row = attachments.add_attachment(admin, owner_type="lcp", owner_id=roster["黄丽娟"], filename=name, data=data,
                                     kind="照片")
    lcp.set_photo(admin, roster["黄丽娟"], row.id)
    page = page_for(qtbot, app_session)
    screenshot(page, tmp_path, "lcp_list")
    page.open_record(roster["黄丽娟"])
    settle(qtbot)
    screenshot(page, tmp_path, "lcp_editor")
    page.open_record(roster["陈建国"])
    settle(qtbot)
    screenshot(page, tmp_path, "lcp_editor_no_photo")
    page.open_record(roster["黄丽娟"])
    settle(qtbot)
    page.editor.tabs.setCurrentIndex(2)
    settle(qtbot)
    screenshot(page, tmp_path, "lcp_editor_trainings")
    assert page.list.model.index(0, 0) != QModelIndex()


def test_a_stale_profile_save_says_so_and_reloads(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                  app_session: AppSession, roster: dict[str, str], admin: Ctx) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QMessageBox

    pid = roster["陈建国"]
    page = page_for(qtbot, app_session)
    page.open_record(pid)
    settle(qtbot)
    detail = lcp.get_lcp(admin, pid)
    lcp.update_lcp(admin, pid, replace(detail.data, occupation="别人填的单位"), expected_version=detail.version)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    page.editor.profile.occupation.setText("我填的单位")
    settle(qtbot)
    page.editor.save()
    settle(qtbot)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    qtbot.waitUntil(lambda: page.editor.profile.occupation.text() == "别人填的单位", timeout=3000)
    assert not page.has_unsaved_changes()
