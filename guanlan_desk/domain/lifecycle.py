"""The dispute, risk-item and legal-clarity-person lifecycles as explicit transition tables.

Each action names the states it may start from and the state it leads to (``None``: the state stays, or a
service computes it from the record, see :func:`after_agreement_status`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from guanlan_desk.domain.enums import DisputeStatus as D
from guanlan_desk.domain.enums import LcpStatus, Performance
from guanlan_desk.domain.enums import RiskStatus as R
from guanlan_desk.domain.enums import label
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, IllegalTransition


@dataclass(frozen=True, slots=True)
class Transition:
    """An action allowed from ``sources``, leading to ``target`` (or staying, when ``None``)."""

    sources: frozenset[StrEnum]
    target: StrEnum | None


def _t(sources: set[D] | set[R], target: D | R | None) -> Transition:
    return Transition(frozenset(sources), target)


class DisputeAction(StrEnum):
    """Steps of a dispute's life."""

    ACCEPT = "accept"
    DECLINE = "decline"
    ADD_SESSION = "add_session"
    RECORD_AGREEMENT = "record_agreement"
    END_WITHOUT_AGREEMENT = "end_without_agreement"
    REFER = "refer"
    WITHDRAW = "withdraw"
    RECORD_PERFORMANCE = "record_performance"
    SCHEDULE_FOLLOW_UP = "schedule_follow_up"
    RECORD_FOLLOW_UP = "record_follow_up"
    ARCHIVE = "archive"
    EDIT = "edit"
    SCHEDULE_MEDIATION = "schedule_mediation"
    EXTEND_DEADLINE = "extend_deadline"
    REQUEST_JC = "request_jc"
    RECORD_JC_RESULT = "record_jc_result"


_AFTER_SETTLEMENT = {D.SETTLED, D.PERFORMED, D.NOT_PERFORMED, D.FOLLOWED_UP}
_CLOSED_UNSETTLED = {D.DECLINED, D.NOT_SETTLED, D.REFERRED, D.WITHDRAWN}

DISPUTE_TRANSITIONS: dict[DisputeAction, Transition] = {
    DisputeAction.ACCEPT: _t({D.REGISTERED}, D.ACCEPTED),
    DisputeAction.DECLINE: _t({D.REGISTERED}, D.DECLINED),
    # 安排调解: a session is scheduled and the parties are notified; rescheduling keeps the state.
    DisputeAction.SCHEDULE_MEDIATION: _t({D.ACCEPTED, D.MEDIATING}, None),
    # The first session moves an accepted case into mediation; later ones keep the state.
    DisputeAction.ADD_SESSION: _t({D.ACCEPTED, D.MEDIATING}, D.MEDIATING),
    DisputeAction.RECORD_AGREEMENT: _t({D.MEDIATING}, D.SETTLED),
    # From 已受理 too: a party who refuses mediation ends it before any session (人民调解法 Art. 17).
    DisputeAction.END_WITHOUT_AGREEMENT: _t({D.ACCEPTED, D.MEDIATING}, D.NOT_SETTLED),
    DisputeAction.REFER: _t({D.REGISTERED, D.ACCEPTED, D.MEDIATING, D.NOT_SETTLED}, D.REFERRED),
    DisputeAction.WITHDRAW: _t({D.REGISTERED, D.ACCEPTED, D.MEDIATING}, D.WITHDRAWN),
    DisputeAction.EXTEND_DEADLINE: _t({D.REGISTERED, D.ACCEPTED, D.MEDIATING}, None),
    # After the agreement the state follows the record (see after_agreement_status): performance can be
    # recorded after a follow-up, and a case is 已回访 only while no follow-up is pending.
    DisputeAction.RECORD_PERFORMANCE: _t(_AFTER_SETTLEMENT, None),
    DisputeAction.SCHEDULE_FOLLOW_UP: _t(_AFTER_SETTLEMENT, None),
    DisputeAction.RECORD_FOLLOW_UP: _t(_AFTER_SETTLEMENT, None),
    # Judicial confirmation is a side record: it never changes the case's state or its performance.
    DisputeAction.REQUEST_JC: _t(_AFTER_SETTLEMENT, None),
    DisputeAction.RECORD_JC_RESULT: _t(_AFTER_SETTLEMENT, None),
    DisputeAction.ARCHIVE: _t(_CLOSED_UNSETTLED | {D.FOLLOWED_UP}, D.ARCHIVED),
    DisputeAction.EDIT: _t(set(D) - {D.ARCHIVED}, None),
}

_PERFORMED = {Performance.FULL.value, Performance.IMMEDIATE.value}
_NOT_PERFORMED = {Performance.NONE.value, Performance.SUED.value}


def after_agreement_status(performance: str, *, pending_follow_ups: int, done_follow_ups: int) -> D:
    """The state of a settled case from its record: 已回访 when visited and nothing is pending, else by performance."""
    if done_follow_ups and not pending_follow_ups:
        return D.FOLLOWED_UP
    if performance in _PERFORMED:
        return D.PERFORMED
    if performance in _NOT_PERFORMED:
        return D.NOT_PERFORMED
    return D.SETTLED


class RiskAction(StrEnum):
    """Steps of a risk item's life."""

    ASSIGN = "assign"
    ADD_REVIEW = "add_review"
    CHANGE_LEVEL = "change_level"
    REQUEST_CLOSE = "request_close"
    APPROVE_CLOSE = "approve_close"
    REJECT_CLOSE = "reject_close"
    REOPEN = "reopen"
    EDIT = "edit"


_OPEN_RISK = {R.UNRESOLVED, R.IN_PROGRESS, R.RELAPSED}

