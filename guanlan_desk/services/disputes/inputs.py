"""What the register and edit forms collect about a dispute."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from guanlan_desk.domain.enums import CaseFlag, DisputeRole, DisputeType, Source
from guanlan_desk.services.parties import PartyInput


_SINGLE_PARTY_SOURCES = {Source.COMMITTEE_INITIATIVE, Source.GRID_SCREENING}


@dataclass(frozen=True, slots=True)
class DisputePartyInput:
    """A party of a new dispute: an existing one by id, or one to find or create."""

    role: DisputeRole
    party: PartyInput | None = None
    party_id: str | None = None


@dataclass(frozen=True, slots=True)
class MediatorInput:
    """A mediator: one of the roster (``mediator_id``; the name comes from the roster) or a legal-clarity
    person participating in the mediation (``lcp_id``)."""

    name: str = ""
    lcp_id: str | None = None
    is_lead: bool = False
    mediator_id: str | None = None


@dataclass(frozen=True, slots=True)
class DisputeInput:
    """What the register form collects."""

    dispute_type: DisputeType
    source: Source
    received_on: date
    parties: tuple[DisputePartyInput, ...] = ()
    title: str = ""
    subtype: str = ""
    venue_id: str | None = None
    grid_id: str | None = None
    summary: str = ""
    requests: str = ""
    amount_fen: int | None = None
    persons_involved: int = 2
    flags: tuple[CaseFlag, ...] = ()
    prevented_criminal_persons: int = 0
    prevented_petition_persons: int = 0
    mediators: tuple[MediatorInput, ...] = ()
    court_ref_no: str = ""
    # ``None`` leaves a stored note as it is; "" clears it; any other text (``*`` included) replaces it.
    sensitive_notes: str | None = None
    # The deadline a court sets for a case it entrusted (委派/委托); replaces the committee's time limit.
    court_deadline: date | None = None


@dataclass(frozen=True, slots=True)
class DisputeRef:
    """A registered dispute."""

    id: str
    case_no: str

