"""The roster, the coded flags and the status history travel to the office: it sees 受理 and 结案 dates, the
mediator chosen from the roster with a phone it can read, and flags it can count."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from guanlan_desk.domain.enums import CaseFlag, DisputeStatus
from guanlan_desk.domain.people_enums import MediatorRole
from guanlan_desk.services import dispute_steps, disputes, lcp_community, mediators
from guanlan_desk.services.disputes import MediatorInput
from guanlan_desk.services.mediators import RosterInput
from guanlan_desk.store.models import Dispute
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Trio
from tests.sync.test_roundtrip import send


def test_roster_flags_history_and_adviser_reach_the_office(trio: Trio) -> None:
    gc = replace(trio.gc.ctx, actor=replace(trio.gc.ctx.actor, display_name="陈志强"))
    chief = mediators.add_to_roster(gc, RosterInput("李秀梅", MediatorRole.DIRECTOR, phone="13800138000"))
    lcp_community.set_legal_adviser(gc, lcp_community.AdviserInput("陈律师", "广东某某律师事务所", "13912345678"))
    ref = new_case(gc)
    dispute_steps.add_mediator(gc, ref.id, MediatorInput(mediator_id=chief))
    detail = disputes.get_dispute(gc, ref.id)
    disputes.update_dispute(gc, ref.id, replace(detail.data, flags=(CaseFlag.MASS, CaseFlag.PETITION_PREVENTED),
                                                persons_involved=30, prevented_petition_persons=30),
                            expected_version=detail.version)
    trio.clock.advance(minutes=5)
    dispute_steps.accept_dispute(gc, ref.id)
    assert send(trio.gc, trio.office) == ["applied"]

    office = trio.office.ctx
    history = disputes.status_history(office, ref.id, with_registration=True)
    assert [(h.to_status, h.name) for h in history] == [(DisputeStatus.REGISTERED, "陈志强"),
                                                         (DisputeStatus.ACCEPTED, "陈志强")]
    roster = mediators.list_roster(office, "GC")
    assert [(r.name, r.role_label, r.phone, r.cases) for r in roster] == [("李秀梅", "主任", "138****8000", 1)]
    assert mediators.contact_of(office, chief, purpose="核查").phone == "13800138000"  # re-encrypted for the office
    adviser = lcp_community.legal_adviser(office, "GC")
    assert adviser is not None and adviser.name == "陈律师"
    with office.read() as session:
        counted = session.scalar(select(func.sum(Dispute.prevented_petition_persons)).where(
            Dispute.flags.contains(CaseFlag.PETITION_PREVENTED.value)))
    assert counted == 30
