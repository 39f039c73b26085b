"""Disputes (矛盾纠纷): register, edit, read and list. Lifecycle steps live in :mod:`dispute_steps`.

The package is split by use case: ``inputs`` (what forms collect), ``rows`` (read models), ``register``
(register and edit), ``detail`` (one dispute), ``listing`` (the list) and ``lookups`` (dashboard and checks).
Every public name is re-exported here, so callers import from ``guanlan_desk.services.disputes``.
"""

from __future__ import annotations

from guanlan_desk.services.disputes.detail import get_dispute, label_referral
from guanlan_desk.services.disputes.history import status_history
from guanlan_desk.services.disputes.inputs import DisputeInput, DisputePartyInput, DisputeRef, MediatorInput
from guanlan_desk.services.disputes.listing import SORTS, DisputeFilter, count_disputes, list_disputes
from guanlan_desk.services.disputes.loading import load_dispute
from guanlan_desk.services.disputes.lookups import (
    count_due_follow_ups,
    due_follow_ups,
    find_case_number_collisions,
    jc_windows_closing,
    party_disputes,
    risks_of_dispute,
    scheduled_mediations,
)
from guanlan_desk.services.disputes.register import default_title, register_dispute, update_dispute
from guanlan_desk.services.disputes.rows import (
    AgreementRow,
    Collision,
    DisputeDetail,
    DisputeRow,
    DueItem,
    FollowUpRow,
    JudicialRow,
    MediatorRow,
    PartyDisputes,
    PartyInDispute,
    ScheduledItem,
    ScheduleRow,
    SessionRow,
    StatusChange,
)

__all__ = [
    "SORTS", "AgreementRow", "Collision", "DisputeDetail", "DisputeFilter", "DisputeInput", "DisputePartyInput",
    "DisputeRef", "DisputeRow", "DueItem", "FollowUpRow", "JudicialRow", "MediatorInput", "MediatorRow", "PartyDisputes",
    "PartyInDispute", "ScheduledItem", "ScheduleRow", "SessionRow", "StatusChange", "count_disputes", "count_due_follow_ups", "default_title",
    "due_follow_ups",
    "find_case_number_collisions", "get_dispute", "jc_windows_closing", "label_referral", "list_disputes",
    "load_dispute", "party_disputes", "register_dispute", "risks_of_dispute", "scheduled_mediations", "status_history", "update_dispute",
]
