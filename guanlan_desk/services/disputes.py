"""Disputes (矛盾纠纷): register, edit, read and list. Lifecycle steps live in :mod:`dispute_steps`.

A known party is never typed in twice (parties are found by ID number / USCC); case numbers come from the
workstation's serial block, so several offline workstations of one community never collide.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal_column, or_, select, tuple_
from sqlalchemy.orm import InstrumentedAttribute

from guanlan_desk.domain import case_number, deadlines, masking
from guanlan_desk.domain.enums import (
    OPEN_DISPUTE_STATUSES,
    AuditAction,
    DisputeRole,
    DisputeStatus,
    DisputeType,
    PartyKind,
    ReferralKind,
    Source,
    label,
)
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.lifecycle import DISPUTE_TRANSITIONS, DisputeAction, allowed_dispute_actions, dispute_step
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit, parties, reference
from guanlan_desk.services.context import Ctx, load_config
from guanlan_desk.services.dto import Cursor, Page
from guanlan_desk.services.errors import NotFound
from guanlan_desk.services.parties import PartyInput
from guanlan_desk.store import search
from guanlan_desk.store.errors import StaleRecord
from guanlan_desk.store.models import (
    Agreement,
    AuditEvent,
    Dispute,
    DisputeMediator,
    DisputeParty,
    DisputeRisk,
    FollowUp,
    LocalState,
    MediationSession,
    Party,
    RiskItem,
    Venue,
)
from guanlan_desk.store.uow import GuanlanSession

_SINGLE_PARTY_SOURCES = {Source.COMMITTEE_INITIATIVE, Source.GRID_SCREENING}


@dataclass(frozen=True, slots=True)
class DisputePartyInput:
    """A party of a new dispute: an existing one by id, or one to find or create."""

    role: DisputeRole
    party: PartyInput | None = None
    party_id: str | None = None


@dataclass(frozen=True, slots=True)
class MediatorInput:
    """A mediator; ``lcp_id`` names a legal-clarity person participating in the mediation."""

    name: str
    lcp_id: str | None = None
    is_lead: bool = False


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
    flags: tuple[str, ...] = ()
    mediators: tuple[MediatorInput, ...] = ()
    court_ref_no: str = ""
    sensitive_notes: str = ""


@dataclass(frozen=True, slots=True)
class DisputeRef:
    """A registered dispute."""

    id: str
    case_no: str


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


# -- registration -----------------------------------------------------------------------------------


def _check_input(data: DisputeInput, today: date) -> None:
    roles = [p.role for p in data.parties]
    if data.source not in _SINGLE_PARTY_SOURCES and (
            DisputeRole.APPLICANT not in roles or DisputeRole.RESPONDENT not in roles):
        raise ValidationError("parties", QT_TRANSLATE_NOOP(
            "errors", "A dispute needs at least one applicant and one respondent."))
    if not data.parties:
        raise ValidationError("parties", QT_TRANSLATE_NOOP("errors", "A dispute needs at least one party."))
    if data.received_on > today:
        raise ValidationError("received_on", QT_TRANSLATE_NOOP("errors", "The date received is in the future."))
    if data.amount_fen is not None and data.amount_fen < 0:
        raise ValidationError("amount", QT_TRANSLATE_NOOP("errors", "The amount cannot be negative."))
    if data.persons_involved < 1:
        raise ValidationError("persons_involved", QT_TRANSLATE_NOOP("errors", "At least one person is involved."))


def _issue_case_number(session: GuanlanSession, ctx: Ctx, community: str, year: int) -> tuple[int, str]:
    config = load_config(session)
    key = f"case_serial:{community}:{year}:{ctx.db.workstation.number}"
    state = session.get(LocalState, key)
    last = state.int_value if state is not None else None
    serial = case_number.next_serial(last, ctx.db.workstation.number, config.case_serial_block)
    # Another workstation's numbers may already be here (imported): skip over them.
    taken = set(session.scalars(select(Dispute.case_serial).where(
        Dispute.community_code == community, Dispute.case_year == year, Dispute.case_serial >= serial)))
    while serial in taken:
        serial = case_number.next_serial(serial, ctx.db.workstation.number, config.case_serial_block)
    if state is None:
        session.add(LocalState(key=key, int_value=serial, text_value=""))
    else:
        state.int_value = serial
    row = reference.community_of(session, community)
    abbrev = row.abbrev if row is not None else community
    text_no = case_number.format_case_number(config.case_number_pattern, year=year, abbrev=abbrev, serial=serial).text
    return serial, text_no


def _resolve_parties(session: GuanlanSession, ctx: Ctx, data: DisputeInput) -> list[tuple[Party, DisputeRole]]:
    out: list[tuple[Party, DisputeRole]] = []
    for item in data.parties:
        if item.party_id:
            party = session.get(Party, uuid.UUID(item.party_id))
            if party is None or party.deleted_at is not None:
                raise NotFound("party", item.party_id)
        elif item.party is not None:
            party, _created = parties.find_or_create_in(session, ctx, item.party)
        else:
            raise ValidationError("parties", QT_TRANSLATE_NOOP("errors", "A party has neither a record nor a name."))
        if any(p.id == party.id for p, _ in out):
            raise ValidationError("parties", QT_TRANSLATE_NOOP(
                "errors", "{name} is listed twice in this dispute."), name=party.name)
        out.append((party, item.role))
    return out


def default_title(names: list[str], dispute_type: DisputeType) -> str:
    """"A与B+类型" when the user left the title blank."""
    kind = label(dispute_type)
    if len(names) >= 2:
        return f"{names[0]}与{names[1]}{kind}"
    return f"{names[0]}{kind}" if names else kind


def register_dispute(ctx: Ctx, data: DisputeInput) -> DisputeRef:
    """Register a dispute with its parties and mediators; issues the case number."""
    ctx.require(Permission.DISPUTE_WRITE, QT_TRANSLATE_NOOP("terms", "register disputes"))
    _check_input(data, ctx.today())
    with ctx.write() as session:
        config = load_config(session)
        linked = _resolve_parties(session, ctx, data)
        community = ctx.db.workstation.community_code
        serial, number = _issue_case_number(session, ctx, community, data.received_on.year)
        names = [p.name for p, _ in linked]
        dispute = Dispute(
            case_no=number, case_year=data.received_on.year, case_serial=serial, community_code=community,
            grid_id=uuid.UUID(data.grid_id) if data.grid_id else None,
            title=data.title.strip() or default_title(names, data.dispute_type),
            dispute_type=data.dispute_type.value, subtype=data.subtype, source=data.source.value,
            venue_id=uuid.UUID(data.venue_id) if data.venue_id else None, received_on=data.received_on,
            summary=data.summary.strip(), requests=data.requests.strip(), party_names=" ".join(names),
            amount_fen=data.amount_fen, persons_involved=data.persons_involved, flags=",".join(data.flags),
            sensitive_notes=data.sensitive_notes or None, status=DisputeStatus.REGISTERED.value,
            status_changed_at=ctx.now(), court_ref_no=data.court_ref_no.strip(),
            mediation_due=deadlines.mediation_due(data.received_on, config), registered_by=ctx.actor.username,
        )
        session.add(dispute)
        session.flush()
        for position, (party, role) in enumerate(linked):
            session.add(DisputeParty(dispute_id=dispute.id, party_id=party.id, role=role.value, position=position))
        for mediator in data.mediators:
            _add_mediator(session, dispute.id, mediator)
        audit.record(session, ctx, AuditAction.CREATE, "dispute", str(dispute.id),
                     {"case_no": number, "type": data.dispute_type.value, "parties": len(linked)})
        session.commit()
        return DisputeRef(str(dispute.id), number)


def _add_mediator(session: GuanlanSession, dispute_id: uuid.UUID, mediator: MediatorInput) -> DisputeMediator:
    if not mediator.name.strip():
        raise ValidationError("mediators", QT_TRANSLATE_NOOP("errors", "A mediator needs a name."))
    row = DisputeMediator(dispute_id=dispute_id, name=mediator.name.strip(),
                          lcp_id=uuid.UUID(mediator.lcp_id) if mediator.lcp_id else None, is_lead=mediator.is_lead)
    session.add(row)
    return row


def load_dispute(session: GuanlanSession, dispute_id: str) -> Dispute:
    """The live dispute row, or :class:`NotFound`."""
    try:
        key = uuid.UUID(dispute_id)
    except ValueError:
        raise NotFound("dispute", dispute_id) from None
    dispute = session.get(Dispute, key)
    if dispute is None or dispute.deleted_at is not None:
        raise NotFound("dispute", dispute_id)
    return dispute


_EDITABLE = ("title", "dispute_type", "subtype", "source", "venue_id", "grid_id", "received_on", "summary", "requests",
             "amount_fen", "persons_involved", "flags", "court_ref_no")


def update_dispute(ctx: Ctx, dispute_id: str, data: DisputeInput, *, expected_version: int) -> DisputeDetail:
    """Save edited case facts (not parties or lifecycle); raises :class:`StaleRecord` on a concurrent change."""
    ctx.require(Permission.DISPUTE_WRITE, QT_TRANSLATE_NOOP("terms", "edit disputes"))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        dispute_step(DisputeStatus(dispute.status), DisputeAction.EDIT)
        if dispute.version != expected_version:
            raise StaleRecord()
        if data.received_on > ctx.today():
            raise ValidationError("received_on", QT_TRANSLATE_NOOP("errors", "The date received is in the future."))
        before = {k: getattr(dispute, k) for k in _EDITABLE}
        dispute.title = data.title.strip() or dispute.title
        dispute.dispute_type = data.dispute_type.value
        dispute.subtype = data.subtype
        dispute.source = data.source.value
        dispute.venue_id = uuid.UUID(data.venue_id) if data.venue_id else None
        dispute.grid_id = uuid.UUID(data.grid_id) if data.grid_id else None
        dispute.received_on = data.received_on
        dispute.summary = data.summary.strip()
        dispute.requests = data.requests.strip()
        dispute.amount_fen = data.amount_fen
        dispute.persons_involved = data.persons_involved
        dispute.flags = ",".join(data.flags)
        dispute.court_ref_no = data.court_ref_no.strip()
        if data.sensitive_notes and "*" not in data.sensitive_notes:
            dispute.sensitive_notes = data.sensitive_notes
        changes = audit.changed_fields(before, {k: getattr(dispute, k) for k in _EDITABLE})
        if changes:
            audit.record(session, ctx, AuditAction.UPDATE, "dispute", dispute_id, {"fields": changes})
        session.commit()
    return get_dispute(ctx, dispute_id)


# -- reading -----------------------------------------------------------------------------------------


def _blocked(status: DisputeStatus, allowed: frozenset[DisputeAction]) -> dict[DisputeAction, str]:
    word = label(status)
    return {a: f"当前状态为“{word}”，不能执行此操作" for a in DISPUTE_TRANSITIONS if a not in allowed}


def get_dispute(ctx: Ctx, dispute_id: str) -> DisputeDetail:
    """The whole dispute for the editor (personal data masked)."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    with ctx.read() as session:
        d = load_dispute(session, dispute_id)
        links = session.execute(
            select(DisputeParty, Party).join(Party, Party.id == DisputeParty.party_id)
            .where(DisputeParty.dispute_id == d.id, DisputeParty.deleted_at.is_(None))
            .order_by(DisputeParty.position)).all()
        party_rows = tuple(PartyInDispute(
            str(p.id), str(link.id), DisputeRole(link.role), p.name, PartyKind(p.kind),
            masking.mask_phone(p.phone) if p.phone else "", masking.mask_id(p.id_number) if p.id_number else "",
            bool(p.id_number)) for link, p in links)
        mediators = tuple(MediatorRow(str(m.id), m.name, str(m.lcp_id) if m.lcp_id else None, m.is_lead)
                          for m in session.scalars(select(DisputeMediator).where(
                              DisputeMediator.dispute_id == d.id, DisputeMediator.deleted_at.is_(None))))
        sessions = tuple(SessionRow(str(s.id), s.kind, s.held_at, s.place, s.participants, s.content, s.outcome,
                                    s.recorder)
                         for s in session.scalars(select(MediationSession).where(
                             MediationSession.dispute_id == d.id, MediationSession.deleted_at.is_(None))
                             .order_by(MediationSession.held_at)))
        a = session.execute(select(Agreement).where(Agreement.dispute_id == d.id,
                                                    Agreement.deleted_at.is_(None))).scalar_one_or_none()
        agreement = AgreementRow(
            str(a.id), a.kind, a.number, a.facts, a.terms, a.performance_method, a.performance_deadline,
            a.performance_place, a.amount_fen, a.copies, a.effective_on, a.jc_deadline, a.performance,
        ) if a is not None else None
        follow_ups = tuple(FollowUpRow(str(f.id), f.due_on, f.done_on, f.visitor, f.method, f.performance,
                                       f.satisfaction, f.findings, f.measures)
                           for f in session.scalars(select(FollowUp).where(
                               FollowUp.dispute_id == d.id, FollowUp.deleted_at.is_(None)).order_by(FollowUp.due_on)))
        risk_ids = tuple(str(r) for r in session.scalars(select(DisputeRisk.risk_id).where(
            DisputeRisk.dispute_id == d.id, DisputeRisk.deleted_at.is_(None))))
        venue = session.get(Venue, d.venue_id) if d.venue_id else None
        status = DisputeStatus(d.status)
        allowed = allowed_dispute_actions(status)
        data = DisputeInput(
            dispute_type=DisputeType(d.dispute_type), source=Source(d.source), received_on=d.received_on,
            parties=tuple(DisputePartyInput(p.role, party_id=p.party_id) for p in party_rows), title=d.title,
            subtype=d.subtype, venue_id=str(d.venue_id) if d.venue_id else None,
            grid_id=str(d.grid_id) if d.grid_id else None, summary=d.summary, requests=d.requests,
            amount_fen=d.amount_fen, persons_involved=d.persons_involved,
            flags=tuple(f for f in d.flags.split(",") if f),
            mediators=tuple(MediatorInput(m.name, m.lcp_id, m.is_lead) for m in mediators),
            court_ref_no=d.court_ref_no, sensitive_notes="******" if d.sensitive_notes else "",
        )
        referral = f"{label_referral(d.referral_kind)} {d.referral_target}".strip() if d.referral_kind else ""
        return DisputeDetail(
            str(d.id), d.version, d.case_no, status, data, d.community_code, venue.name if venue else "",
            party_rows, mediators, sessions, agreement, follow_ups, risk_ids, d.decline_reason, referral,
            d.withdraw_reason, d.mediation_due, d.closed_on, d.jc_requested, allowed, _blocked(status, allowed),
        )


