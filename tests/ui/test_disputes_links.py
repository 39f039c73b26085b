"""Mediators (legal-clarity persons among them), linked risk items, filters, and what a viewer may do."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from guanlan_desk.domain.enums import DisputeType
from guanlan_desk.services import disputes, lcp
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.lcp import LcpInput
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes import mediators_panel, risks_panel
from guanlan_desk.ui.views.disputes.mediators_panel import MediatorDialog
from guanlan_desk.ui.views.disputes.page import DisputesPage
from tests.services.test_risks_core import report
from tests.ui.dispute_helpers import Boxes, register
from tests.ui.waiting import settle


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def page(qtbot: object, qapp: QApplication, zh_ui: QApplication, app_session: AppSession, boxes: Boxes) -> DisputesPage:
    widget = DisputesPage(app_session)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    settle(qtbot)
    return widget


def test_a_legal_clarity_person_joins_as_mediator(qtbot: object, page: DisputesPage, app_session: AppSession,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    person = lcp.create_lcp(app_session.ctx, LcpInput("黄丽娟", community_code="GC"))
    dispute_id = register(app_session.ctx, "王芳")
    page.open_record(dispute_id)
    settle(qtbot)
    dialog = MediatorDialog(app_session)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    settle(qtbot)
    index = next(i for i in range(dialog.lcp.count()) if "黄丽娟" in dialog.lcp.itemText(i))
    dialog.lcp.setCurrentIndex(index)
    assert dialog.name.text() == "黄丽娟"
    dialog.accept()
    assert dialog.value is not None and dialog.value.lcp_id == person
    monkeypatch.setattr(mediators_panel.MediatorDialog, "ask", classmethod(lambda cls, parent, session: dialog.value))
    page.editor.mediators.add_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: page.editor.mediators.list.count() == 2)  # type: ignore[attr-defined]
    assert "法律明白人" in page.editor.mediators.list.item(1).text()
    assert [m.lcp_id for m in disputes.get_dispute(app_session.ctx, dispute_id).mediators if m.lcp_id] == [person]
    page.editor.mediators.list.setCurrentRow(1)
    settle(qtbot)
    page.editor.mediators.remove_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: page.editor.mediators.list.count() == 1)  # type: ignore[attr-defined]


def test_link_a_risk_item_and_open_it(qtbot: object, page: DisputesPage, app_session: AppSession,
                                      grid_officer: Ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    risk = report(grid_officer, title="工业园欠薪引发聚集风险")
    dispute_id = register(app_session.ctx, "王芳")
    page.open_record(dispute_id)
    settle(qtbot)
    picker = risks_panel.RiskPickerDialog(app_session, set())
    settle(qtbot)
    qtbot.addWidget(picker)  # type: ignore[attr-defined]
    settle(qtbot)
    assert picker.list.count() == 1 and "工业园欠薪" in picker.list.item(0).text()
    monkeypatch.setattr(risks_panel.RiskPickerDialog, "ask", classmethod(lambda cls, parent, session, exclude: risk.id))
    page.editor.risks.link_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: page.editor.risks.risk_ids() == [risk.id])  # type: ignore[attr-defined]
    opened: list[tuple[str, str]] = []
    app_session.record_requested.connect(lambda kind, rid: opened.append((kind, rid)))
    page.editor.risks.table.cellDoubleClicked.emit(0, 0)
    settle(qtbot)
    assert opened == [("risk", risk.id)]
    page.editor.risks.table.selectRow(0)
    settle(qtbot)
    page.editor.risks.unlink_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: page.editor.risks.risk_ids() == [])  # type: ignore[attr-defined]


def test_type_date_and_overdue_filters(qtbot: object, page: DisputesPage, app_session: AppSession) -> None:
    today = app_session.ctx.today()
    register(app_session.ctx, "王芳", dtype=DisputeType.NEIGHBOUR)
    register(app_session.ctx, "李强")
    bar, model = page.list.filter_bar, page.list.model
    page.list.refresh()
    settle(qtbot)
    bar.type_combo.setCurrentIndex(bar.type_combo.findData(DisputeType.NEIGHBOUR))
    settle(qtbot)
    assert model.rowCount() == 1 and "邻里纠纷" == model.data(model.index(0, 4))
    bar.type_combo.setCurrentIndex(0)
    settle(qtbot)
    bar.dates_check.setChecked(True)
    settle(qtbot)
    from guanlan_desk.ui.views.disputes.filter_bar import qdate

    bar.date_from.setDate(qdate(today - timedelta(days=10)))
    settle(qtbot)
    bar.date_to.setDate(qdate(today - timedelta(days=1)))
    settle(qtbot)
    assert model.rowCount() == 0
    bar.dates_check.setChecked(False)
    settle(qtbot)
    bar.overdue_check.setChecked(True)
    settle(qtbot)
    assert model.rowCount() == 0  # both received today: nothing is late yet
    bar.clear()
    settle(qtbot)
    assert model.rowCount() == 2


def test_a_viewer_reads_but_cannot_change(qtbot: object, viewer: Ctx, qsettings: QSettings, qapp: QApplication, zh_ui: QApplication,
                                          app_session: AppSession, boxes: Boxes) -> None:
    dispute_id = register(app_session.ctx, "王芳")
    page = DisputesPage(AppSession(viewer.db, viewer.actor, qsettings))
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    settle(qtbot)
    page.open_record(dispute_id)
    settle(qtbot)
    assert not page.editor.save_button.isEnabled()
    accept = page.editor.action_bar.step_actions["accept"]
    assert not accept.isEnabled() and accept.toolTip() == "您的角色无权修改矛盾纠纷。"
    assert not page.editor.parties.show_button.isVisibleTo(page)  # no unmasking for viewers


def test_print_uses_the_print_dialog_when_it_is_installed(qtbot: object, page: DisputesPage,
                                                          app_session: AppSession,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    from guanlan_desk.ui.views.disputes.editor import PRINT_MODULE, DisputeEditor

    if not DisputeEditor.printing_available():
        assert not page.editor.print_button.isVisibleTo(page)  # this build has no print dialog
    calls: list[dict[str, object]] = []

    class FakePrintDialog:
        @classmethod
        def ask(cls, parent: object, session: object, **kwargs: object) -> None:
            calls.append(kwargs)

    module = types.ModuleType(PRINT_MODULE)
    module.PrintDialog = FakePrintDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, PRINT_MODULE, module)
    assert DisputeEditor.printing_available()
    dispute_id = register(app_session.ctx, "王芳")
    page.open_record(dispute_id)
    settle(qtbot)
    page.editor.print_button.click()
    settle(qtbot)
    assert calls == [{"subject": "dispute", "record_id": dispute_id}]


def test_a_same_name_person_without_id_is_offered(qtbot: object, app_session: AppSession, boxes: Boxes) -> None:
    from guanlan_desk.domain.enums import DisputeRole, PartyKind
    from guanlan_desk.services import parties
    from guanlan_desk.services.parties import PartyInput
    from guanlan_desk.ui.views.disputes.party_dialog import PartyDialog
    from tests.ui.dispute_helpers import type_text

    known = parties.find_or_create(app_session.ctx, PartyInput(PartyKind.PERSON, "陈小明", phone="13912345678")).id
    dialog = PartyDialog(app_session, DisputeRole.RESPONDENT)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    settle(qtbot)
    type_text(dialog.name, "陈小明")
    dialog.phone.setText("13912345678")
    dialog.name.editingFinished.emit()
    settle(qtbot)
    assert dialog.matches.count() == 1 and "陈小明" in dialog.matches.item(0).text()
    dialog.matches.itemActivated.emit(dialog.matches.item(0))
    dialog.accept()
    assert dialog.result_draft is not None and dialog.result_draft.party_id == known


def test_every_step_runs_through_its_dialog(qtbot: object, page: DisputesPage, app_session: AppSession,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A whole case, then the closing routes: each button asks its dialog and the status follows."""
    from datetime import datetime, timezone

    from guanlan_desk.domain.enums import (
        AgreementKind,
        DisputeStatus,
        Performance,
        ReferralKind,
        Satisfaction,
        SessionKind,
    )
    from guanlan_desk.services.dispute_steps import AgreementInput, FollowUpInput, SessionInput
    from guanlan_desk.ui.views.disputes import step_dialogs as d

    today = app_session.ctx.today()
    monkeypatch.setattr(d.ConfirmStep, "ask", classmethod(lambda cls, parent, title, text: True))
    monkeypatch.setattr(d.ReasonDialog, "ask", classmethod(lambda cls, parent, title, prompt: "当事人自愿撤回"))
    monkeypatch.setattr(d.SessionDialog, "ask", classmethod(lambda cls, parent, today, received, place, recorder,
                                                            scheduled=None:
                                                            SessionInput(SessionKind.MEDIATION, datetime(
                                                                today.year, today.month, today.day, 2,
                                                                tzinfo=timezone.utc), content="调解")))
    monkeypatch.setattr(d.AgreementDialog, "ask", classmethod(lambda cls, parent, today, received, parties, days=15:
                                                              AgreementInput(AgreementKind.ORAL, "当场支付")))
    monkeypatch.setattr(d.PerformanceDialog, "ask", classmethod(lambda cls, parent: Performance.FULL))
    monkeypatch.setattr(d.ScheduleFollowUpDialog, "ask", classmethod(lambda cls, parent, today, pending=None: today))
    from guanlan_desk.domain.enums import EndKind
    from guanlan_desk.ui.views.disputes import case_dialogs
    monkeypatch.setattr(case_dialogs.EndMediationDialog, "ask", classmethod(
        lambda cls, parent, refusal_only: (EndKind.NO_AGREEMENT, "双方对金额分歧过大")))
    monkeypatch.setattr(d.FollowUpDialog, "ask", classmethod(lambda cls, parent, today, visitor: FollowUpInput(
        today, visitor or "陈志强", satisfaction=Satisfaction.SATISFIED)))
    monkeypatch.setattr(d.ReferDialog, "ask", classmethod(lambda cls, parent: (ReferralKind.COURT, "龙华区人民法院", "")))

    def step(key: str, status: DisputeStatus) -> None:
        action = page.editor.action_bar.step_actions[key]
        assert action.isEnabled(), (key, action.toolTip())
        action.trigger()
        qtbot.waitUntil(lambda: page.editor.detail is not None  # type: ignore[attr-defined]
                        and page.editor.detail.status == status and page.editor.action_bar.isEnabled())

    first = register(app_session.ctx, "王芳")
    page.open_record(first)
    settle(qtbot)
    for key, status in (("accept", DisputeStatus.ACCEPTED), ("add_session", DisputeStatus.MEDIATING),
                        ("record_agreement", DisputeStatus.SETTLED),
                        ("record_performance", DisputeStatus.PERFORMED),
                        ("schedule_follow_up", DisputeStatus.PERFORMED),
                        ("record_follow_up", DisputeStatus.FOLLOWED_UP), ("archive", DisputeStatus.ARCHIVED)):
        step(key, status)
    assert not page.editor.save_button.isEnabled()  # archived: read-only
    assert all(not a.isEnabled() for a in page.editor.action_bar.step_actions.values())
    for route, status in (("refer", DisputeStatus.REFERRED), ("withdraw", DisputeStatus.WITHDRAWN),
                          ("end_without_agreement", DisputeStatus.NOT_SETTLED)):
        other = register(app_session.ctx, "李强")
        page.open_record(other)
        settle(qtbot)
        if route == "end_without_agreement":
            step("accept", DisputeStatus.ACCEPTED)
            step("add_session", DisputeStatus.MEDIATING)
        step(route, status)


