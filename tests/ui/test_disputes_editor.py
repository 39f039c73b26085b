"""The dispute editor: register through the form, party picker and inline checks, edit and save, stale
versions, lifecycle steps with their enabled state and tooltips, the unsaved-changes guard, attachments."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from guanlan_desk.domain.enums import DisputeRole, DisputeType, DisputeStatus, IdType, PartyKind, SessionKind
from guanlan_desk.services import attachments, disputes, parties
from guanlan_desk.services.dispute_steps import SessionInput
from guanlan_desk.services.parties import PartyInput
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes import case_dialogs, party_dialog, prompts, step_dialogs
from guanlan_desk.ui.views.disputes.page import DisputesPage
from guanlan_desk.ui.views.disputes.party_dialog import PartyDialog, PartyDraft
from guanlan_desk.ui.views.disputes.prompts import LeaveChoice
from guanlan_desk.ui.widgets import attachments_panel
from tests.ui.dispute_helpers import ZHANG_ID, Boxes, register, type_text
from tests.ui.waiting import settle


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def page(qtbot: object, qapp: QApplication, zh_ui: QApplication, app_session: AppSession, boxes: Boxes) -> DisputesPage:
    widget = DisputesPage(app_session)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    settle(qtbot)
    widget.resize(1366, 768)
    return widget


def fill_party(monkeypatch: pytest.MonkeyPatch, qtbot: object, steps: list[object]) -> list[PartyDialog]:
    """Answer PartyDialog.ask by driving a real dialog with ``steps(dialog)`` and pressing Add."""
    opened: list[PartyDialog] = []

    def ask(parent: object, session: AppSession, role: DisputeRole) -> PartyDraft | None:
        dialog = PartyDialog(session, role, None)
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        opened.append(dialog)
        steps.pop(0)(dialog)  # type: ignore[operator]
        dialog.accept()
        return dialog.result_draft

    monkeypatch.setattr(party_dialog.PartyDialog, "ask", ask)
    return opened


def wait_saved(qtbot: object, page: DisputesPage) -> None:
    qtbot.waitUntil(lambda: page.editor.record_id is not None and not page.editor.is_dirty())  # type: ignore[attr-defined]


def test_register_a_dispute_picking_a_known_party_by_id_number(qtbot: object, page: DisputesPage,
                                                                app_session: AppSession,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    known = parties.find_or_create(app_session.ctx, PartyInput(PartyKind.PERSON, "张伟", id_type=IdType.RESIDENT_ID,
                                                               id_number=ZHANG_ID, phone="13800138000"))

    def known_by_id(dialog: PartyDialog) -> None:
        qtbot.keyClicks(dialog.id_number, ZHANG_ID)  # type: ignore[attr-defined]
        dialog.id_number.editingFinished.emit()
        qtbot.waitUntil(lambda: dialog.name.text() == "张伟")  # type: ignore[attr-defined]  # a known ID fills the rest
        assert dialog.phone.text() == "138****8000"
        assert dialog.found_label.isVisibleTo(dialog) and "张伟" in dialog.found_label.text()

    def new_company(dialog: PartyDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(PartyKind.LEGAL_PERSON))
        type_text(dialog.name, "深圳市观澜精密五金有限公司")

    opened = fill_party(monkeypatch, qtbot, [known_by_id, new_company])
    editor = page.editor
    editor.facts.dispute_type.setCurrentIndex(editor.facts.dispute_type.findData(DisputeType.LABOUR))
    settle(qtbot)
    type_text(editor.facts.summary, "申请人称被申请人拖欠工资。")
    assert editor.is_dirty() and editor.heading.title.text().endswith("*")
    qtbot.mouseClick(editor.parties.add_buttons[DisputeRole.APPLICANT], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle(qtbot)
    qtbot.mouseClick(editor.parties.add_buttons[DisputeRole.RESPONDENT], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle(qtbot)
    assert len(opened) == 2 and editor.parties.table.rowCount() == 2
    assert editor.parties.table.item(0, 1).text() == "张伟"
    qtbot.keyClicks(editor.facts.amount, "12000")  # type: ignore[attr-defined]
    settle(qtbot)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle(qtbot)
    wait_saved(qtbot, page)
    settle(qtbot)
    detail = disputes.get_dispute(app_session.ctx, editor.record_id or "")
    assert [p.party_id for p in detail.parties][0] == known.id  # the existing record, not a copy
    assert detail.data.amount_fen == 1_200_000 and detail.data.title == "张伟与深圳市观澜精密五金有限公司劳动争议纠纷"
    assert page.list.model.rowCount() == 1 and page.list.selected_id() == detail.id
    assert detail.case_no in editor.heading.title.text() and editor.heading.badge.text() == "登记"


def test_an_invalid_id_number_shows_the_message_inline_and_nothing_is_saved(
        qtbot: object, page: DisputesPage, app_session: AppSession, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = ZHANG_ID[:-1] + ("0" if ZHANG_ID[-1] != "0" else "1")
    shown: list[str] = []

    def wrong_check_digit(dialog: PartyDialog) -> None:
        type_text(dialog.name, "张伟")
        qtbot.keyClicks(dialog.id_number, bad)  # type: ignore[attr-defined]
        dialog.id_number.editingFinished.emit()
        error = dialog.errors["id_number"]
        assert error.isVisibleTo(dialog)
        shown.append(error.text())

    fill_party(monkeypatch, qtbot, [wrong_check_digit])
    qtbot.mouseClick(page.editor.parties.add_buttons[DisputeRole.APPLICANT], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle(qtbot)
    # The errors catalogue (translated on the shell's branch) gives the text; it is shown as it is translated.
    assert shown == [QCoreApplication.translate(
        "errors", "The ID number's check digit does not match: please check every digit.")]
    assert page.editor.parties.table.rowCount() == 0  # the dialog refused to close with it
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle(qtbot)
    assert page.editor.parties.error.isVisibleTo(page.editor.parties)
    assert "申请人" in page.editor.parties.error.text()
    assert disputes.count_disputes(app_session.ctx) == 0


def test_bad_phone_and_amount_are_refused_with_chinese_messages(qtbot: object, page: DisputesPage,
                                                                app_session: AppSession) -> None:
    dialog = PartyDialog(app_session, DisputeRole.APPLICANT)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    settle(qtbot)
    type_text(dialog.name, "王芳")
    qtbot.keyClicks(dialog.phone, "12345")  # type: ignore[attr-defined]
    settle(qtbot)
    dialog.accept()
    assert dialog.result_draft is None and dialog.errors["phone"].text() == QCoreApplication.translate(
        "errors", "Not a valid phone number: use an 11-digit mobile, a landline with area code (0755-12345678), "
        "or +852/+853 and 8 digits.")
    qtbot.keyClicks(page.editor.facts.amount, "12,000.555")  # type: ignore[attr-defined]
    settle(qtbot)
    assert not page.editor.facts.validate()
    assert "金额" in page.editor.facts.errors["amount"].text()


def test_edit_save_and_a_stale_version_offers_reload(qtbot: object, page: DisputesPage, app_session: AppSession,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    dispute_id = register(app_session.ctx, "王芳")
    page.open_record(dispute_id)
    settle(qtbot)
    editor = page.editor
    editor.facts.title.clear()
    settle(qtbot)
    type_text(editor.facts.title, "王芳欠薪纠纷")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle(qtbot)
    wait_saved(qtbot, page)
    settle(qtbot)
    assert disputes.get_dispute(app_session.ctx, dispute_id).data.title == "王芳欠薪纠纷"
    assert "王芳欠薪纠纷" in str(page.list.model.data(page.list.model.index(0, 3)))

    type_text(editor.facts.summary, "补充：")  # meanwhile someone else saves
    other = disputes.get_dispute(app_session.ctx, dispute_id)
    disputes.update_dispute(app_session.ctx, dispute_id, replace(other.data, requests="支付工资一万二千元"),
                            expected_version=other.version)
    asked: list[bool] = []
    monkeypatch.setattr(prompts.StaleRecordPrompt, "ask", lambda parent: asked.append(True) or True)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle(qtbot)
    qtbot.waitUntil(lambda: bool(asked))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not editor.is_dirty())  # type: ignore[attr-defined]
    assert "补充" not in editor.facts.summary.toPlainText()  # reloaded
    assert editor.facts.requests.toPlainText() == "支付工资一万二千元"


def test_accept_then_add_a_session_with_the_right_buttons(qtbot: object, page: DisputesPage,
                                                           app_session: AppSession,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    dispute_id = register(app_session.ctx, "王芳")
    page.open_record(dispute_id)
    settle(qtbot)
    bar = page.editor.action_bar
    accept, add_session = bar.step_actions["accept"], bar.step_actions["add_session"]
    archive = bar.step_actions["archive"]
    assert accept.isEnabled() and bar.step_actions["decline"].isEnabled()
    assert not add_session.isEnabled() and "登记" in add_session.toolTip()
    assert not archive.isEnabled() and "不能" in archive.toolTip()
    assert not bar.step_actions["request_jc"].isEnabled() and "书面" in bar.step_actions["request_jc"].toolTip()

    monkeypatch.setattr(step_dialogs.ConfirmStep, "ask", classmethod(lambda cls, parent, title, text: True))
    accept.trigger()
    qtbot.waitUntil(lambda: page.editor.detail is not None  # type: ignore[attr-defined]
                    and page.editor.detail.status == DisputeStatus.ACCEPTED)
    assert not accept.isEnabled() and add_session.isEnabled()
    assert page.editor.heading.badge.text() == "已受理"

    held = datetime(2026, 3, 4, 2, 0, tzinfo=timezone.utc)
    monkeypatch.setattr(step_dialogs.SessionDialog, "ask", classmethod(
        lambda cls, parent, today, received, place, recorder, scheduled=None: SessionInput(
            SessionKind.MEDIATION, held, place, "王芳、公司代表", "双方就欠薪金额进行协商。", recorder=recorder)))
    add_session.trigger()
    qtbot.waitUntil(lambda: page.editor.detail is not None  # type: ignore[attr-defined]
                    and page.editor.detail.status == DisputeStatus.MEDIATING)
    whats = [w for _when, w, _text in page.editor.timeline.entries()]
    assert "调解记录" in whats and any("调解中" in w for w in whats)
    assert bar.step_actions["record_agreement"].isEnabled() and not accept.isEnabled()
    settle(qtbot)
    assert page.list.model.data(page.list.model.index(0, 1)) == "调解中"  # the list refreshed


def test_the_unsaved_changes_guard(qtbot: object, page: DisputesPage, app_session: AppSession,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = register(app_session.ctx, "王芳"), register(app_session.ctx, "李强")
    page.list.refresh()
    settle(qtbot)
    page.open_record(first)
    settle(qtbot)
    type_text(page.editor.facts.requests, "支付工资")
    assert page.has_unsaved_changes()
    answers = [LeaveChoice.CANCEL, LeaveChoice.DISCARD, LeaveChoice.SAVE]
    asked: list[str] = []
    monkeypatch.setattr(prompts.UnsavedChangesPrompt, "ask",
                        classmethod(lambda cls, parent, title: asked.append(title) or answers.pop(0)))
    page.open_record(second)  # cancel: stay
    settle(qtbot)
    assert page.editor.record_id == first and page.has_unsaved_changes()
    page.new_record()  # discard: a fresh form
    settle(qtbot)
    assert page.editor.record_id is None and not page.has_unsaved_changes()
    assert "支付工资" not in disputes.get_dispute(app_session.ctx, first).data.requests
    page.open_record(first)
    settle(qtbot)
    type_text(page.editor.facts.requests, "支付工资")
    page.open_record(second)  # save, then go
    settle(qtbot)
    qtbot.waitUntil(lambda: page.editor.record_id == second)  # type: ignore[attr-defined]
    assert disputes.get_dispute(app_session.ctx, first).data.requests == "支付工资"
    assert len(asked) == 3


def test_attachments_add_and_remove(qtbot: object, page: DisputesPage, app_session: AppSession,
                                    monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    dispute_id = register(app_session.ctx, "王芳")
    page.open_record(dispute_id)
    settle(qtbot)
    panel = page.editor.attachments
    scan = tmp_path / "身份证复印件.jpg"
    scan.write_bytes(b"\xff\xd8\xff" + b"scan" * 100)
    monkeypatch.setattr(attachments_panel.FilePicker, "ask", classmethod(lambda cls, parent: [str(scan)]))
    monkeypatch.setattr(attachments_panel.RemoveConfirm, "ask", classmethod(lambda cls, parent, name: True))
    panel.kind.setCurrentText("身份证明")
    settle(qtbot)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle(qtbot)
    qtbot.waitUntil(lambda: panel.filenames() == ["身份证复印件.jpg"])  # type: ignore[attr-defined]
    assert panel.table.item(0, 0).text() == "身份证明"
    opened: list[str] = []
    monkeypatch.setattr(attachments_panel.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    panel.table.selectRow(0)
    settle(qtbot)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle(qtbot)
    qtbot.waitUntil(lambda: bool(opened))  # type: ignore[attr-defined]
    assert Path(opened[0]).read_bytes() == scan.read_bytes()
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle(qtbot)
    qtbot.waitUntil(lambda: panel.filenames() == [])  # type: ignore[attr-defined]
    assert attachments.list_attachments(app_session.ctx, dispute_id) == []


def test_a_third_party_joins_a_registered_dispute(qtbot: object, page: DisputesPage, app_session: AppSession,
                                                  monkeypatch: pytest.MonkeyPatch, boxes: Boxes) -> None:
    dispute_id = register(app_session.ctx, "王芳")
    page.open_record(dispute_id)
    settle(qtbot)

    def third(dialog: PartyDialog) -> None:
        type_text(dialog.name, "赵敏")

    fill_party(monkeypatch, qtbot, [third])
    qtbot.mouseClick(page.editor.parties.add_buttons[DisputeRole.THIRD_PARTY], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle(qtbot)
    qtbot.waitUntil(lambda: page.editor.parties.table.rowCount() == 3)  # type: ignore[attr-defined]
    assert page.editor.parties.table.item(2, 0).text() == "第三人"
    assert "赵敏" in str(page.list.model.data(page.list.model.index(0, 5)))
    page.editor.parties.table.selectRow(0)  # the only applicant cannot be removed
    settle(qtbot)
    qtbot.mouseClick(page.editor.parties.remove_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle(qtbot)
    qtbot.waitUntil(lambda: bool(boxes.warnings))  # type: ignore[attr-defined]
    assert boxes.warnings == [QCoreApplication.translate(
        "errors", "A dispute needs at least one applicant and one respondent.")]
    assert page.editor.parties.table.rowCount() == 3
    page.editor.parties.table.selectRow(2)
    settle(qtbot)
    qtbot.mouseClick(page.editor.parties.remove_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle(qtbot)
    qtbot.waitUntil(lambda: page.editor.parties.table.rowCount() == 2)  # type: ignore[attr-defined]


def test_a_written_agreement_shows_the_judicial_confirmation_window(
        qtbot: object, page: DisputesPage, app_session: AppSession, monkeypatch: pytest.MonkeyPatch) -> None:
    from guanlan_desk.domain.enums import AgreementKind
    from guanlan_desk.services import dispute_steps
    from guanlan_desk.services.dispute_steps import AgreementInput

    dispute_id = register(app_session.ctx, "王芳", applicant_id=ZHANG_ID)
    dispute_steps.accept_dispute(app_session.ctx, dispute_id)
    today = app_session.ctx.today()
    dispute_steps.add_session(app_session.ctx, dispute_id, SessionInput(
        SessionKind.MEDIATION, datetime(today.year, today.month, today.day, 1, tzinfo=timezone.utc), content="协商"))
    page.open_record(dispute_id)
    settle(qtbot)
    dialog = step_dialogs.AgreementDialog(today, today, 2)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    settle(qtbot)
    assert "30" in dialog.effective_label.text() and "2026-04-03" in dialog.effective_label.text()
    monkeypatch.setattr(step_dialogs.AgreementDialog, "ask", classmethod(
        lambda cls, parent, today, received, parties, days=15: AgreementInput(
            AgreementKind.WRITTEN, "被申请人于三日内支付工资一万二千元。", signed_by_all_on=today, sealed_on=today,
            amount_fen=1_200_000)))
    page.editor.action_bar.step_actions["record_agreement"].trigger()
    settle(qtbot)
    qtbot.waitUntil(lambda: page.editor.detail is not None  # type: ignore[attr-defined]
                    and page.editor.detail.status == DisputeStatus.SETTLED)
    assert "2026-04-03" in page.editor.heading.note.text() and page.editor.heading.note.isVisibleTo(page)
    whats = [w for _when, w, _text in page.editor.timeline.entries()]
    assert "司法确认申请截止" in whats and "待回访" in whats
    jc = page.editor.action_bar.step_actions["request_jc"]
    assert jc.isEnabled()
    monkeypatch.setattr(case_dialogs.JcRequestDialog, "ask", classmethod(
        lambda cls, parent, today, earliest, latest: ("深圳市龙华区人民法院", today)))
    jc.trigger()
    qtbot.waitUntil(lambda: page.editor.detail is not None and page.editor.detail.jc_requested)  # type: ignore[attr-defined]
    assert not jc.isEnabled() and "已申请" in jc.toolTip()


def test_a_declined_dispute_needs_a_reason(qtbot: object, page: DisputesPage, app_session: AppSession,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    dispute_id = register(app_session.ctx, "王芳")
    page.open_record(dispute_id)
    settle(qtbot)
    dialog = step_dialogs.ReasonDialog("不予受理", "理由")
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    settle(qtbot)
    dialog.accept()
    assert dialog.result() == 0 and dialog.error.text() == "请填写理由。"
    monkeypatch.setattr(step_dialogs.ReasonDialog, "ask", classmethod(lambda cls, parent, title, prompt: "一方拒绝调解"))
    page.editor.action_bar.step_actions["decline"].trigger()
    settle(qtbot)
    qtbot.waitUntil(lambda: page.editor.detail is not None  # type: ignore[attr-defined]
                    and page.editor.detail.status == DisputeStatus.DECLINED)
    assert ("不予受理" in [w for _d, w, _t in page.editor.timeline.entries()])
    assert page.editor.action_bar.step_actions["archive"].isEnabled()
    assert page.editor.save_button.isEnabled()  # a declined dispute can still be corrected until archived


def test_screenshots_of_the_party_and_agreement_dialogs(qtbot: object, page: DisputesPage, app_session: AppSession,
                                                         tmp_path: Path) -> None:
    from tests.ui.dispute_helpers import save_screenshot

    parties.find_or_create(app_session.ctx, PartyInput(PartyKind.PERSON, "张伟", id_type=IdType.RESIDENT_ID,
                                                       id_number=ZHANG_ID, phone="13800138000"))
    dialog = PartyDialog(app_session, DisputeRole.APPLICANT)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    settle(qtbot)
    qtbot.keyClicks(dialog.id_number, ZHANG_ID[:-1] + "0")  # type: ignore[attr-defined]
    settle(qtbot)
    dialog.id_number.editingFinished.emit()
    dialog.show()
    save_screenshot(dialog, tmp_path, "party_dialog_error.png")
    dialog.id_number.clear()
    qtbot.keyClicks(dialog.id_number, ZHANG_ID)  # type: ignore[attr-defined]
    settle(qtbot)
    dialog.id_number.editingFinished.emit()
    save_screenshot(dialog, tmp_path, "party_dialog_found.png")
    today = app_session.ctx.today()
    agreement = step_dialogs.AgreementDialog(today, today, 2)
    qtbot.addWidget(agreement)  # type: ignore[attr-defined]
    settle(qtbot)
    agreement.show()
    save_screenshot(agreement, tmp_path, "agreement_dialog.png")


def shortcut(widget: QWidget, keys: str) -> QShortcut:
    found = [s for s in widget.findChildren(QShortcut) if s.key().toString() == keys]
    assert len(found) == 1, keys
    return found[0]


def test_keyboard_enter_opens_ctrl_n_starts_a_new_dispute(qtbot: object, page: DisputesPage,
                                                          app_session: AppSession) -> None:
    first = register(app_session.ctx, "王芳")
    page.list.refresh()
    settle(qtbot)
    page.list.table.setCurrentIndex(page.list.model.index(0, 0))
    settle(qtbot)
    qtbot.keyClick(page.list.table, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    settle(qtbot)
    assert page.editor.record_id == first
    # Offscreen windows never become active, so shortcuts are fired through their objects.
    shortcut(page, "Ctrl+N").activated.emit()
    settle(qtbot)
    assert page.editor.record_id is None and page.editor.save_button.text() == "登记"
    register(app_session.ctx, "李强")
    shortcut(page, "F5").activated.emit()
    settle(qtbot)
    assert page.list.model.rowCount() == 2
    assert shortcut(page.editor, "Ctrl+S").context() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert not [s for s in page.findChildren(QShortcut) if s.key().toString() == "Ctrl+F"]  # the window's
    page.focus_search()  # what the main window's Ctrl+F calls
    settle(qtbot)
