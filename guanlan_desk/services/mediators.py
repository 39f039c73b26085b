"""The committee's roster of people's mediators (人民调解员名册): cases choose their mediators from here.

Phones are encrypted at rest and masked in lists; the full number (for a notice's contact line) needs the
unmask permission and is audited. The office reads every community's roster; each committee edits its own.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from guanlan_desk.domain import masking, phone, text
from guanlan_desk.domain.enums import AuditAction, Sex, label
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.people_enums import MediatorRole
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.errors import NotFound, RuleViolation
from guanlan_desk.store.errors import StaleRecord
from guanlan_desk.store.models import Community, DisputeMediator, Mediator
from guanlan_desk.store.uow import GuanlanSession

_WRITE = QT_TRANSLATE_NOOP("terms", "manage the mediator roster")
_READ = QT_TRANSLATE_NOOP("terms", "view the mediator roster")


@dataclass(frozen=True, slots=True)
class RosterInput:
    """A mediator as the roster editor collects it."""

    name: str
    role: MediatorRole = MediatorRole.MEDIATOR
    sex: Sex = Sex.UNKNOWN
    certificate_no: str = ""
    phone: str = ""
    trainings: str = ""
    active: bool = True


@dataclass(frozen=True, slots=True)
class RosterRow:
    """A mediator as the roster and the pickers show them (phone masked unless unmasked on purpose)."""

    id: str
    version: int
    community_code: str
    community_name: str
    name: str
    role: MediatorRole
    sex: Sex
    certificate_no: str
    phone: str
    trainings: str
    active: bool
    cases: int = 0

    @property
    def role_label(self) -> str:
        """The role in Chinese (主任, 委员 …)."""
        return label(self.role)


@dataclass(frozen=True, slots=True)
class Contact:
    """A mediator's name and full phone number, for the contact line of a notice."""

    name: str
    phone: str


def _normalise(data: RosterInput) -> RosterInput:
    data = text.clean_record(data, limits={"name": text.PERSON})
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("errors", "Please enter the name."))
    number = phone.normalize_phone(data.phone) if data.phone and "*" not in data.phone else data.phone
    return replace(data, name=name, phone=number)


def _load(session: GuanlanSession, mediator_id: str) -> Mediator:
    try:
        row = session.get(Mediator, uuid.UUID(mediator_id))
    except ValueError:
        row = None
    if row is None or row.deleted_at is not None:
        raise NotFound("mediator", mediator_id)
    return row


def _own(ctx: Ctx, row: Mediator) -> None:
    if ctx.db.workstation.role == "community" and row.community_code != ctx.db.workstation.community_code:
        raise RuleViolation(QT_TRANSLATE_NOOP("errors", "Only the committee of {community} edits its own roster."),
                            community=row.community_code)


def add_to_roster(ctx: Ctx, data: RosterInput, *, community_code: str | None = None) -> str:
    """Put a mediator on this committee's roster; returns the new id."""
    ctx.require(Permission.DISPUTE_WRITE, _WRITE)
    data = _normalise(data)
    community = community_code or ctx.db.workstation.community_code
    with ctx.write() as session:
        duplicate = session.scalar(select(func.count()).select_from(Mediator).where(
            Mediator.community_code == community, Mediator.name == data.name, Mediator.deleted_at.is_(None)))
        if duplicate:
            raise ValidationError("name", QT_TRANSLATE_NOOP(
                "errors", "{name} is already on this committee's roster."), name=data.name)
        row = Mediator(community_code=community, name=data.name, sex=data.sex.value, role=data.role.value,
                       certificate_no=data.certificate_no, phone=data.phone or None, trainings=data.trainings,
                       active=data.active)
        session.add(row)
        session.flush()
        audit.record(session, ctx, AuditAction.CREATE, "mediator", str(row.id),
                     {"name": row.name, "role": row.role})
        session.commit()
        return str(row.id)