def test_the_dashboard_can_show_the_list_filtered(qtbot: object, page: DisputesPage, app_session: AppSession) -> None:
    from guanlan_desk.domain.enums import DisputeStatus
    from guanlan_desk.services import dispute_steps
    from guanlan_desk.services.disputes import DisputeFilter

    first = register(app_session.ctx, "王芳")
    register(app_session.ctx, "李强")
    dispute_steps.accept_dispute(app_session.ctx, first)
    page.show_list(DisputeFilter(statuses=frozenset({DisputeStatus.ACCEPTED}), open_only=True))
    settle(qtbot)
    assert page.list.model.rowCount() == 1 and page.list.filter_bar.open_check.isChecked()
    page.show_list(DisputeFilter(query="李强"))
    settle(qtbot)
    assert page.list.model.rowCount() == 1 and page.list.search.text() == "李强"
    assert page.list.filter_bar.statuses() == frozenset()


def test_typing_a_known_credit_code_fills_in_the_organisation(qtbot: object, app_session: AppSession,
                                                              boxes: Boxes) -> None:
    from guanlan_desk.domain import uscc
    from guanlan_desk.domain.enums import DisputeRole, PartyKind
    from guanlan_desk.services import parties
    from guanlan_desk.services.parties import PartyInput
    from guanlan_desk.ui.views.disputes.party_dialog import PartyDialog

    body = "91440300MA5D12340"
    code = body + uscc.uscc_check_char(body)
    company = parties.find_or_create(app_session.ctx, PartyInput(PartyKind.LEGAL_PERSON, "深圳市观澜精密五金有限公司",
                                                                 uscc=code)).id
    dialog = PartyDialog(app_session, DisputeRole.RESPONDENT)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    settle(qtbot)
    dialog.kind.setCurrentIndex(dialog.kind.findData(PartyKind.LEGAL_PERSON))
    assert not dialog.id_number.isVisibleTo(dialog) and dialog.uscc.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.uscc, code)  # type: ignore[attr-defined]
    settle(qtbot)
    dialog.uscc.editingFinished.emit()
    settle(qtbot)
    assert dialog.name.text() == "深圳市观澜精密五金有限公司"
    dialog.accept()
    assert dialog.result_draft is not None and dialog.result_draft.party_id == company
    bad = PartyDialog(app_session, DisputeRole.RESPONDENT)
    qtbot.addWidget(bad)  # type: ignore[attr-defined]
    settle(qtbot)
    bad.kind.setCurrentIndex(bad.kind.findData(PartyKind.LEGAL_PERSON))
    qtbot.keyClicks(bad.uscc, code[:-1] + ("0" if code[-1] != "0" else "1"))  # type: ignore[attr-defined]
    settle(qtbot)
    bad.uscc.editingFinished.emit()
    assert bad.errors["uscc"].isVisibleTo(bad) and bad.errors["uscc"].text()


