"""Lifecycles as transition tables: every step allowed and forbidden."""

from __future__ import annotations

import pytest

from guanlan_desk.domain.enums import DisputeStatus, RiskStatus, label
from guanlan_desk.domain.errors import IllegalTransition
from guanlan_desk.domain.lifecycle import (
    DISPUTE_TRANSITIONS,
    RISK_TRANSITIONS,
    DisputeAction,
    RiskAction,
    allowed_dispute_actions,
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
    for action in (DisputeAction.ACCEPT, DisputeAction.ADD_SESSION, DisputeAction.ADD_SESSION,
                   DisputeAction.RECORD_AGREEMENT, DisputeAction.RECORD_FOLLOW_UP, DisputeAction.ARCHIVE):
        state = dispute_step(state, action)
    assert state == DisputeStatus.ARCHIVED


def test_a_closed_risk_can_only_relapse() -> None:
    assert allowed_risk_actions(RiskStatus.CLOSED) == frozenset({RiskAction.REOPEN})
    assert risk_step(RiskStatus.CLOSED, RiskAction.REOPEN) == RiskStatus.RELAPSED
