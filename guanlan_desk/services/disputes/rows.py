"""Read models of disputes: list rows, the editor's detail and the dashboard's dated items."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from guanlan_desk.domain.enums import DisputeRole, DisputeStatus, DisputeType, PartyKind, label
from guanlan_desk.domain.lifecycle import DisputeAction
from guanlan_desk.services.disputes.inputs import DisputeInput


@dataclass(frozen=True, slots=True)
class DisputeRow:
    """A dispute as lists show it."""

    id: str
    case_no: str
    title: str
    dispute_type: DisputeType
    status: DisputeStatus
    received_on: date
    party_names: str
    venue: str
    overdue: bool
    next_due: date | None
    updated_at: datetime
    community_code: str = ""

    @property
    def status_label(self) -> str:
        """The status in Chinese."""
        return label(self.status)

    @property
    def type_label(self) -> str:
        """The dispute type in Chinese."""
        return label(self.dispute_type)


@dataclass(frozen=True, slots=True)
class PartyInDispute:
    """A party of a dispute, masked."""

    party_id: str
    link_id: str
    role: DisputeRole
    name: str
    kind: PartyKind
    phone: str
    id_number: str
    has_id_number: bool


@dataclass(frozen=True, slots=True)
class MediatorRow:
    """A mediator of a dispute."""

    id: str
    name: str
    lcp_id: str | None
    is_lead: bool
    mediator_id: str | None = None


@dataclass(frozen=True, slots=True)
class SessionRow:
    """An investigation or mediation session record."""

    id: str
    kind: str
    held_at: datetime
    place: str
    participants: str
    content: str
    outcome: str
    recorder: str


@dataclass(frozen=True, slots=True)
class AgreementRow:
    """The agreement of a dispute."""

    id: str
    kind: str
    number: str
    facts: str
    terms: str
    performance_method: str
    performance_deadline: date | None
    performance_place: str
    amount_fen: int | None
    copies: int
    effective_on: date
    jc_deadline: date | None
    performance: str


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    """A scheduled or recorded follow-up visit."""

    id: str
    due_on: date
    done_on: date | None
    visitor: str
    method: str
    performance: str
    satisfaction: str
    findings: str
    measures: str


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    """A scheduled mediation (安排调解): when, where, who; superseded when rescheduled, linked once held."""

    id: str
    scheduled_at: datetime
    venue_id: str | None
    place: str
    mediators: str
    contact_person: str
    contact_phone: str
    materials: str
    superseded: bool
    session_id: str | None


@dataclass(frozen=True, slots=True)
class JudicialRow:
    """The judicial-confirmation record: the application and the court's decision (调确字 number)."""

    id: str
    court: str
    applied_on: date
    result: str
    decided_on: date | None
    court_case_no: str


@dataclass(frozen=True, slots=True)
class DisputeDetail:
    """Everything the editor shows; ``blocked`` says why each disallowed action is disabled."""

    id: str
    version: int
    case_no: str
    status: DisputeStatus
    data: DisputeInput
    community_code: str
    venue_name: str
    parties: tuple[PartyInDispute, ...]
    mediators: tuple[MediatorRow, ...]
    sessions: tuple[SessionRow, ...]
    agreement: AgreementRow | None
    follow_ups: tuple[FollowUpRow, ...]
    risk_ids: tuple[str, ...]
    decline_reason: str
    referral: str
    withdraw_reason: str
    mediation_due: date | None
    closed_on: date | None
    jc_requested: bool
    allowed: frozenset[DisputeAction]
    blocked: dict[DisputeAction, str] = field(default_factory=dict)
    has_sensitive_notes: bool = False
    accepted_on: date | None = None
    extended_due: date | None = None
    extension_consent: str = ""
    end_kind: str = ""
    schedules: tuple[ScheduleRow, ...] = ()
    judicial: JudicialRow | None = None

    @property
    def pending_schedule(self) -> ScheduleRow | None:
        """The mediation scheduled and not yet held (rescheduling supersedes the earlier one)."""
        return next((s for s in reversed(self.schedules) if not s.superseded and s.session_id is None), None)

    @property
    def pending_follow_up(self) -> FollowUpRow | None:
        """The earliest follow-up visit still to be made."""
        return next((f for f in self.follow_ups if f.done_on is None), None)


@dataclass(frozen=True, slots=True)
class PartyDisputes:
    """A party's disputes and whether repeated open cases are a warning sign."""

    rows: tuple[DisputeRow, ...]
    open_count: int
    warning: bool


@dataclass(frozen=True, slots=True)
class DueItem:
    """A dated task on the dashboard."""

    dispute_id: str
    case_no: str
    title: str
    due_on: date
    overdue: bool


@dataclass(frozen=True, slots=True)
class ScheduledItem:
    """A scheduled mediation on the dashboard (今日/本周调解)."""

    dispute_id: str
    case_no: str
    title: str
    scheduled_at: datetime
    place: str
    mediators: str


@dataclass(frozen=True, slots=True)
class Collision:
    """Two different disputes that carry the same case number."""

    case_no: str
    dispute_ids: tuple[str, ...]
    origins: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One lifecycle step of a dispute (for the editor's timeline and the office); ``name`` is the display name
    of who made it, ``username`` the login."""

    at: datetime
    username: str
    action: str
    from_status: DisputeStatus | None
    to_status: DisputeStatus
    name: str = ""
    on: date | None = None

