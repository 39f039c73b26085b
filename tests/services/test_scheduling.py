"""安排调解 (issue 11): a mediation scheduled after 受理 notifies each applicant and respondent, records the
delivery, can be rescheduled (old notices superseded), shows on the dashboard, and the session starts from it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from guanlan_desk.domain.enums import DisputeRole, PartyKind, SessionKind
from guanlan_desk.domain.errors import IllegalTransition, ValidationError
from guanlan_desk.services import dashboard, dispute_steps, disputes, notices, print_data
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.dispute_steps import ScheduleInput, SessionInput
from guanlan_desk.services.disputes import DisputePartyInput
from guanlan_desk.services.errors import RuleViolation
from guanlan_desk.services.parties import PartyInput
from tests.conftest import FakeClock
from tests.services.test_disputes_core import TODAY, new_case

CST = timezone(timedelta(hours=8))


def when(days: int, hour: int = 9) -> datetime:
    return datetime(TODAY.year, TODAY.month, TODAY.day, hour, 30, tzinfo=CST) + timedelta(days=days)


def plan(days: int = 1, hour: int = 9) -> ScheduleInput:
    return ScheduleInput(when(days, hour), place="观城社区微调解室", mediators=("陈志强", "王芳"),
                         contact_person="陈志强", contact_phone="13800138000")


def accepted_case(ctx: Ctx) -> str:
    ref = new_case(ctx)
    dispute_steps.add_party(ctx, ref.id, DisputePartyInput(DisputeRole.APPLICANT, PartyInput(
        kind=PartyKind.PERSON, name="张三妻子李梅")))  # a co-applicant is notified as an applicant
    dispute_steps.add_party(ctx, ref.id, DisputePartyInput(DisputeRole.THIRD_PARTY, PartyInput(
        kind=PartyKind.PERSON, name="劳务派遣公司代表")))  # a third party is not
    dispute_steps.accept_dispute(ctx, ref.id)
    return ref.id


def test_scheduling_issues_one_notice_per_applicant_and_respondent(mediator: Ctx) -> None:
    dispute_id = accepted_case(mediator)
    made = dispute_steps.schedule_mediation(mediator, dispute_id, plan())
    rows = notices.notices_of(mediator, dispute_id)
    assert sorted(n.party_name for n in rows) == sorted(["张三", "张三妻子李梅", "深圳市观澜精密五金有限公司"])
    assert all(n.schedule_id == made.schedule_id and n.issued_on == TODAY for n in rows)
    assert all(n.contact_person == "陈志强" and n.contact_phone == "13800138000" for n in rows)
    view = print_data.dispute_for_print(mediator, dispute_id, purpose="notice_to_attend")
    assert {n.scheduled_at for n in view.notices} == {when(1)}


def test_scheduling_needs_acceptance_a_place_a_mediator_and_a_future_time(mediator: Ctx) -> None:
    ref = new_case(mediator)
    with pytest.raises(IllegalTransition):
        dispute_steps.schedule_mediation(mediator, ref.id, plan())
    dispute_steps.accept_dispute(mediator, ref.id)
    for bad in (ScheduleInput(when(1), mediators=("陈志强",), contact_person="陈志强"),
                ScheduleInput(when(1), place="调解室", contact_person="陈志强"),
                ScheduleInput(when(-1), place="调解室", mediators=("陈志强",), contact_person="陈志强")):
        with pytest.raises(ValidationError):
            dispute_steps.schedule_mediation(mediator, ref.id, bad)


def test_rescheduling_supersedes_the_old_notices(mediator: Ctx) -> None:
    dispute_id = accepted_case(mediator)
    first = dispute_steps.schedule_mediation(mediator, dispute_id, plan(1))
    second = dispute_steps.schedule_mediation(mediator, dispute_id, plan(3, 14))
    assert second.superseded == 1
    rows = notices.notices_of(mediator, dispute_id)
    old = [n for n in rows if n.schedule_id == first.schedule_id]
    assert len(old) == 3 and all(n.superseded for n in old)
    assert all(not n.superseded for n in rows if n.schedule_id == second.schedule_id)
    with pytest.raises(RuleViolation):
        notices.record_delivery(mediator, old[0].id, method="当面", delivered_at=when(0, 9))
    detail = disputes.get_dispute(mediator, dispute_id)
    assert detail.pending_schedule is not None and detail.pending_schedule.id == second.schedule_id
    view = print_data.dispute_for_print(mediator, dispute_id, purpose="notice_to_attend")
    from guanlan_desk.printing import dispute_forms
    printed = dispute_forms.notices(view)
    assert len(printed) == 3 and {p.scheduled_at for p in printed} == {when(3, 14)}


def test_delivery_records_who_signed_or_the_refusal(mediator: Ctx, clock: FakeClock) -> None:
    dispute_id = accepted_case(mediator)
    dispute_steps.schedule_mediation(mediator, dispute_id, plan())
    first, second, *_ = notices.notices_of(mediator, dispute_id)
    signed = notices.record_delivery(mediator, first.id, method="当面", delivered_at=when(0, 9),
                                     receiver="张三", server="陈志强")
    assert signed.receipt_signed and signed.receiver == "张三" and signed.delivered_on == TODAY
    refused = notices.record_delivery(mediator, second.id, method="邮寄", delivered_at=when(0, 9), refused=True)
    assert refused.refused and not refused.receipt_signed
    with pytest.raises(ValidationError):
        notices.record_delivery(mediator, second.id, method="当面", delivered_at=when(0, 9), refused=True,
                                receiver="李四")
    with pytest.raises(ValidationError):
        notices.record_delivery(mediator, second.id, method="当面", delivered_at=when(1, 9))  # in the future


def test_the_dashboard_shows_todays_and_this_weeks_mediations(mediator: Ctx, clock: FakeClock) -> None:
    today_case = accepted_case(mediator)
    week_case = new_case(mediator, "李四", "王五")
    dispute_steps.accept_dispute(mediator, week_case.id)
    dispute_steps.schedule_mediation(mediator, today_case, plan(0, 15))  # Wednesday 15:30
    dispute_steps.schedule_mediation(mediator, week_case.id, plan(2))  # Friday
    later = new_case(mediator, "赵六", "钱七")
    dispute_steps.accept_dispute(mediator, later.id)
    dispute_steps.schedule_mediation(mediator, later.id, plan(7))  # next week
    view = dashboard.overview(mediator)
    assert view.mediations is not None  # this week: today's first, then the coming days
    assert [i.dispute_id for i in view.mediations.rows] == [today_case, week_case.id]
    assert (view.mediations_today_total, view.mediations_week_total) == (1, 2)


def test_recording_the_session_starts_from_the_scheduled_one(mediator: Ctx) -> None:
    dispute_id = accepted_case(mediator)
    made = dispute_steps.schedule_mediation(mediator, dispute_id, plan(0, 15))
    detail = disputes.get_dispute(mediator, dispute_id)
    planned = detail.pending_schedule
    assert planned is not None
    dispute_steps.add_session(mediator, dispute_id, SessionInput(
        SessionKind.MEDIATION, planned.scheduled_at, planned.place, content="双方到场陈述", schedule_id=planned.id))
    detail = disputes.get_dispute(mediator, dispute_id)
    assert detail.pending_schedule is None and detail.schedules[0].session_id is not None
    assert dashboard.overview(mediator).mediations_today_total == 0
    with pytest.raises(RuleViolation):  # recorded once
        dispute_steps.add_session(mediator, dispute_id, SessionInput(
            SessionKind.MEDIATION, planned.scheduled_at, content="再记一次", schedule_id=made.schedule_id))


def test_the_contact_defaults_to_the_lead_mediator(mediator: Ctx) -> None:
    dispute_id = accepted_case(mediator)
    defaults = dispute_steps.schedule_defaults(mediator, dispute_id)
    assert defaults.contact_person == "陈志强" and defaults.mediators == ("陈志强",)