RISK_TRANSITIONS: dict[RiskAction, Transition] = {
    RiskAction.ASSIGN: _t(_OPEN_RISK, R.IN_PROGRESS),
    RiskAction.ADD_REVIEW: _t(_OPEN_RISK | {R.CLOSE_REQUESTED}, None),
    RiskAction.CHANGE_LEVEL: _t(_OPEN_RISK, None),
    RiskAction.REQUEST_CLOSE: _t({R.IN_PROGRESS}, R.CLOSE_REQUESTED),
    RiskAction.APPROVE_CLOSE: _t({R.CLOSE_REQUESTED}, R.CLOSED),
    RiskAction.REJECT_CLOSE: _t({R.CLOSE_REQUESTED}, R.IN_PROGRESS),
    RiskAction.REOPEN: _t({R.CLOSED}, R.RELAPSED),
    RiskAction.EDIT: _t(_OPEN_RISK | {R.CLOSE_REQUESTED}, None),
}

# A legal-clarity person: candidate → registered → removed; a removed person may be selected again.
LCP_TRANSITIONS: dict[LcpStatus, frozenset[LcpStatus]] = {
    LcpStatus.CANDIDATE: frozenset({LcpStatus.REGISTERED, LcpStatus.REMOVED}),
    LcpStatus.REGISTERED: frozenset({LcpStatus.REMOVED}),
    LcpStatus.REMOVED: frozenset({LcpStatus.CANDIDATE}),
}

# What a refused step was, for the error message (translated in the ``terms`` context like every parameter).
_ACTION_WORDS: dict[StrEnum, str] = {
    DisputeAction.ACCEPT: QT_TRANSLATE_NOOP("terms", "accept"),
    DisputeAction.DECLINE: QT_TRANSLATE_NOOP("terms", "decline"),
    DisputeAction.ADD_SESSION: QT_TRANSLATE_NOOP("terms", "add a session to"),
    DisputeAction.RECORD_AGREEMENT: QT_TRANSLATE_NOOP("terms", "record an agreement for"),
    DisputeAction.END_WITHOUT_AGREEMENT: QT_TRANSLATE_NOOP("terms", "end the mediation of"),
    DisputeAction.REFER: QT_TRANSLATE_NOOP("terms", "refer"),
    DisputeAction.WITHDRAW: QT_TRANSLATE_NOOP("terms", "withdraw"),
    DisputeAction.RECORD_PERFORMANCE: QT_TRANSLATE_NOOP("terms", "record the performance of"),
    DisputeAction.SCHEDULE_FOLLOW_UP: QT_TRANSLATE_NOOP("terms", "schedule a follow-up for"),
    DisputeAction.RECORD_FOLLOW_UP: QT_TRANSLATE_NOOP("terms", "record a follow-up for"),
    DisputeAction.ARCHIVE: QT_TRANSLATE_NOOP("terms", "archive"),
    DisputeAction.EDIT: QT_TRANSLATE_NOOP("terms", "edit"),
    DisputeAction.SCHEDULE_MEDIATION: QT_TRANSLATE_NOOP("terms", "schedule a mediation for"),
    DisputeAction.EXTEND_DEADLINE: QT_TRANSLATE_NOOP("terms", "extend the mediation deadline of"),
    DisputeAction.REQUEST_JC: QT_TRANSLATE_NOOP("terms", "request judicial confirmation for"),
    DisputeAction.RECORD_JC_RESULT: QT_TRANSLATE_NOOP("terms", "record the court's decision for"),
    RiskAction.ASSIGN: QT_TRANSLATE_NOOP("terms", "assign"),
    RiskAction.ADD_REVIEW: QT_TRANSLATE_NOOP("terms", "add a review to"),
    RiskAction.CHANGE_LEVEL: QT_TRANSLATE_NOOP("terms", "change the level of"),
    RiskAction.REQUEST_CLOSE: QT_TRANSLATE_NOOP("terms", "request closing of"),
    RiskAction.APPROVE_CLOSE: QT_TRANSLATE_NOOP("terms", "approve closing of"),
    RiskAction.REJECT_CLOSE: QT_TRANSLATE_NOOP("terms", "reject closing of"),
    RiskAction.REOPEN: QT_TRANSLATE_NOOP("terms", "reopen"),
    RiskAction.EDIT: QT_TRANSLATE_NOOP("terms", "edit"),
}


def dispute_step(state: D, action: DisputeAction) -> D:
    """The state after ``action``; raises :class:`IllegalTransition` naming the current state."""
    transition = DISPUTE_TRANSITIONS[action]
    if state not in transition.sources:
        raise IllegalTransition(_ACTION_WORDS[action], state.value, label(state))
    return D(transition.target) if transition.target is not None else state


def risk_step(state: R, action: RiskAction) -> R:
    """The state after ``action``; raises :class:`IllegalTransition` naming the current state."""
    transition = RISK_TRANSITIONS[action]
    if state not in transition.sources:
        raise IllegalTransition(_ACTION_WORDS[action], state.value, label(state))
    return R(transition.target) if transition.target is not None else state


def allowed_dispute_actions(state: D) -> frozenset[DisputeAction]:
    """The actions the lifecycle allows from ``state`` (the UI enables only these)."""
    return frozenset(a for a, t in DISPUTE_TRANSITIONS.items() if state in t.sources)


def allowed_risk_actions(state: R) -> frozenset[RiskAction]:
    """The actions the lifecycle allows from ``state``."""
    return frozenset(a for a, t in RISK_TRANSITIONS.items() if state in t.sources)