def test_another_user_logging_in_changes_what_is_enabled(qtbot: object, page: DisputesPage, app_session: AppSession,
                                                         viewer: Ctx) -> None:
    dispute_id = register(app_session.ctx, "王芳")
    page.open_record(dispute_id)
    settle(qtbot)
    assert page.editor.save_button.isEnabled()
    app_session.switch_user(viewer.actor)
    settle(qtbot)
    assert not page.editor.save_button.isEnabled()
    assert not page.editor.action_bar.step_actions["accept"].isEnabled()


def test_a_name_no_print_font_holds_is_flagged_as_it_is_typed(qtbot: object, app_session: AppSession) -> None:
    from guanlan_desk.domain.enums import DisputeRole
    from guanlan_desk.ui.views.disputes.party_dialog import PartyDialog
    from tests.printing.cases import IN_NO_FONT
    from tests.ui.dispute_helpers import type_text

    dialog = PartyDialog(app_session, DisputeRole.RESPONDENT)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    settle(qtbot)
    type_text(dialog.name, "王" + IN_NO_FONT)
    dialog.name.editingFinished.emit()
    warning = dialog.errors["name"]
    assert not warning.isHidden() and f"U+{ord(IN_NO_FONT):04X}" in warning.text()
    dialog.name.setText("王伟")
    dialog.name.editingFinished.emit()
    assert warning.isHidden()
