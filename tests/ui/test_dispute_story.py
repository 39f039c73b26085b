"""A case from 登记 to 归档 through the editor's real step dialogs (issue 11): 受理 → 安排调解 (notices, delivery)
→ 调解 from the scheduled session → 协议 (deadline set by the mediator, first follow-up shown) → 回访 (moving the
pending one) → 司法确认 (application and decision) → 归档. Screenshots of the new dialogs go to /tmp/shots/w11a."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from guanlan_desk.domain.enums import DisputeStatus, JcResult, Performance
from guanlan_desk.services import dashboard, disputes, notices
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.dashboard import DashboardPage
from guanlan_desk.ui.views.disputes import case_dialogs, schedule_dialogs, step_dialogs
from guanlan_desk.ui.views.disputes.page import DisputesPage
from guanlan_desk.ui.views.settings import SettingsPage
from tests.ui.dispute_helpers import ZHANG_ID, register, save_screenshot, type_text
from tests.ui.waiting import settle

SHOTS = Path("/tmp/shots/w11a")


def shot(widget: QWidget, tmp_path: Path, name: str) -> None:
    QApplication.processEvents()
    path = save_screenshot(widget, tmp_path, name)
    try:
        SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, SHOTS / name)
    except OSError:
        pass


def drive(monkeypatch: pytest.MonkeyPatch, qtbot: Any, cls: type[QDialog], fill: Callable[[Any], None]) -> list[Any]:
    """Answer ``cls.ask`` with a real dialog filled by ``fill`` and accepted; returns the dialogs opened."""
    opened: list[Any] = []

    def ask(_cls: type[QDialog], parent: QWidget | None, *args: Any, **kwargs: Any) -> Any:
        dialog = _cls(*args, **kwargs)  # type: ignore[call-arg]
        qtbot.addWidget(dialog)
        dialog.show()
        opened.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.value() if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr(cls, "ask", classmethod(ask))
    return opened


@pytest.fixture
def page(qtbot: Any, zh_ui: QApplication, app_session: AppSession) -> DisputesPage:
    widget = DisputesPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    return widget


def step(qtbot: Any, page: DisputesPage, key: str, ready: Callable[[disputes.DisputeDetail], bool]) -> None:
    action = page.editor.action_bar.step_actions[key]
    assert action.isEnabled(), (key, action.toolTip())
    action.trigger()
    qtbot.waitUntil(lambda: page.editor.detail is not None and ready(page.editor.detail)
                    and page.editor.action_bar.isEnabled(), timeout=20000)


def test_a_case_from_registration_to_archive(qtbot: Any, page: DisputesPage, app_session: AppSession,
                                             monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ctx = app_session.ctx
    today = ctx.today()
    dispute_id = register(ctx, "王芳", applicant_id=ZHANG_ID)
    page.open_record(dispute_id)
    settle(qtbot)
    bar = page.editor.action_bar
    assert not bar.step_actions["schedule_mediation"].isEnabled()  # only after 受理
    monkeypatch.setattr(step_dialogs.ConfirmStep, "ask", classmethod(lambda cls, parent, title, text: True))
    step(qtbot, page, "accept", lambda d: d.status == DisputeStatus.ACCEPTED)
    assert not bar.step_actions["record_delivery"].isEnabled()

    def plan(dialog: schedule_dialogs.ScheduleMediationDialog) -> None:
        assert dialog.contact.text() == "陈志强" and "陈志强" in dialog.mediators.text()
        assert "王芳（申请人）" in dialog.recipients.text()
        dialog.mediators.setText("陈志强、李秀梅")
        dialog.phone.setText("13800138000")
        shot(dialog, tmp_path, "schedule_mediation_dialog.png")

    drive(monkeypatch, qtbot, schedule_dialogs.ScheduleMediationDialog, plan)
    step(qtbot, page, "schedule_mediation", lambda d: d.pending_schedule is not None)
    rows = notices.notices_of(ctx, dispute_id)
    assert len(rows) == 2 and all(n.contact_phone == "13800138000" for n in rows)
    whats = [w for _when, w, _text in page.editor.timeline.entries()]
    assert "已安排调解" in whats

    def reschedule(dialog: schedule_dialogs.ScheduleMediationDialog) -> None:
        assert dialog.windowTitle() == "改期调解" and "作废" in dialog.note.text()
        dialog.when.setDateTime(dialog.when.dateTime().addDays(1))
        shot(dialog, tmp_path, "reschedule_mediation_dialog.png")

    drive(monkeypatch, qtbot, schedule_dialogs.ScheduleMediationDialog, reschedule)
    step(qtbot, page, "schedule_mediation", lambda d: len(d.schedules) == 2)
    assert sum(n.superseded for n in notices.notices_of(ctx, dispute_id)) == 2

    def deliver(dialog: schedule_dialogs.DeliveryDialog) -> None:
        assert dialog.notice.count() == 2 and dialog.receiver.text() == "王芳"
        dialog.server.setText("陈志强")
        shot(dialog, tmp_path, "delivery_dialog.png")

    drive(monkeypatch, qtbot, schedule_dialogs.DeliveryDialog, deliver)
    step(qtbot, page, "record_delivery", lambda d: True)
    qtbot.waitUntil(lambda: any(n.receiver == "王芳" for n in notices.notices_of(ctx, dispute_id)))

    # 调解: the record starts from the scheduled session (time, place), and clears it from the dashboard.
    planned = disputes.get_dispute(ctx, dispute_id).pending_schedule
    assert planned is not None

    def record(dialog: step_dialogs.SessionDialog) -> None:
        assert dialog.from_schedule.isVisibleTo(dialog) and dialog.place.text() == planned.place
        type_text(dialog.content, "双方到场，就欠薪金额进行协商。")
        shot(dialog, tmp_path, "session_from_schedule_dialog.png")

    drive(monkeypatch, qtbot, step_dialogs.SessionDialog, record)
    step(qtbot, page, "add_session", lambda d: d.status == DisputeStatus.MEDIATING)
    assert disputes.get_dispute(ctx, dispute_id).pending_schedule is None

    def agree(dialog: step_dialogs.AgreementDialog) -> None:
        assert not dialog.deadline.isEnabled()  # the mediator sets it: no silent today + 30
        type_text(dialog.terms, "被申请人分两期支付工资一万二千元。")
        dialog.has_deadline.setChecked(True)
        dialog.deadline.setDate(dialog.deadline.date().addDays(20))
        assert dialog.follow_up.date().toString("yyyy-MM-dd") == (today + timedelta(days=15)).isoformat()
        shot(dialog, tmp_path, "agreement_dialog_deadline_follow_up.png")

    drive(monkeypatch, qtbot, step_dialogs.AgreementDialog, agree)
    step(qtbot, page, "record_agreement", lambda d: d.status == DisputeStatus.SETTLED)
    detail = disputes.get_dispute(ctx, dispute_id)
    assert detail.agreement is not None and detail.agreement.performance_deadline == today + timedelta(days=20)
    assert [f.due_on for f in detail.follow_ups] == [today + timedelta(days=15)]

    def move(dialog: step_dialogs.ScheduleFollowUpDialog) -> None:
        assert dialog.due.date().toString("yyyy-MM-dd") == (today + timedelta(days=15)).isoformat()
        dialog.due.setDate(dialog.due.date().addDays(-5))
        shot(dialog, tmp_path, "move_follow_up_dialog.png")

    drive(monkeypatch, qtbot, step_dialogs.ScheduleFollowUpDialog, move)
    step(qtbot, page, "schedule_follow_up", lambda d: d.follow_ups[0].due_on == today + timedelta(days=10))
    assert len(disputes.get_dispute(ctx, dispute_id).follow_ups) == 1  # moved, not a second one

    def apply(dialog: case_dialogs.JcRequestDialog) -> None:
        assert dialog.court.text() == "深圳市龙华区人民法院"
        shot(dialog, tmp_path, "jc_request_dialog.png")

    drive(monkeypatch, qtbot, case_dialogs.JcRequestDialog, apply)
    step(qtbot, page, "request_jc", lambda d: d.judicial is not None)
    assert page.editor.action_bar.step_actions["record_jc_result"].isEnabled()

    def decide(dialog: case_dialogs.JcResultDialog) -> None:
        dialog.number.setText("（2026）粤0309民特123号")
        shot(dialog, tmp_path, "jc_result_dialog.png")

    drive(monkeypatch, qtbot, case_dialogs.JcResultDialog, decide)
    step(qtbot, page, "record_jc_result", lambda d: d.judicial is not None and d.judicial.result == "confirmed")

    monkeypatch.setattr(step_dialogs.FollowUpDialog, "ask", classmethod(
        lambda cls, parent, today, visitor: __import__("guanlan_desk.services.dispute_steps", fromlist=[
            "FollowUpInput"]).FollowUpInput(today, "陈志强", performance=Performance.FULL)))
    step(qtbot, page, "record_follow_up", lambda d: d.status == DisputeStatus.FOLLOWED_UP)
    detail = disputes.get_dispute(ctx, dispute_id)
    assert detail.agreement is not None and detail.agreement.performance == Performance.FULL.value
    step(qtbot, page, "archive", lambda d: d.status == DisputeStatus.ARCHIVED)
    whats = [w for _when, w, _text in page.editor.timeline.entries()]
    assert "法院裁定" in whats and "已申请司法确认" in whats
    page.editor.tabs.setCurrentIndex(2)
    shot(page, tmp_path, "dispute_timeline_archived.png")


def test_ending_on_a_refusal_and_extending_with_consent(qtbot: Any, page: DisputesPage, app_session: AppSession,
                                                        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ctx = app_session.ctx
    first = register(ctx, "李强")
    page.open_record(first)
    settle(qtbot)
    monkeypatch.setattr(step_dialogs.ConfirmStep, "ask", classmethod(lambda cls, parent, title, text: True))
    step(qtbot, page, "accept", lambda d: d.status == DisputeStatus.ACCEPTED)

    def extend(dialog: case_dialogs.ExtendDeadlineDialog) -> None:
        dialog.accept()
        assert dialog.result() == 0 and dialog.error.text()  # no consent yet
        type_text(dialog.consent, "双方当事人当面同意延长")
        dialog.agreed.setChecked(True)
        shot(dialog, tmp_path, "extend_deadline_dialog.png")

    drive(monkeypatch, qtbot, case_dialogs.ExtendDeadlineDialog, extend)
    step(qtbot, page, "extend_deadline", lambda d: bool(d.extension_consent))

    def refuse(dialog: case_dialogs.EndMediationDialog) -> None:
        assert dialog.kind.count() == 1  # before any session only a refusal ends mediation
        type_text(dialog.reason, "被申请人明确表示不同意调解")
        shot(dialog, tmp_path, "end_mediation_refusal_dialog.png")

    drive(monkeypatch, qtbot, case_dialogs.EndMediationDialog, refuse)
    step(qtbot, page, "end_without_agreement", lambda d: d.status == DisputeStatus.NOT_SETTLED)
    assert disputes.get_dispute(ctx, first).end_kind == "refused"


def test_the_dashboard_and_settings_show_mediations_and_committees(qtbot: Any, zh_ui: QApplication,
                                                                   app_session: AppSession, tmp_path: Path) -> None:
    from guanlan_desk.services import dispute_steps
    from guanlan_desk.services.dispute_steps import ScheduleInput

    ctx = app_session.ctx
    dispute_id = register(ctx, "王芳")
    dispute_steps.accept_dispute(ctx, dispute_id)
    dispute_steps.schedule_mediation(ctx, dispute_id, ScheduleInput(
        ctx.now() + timedelta(hours=5), place="观城社区微调解室", mediators=("陈志强",), contact_person="陈志强"))
    assert dashboard.overview(ctx).mediations_today_total == 1
    board = DashboardPage(app_session)
    qtbot.addWidget(board)
    board.resize(1366, 768)
    qtbot.waitUntil(lambda: board.overview is not None)
    assert board.mediations.topLevelItemCount() == 1 and "王芳" in board.mediations.topLevelItem(0).text(2)
    assert "今日" in board.mediation_box.title() and board.mediations.topLevelItem(0).text(0).startswith("今天")
    shot(board, tmp_path, "dashboard_mediations.png")
    settings = SettingsPage(app_session)
    qtbot.addWidget(settings)
    settings.resize(1366, 900)
    box = settings.committees_box
    settle(qtbot)
    assert not box.editable and box.table.topLevelItemCount() >= 10
    names = [box.table.topLevelItem(i).text(1) for i in range(box.table.topLevelItemCount())]
    assert "观城社区人民调解委员会" in names and "广培社区人民调解委员会" in names
    shot(settings, tmp_path, "settings_committees_readonly.png")



def test_the_office_edits_a_committee_in_settings(qtbot: Any, zh_ui: QApplication, office_db: Any,
                                                  qsettings: Any, tmp_path: Path) -> None:
    from guanlan_desk.domain.enums import Role
    from guanlan_desk.services import committees
    from guanlan_desk.ui.views.committees_box import CommunityDialog
    from tests.conftest import actor

    office = AppSession(office_db, actor(Role.OFFICE_ADMIN, "office"), qsettings)
    settings = SettingsPage(office)
    qtbot.addWidget(settings)
    box = settings.committees_box
    assert box.editable and box.add_button.isVisibleTo(settings)
    row = next(c for c in committees.committees(office.ctx) if c.community_code == "GP")
    dialog = CommunityDialog(office, row)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.seal.setText("深圳市龙华区观澜街道广培社区人民调解委员会")
    dialog.pattern.setText("（{year}）广培人调字第{serial:03d}号")
    assert dialog.example.text().endswith("（2026）广培人调字第001号")
    dialog.phone.setText("0755-28010000")
    shot(dialog, tmp_path, "office_community_committee_dialog.png")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = committees.committee_of(office.ctx, "GP")
    assert saved.seal_text == "深圳市龙华区观澜街道广培社区人民调解委员会" and saved.phone == "0755-28010000"
    box.refresh()
    settle(qtbot)
    texts = [box.table.topLevelItem(i).text(3) for i in range(box.table.topLevelItemCount())]
    assert "（2026）广培人调字第001号" in texts


def test_a_court_entrusted_case_takes_the_courts_deadline_in_the_form(qtbot: Any, page: DisputesPage,
                                                                       app_session: AppSession,
                                                                       tmp_path: Path) -> None:
    from guanlan_desk.domain.enums import Source

    dispute_id = register(app_session.ctx, "王芳")
    page.open_record(dispute_id)
    settle(qtbot)
    facts = page.editor.facts
    assert not facts.court_row.isVisibleTo(page)
    facts.source.setCurrentIndex(facts.source.findData(Source.COURT_PRE_FILING))
    assert facts.court_row.isVisibleTo(page)
    type_text(facts.court_ref, "（2026）粤0309民诉前调100号")
    facts.court_due_set.setChecked(True)
    facts.court_due.setDate(facts.court_due.date().addDays(20))
    page.editor.save()
    due = app_session.ctx.today() + timedelta(days=20)
    qtbot.waitUntil(lambda: page.editor.detail is not None and page.editor.detail.mediation_due == due,
                    timeout=20000)
    assert "法院" in page.editor.heading.note.text()
    shot(page, tmp_path, "court_entrusted_deadline.png")
