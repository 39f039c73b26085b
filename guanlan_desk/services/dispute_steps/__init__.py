"""Lifecycle steps of a dispute: accept, decline, sessions, agreement, performance, follow-ups, referral,
withdrawal, archive, judicial confirmation, mediators and linked risk items.

Every step goes through the transition table (an illegal step names the current status) and is audited.
The package is split by step: ``intake``, ``scheduling``, ``sessions``, ``deadline``, ``agreement``,
``follow_ups``, ``judicial``, ``closing`` and ``members``; every public name is re-exported here.
"""

from __future__ import annotations

from guanlan_desk.services.dispute_steps.agreement import AgreementInput, record_agreement, record_performance
from guanlan_desk.services.dispute_steps.closing import (
    archive_dispute,
    end_without_agreement,
    refer_dispute,
    withdraw_dispute,
)
from guanlan_desk.services.dispute_steps.deadline import extend_mediation
from guanlan_desk.services.dispute_steps.follow_ups import FollowUpInput, record_follow_up, schedule_follow_up
from guanlan_desk.services.dispute_steps.intake import accept_dispute, decline_dispute
from guanlan_desk.services.dispute_steps.judicial import (
    DEFAULT_COURT,
    JcDecision,
    record_jc_result,
    request_judicial_confirmation,
)
from guanlan_desk.services.dispute_steps.members import (
    add_mediator,
    add_party,
    link_risk,
    remove_mediator,
    remove_party,
    unlink_risk,
)
from guanlan_desk.services.dispute_steps.scheduling import (
    ScheduleDefaults,
    ScheduleInput,
    ScheduleResult,
    schedule_defaults,
    schedule_mediation,
)
from guanlan_desk.services.dispute_steps.sessions import SessionInput, add_session

__all__ = [
    "DEFAULT_COURT", "AgreementInput", "FollowUpInput", "JcDecision", "ScheduleDefaults", "ScheduleInput",
    "ScheduleResult", "SessionInput", "extend_mediation", "record_jc_result", "schedule_defaults",
    "schedule_mediation", "accept_dispute", "add_mediator", "add_party", "add_session",
    "archive_dispute", "decline_dispute", "end_without_agreement", "link_risk", "record_agreement",
    "record_follow_up", "record_performance", "refer_dispute", "remove_mediator", "remove_party",
    "request_judicial_confirmation", "schedule_follow_up", "unlink_risk", "withdraw_dispute",
]
