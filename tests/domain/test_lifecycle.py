"""Lifecycles as transition tables: every step allowed and forbidden."""

from __future__ import annotations

import pytest

from guanlan_desk.domain.enums import DisputeStatus, LcpStatus, RiskStatus, label
from guanlan_desk.domain.errors import IllegalTransition
from guanlan_desk.domain.lifecycle import (
    DISPUTE_TRANSITIONS,
    LCP_TRANSITIONS,
    RISK_TRANSITIONS,
    DisputeAction,
    RiskAction,
    allowed_dispute_actions,
    after_agreement_status,
    allowed_risk_actions,
    dispute_step,
    risk_step,
)


@pytest.mark.parametrize("action", list(DisputeAction))
@pytest.mark.parametrize("state", list(DisputeStatus))
def test_dispute_steps(state: DisputeStatus, action: DisputeAction) -> None:
    transition = DISPUTE_TRANSITIONS[action]
    if state in transition.sources:
        after = dispute_step(state, action)
        assert after == (transition.target or state)
        assert action in allowed_dispute_actions(state)
    else:
        with pytest.raises(IllegalTransition) as info:
            dispute_step(state, action)
        assert label(state) in info.value.render()
        assert action not in allowed_dispute_actions(state)


@pytest.mark.parametrize("action", list(RiskAction))
@pytest.mark.parametrize("state", list(RiskStatus))
def test_risk_steps(state: RiskStatus, action: RiskAction) -> None:
    transition = RISK_TRANSITIONS[action]
    if state in transition.sources:
        assert risk_step(state, action) == (transition.target or state)
    else:
        with pytest.raises(IllegalTransition) as info:
            risk_step(state, action)
        assert label(state) in info.value.render()
        assert action not in allowed_risk_actions(state)


def test_archived_disputes_are_final() -> None:
    assert allowed_dispute_actions(DisputeStatus.ARCHIVED) == frozenset()


def test_happy_path_of_a_settled_dispute() -> None:
    state = DisputeStatus.REGISTERED
    for action in (DisputeAction.ACCEPT, DisputeAction.SCHEDULE_MEDIATION, DisputeAction.ADD_SESSION,
                   DisputeAction.ADD_SESSION, DisputeAction.RECORD_AGREEMENT, DisputeAction.RECORD_FOLLOW_UP):
        state = dispute_step(state, action)
    assert state == DisputeStatus.SETTLED  # after the agreement the record decides
    state = after_agreement_status("full", pending_follow_ups=0, done_follow_ups=1)
    assert dispute_step(state, DisputeAction.ARCHIVE) == DisputeStatus.ARCHIVED


def test_after_the_agreement_the_state_follows_the_record() -> None:
    # 已回访 only while no follow-up is pending; otherwise the performance decides.
    assert after_agreement_status("full", pending_follow_ups=1, done_follow_ups=1) == DisputeStatus.PERFORMED
    assert after_agreement_status("instalments", pending_follow_ups=0, done_follow_ups=1) == DisputeStatus.FOLLOWED_UP
    assert after_agreement_status("instalments", pending_follow_ups=1, done_follow_ups=0) == DisputeStatus.SETTLED
    assert after_agreement_status("none", pending_follow_ups=1, done_follow_ups=2) == DisputeStatus.NOT_PERFORMED
    # Performance can be recorded after a follow-up; a party's refusal ends mediation straight from 已受理.
    assert DisputeAction.RECORD_PERFORMANCE in allowed_dispute_actions(DisputeStatus.FOLLOWED_UP)
    assert dispute_step(DisputeStatus.ACCEPTED, DisputeAction.END_WITHOUT_AGREEMENT) == DisputeStatus.NOT_SETTLED


def test_the_legal_clarity_lifecycle_lives_with_the_others() -> None:
    assert LCP_TRANSITIONS[LcpStatus.REMOVED] == frozenset({LcpStatus.CANDIDATE})
    assert LcpStatus.CANDIDATE not in LCP_TRANSITIONS[LcpStatus.REGISTERED]


def test_a_closed_risk_can_only_relapse() -> None:
    assert allowed_risk_actions(RiskStatus.CLOSED) == frozenset({RiskAction.REOPEN})
    assert risk_step(RiskStatus.CLOSED, RiskAction.REOPEN) == RiskStatus.RELAPSED