def update_on_roster(ctx: Ctx, mediator_id: str, data: RosterInput, *, expected_version: int) -> None:
    """Save an edited roster entry (a masked phone means "unchanged"); cases keep the name they printed."""
    ctx.require(Permission.DISPUTE_WRITE, _WRITE)
    data = _normalise(data)
    with ctx.write() as session:
        row = _load(session, mediator_id)
        _own(ctx, row)
        if row.version != expected_version:
            raise StaleRecord()
        before = {"name": row.name, "role": row.role, "active": row.active}
        row.name, row.sex, row.role = data.name, data.sex.value, data.role.value
        row.certificate_no, row.trainings, row.active = data.certificate_no, data.trainings, data.active
        if "*" not in data.phone:
            row.phone = data.phone or None
        session.flush()
        audit.record(session, ctx, AuditAction.UPDATE, "mediator", mediator_id,
                     {"fields": audit.changed_fields(before, {"name": row.name, "role": row.role,
                                                             "active": row.active}),
                      "phone": "changed" if "*" not in data.phone else "unchanged"})
        session.commit()


def _community_names(session: GuanlanSession) -> dict[str, str]:
    return {c.code: c.name for c in session.scalars(select(Community))}


def _row(m: Mediator, names: dict[str, str], cases: int, *, unmasked: bool = False) -> RosterRow:
    shown = (m.phone if unmasked else masking.mask_phone(m.phone)) if m.phone else ""
    return RosterRow(str(m.id), m.version, m.community_code, names.get(m.community_code, m.community_code), m.name,
                     MediatorRole(m.role), Sex(m.sex), m.certificate_no, shown, m.trainings, m.active, cases)


_ROLE_ORDER = {role.value: n for n, role in enumerate(MediatorRole)}


def list_roster(ctx: Ctx, community_code: str | None = None, *, include_inactive: bool = True) -> list[RosterRow]:
    """The roster (a community's, or every community's at the office), by role then name; phones masked."""
    ctx.require(Permission.DISPUTE_READ, _READ)
    if community_code is None and ctx.db.workstation.role == "community":
        community_code = ctx.db.workstation.community_code
    with ctx.read() as session:
        stmt = select(Mediator).where(Mediator.deleted_at.is_(None))
        if community_code is not None:
            stmt = stmt.where(Mediator.community_code == community_code)
        if not include_inactive:
            stmt = stmt.where(Mediator.active.is_(True))
        rows = list(session.scalars(stmt))
        counts: dict[uuid.UUID | None, int] = {}
        if rows:
            for mediator_id, count in session.execute(select(DisputeMediator.mediator_id, func.count()).where(
                    DisputeMediator.mediator_id.in_([r.id for r in rows]), DisputeMediator.deleted_at.is_(None))
                    .group_by(DisputeMediator.mediator_id)):
                counts[mediator_id] = int(count)
        names = _community_names(session)
        rows.sort(key=lambda r: (r.community_code, not r.active, _ROLE_ORDER.get(r.role, 99), r.name))
        return [_row(r, names, counts.get(r.id, 0)) for r in rows]


def get_on_roster(ctx: Ctx, mediator_id: str) -> RosterRow:
    """One roster entry (phone masked)."""
    ctx.require(Permission.DISPUTE_READ, _READ)
    with ctx.read() as session:
        row = _load(session, mediator_id)
        return _row(row, _community_names(session), 0)


def contact_of(ctx: Ctx, mediator_id: str, *, purpose: str) -> Contact:
    """The mediator's name and full phone for a document's contact line; needs the unmask permission and is
    audited with ``purpose`` (e.g. "调解通知书")."""
    ctx.require(Permission.PII_UNMASK, QT_TRANSLATE_NOOP("terms", "view unmasked personal data"))
    with ctx.write() as session:
        row = _load(session, mediator_id)
        audit.record(session, ctx, AuditAction.UNMASK, "mediator", mediator_id,
                     {"fields": ["phone"] if row.phone else [], "reason": purpose})
        session.commit()
        return Contact(row.name, row.phone or "")
