"""Legal-clarity persons (法律明白人): profiles, status history (candidate → registered → removed), trainings,
services performed, and the culture wall (文化墙) for those who consented to be shown."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select, tuple_

from guanlan_desk.domain import documents, masking, phone, text
from guanlan_desk.domain.enums import AuditAction, IdType, LcpIdentity, LcpStatus, SelectionMethod, ServiceKind, Sex
from guanlan_desk.domain.enums import TrainingMode, label
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.people_enums import Education, PoliticalStatus, education_of, political_status_of
from guanlan_desk.domain.lifecycle import LCP_TRANSITIONS
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.dto import Cursor, Page
from guanlan_desk.services.errors import NotFound, RuleViolation
from guanlan_desk.store import search
from guanlan_desk.store.errors import StaleRecord
from guanlan_desk.store.models import (
    Dispute,
    DisputeMediator,
    Grid,
    LcpService,
    LcpStatusChange,
    LcpTraining,
    LegalClarityPerson,
)
from guanlan_desk.store.uow import GuanlanSession

# The table lives with the other lifecycles in the domain; the name stays for callers.
STATUS_STEPS = LCP_TRANSITIONS


@dataclass(frozen=True, slots=True)
class LcpInput:
    """A profile as the editor collects it."""

    name: str
    sex: Sex = Sex.UNKNOWN
    birth_date: date | None = None
    ethnicity: str = ""
    phone: str = ""
    address: str = ""
    id_number: str = ""
    community_code: str = ""
    grid_id: str | None = None
    political_status: PoliticalStatus | None = None
    education: Education | None = None
    occupation: str = ""
    identities: tuple[LcpIdentity, ...] = ()
    selection_method: SelectionMethod = SelectionMethod.COMMITTEE
    selected_on: date | None = None
    bio: str = ""
    adviser_name: str = ""
    adviser_firm: str = ""
    certificate_no: str = ""
    badge_no: str = ""


@dataclass(frozen=True, slots=True)
class LcpRow:
    """A person as lists show it."""

    id: str
    name: str
    community_code: str
    status: LcpStatus
    identities: tuple[LcpIdentity, ...]
    phone: str
    display_consent: bool
    grid_name: str = ""
    training_count: int = 0
    training_hours: Decimal = Decimal(0)
    service_count: int = 0

    @property
    def status_label(self) -> str:
        """The status in Chinese."""
        return label(self.status)


@dataclass(frozen=True, slots=True)
class StatusChangeRow:
    """One step of the status history."""

    from_status: str
    to_status: LcpStatus
    changed_on: date
    reason: str
    approver: str


@dataclass(frozen=True, slots=True)
class TrainingRow:
    """A training attended."""

    id: str
    held_on: date
    topic: str
    hours: Decimal
    mode: TrainingMode
    organiser: str
    passed: bool
    score: int | None


@dataclass(frozen=True, slots=True)
class ServiceRow:
    """A service performed."""

    id: str
    served_on: date
    kind: ServiceKind
    people_served: int
    dispute_id: str | None
    risk_id: str | None
    note: str


@dataclass(frozen=True, slots=True)
class LcpDetail:
    """The whole profile (personal data masked)."""

    id: str
    version: int
    data: LcpInput
    status: LcpStatus
    recognised_on: date | None
    display_consent: bool
    consent_on: date | None
    show_phone: bool
    photo_attachment_id: str | None
    history: tuple[StatusChangeRow, ...]
    trainings: tuple[TrainingRow, ...]
    services: tuple[ServiceRow, ...]
    training_hours: Decimal
    mediated: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True, slots=True)
class WallEntry:
    """What the culture wall shows of one consenting, registered person."""

    id: str
    name: str
    community_code: str
    photo_attachment_id: str | None
    phone: str | None
    identities: tuple[str, ...]
    bio: str
    recent_services: tuple[str, ...]


def _normalise(ctx: Ctx, data: LcpInput) -> LcpInput:
    data = text.clean_record(data, today=ctx.today(), limits={"name": text.PERSON})
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("errors", "Please enter the name."))
    out = replace(data, name=name, community_code=data.community_code or ctx.db.workstation.community_code)
    if out.phone.strip():
        out = replace(out, phone=phone.normalize_phone(out.phone))
    if out.id_number.strip():
        out = replace(out, id_number=documents.normalize_id_document(IdType.RESIDENT_ID, out.id_number,
                                                                     today=ctx.today()))
    if out.selected_on is not None and out.selected_on > ctx.today():
        raise ValidationError("selected_on", QT_TRANSLATE_NOOP("errors", "The selection date is in the future."))
    return out


def _apply(ctx: Ctx, person: LegalClarityPerson, data: LcpInput) -> None:
    person.name = data.name
    person.name_initials = search.name_initials(data.name)
    person.sex = data.sex.value
    person.birth_date = data.birth_date
    person.ethnicity = data.ethnicity
    if "*" not in data.phone:
        person.phone = data.phone or None
        person.phone_bidx = ctx.db.cipher.blind_index("phone", data.phone) if data.phone else None
    if "*" not in data.address:
        person.address = data.address or None
    if "*" not in data.id_number:
        person.id_number = data.id_number or None
        person.id_bidx = ctx.db.cipher.blind_index(
            "id", documents.blind_index_form(IdType.RESIDENT_ID, data.id_number)) if data.id_number else None
    person.community_code = data.community_code
    person.grid_id = uuid.UUID(data.grid_id) if data.grid_id else None
    person.political_status = data.political_status.value if data.political_status else ""
    person.education = data.education.value if data.education else ""
    person.occupation = data.occupation
    person.identities = ",".join(i.value for i in data.identities)
    person.selection_method = data.selection_method.value
    person.selected_on = data.selected_on
    person.bio = data.bio.strip()[:200]
    person.adviser_name = data.adviser_name.strip()
    person.adviser_firm = data.adviser_firm.strip()
    person.certificate_no = data.certificate_no.strip()
    person.badge_no = data.badge_no.strip()


def create_lcp(ctx: Ctx, data: LcpInput) -> str:
    """A new profile, starting as a candidate (初选对象)."""
    ctx.require(Permission.LCP_WRITE, QT_TRANSLATE_NOOP("terms", "manage legal-clarity persons"))
    data = _normalise(ctx, data)
    with ctx.write() as session:
        person = LegalClarityPerson(status=LcpStatus.CANDIDATE.value)
        _apply(ctx, person, data)
        session.add(person)
        session.flush()
        session.add(LcpStatusChange(person_id=person.id, from_status="", to_status=LcpStatus.CANDIDATE.value,
                                    changed_on=data.selected_on or ctx.today(),
                                    reason=label(data.selection_method), approver=ctx.actor.display_name[:50]))
        audit.record(session, ctx, AuditAction.CREATE, "lcp", str(person.id), {"name": person.name})
        session.commit()
        return str(person.id)


def _load(session: GuanlanSession, person_id: str) -> LegalClarityPerson:
    try:
        person = session.get(LegalClarityPerson, uuid.UUID(person_id))
    except ValueError:
        person = None
    if person is None or person.deleted_at is not None:
        raise NotFound("legal-clarity person", person_id)
    return person


def update_lcp(ctx: Ctx, person_id: str, data: LcpInput, *, expected_version: int) -> None:
    """Save an edited profile (masked values mean "unchanged")."""
    ctx.require(Permission.LCP_WRITE, QT_TRANSLATE_NOOP("terms", "manage legal-clarity persons"))
    with ctx.write() as session:
        person = _load(session, person_id)
        if person.version != expected_version:
            raise StaleRecord()
        # Masked values are not validated (they stay as stored); _apply skips them.
        checked = _normalise(ctx, replace(data, phone="" if "*" in data.phone else data.phone,
                                          id_number="" if "*" in data.id_number else data.id_number))
        checked = replace(checked, phone=data.phone if "*" in data.phone else checked.phone,
                          id_number=data.id_number if "*" in data.id_number else checked.id_number,
                          address=data.address)
        _apply(ctx, person, checked)
        audit.record(session, ctx, AuditAction.UPDATE, "lcp", person_id, {"name": person.name})
        session.commit()


def change_status(ctx: Ctx, person_id: str, to: LcpStatus, *, reason: str, on: date | None = None,
                  approver: str = "") -> None:
    """Move along candidate → registered (认定, needs the date) → removed (清退, needs a reason)."""
    ctx.require(Permission.LCP_WRITE, QT_TRANSLATE_NOOP("terms", "manage legal-clarity persons"))
    day = on or ctx.today()
    reason = text.clean_text("reason", reason)
    approver = text.clean_text("approver", approver)
    text.check_date("changed_on", day, today=ctx.today())
    if to == LcpStatus.REMOVED and not reason.strip():
        raise ValidationError("reason", QT_TRANSLATE_NOOP("errors", "Please give the reason for the removal."))
    with ctx.write() as session:
        person = _load(session, person_id)
        current = LcpStatus(person.status)
        if to not in STATUS_STEPS[current]:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "errors", "A person whose status is {state} cannot become {target}."),
                state=label(current), target=label(to))
        person.status = to.value
        if to == LcpStatus.REGISTERED:
            person.recognised_on = day
        if to == LcpStatus.REMOVED:
            person.display_consent = False  # a removed person leaves the wall at once
        session.add(LcpStatusChange(person_id=person.id, from_status=current.value, to_status=to.value,
                                    changed_on=day, reason=reason.strip(),
                                    approver=approver or ctx.actor.display_name[:50]))
        audit.record(session, ctx, AuditAction.UPDATE, "lcp", person_id,
                     {"status": [current.value, to.value], "reason": reason.strip()})
        session.commit()


def add_training(ctx: Ctx, person_id: str, *, held_on: date, topic: str, hours: Decimal | float,
                 mode: TrainingMode, organiser: str = "", passed: bool = True, score: int | None = None) -> str:
    """Record a training attended."""
    ctx.require(Permission.LCP_WRITE, QT_TRANSLATE_NOOP("terms", "manage legal-clarity persons"))
    tenths = int((Decimal(str(hours)) * 10).to_integral_value())
    topic, organiser = text.clean_text("topic", topic), text.clean_text("organiser", organiser)
    text.check_date("held_on", held_on, today=ctx.today())
    if not topic.strip():
        raise ValidationError("topic", QT_TRANSLATE_NOOP("errors", "Please enter the training's topic."))
    if not 0 < tenths <= 400:
        raise ValidationError("hours", QT_TRANSLATE_NOOP("errors", "Training hours must be between 0.1 and 40."))
    if score is not None and not 0 <= score <= 100:
        raise ValidationError("score", QT_TRANSLATE_NOOP("errors", "A score is between 0 and 100."))
    with ctx.write() as session:
        person = _load(session, person_id)
        row = LcpTraining(person_id=person.id, held_on=held_on, topic=topic.strip(), hours_tenths=tenths,
                          mode=mode.value, organiser=organiser.strip(), passed=passed, score=score)
        session.add(row)
        session.flush()
        audit.record(session, ctx, AuditAction.UPDATE, "lcp", person_id, {"training": topic.strip()})
        session.commit()
        return str(row.id)


def add_service(ctx: Ctx, person_id: str, *, served_on: date, kind: ServiceKind, people_served: int = 1,
                dispute_id: str | None = None, risk_id: str | None = None, note: str = "") -> str:
    """Record a service performed (普法宣传, 参与调解, 法律咨询 …)."""
    ctx.require(Permission.LCP_WRITE, QT_TRANSLATE_NOOP("terms", "manage legal-clarity persons"))
    note = text.clean_text("note", note)
    text.check_date("served_on", served_on, today=ctx.today())
    if people_served < 0:
        raise ValidationError("people_served", QT_TRANSLATE_NOOP("errors", "The number of people cannot be negative."))
    if served_on > ctx.today():
        raise ValidationError("served_on", QT_TRANSLATE_NOOP("errors", "The service date is in the future."))
    with ctx.write() as session:
        person = _load(session, person_id)
        if LcpStatus(person.status) == LcpStatus.REMOVED:
            raise RuleViolation(QT_TRANSLATE_NOOP("errors", "A removed person cannot record new services."))
        row = LcpService(person_id=person.id, served_on=served_on, kind=kind.value, people_served=people_served,
                         dispute_id=uuid.UUID(dispute_id) if dispute_id else None,
                         risk_id=uuid.UUID(risk_id) if risk_id else None, note=note.strip())
        session.add(row)
        session.flush()
        audit.record(session, ctx, AuditAction.UPDATE, "lcp", person_id, {"service": kind.value})
        session.commit()
        return str(row.id)


def set_display_consent(ctx: Ctx, person_id: str, *, consent: bool, on: date, show_phone: bool = False) -> None:
    """Record (or withdraw) consent to appear on the culture wall; withdrawal takes effect at once."""
    ctx.require(Permission.LCP_WRITE, QT_TRANSLATE_NOOP("terms", "manage legal-clarity persons"))
    with ctx.write() as session:
        person = _load(session, person_id)
        person.display_consent = consent
        person.consent_on = on
        person.show_phone = consent and show_phone
        audit.record(session, ctx, AuditAction.UPDATE, "lcp", person_id, {"display_consent": consent})
        session.commit()


def set_photo(ctx: Ctx, person_id: str, attachment_id: str | None) -> None:
    """Point the profile at an (encrypted) photo attachment, or clear it."""
    ctx.require(Permission.LCP_WRITE, QT_TRANSLATE_NOOP("terms", "manage legal-clarity persons"))
    with ctx.write() as session:
        person = _load(session, person_id)
        person.photo_attachment_id = uuid.UUID(attachment_id) if attachment_id else None
        audit.record(session, ctx, AuditAction.UPDATE, "lcp", person_id, {"photo": bool(attachment_id)})
        session.commit()


def _identities(raw: str) -> tuple[LcpIdentity, ...]:
    return tuple(LcpIdentity(v) for v in raw.split(",") if v)


def get_lcp(ctx: Ctx, person_id: str) -> LcpDetail:
    """The whole profile with history, trainings, services and the disputes they helped mediate."""
    ctx.require(Permission.LCP_READ, QT_TRANSLATE_NOOP("terms", "view legal-clarity persons"))
    with ctx.read() as session:
        p = _load(session, person_id)
        history = tuple(StatusChangeRow(h.from_status, LcpStatus(h.to_status), h.changed_on, h.reason, h.approver)
                        for h in session.scalars(select(LcpStatusChange).where(LcpStatusChange.person_id == p.id)
                                                 .order_by(LcpStatusChange.changed_on, LcpStatusChange.created_at)))
        trainings = tuple(TrainingRow(str(t.id), t.held_on, t.topic, Decimal(t.hours_tenths) / 10,
                                      TrainingMode(t.mode), t.organiser, t.passed, t.score)
                          for t in session.scalars(select(LcpTraining).where(
                              LcpTraining.person_id == p.id, LcpTraining.deleted_at.is_(None))
                              .order_by(LcpTraining.held_on)))
        services = tuple(ServiceRow(str(s.id), s.served_on, ServiceKind(s.kind), s.people_served,
                                    str(s.dispute_id) if s.dispute_id else None, str(s.risk_id) if s.risk_id else None,
                                    s.note)
                         for s in session.scalars(select(LcpService).where(
                             LcpService.person_id == p.id, LcpService.deleted_at.is_(None))
                             .order_by(LcpService.served_on.desc())))
        mediated = tuple((str(i), n, t) for i, n, t in session.execute(
            select(Dispute.id, Dispute.case_no, Dispute.title)
            .join(DisputeMediator, DisputeMediator.dispute_id == Dispute.id)
            .where(DisputeMediator.lcp_id == p.id, DisputeMediator.deleted_at.is_(None))
            .order_by(Dispute.received_on.desc())))
        data = LcpInput(
            name=p.name, sex=Sex(p.sex), birth_date=p.birth_date, ethnicity=p.ethnicity,
            phone=masking.mask_phone(p.phone) if p.phone else "",
            address=masking.mask_address(p.address) if p.address else "",
            id_number=masking.mask_id(p.id_number) if p.id_number else "", community_code=p.community_code,
            grid_id=str(p.grid_id) if p.grid_id else None, political_status=political_status_of(p.political_status),
            education=education_of(p.education), occupation=p.occupation, identities=_identities(p.identities),
            selection_method=SelectionMethod(p.selection_method) if p.selection_method else SelectionMethod.OTHER,
            selected_on=p.selected_on, bio=p.bio, adviser_name=p.adviser_name, adviser_firm=p.adviser_firm,
            certificate_no=p.certificate_no, badge_no=p.badge_no)
        return LcpDetail(str(p.id), p.version, data, LcpStatus(p.status), p.recognised_on, p.display_consent,
                         p.consent_on, p.show_phone, str(p.photo_attachment_id) if p.photo_attachment_id else None,
                         history, trainings, services, sum((t.hours for t in trainings), Decimal(0)), mediated)


@dataclass(frozen=True, slots=True)
class LcpFilter:
    """Filters of the roster list."""

    status: LcpStatus | None = None
    community_code: str | None = None
    identity: LcpIdentity | None = None
    query: str = ""


def list_lcps(ctx: Ctx, filters: LcpFilter | None = None, *, after: Cursor | None = None,
              limit: int = 100) -> Page[LcpRow]:
    """People by name (keyset paging), filtered; search by name, initials or certificate number."""
    ctx.require(Permission.LCP_READ, QT_TRANSLATE_NOOP("terms", "view legal-clarity persons"))
    f = filters or LcpFilter()
    conds: list[ColumnElement[bool]] = [LegalClarityPerson.deleted_at.is_(None)]
    if f.status is not None:
        conds.append(LegalClarityPerson.status == f.status.value)
    if f.community_code:
        conds.append(LegalClarityPerson.community_code == f.community_code)
    if f.identity is not None:
        conds.append(LegalClarityPerson.identities.like(f"%{f.identity.value}%"))
    if f.query.strip():
        conds.append(search.match_condition(LegalClarityPerson, f.query))
    with ctx.read() as session:
        stmt = select(LegalClarityPerson).where(*conds)
        if after is not None:
            stmt = stmt.where(tuple_(LegalClarityPerson.name, LegalClarityPerson.id)
                              > tuple_(after.value, uuid.UUID(after.id)))
        rows = list(session.scalars(stmt.order_by(LegalClarityPerson.name, LegalClarityPerson.id).limit(limit + 1)))
        more = len(rows) > limit
        rows = rows[:limit]
        ids = [p.id for p in rows]
        trainings = {pid: (int(n), int(tenths or 0)) for pid, n, tenths in session.execute(
            select(LcpTraining.person_id, func.count(), func.sum(LcpTraining.hours_tenths))
            .where(LcpTraining.person_id.in_(ids), LcpTraining.deleted_at.is_(None))
            .group_by(LcpTraining.person_id))} if ids else {}
        services = {pid: int(n) for pid, n in session.execute(
            select(LcpService.person_id, func.count())
            .where(LcpService.person_id.in_(ids), LcpService.deleted_at.is_(None))
            .group_by(LcpService.person_id))} if ids else {}
        grid_keys = {p.grid_id for p in rows if p.grid_id is not None}
        grid_names = {g: n for g, n in session.execute(select(Grid.id, Grid.name).where(Grid.id.in_(grid_keys)))} \
            if grid_keys else {}
        out = tuple(LcpRow(str(p.id), p.name, p.community_code, LcpStatus(p.status), _identities(p.identities),
                           masking.mask_phone(p.phone) if p.phone else "", p.display_consent,
                           grid_names.get(p.grid_id, "") if p.grid_id else "",
                           trainings.get(p.id, (0, 0))[0], Decimal(trainings.get(p.id, (0, 0))[1]) / 10,
                           services.get(p.id, 0)) for p in rows)
        return Page(out, Cursor(rows[-1].name, str(rows[-1].id)) if more and rows else None)


def wall_entries(ctx: Ctx, community_code: str | None = None) -> list[WallEntry]:
    """The culture wall: registered persons who consented; the phone only where they agreed to show it."""
    ctx.require(Permission.LCP_READ, QT_TRANSLATE_NOOP("terms", "view legal-clarity persons"))
    with ctx.read() as session:
        stmt = select(LegalClarityPerson).where(
            LegalClarityPerson.deleted_at.is_(None), LegalClarityPerson.status == LcpStatus.REGISTERED.value,
            LegalClarityPerson.display_consent.is_(True)).order_by(LegalClarityPerson.name)
        if community_code:
            stmt = stmt.where(LegalClarityPerson.community_code == community_code)
        out = []
        for p in session.scalars(stmt):
            recent = session.scalars(select(LcpService).where(
                LcpService.person_id == p.id, LcpService.deleted_at.is_(None))
                .order_by(LcpService.served_on.desc()).limit(3))
            out.append(WallEntry(
                str(p.id), p.name, p.community_code, str(p.photo_attachment_id) if p.photo_attachment_id else None,
                p.phone if p.show_phone else None, tuple(label(i) for i in _identities(p.identities)), p.bio,
                tuple(f"{s.served_on.month}月{s.served_on.day}日 {label(ServiceKind(s.kind))}" for s in recent)))
        return out


def count_by_status(ctx: Ctx) -> dict[str, int]:
    """How many persons per status."""
    ctx.require(Permission.LCP_READ, QT_TRANSLATE_NOOP("terms", "view legal-clarity persons"))
    with ctx.read() as session:
        return {str(s): int(n) for s, n in session.execute(
            select(LegalClarityPerson.status, func.count()).where(LegalClarityPerson.deleted_at.is_(None))
            .group_by(LegalClarityPerson.status))}
