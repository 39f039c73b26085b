"""Additive queries for the dispute editor: status history, linked risk items, sorting by type."""

from __future__ import annotations

from datetime import timedelta

from guanlan_desk.domain.enums import DisputeStatus, DisputeType, SessionKind
from guanlan_desk.services import dispute_steps, disputes, risks
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.dispute_steps import SessionInput
from tests.services.test_disputes_core import TODAY, at, new_case
from tests.services.test_risks_core import report


def test_status_history_lists_each_step_once_in_order(mediator: Ctx, viewer: Ctx) -> None:
    ref = new_case(mediator)
    dispute_steps.accept_dispute(mediator, ref.id)
    dispute_steps.add_session(mediator, ref.id, SessionInput(SessionKind.MEDIATION, at(TODAY), content="第一次调解"))
    dispute_steps.add_session(mediator, ref.id, SessionInput(SessionKind.MEDIATION, at(TODAY, 15), content="第二次"))
    history = disputes.status_history(viewer, ref.id)  # readers see it without the audit permission
    assert [(h.from_status, h.to_status) for h in history] == [
        (DisputeStatus.REGISTERED, DisputeStatus.ACCEPTED), (DisputeStatus.ACCEPTED, DisputeStatus.MEDIATING)]
    assert history[0].action == "accept" and history[0].username == "mediator1"


def test_linked_risks_of_a_dispute(mediator: Ctx, grid_officer: Ctx) -> None:
    ref = new_case(mediator)
    risk = report(grid_officer)
    report(grid_officer, title="另一项")
    assert risks.risks_of_dispute(mediator, ref.id) == []
    dispute_steps.link_risk(mediator, ref.id, risk.id)
    linked = risks.risks_of_dispute(mediator, ref.id)
    assert [r.id for r in linked] == [risk.id]
    dispute_steps.unlink_risk(mediator, ref.id, risk.id)
    assert risks.risks_of_dispute(mediator, ref.id) == []


def test_the_list_sorts_by_type_page_by_page(mediator: Ctx) -> None:
    kinds = [DisputeType.LABOUR, DisputeType.NEIGHBOUR, DisputeType.CONTRACT, DisputeType.OTHER]
    for i, kind in enumerate(kinds):
        new_case(mediator, a=f"李{i}", dtype=kind, received=TODAY - timedelta(days=i))
    first = disputes.list_disputes(mediator, sort="dispute_type", descending=False, limit=2)
    rest = disputes.list_disputes(mediator, sort="dispute_type", descending=False, after=first.next_cursor, limit=2)
    assert [r.dispute_type for r in first.rows + rest.rows] == sorted(kinds, key=lambda k: k.value)


def test_search_by_a_partys_pinyin_initials(mediator: Ctx) -> None:
    wang = new_case(mediator, a="王芳")
    new_case(mediator, a="李强")
    found = disputes.list_disputes(mediator, disputes.DisputeFilter(query="wf")).rows
    assert [r.id for r in found] == [wang.id]
    assert disputes.count_disputes(mediator, disputes.DisputeFilter(query="WF")) == 1
    assert disputes.list_disputes(mediator, disputes.DisputeFilter(query="f")).rows == ()  # prefix only


def test_a_party_joins_and_leaves_a_registered_dispute(mediator: Ctx) -> None:
    import pytest

    from guanlan_desk.domain.enums import DisputeRole, PartyKind
    from guanlan_desk.domain.errors import ValidationError
    from guanlan_desk.services.disputes import DisputePartyInput
    from guanlan_desk.services.errors import RuleViolation
    from guanlan_desk.services.parties import PartyInput

    ref = new_case(mediator, a="王芳")
    link = dispute_steps.add_party(mediator, ref.id, DisputePartyInput(
        DisputeRole.THIRD_PARTY, PartyInput(PartyKind.PERSON, "赵敏")))
    detail = disputes.get_dispute(mediator, ref.id)
    assert [p.name for p in detail.parties][-1] == "赵敏" and detail.parties[-1].link_id == link
    assert disputes.list_disputes(mediator, disputes.DisputeFilter(query="赵敏")).rows[0].id == ref.id
    with pytest.raises(ValidationError):
        dispute_steps.add_party(mediator, ref.id, DisputePartyInput(DisputeRole.RESPONDENT,
                                                                    party_id=detail.parties[-1].party_id))
    with pytest.raises(RuleViolation):  # the only applicant cannot go
        dispute_steps.remove_party(mediator, ref.id, detail.parties[0].link_id)
    dispute_steps.remove_party(mediator, ref.id, link)
    assert [p.name for p in disputes.get_dispute(mediator, ref.id).parties] == ["王芳", "深圳市观澜精密五金有限公司"]


def test_a_short_query_pages_in_order_like_a_long_one(mediator: Ctx) -> None:
    for i in range(5):
        new_case(mediator, a=f"王{'一二三四五'[i]}", received=TODAY - timedelta(days=i))
    new_case(mediator, a="李强")
    for sort in ("received_on", "case_no", "title"):
        first = disputes.list_disputes(mediator, disputes.DisputeFilter(query="王"), sort=sort, limit=2)
        pages = list(first.rows)
        cursor = first.next_cursor
        while cursor is not None:
            page = disputes.list_disputes(mediator, disputes.DisputeFilter(query="王"), sort=sort, after=cursor,
                                          limit=2)
            pages.extend(page.rows)
            cursor = page.next_cursor
        assert len(pages) == 5 and len({r.id for r in pages}) == 5
        values = [getattr(r, sort) for r in pages]
        assert values == sorted(values, reverse=True)


def test_list_parties_finds_an_organisation_by_its_credit_code(mediator: Ctx) -> None:
    from guanlan_desk.domain import uscc
    from guanlan_desk.domain.enums import PartyKind
    from guanlan_desk.services import parties
    from guanlan_desk.services.parties import PartyInput

    body = "91440300MA5D12340"
    full = body + uscc.uscc_check_char(body)
    ref = parties.find_or_create(mediator, PartyInput(PartyKind.LEGAL_PERSON, "深圳市观澜精密五金有限公司", uscc=full))
    assert [r.id for r in parties.list_parties(mediator, full.lower()).rows] == [ref.id]
