"""The mediator roster, choosing a mediator from it, the coded flags with prevention counts, the text counters and
the legal-clarity person's fixed lists, as a user sees them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from guanlan_desk.domain.enums import CaseFlag
from guanlan_desk.domain.people_enums import Education, MediatorRole, PoliticalStatus
from guanlan_desk.services import disputes, lcp, mediators
from guanlan_desk.services.lcp import LcpInput
from guanlan_desk.services.mediators import RosterInput
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes import mediators_panel
from guanlan_desk.ui.views.disputes.mediators_panel import MediatorDialog
from guanlan_desk.ui.views.disputes.page import DisputesPage
from guanlan_desk.ui.views.disputes.roster_dialog import RosterDialog, RosterEntryDialog
from guanlan_desk.ui.views.lcp.page import LcpPage
from tests.ui.dispute_helpers import register, type_text
from tests.ui.waiting import settle

SHOTS = "/tmp/shots/w11b"


@pytest.fixture
def page(qtbot: object, zh_ui: QApplication, app_session: AppSession) -> DisputesPage:
    widget = DisputesPage(app_session)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    settle(qtbot)
    widget.resize(1366, 768)
    return widget


def test_add_a_mediator_to_the_roster_and_choose_them_for_a_case(
        qtbot: object, page: DisputesPage, app_session: AppSession, monkeypatch: pytest.MonkeyPatch) -> None:
    mediators.add_to_roster(app_session.ctx, RosterInput("李秀梅", MediatorRole.DIRECTOR, certificate_no="GD-GC-001",
                                                         phone="13800138000", trainings="2025-04 人民调解业务培训（16学时）"))
    entry = RosterEntryDialog(app_session, None)
    qtbot.addWidget(entry)  # type: ignore[attr-defined]
    settle(qtbot)
    entry.name.setText("王丽娟")
    entry.role.setCurrentIndex(entry.role.findData(MediatorRole.FULL_TIME))
    entry.phone.setText("１３９ １２３４ ５６７８")  # full-width, as typed with a Chinese input method
    entry.accept()  # the write runs on the writer thread; the dialog closes when it is back
    qtbot.waitUntil(lambda: entry.result() == QDialog.DialogCode.Accepted)  # type: ignore[attr-defined]
    assert entry.saved_id is not None
    roster = RosterDialog(app_session)
    qtbot.addWidget(roster)  # type: ignore[attr-defined]
    settle(qtbot)
    shown = [(roster.table.item(i, 0).text(), roster.table.item(i, 1).text(), roster.table.item(i, 4).text())
             for i in range(roster.table.rowCount())]
    assert shown == [("李秀梅", "主任", "138****8000"), ("王丽娟", "专职调解员", "139****5678")]
    roster.grab().save(f"{SHOTS}/roster-dialog.png")

    dispute_id = register(app_session.ctx, "王芳")
    page.open_record(dispute_id)
    settle(qtbot)
    dialog = MediatorDialog(app_session)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    settle(qtbot)
    dialog.accept()
    assert dialog.value is None and "名册" in dialog.error.text()
    dialog.roster.setCurrentIndex(next(i for i in range(dialog.roster.count()) if "王丽娟" in dialog.roster.itemText(i)))
    assert dialog.name.text() == "王丽娟" and dialog.name.isReadOnly()
    dialog.grab().save(f"{SHOTS}/mediator-picker.png")
    dialog.accept()
    assert dialog.value is not None and dialog.value.mediator_id == entry.saved_id
    monkeypatch.setattr(mediators_panel.MediatorDialog, "ask", classmethod(lambda cls, parent, session: dialog.value))
    page.editor.mediators.add_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: page.editor.mediators.list.count() == 2)  # type: ignore[attr-defined]
    linked = [m for m in disputes.get_dispute(app_session.ctx, dispute_id).mediators if m.mediator_id]
    assert [(m.name, m.mediator_id) for m in linked] == [("王丽娟", entry.saved_id)]
    assert "不在名册" in page.editor.mediators.list.item(0).text()  # the helper's free-text mediator


def test_flags_are_ticked_from_the_domain_and_saved_as_codes_with_prevented_persons(
        qtbot: object, page: DisputesPage, app_session: AppSession) -> None:
    dispute_id = register(app_session.ctx, "王芳")
    page.open_record(dispute_id)
    settle(qtbot)
    facts = page.editor.facts
    assert [facts.flags[f].text() for f in CaseFlag] == [
        "群体性", "可能民转刑", "可能群体性上访", "涉稳", "涉未成年人", "防止民转刑", "防止群体性上访"]
    spin = facts.prevented_persons[CaseFlag.CRIMINAL_PREVENTED]
    assert not spin.isEnabled()
    facts.persons.setValue(3)
    facts.flags[CaseFlag.CRIMINAL_RISK].setChecked(True)
    facts.flags[CaseFlag.CRIMINAL_PREVENTED].setChecked(True)
    assert spin.isEnabled() and spin.value() == 3  # defaults to the persons involved
    spin.setValue(2)
    type_text(facts.summary, "双方因工资结算发生争执，一方扬言报复。")
    assert facts.summary_counter.text().endswith("/ 5000")
    page.editor.tabs.setCurrentIndex(0)
    settle(qtbot)
    page.editor.grab().save(f"{SHOTS}/dispute-facts-flags.png")
    settle(qtbot)
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle(qtbot)
    qtbot.waitUntil(lambda: not page.editor.is_dirty())  # type: ignore[attr-defined]
    data = disputes.get_dispute(app_session.ctx, dispute_id).data
    assert data.flags == (CaseFlag.CRIMINAL_RISK, CaseFlag.CRIMINAL_PREVENTED)
    assert data.prevented_criminal_persons == 2 and data.prevented_petition_persons == 0


def test_a_summary_over_the_limit_shows_red_and_the_service_message_inline(
        qtbot: object, page: DisputesPage, app_session: AppSession) -> None:
    dispute_id = register(app_session.ctx, "王芳")
    page.open_record(dispute_id)
    settle(qtbot)
    facts = page.editor.facts
    facts.summary.setPlainText("纠" * 5001)
    assert facts.summary_counter.over and "5001 / 5000" == facts.summary_counter.text()
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle(qtbot)
    qtbot.waitUntil(lambda: facts.errors["summary"].isVisibleTo(facts))  # type: ignore[attr-defined]
    assert "5000" in facts.errors["summary"].text() and "过长" in facts.errors["summary"].text()
    assert len(disputes.get_dispute(app_session.ctx, dispute_id).data.summary) < 100


def test_political_status_and_education_are_chosen_from_lists(qtbot: object, zh_ui: QApplication,
                                                              app_session: AppSession) -> None:
    person = lcp.create_lcp(app_session.ctx, LcpInput("黄丽娟", political_status=PoliticalStatus.MASSES,
                                                      education=Education.HIGH_SCHOOL))
    page = LcpPage(app_session)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    settle(qtbot)
    page.resize(1366, 768)
    settle(qtbot)
    page.open_record(person)
    settle(qtbot)
    profile = page.editor.profile
    assert profile.political_status.currentText() == "群众" and profile.education.currentText() == "高中"
    assert [profile.political_status.itemText(i) for i in range(1, profile.political_status.count())] == [
        "中共党员", "中共预备党员", "共青团员", "民主党派", "无党派人士", "群众"]
    page.grab().save(f"{SHOTS}/lcp-profile-lists.png")
    settle(qtbot)


def test_the_community_adviser_and_a_joint_lecture_from_the_list(qtbot: object, zh_ui: QApplication,
                                                                 app_session: AppSession) -> None:
    from datetime import date

    from guanlan_desk.domain.enums import LcpStatus, ServiceKind
    from guanlan_desk.services import lcp_community
    from guanlan_desk.ui.views.lcp.lcp_community import AdviserDialog, JointServiceDialog

    ids = [lcp.create_lcp(app_session.ctx, LcpInput(name)) for name in ("黄丽娟", "陈建华", "林小红")]
    for person in ids:
        lcp.change_status(app_session.ctx, person, LcpStatus.REGISTERED, reason="培训考核合格")
    page = LcpPage(app_session)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    settle(qtbot)
    page.resize(1366, 500)
    settle(qtbot)
    strip = page.list.community_strip
    assert "未" in strip.adviser.text()
    adviser = AdviserDialog(app_session)
    qtbot.addWidget(adviser)  # type: ignore[attr-defined]
    settle(qtbot)
    adviser.name.setText("陈律师")
    adviser.firm.setText("广东某某律师事务所")
    adviser.phone.setText("139 1234 5678")
    adviser.grab().save(f"{SHOTS}/lcp-adviser-dialog.png")
    adviser.accept()
    strip.refresh()
    settle(qtbot)
    assert "陈律师" in strip.adviser.text() and "139****5678" in strip.adviser.text()
    joint = JointServiceDialog(app_session)
    qtbot.addWidget(joint)  # type: ignore[attr-defined]
    settle(qtbot)
    joint.accept()
    assert joint.event_id is None and joint.error.isVisibleTo(joint)  # nobody ticked
    for i in range(2):
        joint.persons.item(i).setCheckState(Qt.CheckState.Checked)
    joint.people.setValue(45)
    joint.note.setText("民法典进社区讲座")
    joint.grab().save(f"{SHOTS}/lcp-joint-service.png")
    joint.accept()
    assert joint.event_id is not None
    totals = lcp_community.service_totals(app_session.ctx, start=date(2026, 1, 1), end=app_session.ctx.today(),
                                          kind=ServiceKind.PUBLICITY)
    assert (totals.events, totals.person_services, totals.people_served) == (1, 2, 45)
    page.grab().save(f"{SHOTS}/lcp-list-adviser-strip.png")
    settle(qtbot)


def test_the_risk_form_counts_the_description_against_its_limit(qtbot: object, zh_ui: QApplication,
                                                                app_session: AppSession) -> None:
    from guanlan_desk.ui.views.risks.page import RisksPage

    page = RisksPage(app_session)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    settle(qtbot)
    page.resize(1366, 768)
    settle(qtbot)
    page.new_record()
    settle(qtbot)
    form = page.editor.facts
    assert form.title.maxLength() == 200
    type_text(form.description, "工业园出租屋消防通道堵塞。")
    assert form.description_counter.text() == "13 / 5000" and not form.description_counter.over
    page.grab().save(f"{SHOTS}/risk-form-counter.png")
    settle(qtbot)
