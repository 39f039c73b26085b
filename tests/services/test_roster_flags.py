"""People and flags: the mediator roster, coded case flags with prevention counts, the synced status history,
the community's legal adviser and services given together as one event."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from guanlan_desk.domain.enums import CaseFlag, DisputeStatus, ServiceKind, SessionKind, label, parse_flags
from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.domain.people_enums import Education, MediatorRole, PoliticalStatus
from guanlan_desk.services import dispute_steps, disputes, lcp, lcp_community, mediators
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.dispute_steps import SessionInput
from guanlan_desk.services.disputes import MediatorInput
from guanlan_desk.services.errors import PermissionDenied
from guanlan_desk.services.lcp import LcpInput
from guanlan_desk.services.mediators import RosterInput
from guanlan_desk.store.models import Dispute, DisputeStatusChange
from tests.services.test_disputes_core import TODAY, at, new_case


def test_flags_are_stored_as_codes_that_statistics_can_count(mediator: Ctx) -> None:
    ref = new_case(mediator)
    detail = disputes.get_dispute(mediator, ref.id)
    data = replace(detail.data, flags=(CaseFlag.MINOR, CaseFlag.MASS, CaseFlag.PETITION_PREVENTED),
                   persons_involved=40, prevented_petition_persons=35)
    disputes.update_dispute(mediator, ref.id, data, expected_version=detail.version)
    with mediator.read() as session:
        stored = session.scalars(select(Dispute.flags)).one()
        counted = session.scalar(select(Dispute.prevented_petition_persons).where(
            Dispute.flags.contains(CaseFlag.PETITION_PREVENTED.value)))
    assert stored == "mass,minor,petition_prevented"  # codes, declaration order; no Chinese words
    assert counted == 35
    again = disputes.get_dispute(mediator, ref.id).data
    assert again.flags == (CaseFlag.MASS, CaseFlag.MINOR, CaseFlag.PETITION_PREVENTED)
    assert [label(f) for f in again.flags] == ["群体性", "涉未成年人", "防止群体性上访"]


def test_no_flag_code_is_part_of_another_so_like_counts_exactly() -> None:
    codes = [f.value for f in CaseFlag]
    assert not [(a, b) for a in codes for b in codes if a != b and a in b]


def test_flags_stored_as_words_by_older_versions_are_read_as_codes() -> None:
    assert parse_flags("群体性,涉稳") == (CaseFlag.MASS, CaseFlag.STABILITY)
    assert parse_flags("crim_risk,,unknown") == (CaseFlag.CRIMINAL_RISK,)


def test_prevention_outcomes_need_their_people_and_only_with_the_flag(mediator: Ctx) -> None:
    ref = new_case(mediator)
    detail = disputes.get_dispute(mediator, ref.id)
    with pytest.raises(ValidationError) as info:
        disputes.update_dispute(mediator, ref.id, replace(detail.data, flags=(CaseFlag.CRIMINAL_PREVENTED,)),
                                expected_version=detail.version)
    assert info.value.field == "prevented_criminal_persons"
    with pytest.raises(ValidationError):
        disputes.update_dispute(mediator, ref.id, replace(detail.data, prevented_criminal_persons=3),
                                expected_version=detail.version)


def test_the_roster_is_where_mediators_come_from(mediator: Ctx, viewer: Ctx) -> None:
    chief = mediators.add_to_roster(mediator, RosterInput("李秀梅", MediatorRole.DIRECTOR, certificate_no="GD-001",
                                                          phone="138 0013 8000", trainings="2025-04 调解业务培训"))
    mediators.add_to_roster(mediator, RosterInput("王丽娟", MediatorRole.FULL_TIME))
    with pytest.raises(ValidationError):
        mediators.add_to_roster(mediator, RosterInput("李秀梅"))
    rows = mediators.list_roster(viewer)
    assert [(r.name, r.role_label, r.phone) for r in rows] == [("李秀梅", "主任", "138****8000"),
                                                               ("王丽娟", "专职调解员", "")]
    ref = new_case(mediator)
    link = dispute_steps.add_mediator(mediator, ref.id, MediatorInput(mediator_id=chief, is_lead=False))
    shown = disputes.get_dispute(mediator, ref.id).mediators
    assert [(m.name, m.mediator_id) for m in shown if m.id == link] == [("李秀梅", chief)]
    assert mediators.list_roster(viewer)[0].cases == 1
    with pytest.raises(PermissionDenied):
        mediators.contact_of(viewer, chief, purpose="调解通知书")
    assert mediators.contact_of(mediator, chief, purpose="调解通知书").phone == "13800138000"
    entry = mediators.get_on_roster(mediator, chief)
    mediators.update_on_roster(mediator, chief, RosterInput("李秀梅", MediatorRole.DIRECTOR, phone=entry.phone,
                                                            active=False), expected_version=entry.version)
    with pytest.raises(ValidationError):  # an inactive mediator is not chosen for new cases
        dispute_steps.add_mediator(mediator, ref.id, MediatorInput(mediator_id=chief))
    assert mediators.contact_of(mediator, chief, purpose="test").phone == "13800138000"  # masked = unchanged


def test_each_lifecycle_step_writes_a_synced_history_row_with_the_display_name(mediator: Ctx, viewer: Ctx) -> None:
    mediator = replace(mediator, actor=replace(mediator.actor, display_name="陈志强"))
    ref = new_case(mediator)
    dispute_steps.accept_dispute(mediator, ref.id)
    dispute_steps.add_session(mediator, ref.id, SessionInput(SessionKind.MEDIATION, at(TODAY), content="调解"))
    history = disputes.status_history(viewer, ref.id, with_registration=True)
    assert [(h.from_status, h.to_status) for h in history] == [
        (None, DisputeStatus.REGISTERED), (DisputeStatus.REGISTERED, DisputeStatus.ACCEPTED),
        (DisputeStatus.ACCEPTED, DisputeStatus.MEDIATING)]
    assert history[1].name == "陈志强" and history[1].username == "mediator1"
    assert history[1].on == TODAY
    with mediator.read() as session:
        seqs = list(session.scalars(select(DisputeStatusChange.change_seq)))
    assert len(seqs) == 3 and all(seq > 0 for seq in seqs)  # they travel to the office


def test_a_ten_megabyte_summary_and_a_session_in_9999_are_refused(mediator: Ctx) -> None:
    ref = new_case(mediator)
    detail = disputes.get_dispute(mediator, ref.id)
    with pytest.raises(ValidationError) as info:
        disputes.update_dispute(mediator, ref.id, replace(detail.data, summary="纠" * 10_000_000),
                                expected_version=detail.version)
    assert info.value.field == "summary" and "5000" in info.value.render()
    far = datetime(9999, 12, 31, 2, tzinfo=timezone.utc)
    with pytest.raises(ValidationError) as info:
        dispute_steps.add_session(mediator, ref.id, SessionInput(SessionKind.MEDIATION, far, content="x"))
    assert info.value.field == "held_at"
    with pytest.raises(ValidationError) as info:
        dispute_steps.schedule_follow_up(mediator, ref.id, due_on=date(9999, 12, 31))
    assert info.value.field == "due_on"
    with pytest.raises(ValidationError):
        disputes.update_dispute(mediator, ref.id, replace(detail.data, title="标题\u202e反转"),
                                expected_version=detail.version)


def test_political_status_and_education_come_from_fixed_lists(admin: Ctx) -> None:
    person = lcp.create_lcp(admin, LcpInput(name="赵敏", political_status=PoliticalStatus.CPC_MEMBER,
                                            education=Education.COLLEGE))
    data = lcp.get_lcp(admin, person).data
    assert (data.political_status, data.education) == (PoliticalStatus.CPC_MEMBER, Education.COLLEGE)
    assert (label(data.political_status), label(data.education)) == ("中共党员", "大学专科")


def test_the_community_adviser_and_a_lecture_given_together_count_once(admin: Ctx, viewer: Ctx) -> None:
    assert lcp_community.legal_adviser(viewer) is None
    lcp_community.set_legal_adviser(admin, lcp_community.AdviserInput("陈律师", "广东某某律师事务所",
                                                                     "13912345678", date(2026, 1, 1)))
    adviser = lcp_community.legal_adviser(viewer)
    assert adviser is not None and adviser.phone == "139****5678" and adviser.firm == "广东某某律师事务所"
    a = lcp.create_lcp(admin, LcpInput(name="甲"))
    b = lcp.create_lcp(admin, LcpInput(name="乙"))
    c = lcp.create_lcp(admin, LcpInput(name="丙"))
    lcp_community.add_group_service(admin, (a, b, c), served_on=TODAY, kind=ServiceKind.PUBLICITY,
                                    people_served=60, note="民法典进社区")
    lcp.add_service(admin, a, served_on=TODAY, kind=ServiceKind.PUBLICITY, people_served=20)
    totals = lcp_community.service_totals(viewer, start=date(2026, 1, 1), end=TODAY, kind=ServiceKind.PUBLICITY)
    assert (totals.events, totals.person_services, totals.people_served) == (2, 4, 80)


def test_feeds_reviews_and_the_printed_registrar_show_display_names(admin: Ctx, grid_officer: Ctx) -> None:
    from guanlan_desk.domain.enums import ReviewKind
    from guanlan_desk.services import dashboard, print_data, risks
    from tests.services.test_risks_core import report

    ref = new_case(admin)  # the user row "admin" is called 管理员
    view = dashboard.overview(admin).activity
    assert view is not None
    feed = view.rows
    assert feed[0].username == "admin" and feed[0].name == "管理员"
    printed = print_data.dispute_for_print(admin, ref.id, purpose="受理登记表")
    assert printed.registered_by == "admin"  # the actor's own display name in this fixture, taken from history
    named = replace(admin, actor=replace(admin.actor, display_name="王丽"))
    again = new_case(named, title="第二件")
    assert print_data.dispute_for_print(admin, again.id, purpose="受理登记表").registered_by == "王丽"
    risk = report(grid_officer)
    risks.add_review(replace(grid_officer, actor=replace(grid_officer.actor, display_name="刘网格")), risk.id,
                     kind=ReviewKind.VISIT, reviewed_on=TODAY, content="走访了解情况")
    assert [r.author for r in risks.get_risk(grid_officer, risk.id).reviews] == ["刘网格"]