def label_referral(kind: str) -> str:
    """The Chinese label of a referral kind code."""
    return label(ReferralKind(kind)) if kind else ""


# -- listing -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DisputeFilter:
    """Filters of the dispute list; empty fields filter nothing."""

    statuses: frozenset[DisputeStatus] = frozenset()
    dispute_type: DisputeType | None = None
    community_code: str | None = None
    grid_id: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    overdue: bool = False
    open_only: bool = False
    query: str = ""


SORTS: dict[str, InstrumentedAttribute[Any]] = {
    "received_on": Dispute.received_on,
    "case_no": Dispute.case_no,
    "status": Dispute.status,
    "updated_at": Dispute.updated_at,
    "title": Dispute.title,
    "dispute_type": Dispute.dispute_type,
    "community_code": Dispute.community_code,
}


def _conditions(ctx: Ctx, f: DisputeFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [Dispute.deleted_at.is_(None)]
    if f.statuses:
        conds.append(Dispute.status.in_([s.value for s in f.statuses]))
    if f.open_only:
        conds.append(Dispute.status.in_([s.value for s in OPEN_DISPUTE_STATUSES]))
    if f.dispute_type is not None:
        conds.append(Dispute.dispute_type == f.dispute_type.value)
    if f.community_code:
        conds.append(Dispute.community_code == f.community_code)
    if f.grid_id:
        conds.append(Dispute.grid_id == uuid.UUID(f.grid_id))
    if f.received_from:
        conds.append(Dispute.received_on >= f.received_from)
    if f.received_to:
        conds.append(Dispute.received_on <= f.received_to)
    if f.overdue:
        conds.append(_overdue_condition(ctx.today()))
    if f.query.strip():
        conds.append(_query_condition(f.query))
    return conds


_INITIALS = re.compile(r"^[a-zA-Z]{1,8}$")


def _query_condition(query: str) -> ColumnElement[bool]:
    """Full-text match, or (for letters only) a party's pinyin initials: front desks type ``zs`` for 张三."""
    q = query.strip()
    matched = search.match_condition(Dispute, q)
    if not _INITIALS.match(q):
        return matched
    # A range on the initials (not LIKE, which is case-insensitive and skips the index): zw ≤ x < zx.
    low = q.lower()
    high = low[:-1] + chr(ord(low[-1]) + 1)
    people = select(Party.id).where(Party.name_initials >= low, Party.name_initials < high,
                                    Party.deleted_at.is_(None))
    by_party = Dispute.id.in_(select(DisputeParty.dispute_id).where(
        DisputeParty.party_id.in_(people), DisputeParty.deleted_at.is_(None)))
    return or_(matched, by_party)


def _overdue_condition(today: date) -> ColumnElement[bool]:
    """Mediation past its due date, or a follow-up past due and not done."""
    late_followup = select(FollowUp.id).where(
        FollowUp.dispute_id == Dispute.id, FollowUp.done_on.is_(None), FollowUp.due_on < today,
        FollowUp.deleted_at.is_(None)).exists()
    mediating_late = and_(Dispute.status.in_([DisputeStatus.ACCEPTED.value, DisputeStatus.MEDIATING.value,
                                               DisputeStatus.REGISTERED.value]),
                          Dispute.mediation_due < today)
    return or_(mediating_late, late_followup)


def list_disputes(ctx: Ctx, filters: DisputeFilter | None = None, *, sort: str = "received_on",
                  descending: bool = True, after: Cursor | None = None, limit: int = 100) -> Page[DisputeRow]:
    """One page of disputes (keyset paging on ``(sort key, id)``: stable when rows arrive between pages)."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    f = filters or DisputeFilter()
    key = SORTS.get(sort)
    if key is None:
        raise ValidationError("sort", QT_TRANSLATE_NOOP("errors", "Unknown sort column: {name}."), name=sort)
    # A 1–2 character query is a LIKE scan: reading the table in order and sorting the few hits beats walking
    # the sort index and fetching every row at random (100,000 cases: 80 ms instead of 290 ms). "+col" tells
    # SQLite not to use the column's index for the order.
    if 0 < len(" ".join(f.query.split())) < 3:
        key = literal_column(f"+{Dispute.__tablename__}.{key.key}", type_=key.type)  # type: ignore[assignment]
    with ctx.read() as session:
        stmt = select(Dispute).where(*_conditions(ctx, f))
        if after is not None:
            pair = tuple_(key, Dispute.id)
            value = _cursor_value(sort, after.value)
            bound = tuple_(value, uuid.UUID(after.id))
            stmt = stmt.where(pair < bound if descending else pair > bound)
        order = (key.desc(), Dispute.id.desc()) if descending else (key.asc(), Dispute.id.asc())
        rows = list(session.scalars(stmt.order_by(*order).limit(limit + 1)))
        more = len(rows) > limit
        rows = rows[:limit]
        today = ctx.today()
        venues = _venue_names(session, {r.venue_id for r in rows if r.venue_id})
        due = _next_follow_ups(session, [r.id for r in rows])
        out = tuple(_row(r, venues, due.get(r.id), today) for r in rows)
        cursor = Cursor(_cursor_dump(getattr(rows[-1], sort)), str(rows[-1].id)) if more and rows else None
        return Page(out, cursor)


def _cursor_dump(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _cursor_value(sort: str, value: Any) -> Any:
    if sort == "received_on" and isinstance(value, str):
        return date.fromisoformat(value)
    if sort == "updated_at" and isinstance(value, str):
        return datetime.fromisoformat(value).replace(tzinfo=None)
    return value


def _venue_names(session: GuanlanSession, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    return {row[0]: row[1] for row in session.execute(select(Venue.id, Venue.name).where(Venue.id.in_(ids)))}


def _next_follow_ups(session: GuanlanSession, ids: list[uuid.UUID]) -> dict[uuid.UUID, date]:
    if not ids:
        return {}
    stmt = (select(FollowUp.dispute_id, func.min(FollowUp.due_on))
            .where(FollowUp.dispute_id.in_(ids), FollowUp.done_on.is_(None), FollowUp.deleted_at.is_(None))
            .group_by(FollowUp.dispute_id))
    return {row[0]: row[1] for row in session.execute(stmt)}


def _row(d: Dispute, venues: dict[uuid.UUID, str], follow_up: date | None, today: date) -> DisputeRow:
    status = DisputeStatus(d.status)
    due = follow_up if follow_up is not None else (d.mediation_due if status in OPEN_DISPUTE_STATUSES
                                                   and status != DisputeStatus.SETTLED else None)
    return DisputeRow(str(d.id), d.case_no, d.title, DisputeType(d.dispute_type), status, d.received_on,
                      d.party_names, venues.get(d.venue_id, "") if d.venue_id else "",
                      due is not None and due < today, due, d.updated_at, d.community_code)


def count_disputes(ctx: Ctx, filters: DisputeFilter | None = None) -> int:
    """How many disputes match."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    with ctx.read() as session:
        return int(session.execute(select(func.count()).select_from(Dispute)
                                   .where(*_conditions(ctx, filters or DisputeFilter()))).scalar_one())


# -- queries for the dashboard and the party page ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartyDisputes:
    """A party's disputes and whether repeated open cases are a warning sign."""

    rows: tuple[DisputeRow, ...]
    open_count: int
    warning: bool


def party_disputes(ctx: Ctx, party_id: str) -> PartyDisputes:
    """Every dispute of one party; a warning when several are open (repeated petitions are a risk signal)."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    with ctx.read() as session:
        config = load_config(session)
        rows = list(session.scalars(
            select(Dispute).join(DisputeParty, DisputeParty.dispute_id == Dispute.id)
            .where(DisputeParty.party_id == uuid.UUID(party_id), DisputeParty.deleted_at.is_(None),
                   Dispute.deleted_at.is_(None)).order_by(Dispute.received_on.desc())))
        today = ctx.today()
        out = tuple(_row(r, _venue_names(session, {r.venue_id} if r.venue_id else set()), None, today) for r in rows)
    open_count = sum(1 for r in out if r.status in OPEN_DISPUTE_STATUSES)
    return PartyDisputes(out, open_count, open_count >= config.repeat_dispute_threshold)


@dataclass(frozen=True, slots=True)
class DueItem:
    """A dated task on the dashboard."""

    dispute_id: str
    case_no: str
    title: str
    due_on: date
    overdue: bool


def due_follow_ups(ctx: Ctx, until: date) -> list[DueItem]:
    """Follow-up visits due on or before ``until`` and not yet done (overdue first)."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    today = ctx.today()
    with ctx.read() as session:
        rows = session.execute(
            select(Dispute.id, Dispute.case_no, Dispute.title, FollowUp.due_on)
            .join(FollowUp, FollowUp.dispute_id == Dispute.id)
            .where(FollowUp.done_on.is_(None), FollowUp.due_on <= until, FollowUp.deleted_at.is_(None),
                   Dispute.deleted_at.is_(None), Dispute.status != DisputeStatus.ARCHIVED.value)
            .order_by(FollowUp.due_on).limit(500))
        return [DueItem(str(i), n, t, due, due < today) for i, n, t, due in rows]


def jc_windows_closing(ctx: Ctx, within_days: int = 7) -> list[DueItem]:
    """Written agreements whose 30-day judicial-confirmation window closes soon and no application yet."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    today = ctx.today()
    with ctx.read() as session:
        rows = session.execute(
            select(Dispute.id, Dispute.case_no, Dispute.title, Agreement.jc_deadline)
            .join(Agreement, Agreement.dispute_id == Dispute.id)
            .where(Agreement.jc_deadline.is_not(None), Agreement.jc_deadline >= today,
                   Agreement.jc_deadline <= today + timedelta(days=within_days), Dispute.jc_requested.is_(False),
                   Dispute.deleted_at.is_(None))
            .order_by(Agreement.jc_deadline).limit(500))
        return [DueItem(str(i), n, t, due, False) for i, n, t, due in rows if due is not None]


@dataclass(frozen=True, slots=True)
class Collision:
    """Two different disputes that carry the same case number."""

    case_no: str
    dispute_ids: tuple[str, ...]
    origins: tuple[str, ...]


def find_case_number_collisions(ctx: Ctx) -> list[Collision]:
    """The office checks imported cases: the same number on different records means a misconfigured block."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    with ctx.read() as session:
        dupes = session.execute(
            select(Dispute.case_no).where(Dispute.deleted_at.is_(None))
            .group_by(Dispute.community_code, Dispute.case_no).having(func.count() > 1)).scalars().all()
        out = []
        for number in dupes:
            rows = session.execute(select(Dispute.id, Dispute.origin).where(
                Dispute.case_no == number, Dispute.deleted_at.is_(None))).all()
            out.append(Collision(number, tuple(str(r[0]) for r in rows), tuple(r[1] for r in rows)))
        return out


def risks_of_dispute(session: GuanlanSession, dispute_id: uuid.UUID) -> list[RiskItem]:
    """Risk items linked to a dispute (for the dispute editor)."""
    return list(session.scalars(select(RiskItem).join(DisputeRisk, DisputeRisk.risk_id == RiskItem.id).where(
        DisputeRisk.dispute_id == dispute_id, DisputeRisk.deleted_at.is_(None), RiskItem.deleted_at.is_(None))))



@dataclass(frozen=True, slots=True)
class StatusChange:
    """One lifecycle step of a dispute as recorded on this workstation (for the editor's timeline)."""

    at: datetime
    username: str
    action: str
    from_status: DisputeStatus
    to_status: DisputeStatus


def status_history(ctx: Ctx, dispute_id: str) -> list[StatusChange]:
    """The status changes of one dispute, oldest first, from the audit log (readable by every dispute reader)."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    statuses = {s.value for s in DisputeStatus}
    with ctx.read() as session:
        events = session.scalars(select(AuditEvent).where(
            AuditEvent.entity == "dispute", AuditEvent.entity_id == dispute_id).order_by(AuditEvent.seq))
        out = []
        for event in events:
            detail = event.detail or {}
            before, after = detail.get("from"), detail.get("to")
            if before in statuses and after in statuses and before != after:
                out.append(StatusChange(event.at, event.username, str(detail.get("action", "")),
                                        DisputeStatus(before), DisputeStatus(after)))
        return out
