"""Registering and editing a dispute.

A known party is never typed in twice (parties are found by ID number / USCC); case numbers come from the
workstation's serial block, so several offline workstations of one community never collide.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from guanlan_desk.domain import case_number, case_titles, deadlines, text
from guanlan_desk.domain.enums import (
    COURT_SOURCES,
    AuditAction,
    CaseFlag,
    DisputeRole,
    DisputeStatus,
    DisputeType,
    PartyKind,
    join_flags,
    label,
)
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.lifecycle import DisputeAction, dispute_step
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit, committees, parties, reference
from guanlan_desk.services.context import Ctx, load_config
from guanlan_desk.services.disputes.detail import get_dispute
from guanlan_desk.services.disputes.history import record_status_change
from guanlan_desk.services.disputes.inputs import _SINGLE_PARTY_SOURCES, DisputeInput, DisputeRef, MediatorInput
from guanlan_desk.services.disputes.loading import load_dispute
from guanlan_desk.services.disputes.rows import DisputeDetail
from guanlan_desk.services.errors import NotFound
from guanlan_desk.store.errors import StaleRecord
from guanlan_desk.store.models import Dispute, DisputeMediator, DisputeParty, LocalState, Mediator, Party
from guanlan_desk.store.uow import GuanlanSession


def _check_flags(data: DisputeInput) -> None:
    """Prevention outcomes count people (人) as well as cases (件): a count with its flag, never without."""
    for flag, persons, field in ((CaseFlag.CRIMINAL_PREVENTED, data.prevented_criminal_persons,
                                  "prevented_criminal_persons"),
                                 (CaseFlag.PETITION_PREVENTED, data.prevented_petition_persons,
                                  "prevented_petition_persons")):
        if persons < 0 or persons > max(data.persons_involved, 1) * 10 or persons > 100_000:
            raise ValidationError(field, QT_TRANSLATE_NOOP(
                "errors", "The number of people for {flag} is not plausible."), flag=label(flag))
        if flag in data.flags and persons < 1:
            raise ValidationError(field, QT_TRANSLATE_NOOP(
                "errors", "{flag}: please enter how many people were kept from it."), flag=label(flag))
        if flag not in data.flags and persons:
            raise ValidationError(field, QT_TRANSLATE_NOOP(
                "errors", "People are counted for {flag} only when the case is marked so."), flag=label(flag))


def _check_input(data: DisputeInput, today: date) -> None:
    _check_flags(data)
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
    committee = committees.committee_in(session, community)  # each community numbers with its own pattern
    text_no = case_number.format_case_number(committee.case_number_pattern, year=year, abbrev=committee.abbrev,
                                             serial=serial).text
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


ORGANISATION_KINDS = (PartyKind.LEGAL_PERSON.value, PartyKind.ORGANISATION.value)


def default_title(parties: list[tuple[str, DisputeRole | None, bool]], dispute_type: DisputeType) -> str:
    """"A与B+类型" (the applicants against the respondents) when the user left the title blank.

    ``parties`` are (name, role, is an organisation).
    """
    return case_titles.case_title(parties, label(dispute_type))


def register_dispute(ctx: Ctx, data: DisputeInput) -> DisputeRef:
    """Register a dispute with its parties and mediators; issues the case number."""
    ctx.require(Permission.DISPUTE_WRITE, QT_TRANSLATE_NOOP("terms", "register disputes"))
    data = text.clean_record(data, today=ctx.today())
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
            title=data.title.strip() or default_title(
                [(p.name, DisputeRole(role), p.kind in ORGANISATION_KINDS) for p, role in linked], data.dispute_type),
            dispute_type=data.dispute_type.value, subtype=data.subtype, source=data.source.value,
            venue_id=uuid.UUID(data.venue_id) if data.venue_id else None, received_on=data.received_on,
            summary=data.summary.strip(), requests=data.requests.strip(), party_names=" ".join(names),
            amount_fen=data.amount_fen, persons_involved=data.persons_involved, flags=join_flags(data.flags),
            prevented_criminal_persons=data.prevented_criminal_persons,
            prevented_petition_persons=data.prevented_petition_persons,
            sensitive_notes=data.sensitive_notes or None, status=DisputeStatus.REGISTERED.value,
            status_changed_at=ctx.now(), court_ref_no=data.court_ref_no.strip(),
            court_deadline=_court_deadline(data),
            mediation_due=deadlines.case_mediation_due(data.received_on, None, config,
                                                       court_deadline=_court_deadline(data)),
            registered_by=ctx.actor.username,
        )
        session.add(dispute)
        session.flush()
        record_status_change(session, ctx, dispute, "register", None, DisputeStatus.REGISTERED)
        for position, (party, role) in enumerate(linked):
            session.add(DisputeParty(dispute_id=dispute.id, party_id=party.id, role=role.value, position=position))
        for mediator in data.mediators:
            _add_mediator(session, dispute.id, mediator, community)
        audit.record(session, ctx, AuditAction.CREATE, "dispute", str(dispute.id),
                     {"case_no": number, "type": data.dispute_type.value, "parties": len(linked)})
        session.commit()
        return DisputeRef(str(dispute.id), number)


def _add_mediator(session: GuanlanSession, dispute_id: uuid.UUID, mediator: MediatorInput,
                  community: str | None = None) -> DisputeMediator:
    """Link a mediator: one of the roster (its name is copied for lists and prints) or a named person."""
    name = text.clean_text("mediators", mediator.name, limit=text.PERSON)
    roster_id = None
    if mediator.mediator_id:
        try:
            on_roster = session.get(Mediator, uuid.UUID(mediator.mediator_id))
        except ValueError:
            on_roster = None
        if on_roster is None or on_roster.deleted_at is not None:
            raise NotFound("mediator", mediator.mediator_id)
        if not on_roster.active:
            raise ValidationError("mediators", QT_TRANSLATE_NOOP(
                "errors", "{name} is no longer an active mediator on the roster."), name=on_roster.name)
        if community is not None and on_roster.community_code not in (community, reference.OFFICE_CODE):
            raise ValidationError("mediators", QT_TRANSLATE_NOOP(
                "errors", "{name} is on another committee's roster."), name=on_roster.name)
        name, roster_id = on_roster.name, on_roster.id
    if not name:
        raise ValidationError("mediators", QT_TRANSLATE_NOOP("errors", "A mediator needs a name."))
    row = DisputeMediator(dispute_id=dispute_id, name=name, mediator_id=roster_id,
                          lcp_id=uuid.UUID(mediator.lcp_id) if mediator.lcp_id else None, is_lead=mediator.is_lead)
    session.add(row)
    return row


_EDITABLE = ("title", "dispute_type", "subtype", "source", "venue_id", "grid_id", "received_on", "summary", "requests",
             "amount_fen", "persons_involved", "flags", "prevented_criminal_persons", "prevented_petition_persons",
             "court_ref_no", "court_deadline", "mediation_due")


def _court_deadline(data: DisputeInput) -> date | None:
    """The entrusting court's deadline: kept only for cases a court entrusted (委派/委托)."""
    return data.court_deadline if data.source in COURT_SOURCES else None


