"""What a write changed is recorded by the unit of work: kinds and record ids, nothing for a failed write."""

from __future__ import annotations

import pytest

from guanlan_desk.domain.enums import DisputeRole, PartyKind
from guanlan_desk.services import changes, dispute_steps, disputes
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.disputes import DisputePartyInput
from guanlan_desk.services.dto import Changes
from guanlan_desk.services.errors import StaleRecord
from guanlan_desk.services.parties import PartyInput
from tests.services.test_lcp_core import person
from tests.services.test_risks_core import report
from tests.ui.dispute_helpers import register


def test_registering_a_dispute_reports_the_dispute_and_its_parties(admin: Ctx) -> None:
    done = changes.run(lambda: register(admin, "王芳"))
    detail = disputes.get_dispute(admin, done.value)
    assert done.changes.disputes and done.changes.parties
    assert not (done.changes.risks or done.changes.lcps or done.changes.users)
    assert done.value in done.changes.ids
    assert {p.party_id for p in detail.parties} <= set(done.changes.ids)


def test_editing_the_facts_does_not_claim_the_parties_changed(admin: Ctx) -> None:
    dispute_id = register(admin, "王芳")
    detail = disputes.get_dispute(admin, dispute_id)
    data = disputes.DisputeInput(**{**{f: getattr(detail.data, f) for f in detail.data.__dataclass_fields__},
                                    "title": "王芳与五金厂工资纠纷"})
    done = changes.run(lambda: disputes.update_dispute(admin, dispute_id, data, expected_version=detail.version))
    assert done.changes.disputes and not done.changes.parties
    assert done.changes.ids == (dispute_id,)
    assert done.value.data.title == "王芳与五金厂工资纠纷"


def test_adding_a_party_reports_both_kinds(admin: Ctx) -> None:
    dispute_id = register(admin, "王芳")
    item = DisputePartyInput(DisputeRole.THIRD_PARTY, PartyInput(PartyKind.PERSON, "李强"))
    done = changes.run(lambda: dispute_steps.add_party(admin, dispute_id, item))
    assert done.changes.disputes and done.changes.parties and dispute_id in done.changes.ids


def test_risks_and_persons_are_their_own_kinds(admin: Ctx) -> None:
    risk = changes.run(lambda: report(admin, "消防通道堵塞"))
    assert risk.changes.risks and not risk.changes.disputes and risk.value.id in risk.changes.ids
    lcp = changes.run(lambda: person(admin, "黄丽娟"))
    assert lcp.changes == Changes(lcps=True, ids=(lcp.value,))


def test_a_refused_write_reports_nothing_and_reads_report_nothing(admin: Ctx) -> None:
    dispute_id = register(admin, "王芳")
    with changes.tracked() as touched:
        detail = disputes.get_dispute(admin, dispute_id)
        with pytest.raises(StaleRecord):  # someone else saved in between: nothing is written
            disputes.update_dispute(admin, dispute_id, detail.data, expected_version=detail.version + 1)
        disputes.list_disputes(admin, disputes.DisputeFilter())
    assert not touched.to_changes()


def test_nested_blocks_hand_their_changes_to_the_outer_one(admin: Ctx) -> None:
    with changes.tracked() as outer:
        inner = changes.run(lambda: person(admin, "黄丽娟"))
        report(admin, "消防通道堵塞")
    assert inner.changes.lcps and not inner.changes.risks
    assert outer.to_changes().lcps and outer.to_changes().risks
