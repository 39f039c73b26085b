"""After the agreement, one consistent story (issue 11): performance, follow-ups, judicial confirmation, ending
mediation on a refusal, the mediation deadline, and the sensitive note. Each test failed on main."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta

import pytest

from guanlan_desk.domain.enums import (
    AgreementKind,
    DisputeStatus,
    EndKind,
    JcResult,
    Performance,
    SessionKind,
    Source,
)
from guanlan_desk.domain.errors import IllegalTransition, ValidationError
from guanlan_desk.services import dispute_steps, disputes, print_data
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.dispute_steps import AgreementInput, FollowUpInput, JcDecision, SessionInput
from guanlan_desk.services.errors import RuleViolation
from guanlan_desk.store.models import Dispute, FollowUp
from tests.conftest import FakeClock
from tests.services.test_disputes_core import TODAY, at, new_case


def mediate(ctx: Ctx, dispute_id: str) -> None:
    dispute_steps.accept_dispute(ctx, dispute_id)
    dispute_steps.add_session(ctx, dispute_id, SessionInput(SessionKind.MEDIATION, at(TODAY), content="双方陈述"))


def agree(ctx: Ctx, dispute_id: str, **extra: object) -> None:
    mediate(ctx, dispute_id)
    dispute_steps.record_agreement(ctx, dispute_id, AgreementInput(
        AgreementKind.WRITTEN, terms="被申请人分三期支付12000元", signed_by_all_on=TODAY, sealed_on=TODAY,
        **extra))  # type: ignore[arg-type]


def pending(ctx: Ctx, dispute_id: str) -> list[date]:
    return [f.due_on for f in disputes.get_dispute(ctx, dispute_id).follow_ups if f.done_on is None]


def test_performance_can_be_recorded_after_a_follow_up(mediator: Ctx, clock: FakeClock) -> None:
    ref = new_case(mediator)
    agree(mediator, ref.id)
    dispute_steps.record_performance(mediator, ref.id, Performance.INSTALMENTS)
    clock.advance(days=16)
    dispute_steps.record_follow_up(mediator, ref.id, FollowUpInput(
        TODAY + timedelta(days=16), "陈志强", performance=Performance.INSTALMENTS))
    assert disputes.get_dispute(mediator, ref.id).status == DisputeStatus.FOLLOWED_UP
    clock.advance(days=20)
    dispute_steps.record_performance(mediator, ref.id, Performance.FULL)  # refused on main once visited
    detail = disputes.get_dispute(mediator, ref.id)
    assert detail.agreement is not None and detail.agreement.performance == Performance.FULL.value
    assert detail.status == DisputeStatus.FOLLOWED_UP  # visited, nothing pending: still 已回访


def test_a_follow_up_updates_the_agreements_performance(mediator: Ctx, clock: FakeClock) -> None:
    ref = new_case(mediator)
    agree(mediator, ref.id)
    dispute_steps.record_performance(mediator, ref.id, Performance.INSTALMENTS)
    clock.advance(days=16)
    dispute_steps.record_follow_up(mediator, ref.id, FollowUpInput(
        TODAY + timedelta(days=16), "陈志强", performance=Performance.FULL))
    detail = disputes.get_dispute(mediator, ref.id)
    assert detail.agreement is not None
    assert detail.agreement.performance == Performance.FULL.value  # main kept 分期履行中


def test_the_agreement_schedules_the_first_follow_up_and_scheduling_moves_it(mediator: Ctx) -> None:
    ref = new_case(mediator)
    agree(mediator, ref.id, first_follow_up_on=TODAY + timedelta(days=10))
    assert pending(mediator, ref.id) == [TODAY + timedelta(days=10)]
    dispute_steps.schedule_follow_up(mediator, ref.id, due_on=TODAY + timedelta(days=12))
    assert pending(mediator, ref.id) == [TODAY + timedelta(days=12)]  # main: a second visit was added
    with mediator.read() as session:
        assert session.query(FollowUp).filter(FollowUp.dispute_id == uuid.UUID(ref.id)).count() == 1


def test_followed_up_only_when_no_visit_is_pending(mediator: Ctx, clock: FakeClock) -> None:
    ref = new_case(mediator)
    agree(mediator, ref.id)
    clock.advance(days=15)
    dispute_steps.record_follow_up(mediator, ref.id, FollowUpInput(TODAY + timedelta(days=15), "陈志强",
                                                                   performance=Performance.INSTALMENTS))
    assert disputes.get_dispute(mediator, ref.id).status == DisputeStatus.FOLLOWED_UP
    dispute_steps.schedule_follow_up(mediator, ref.id, due_on=TODAY + timedelta(days=45))
    detail = disputes.get_dispute(mediator, ref.id)
    assert detail.status == DisputeStatus.SETTLED  # main: stayed 已回访 with a visit pending
    with pytest.raises(IllegalTransition):
        dispute_steps.archive_dispute(mediator, ref.id)


def test_the_performance_deadline_is_what_the_mediator_sets(mediator: Ctx) -> None:
    ref = new_case(mediator)
    agree(mediator, ref.id)
    assert disputes.get_dispute(mediator, ref.id).agreement.performance_deadline is None  # type: ignore[union-attr]
    other = new_case(mediator, "李四", "王五")
    with pytest.raises(ValidationError):
        agree(mediator, other.id, performance_deadline=TODAY - timedelta(days=1))


def test_judicial_confirmation_is_a_record_that_keeps_performance(mediator: Ctx, clock: FakeClock) -> None:
    ref = new_case(mediator, a_id="11010519491231002X")  # the respondent is a company: no ID number needed
    agree(mediator, ref.id)
    dispute_steps.record_performance(mediator, ref.id, Performance.INSTALMENTS)
    dispute_steps.request_judicial_confirmation(mediator, ref.id, court="深圳市龙华区人民法院")
    detail = disputes.get_dispute(mediator, ref.id)
    assert detail.agreement is not None and detail.agreement.performance == Performance.INSTALMENTS.value
    assert detail.judicial is not None and detail.judicial.applied_on == TODAY and detail.judicial.result == ""
    with pytest.raises(ValidationError):
        dispute_steps.record_jc_result(mediator, ref.id, JcDecision(JcResult.CONFIRMED, TODAY))  # no number
    clock.advance(days=3)
    dispute_steps.record_jc_result(mediator, ref.id, JcDecision(
        JcResult.CONFIRMED, TODAY + timedelta(days=3), "（2026）粤0309民特123号"))
    view = print_data.dispute_for_print(mediator, ref.id, purpose="case_file")
    assert view.judicial is not None and view.judicial.result == JcResult.CONFIRMED.value
    assert view.judicial.court_case_no == "（2026）粤0309民特123号"
    assert view.agreement is not None and view.agreement.performance == Performance.INSTALMENTS.value


def test_a_party_refusing_ends_mediation_straight_after_acceptance(mediator: Ctx) -> None:
    ref = new_case(mediator)
    dispute_steps.accept_dispute(mediator, ref.id)
    with pytest.raises(RuleViolation):  # without a session only a refusal ends it
        dispute_steps.end_without_agreement(mediator, ref.id, reason="调解不成")
    dispute_steps.end_without_agreement(mediator, ref.id, reason="被申请人明确表示不同意调解", kind=EndKind.REFUSED)
    detail = disputes.get_dispute(mediator, ref.id)
    assert detail.status == DisputeStatus.NOT_SETTLED and detail.end_kind == EndKind.REFUSED.value
    view = print_data.dispute_for_print(mediator, ref.id, purpose="termination_notice")
    assert view.termination_reason == "被申请人明确表示不同意调解"
    assert view.end_kind_label == "当事人拒绝调解" and len(view.parties) == 2


def test_the_deadline_counts_from_acceptance_and_follows_the_date_received(mediator: Ctx, clock: FakeClock) -> None:
    ref = new_case(mediator, received=TODAY - timedelta(days=10))
    assert disputes.get_dispute(mediator, ref.id).mediation_due == TODAY + timedelta(days=20)
    detail = disputes.get_dispute(mediator, ref.id)
    edited = disputes.update_dispute(mediator, ref.id, replace(detail.data, received_on=TODAY - timedelta(days=5)),
                                     expected_version=detail.version)
    assert edited.mediation_due == TODAY + timedelta(days=25)  # main kept the old due date
    with pytest.raises(ValidationError) as info:  # the case number's year cannot change
        disputes.update_dispute(mediator, ref.id, replace(edited.data, received_on=date(2025, 12, 31)),
                                expected_version=edited.version)
    assert "2026" in info.value.render()
    clock.advance(days=2)
    dispute_steps.accept_dispute(mediator, ref.id)
    accepted = disputes.get_dispute(mediator, ref.id)
    assert accepted.accepted_on == TODAY + timedelta(days=2)
    assert accepted.mediation_due == TODAY + timedelta(days=32)  # 30 days from 受理


def test_an_extension_needs_every_partys_consent_and_is_recorded(mediator: Ctx) -> None:
    ref = new_case(mediator)
    dispute_steps.accept_dispute(mediator, ref.id)
    with pytest.raises(ValidationError):
        dispute_steps.extend_mediation(mediator, ref.id, until=TODAY + timedelta(days=50), consent="张三同意",
                                       all_parties_agree=False)
    dispute_steps.extend_mediation(mediator, ref.id, until=TODAY + timedelta(days=50),
                                   consent="张三、公司代表李经理当面同意", all_parties_agree=True)
    detail = disputes.get_dispute(mediator, ref.id)
    assert detail.mediation_due == TODAY + timedelta(days=50) and "李经理" in detail.extension_consent


def test_a_court_entrusted_case_carries_the_courts_deadline(mediator: Ctx) -> None:
    ref = new_case(mediator)
    detail = disputes.get_dispute(mediator, ref.id)
    court_due = TODAY + timedelta(days=20)
    edited = disputes.update_dispute(mediator, ref.id, replace(
        detail.data, source=Source.COURT_PRE_FILING, court_ref_no="（2026）粤0309民诉前调100号",
        court_deadline=court_due), expected_version=detail.version)
    assert edited.mediation_due == court_due and edited.data.court_deadline == court_due
    dispute_steps.accept_dispute(mediator, ref.id)
    assert disputes.get_dispute(mediator, ref.id).mediation_due == court_due


def test_the_sensitive_note_can_be_cleared_and_may_contain_a_star(mediator: Ctx) -> None:
    ref = new_case(mediator)
    detail = disputes.get_dispute(mediator, ref.id)
    detail = disputes.update_dispute(mediator, ref.id, replace(detail.data, sensitive_notes="当事人*情绪激动"),
                                     expected_version=detail.version)
    with mediator.read() as session:
        assert session.get(Dispute, uuid.UUID(ref.id)).sensitive_notes == "当事人*情绪激动"  # type: ignore[union-attr]
    assert detail.has_sensitive_notes and detail.data.sensitive_notes is None  # never shown back
    detail = disputes.update_dispute(mediator, ref.id, detail.data, expected_version=detail.version)
    assert detail.has_sensitive_notes  # None leaves it as it is
    detail = disputes.update_dispute(mediator, ref.id, replace(detail.data, sensitive_notes=""),
                                     expected_version=detail.version)
    assert not detail.has_sensitive_notes