def _check_received_on(dispute: Dispute, received_on: date) -> None:
    """An edited date received must keep the issued case number's year and precede the acceptance."""
    if received_on.year != dispute.case_year:
        raise ValidationError("received_on", QT_TRANSLATE_NOOP(
            "errors", "Case number {case_no} was issued for {year}: the date received must stay in that year. "
            "Register a case received in another year as a new dispute."), case_no=dispute.case_no,
            year=str(dispute.case_year))
    if dispute.accepted_on is not None and received_on > dispute.accepted_on:
        raise ValidationError("received_on", QT_TRANSLATE_NOOP(
            "errors", "The dispute was accepted on {day}: it cannot have been received later."),
            day=dispute.accepted_on.isoformat())


def update_dispute(ctx: Ctx, dispute_id: str, data: DisputeInput, *, expected_version: int) -> DisputeDetail:
    """Save edited case facts (not parties or lifecycle); raises :class:`StaleRecord` on a concurrent change."""
    ctx.require(Permission.DISPUTE_WRITE, QT_TRANSLATE_NOOP("terms", "edit disputes"))
    data = text.clean_record(data, today=ctx.today())
    _check_flags(data)
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        dispute_step(DisputeStatus(dispute.status), DisputeAction.EDIT)
        if dispute.version != expected_version:
            raise StaleRecord()
        if data.received_on > ctx.today():
            raise ValidationError("received_on", QT_TRANSLATE_NOOP("errors", "The date received is in the future."))
        if data.received_on != dispute.received_on:
            _check_received_on(dispute, data.received_on)
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
        dispute.flags = join_flags(data.flags)
        dispute.prevented_criminal_persons = data.prevented_criminal_persons
        dispute.prevented_petition_persons = data.prevented_petition_persons
        dispute.court_ref_no = data.court_ref_no.strip()
        dispute.court_deadline = _court_deadline(data)
        # The deadline follows the date received (until accepted), a court's deadline and an agreed extension.
        dispute.mediation_due = deadlines.case_mediation_due(
            dispute.received_on, dispute.accepted_on, load_config(session), court_deadline=dispute.court_deadline,
            extended_due=dispute.extended_due)
        note_changed = data.sensitive_notes is not None and (data.sensitive_notes or None) != dispute.sensitive_notes
        if note_changed:
            dispute.sensitive_notes = data.sensitive_notes or None
        changes = audit.changed_fields(before, {k: getattr(dispute, k) for k in _EDITABLE})
        if note_changed:  # that it changed, never what it says
            changes["sensitive_notes"] = "changed" if dispute.sensitive_notes else "cleared"
        if changes:
            audit.record(session, ctx, AuditAction.UPDATE, "dispute", dispute_id, {"fields": changes})
        session.commit()
    return get_dispute(ctx, dispute_id)

