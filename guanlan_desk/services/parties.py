"""Parties (当事人): find-or-create by ID number / USCC so nobody is typed in twice; merge duplicates.

ID numbers, phones, addresses and notes are encrypted at rest; lookups go through HMAC blind indexes.
Lists and details are masked; an unmasked read needs the permission and is audited.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select

from guanlan_desk.domain import documents, idcard, masking, phone, text, uscc
from guanlan_desk.domain.enums import AuditAction, IdType, PartyKind, Sex, label
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.dto import Cursor, Page
from guanlan_desk.services.errors import NotFound, RuleViolation
from guanlan_desk.store import search
from guanlan_desk.store.errors import StaleRecord
from guanlan_desk.store.models import Dispute, DisputeParty, Party, PartyLink, RiskParty, SyncPeer, Workstation
from guanlan_desk.store.uow import GuanlanSession

SENSITIVE = ("phone", "address", "id_number", "notes")


@dataclass(frozen=True, slots=True)
class PartyInput:
    """What a form collects about a party; only the name is required."""

    kind: PartyKind
    name: str
    sex: Sex = Sex.UNKNOWN
    ethnicity: str = ""
    birth_date: date | None = None
    age: int | None = None
    occupation: str = ""
    phone: str = ""
    address: str = ""
    id_type: IdType | None = None
    id_number: str = ""
    uscc: str = ""
    business_name: str = ""
    legal_rep_name: str = ""
    legal_rep_title: str = ""
    minor_under_14: bool = False
    notes: str = ""
    community_code: str = ""


@dataclass(frozen=True, slots=True)
class PartyRow:
    """A party as lists show it (masked)."""

    id: str
    kind: PartyKind
    name: str
    sex: Sex
    phone: str
    id_number: str
    uscc: str
    community_code: str


@dataclass(frozen=True, slots=True)
class PartyDetail:
    """A party for the editor; personal fields masked unless ``unmasked``."""

    id: str
    version: int
    data: PartyInput
    unmasked: bool
    merged_into: str | None


@dataclass(frozen=True, slots=True)
class PartyRef:
    """The party a find-or-create settled on, and whether it was new."""

    id: str
    created: bool
    name: str
    linked: bool = False  # a duplicate of another community was linked, not merged


def normalise(data: PartyInput, *, today: date | None = None) -> PartyInput:
    """Validate and normalise every field; raises :class:`ValidationError` naming the field."""
    data = text.clean_record(data, today=today)
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("errors", "Please enter the name."))
    out = replace(data, name=name)
    if out.phone:
        out = replace(out, phone=phone.normalize_phone(out.phone))
    if out.id_number.strip():
        id_type = out.id_type or IdType.RESIDENT_ID
        number = documents.normalize_id_document(id_type, out.id_number, today=today)
        out = replace(out, id_type=id_type, id_number=number)
        if id_type in (IdType.RESIDENT_ID, IdType.HMT_RESIDENCE_PERMIT):
            out = replace(out, birth_date=out.birth_date or idcard.birth_date_of(number),
                          sex=out.sex if out.sex != Sex.UNKNOWN else idcard.sex_of(number))
    else:
        out = replace(out, id_number="", id_type=out.id_type)
    if out.uscc.strip():
        out = replace(out, uscc=uscc.validate_uscc(out.uscc))
    if out.age is not None and not 0 <= out.age <= 130:
        raise ValidationError("age", QT_TRANSLATE_NOOP("errors", "The age must be between 0 and 130."))
    if out.birth_date is not None and today is not None and out.birth_date > today:
        raise ValidationError("birth_date", QT_TRANSLATE_NOOP("errors", "The birth date is in the future."))
    return out


def _id_bidx(ctx: Ctx, id_type: IdType | None, number: str) -> str | None:
    if not number:
        return None
    return ctx.db.cipher.blind_index("id", documents.blind_index_form(id_type or IdType.RESIDENT_ID, number))


def _phone_bidx(ctx: Ctx, value: str) -> str | None:
    return ctx.db.cipher.blind_index("phone", value) if value else None


def _apply(ctx: Ctx, party: Party, data: PartyInput, *, only_empty: bool = False) -> dict[str, Any]:
    """Copy ``data`` onto ``party``; with ``only_empty`` keep what the record already has. Returns changes."""
    before = _plain(party)
    values: dict[str, Any] = {
        "kind": data.kind.value, "name": data.name, "sex": data.sex.value, "ethnicity": data.ethnicity,
        "birth_date": data.birth_date, "age": data.age, "occupation": data.occupation,
        "phone": data.phone or None, "address": data.address or None,
        "id_type": data.id_type.value if data.id_type else "", "id_number": data.id_number or None,
        "uscc": data.uscc or None, "business_name": data.business_name, "legal_rep_name": data.legal_rep_name,
        "legal_rep_title": data.legal_rep_title, "minor_under_14": data.minor_under_14, "notes": data.notes or None,
        # A party belongs to a community (it travels with that community's bundles): this workstation's by default.
        "community_code": data.community_code or party.community_code or ctx.db.workstation.community_code,
    }
    for key, value in values.items():
        current = getattr(party, key)
        if only_empty and current not in (None, "", "0", False):
            continue
        if only_empty and value in (None, "", "0", False):
            continue
        setattr(party, key, value)
    party.name_initials = search.name_initials(party.name)
    party.id_bidx = _id_bidx(ctx, IdType(party.id_type) if party.id_type else None, party.id_number or "")
    party.phone_bidx = _phone_bidx(ctx, party.phone or "")
    after = _plain(party)
    return audit.changed_fields(_redact(before), _redact(after))


def _plain(party: Party) -> dict[str, Any]:
    keys = ("kind", "name", "sex", "ethnicity", "birth_date", "age", "occupation", "phone", "address", "id_type",
            "id_number", "uscc", "business_name", "legal_rep_name", "legal_rep_title", "minor_under_14", "notes",
            "community_code")
    return {k: getattr(party, k) for k in keys}


def _redact(values: dict[str, Any]) -> dict[str, Any]:
    """Sensitive values never enter the audit log: only whether they are set."""
    return {k: (("set" if v else "empty") if k in SENSITIVE else v) for k, v in values.items()}


def find_existing(session: GuanlanSession, ctx: Ctx, data: PartyInput) -> Party | None:
    """The live party with the same ID number (blind index) or USCC, if any."""
    live = Party.deleted_at.is_(None)
    if data.id_number:
        bidx = _id_bidx(ctx, data.id_type, data.id_number)
        found = session.execute(select(Party).where(live, Party.id_bidx == bidx)).scalars().first()
        if found is not None:
            return found
    if data.uscc:
        return session.execute(select(Party).where(live, Party.uscc == data.uscc)).scalars().first()
    return None


def find_or_create_in(session: GuanlanSession, ctx: Ctx, data: PartyInput) -> tuple[Party, bool]:
    """Inside a caller's unit of work: the known party (filling its empty fields) or a new one."""
    data = normalise(data, today=ctx.today())
    existing = find_existing(session, ctx, data)
    if existing is not None:
        changes = _apply(ctx, existing, data, only_empty=True)
        if changes:
            audit.record(session, ctx, AuditAction.UPDATE, "party", str(existing.id), {"fields": changes})
        return existing, False
    party = Party()
    _apply(ctx, party, data)
    party.community_code = party.community_code or ctx.db.workstation.community_code  # whose record it is
    session.add(party)
    session.flush()
    audit.record(session, ctx, AuditAction.CREATE, "party", str(party.id), {"name": party.name, "kind": party.kind})
    return party, True


def find_or_create(ctx: Ctx, data: PartyInput) -> PartyRef:
    """A known person is never typed in twice: match by ID number or USCC, else create."""
    ctx.require(Permission.PARTY_WRITE, QT_TRANSLATE_NOOP("terms", "register parties"))
    with ctx.write() as session:
        party, created = find_or_create_in(session, ctx, data)
        session.commit()
        return PartyRef(str(party.id), created, party.name)


def _detail(party: Party, *, unmasked: bool) -> PartyDetail:
    def m(value: str | None, masker: Any) -> str:
        if not value:
            return ""
        return value if unmasked else str(masker(value))

    data = PartyInput(
        kind=PartyKind(party.kind), name=party.name, sex=Sex(party.sex), ethnicity=party.ethnicity,
        birth_date=party.birth_date, age=party.age, occupation=party.occupation,
        phone=m(party.phone, masking.mask_phone), address=m(party.address, masking.mask_address),
        id_type=IdType(party.id_type) if party.id_type else None, id_number=m(party.id_number, masking.mask_id),
        uscc=party.uscc or "", business_name=party.business_name, legal_rep_name=party.legal_rep_name,
        legal_rep_title=party.legal_rep_title, minor_under_14=party.minor_under_14,
        notes=party.notes or "" if unmasked else ("******" if party.notes else ""),
        community_code=party.community_code,
    )
    return PartyDetail(str(party.id), party.version, data, unmasked,
                       str(party.merged_into_id) if party.merged_into_id else None)


def _load(session: GuanlanSession, party_id: str) -> Party:
    party = session.get(Party, uuid.UUID(party_id))
    if party is None or party.deleted_at is not None and party.merged_into_id is None:
        raise NotFound("party", party_id)
    return party


def get_party(ctx: Ctx, party_id: str, *, unmask: bool = False, reason: str = "") -> PartyDetail:
    """A party's details; ``unmask`` needs the permission and writes an audit record."""
    ctx.require(Permission.PARTY_READ, QT_TRANSLATE_NOOP("terms", "view parties"))
    if unmask:
        ctx.require(Permission.PII_UNMASK, QT_TRANSLATE_NOOP("terms", "view unmasked personal data"))
        with ctx.write() as session:
            party = _load(session, party_id)
            audit.record(session, ctx, AuditAction.UNMASK, "party", party_id,
                         {"fields": [f for f in SENSITIVE if getattr(party, f)], "reason": reason})
            session.commit()
            return _detail(party, unmasked=True)
    with ctx.read() as session:
        return _detail(_load(session, party_id), unmasked=False)


def lookup_by_id_number(ctx: Ctx, id_type: IdType, number: str) -> PartyDetail | None:
    """Typing a known ID number fills in the rest: the party with that number (masked), or ``None``."""
    ctx.require(Permission.PARTY_READ, QT_TRANSLATE_NOOP("terms", "view parties"))
    normalised = documents.normalize_id_document(id_type, number, today=ctx.today())
    with ctx.read() as session:
        party = find_existing(session, ctx, PartyInput(PartyKind.PERSON, "-", id_type=id_type, id_number=normalised))
        return _detail(party, unmasked=False) if party is not None else None


def lookup_by_phone(ctx: Ctx, value: str) -> list[PartyRow]:
    """Parties with exactly this phone number (blind index)."""
    ctx.require(Permission.PARTY_READ, QT_TRANSLATE_NOOP("terms", "view parties"))
    bidx = _phone_bidx(ctx, phone.normalize_phone(value))
    with ctx.read() as session:
        return [_row(p) for p in session.scalars(
            select(Party).where(Party.deleted_at.is_(None), Party.phone_bidx == bidx).limit(50))]


def find_similar(ctx: Ctx, data: PartyInput) -> list[PartyRow]:
    """Possible duplicates of a person without an ID number: same name and (birth date, or phone)."""
    ctx.require(Permission.PARTY_READ, QT_TRANSLATE_NOOP("terms", "view parties"))
    name = " ".join(data.name.split())
    with ctx.read() as session:
        stmt = select(Party).where(Party.deleted_at.is_(None), Party.name == name)
        alternatives = []
        if data.birth_date is not None:
            alternatives.append(Party.birth_date == data.birth_date)
        if data.phone.strip():
            alternatives.append(Party.phone_bidx == _phone_bidx(ctx, phone.normalize_phone(data.phone)))
        if data.sex != Sex.UNKNOWN:
            stmt = stmt.where(Party.sex.in_([data.sex.value, Sex.UNKNOWN.value]))
        if alternatives:
            stmt = stmt.where(or_(*alternatives))
        return [_row(p) for p in session.scalars(stmt.limit(20))]


def update_party(ctx: Ctx, party_id: str, data: PartyInput, *, expected_version: int) -> PartyDetail:
    """Save an edited party; raises :class:`StaleRecord` if it changed since it was loaded.

    Masked values coming back from the editor (containing ``*``) mean "unchanged".
    """
    ctx.require(Permission.PARTY_WRITE, QT_TRANSLATE_NOOP("terms", "edit parties"))
    with ctx.write() as session:
        party = _load(session, party_id)
        if party.version != expected_version:
            raise StaleRecord()
        # Masked values coming back from the editor mean "unchanged".
        data = replace(
            data,
            phone=party.phone or "" if "*" in data.phone else data.phone,
            address=party.address or "" if "*" in data.address else data.address,
            id_number=party.id_number or "" if "*" in data.id_number else data.id_number,
            notes=party.notes or "" if "*" in data.notes else data.notes,
        )
        data = normalise(data, today=ctx.today())
        if data.id_number:
            other = find_existing(session, ctx, replace(data, uscc=""))
            if other is not None and other.id != party.id:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "errors", "Another party ({name}) already has this ID number: merge the two instead."),
                    name=other.name)
        changes = _apply(ctx, party, data)
        if changes:
            audit.record(session, ctx, AuditAction.UPDATE, "party", party_id, {"fields": changes})
        if "name" in changes:  # the disputes' party names (lists, search) follow a rename
            _refresh_party_names(session, party.id)
        session.commit()
        return _detail(party, unmasked=False)


def merge_parties(ctx: Ctx, *, keep_id: str, drop_id: str) -> PartyRef:
    """Merge a duplicate into ``keep_id``: every dispute and risk link moves over, empty fields are filled."""
    ctx.require(Permission.PARTY_MERGE, QT_TRANSLATE_NOOP("terms", "merge parties"))
    if keep_id == drop_id:
        raise RuleViolation(QT_TRANSLATE_NOOP("errors", "A party cannot be merged into itself."))
    with ctx.write() as session:
        keep = _load(session, keep_id)
        drop = _load(session, drop_id)
        if keep.deleted_at is not None or drop.deleted_at is not None:
            raise RuleViolation(QT_TRANSLATE_NOOP("errors", "One of the parties was already merged."))
        if _community(session, keep) != _community(session, drop):
            # Each community keeps its own record (a merge would point one community's disputes at another
            # community's party, which that community does not hold): the two are linked at the office instead.
            _link(session, ctx, keep, drop)
            session.commit()
            return PartyRef(keep_id, False, keep.name, linked=True)
        moved = 0
        for dlink in session.scalars(select(DisputeParty).where(DisputeParty.party_id == drop.id)):
            dlink.party_id = keep.id
            moved += 1
        for rlink in session.scalars(select(RiskParty).where(RiskParty.party_id == drop.id)):
            rlink.party_id = keep.id
            moved += 1
        donor = _detail(drop, unmasked=True).data
        # Move the identifiers off the duplicate first so the blind index stays unique in meaning.
        drop.id_bidx = None
        drop.phone_bidx = None
        changes = _apply(ctx, keep, replace(donor, kind=PartyKind(keep.kind), name=keep.name), only_empty=True)
        drop.merged_into_id = keep.id
        drop.deleted_at = ctx.now()
        session.flush()
        _refresh_party_names(session, keep.id)
        audit.record(session, ctx, AuditAction.UPDATE, "party", keep_id,
                     {"merged_from": drop_id, "links_moved": moved, "fields": changes})
        audit.record(session, ctx, AuditAction.DELETE, "party", drop_id, {"merged_into": keep_id})
        session.commit()
        return PartyRef(keep_id, False, keep.name)


def _community(session: GuanlanSession, party: Party) -> str:
    """The community a party belongs to (a record saved without one: the community of the workstation that made
    it, as sync/scope.py decides)."""
    if party.community_code:
        return party.community_code
    origin = str(party.origin)
    for ws in session.scalars(select(Workstation)):
        if str(ws.id) == origin:
            return ws.community_code
    found = session.scalars(select(SyncPeer.community_code).where(SyncPeer.workstation_id == origin)).first()
    return found or origin


def _link(session: GuanlanSession, ctx: Ctx, a: Party, b: Party) -> None:
    for one, other in ((a, b), (b, a)):
        known = session.execute(select(PartyLink.id).where(PartyLink.party_id == one.id,
                                                           PartyLink.linked_id == other.id)).first()
        if known is None:
            session.add(PartyLink(party_id=one.id, linked_id=other.id, created_at=ctx.now(),
                                  created_by=ctx.actor.username[:100]))
    audit.record(session, ctx, AuditAction.UPDATE, "party", str(a.id), {"linked_with": str(b.id)})


def linked_parties(ctx: Ctx, party_id: str) -> list[PartyRow]:
    """The records of the same person in other communities (linked at the office)."""
    ctx.require(Permission.PARTY_READ, QT_TRANSLATE_NOOP("terms", "view parties"))
    with ctx.read() as session:
        return [_row(p) for p in session.scalars(
            select(Party).join(PartyLink, PartyLink.linked_id == Party.id)
            .where(PartyLink.party_id == uuid.UUID(party_id)).order_by(Party.community_code, Party.name))]


def _refresh_party_names(session: GuanlanSession, party_id: uuid.UUID) -> None:
    """Disputes keep their parties' names for search; refresh them after a rename or merge."""
    dispute_ids = list(session.scalars(select(DisputeParty.dispute_id).where(DisputeParty.party_id == party_id)))
    for dispute_id in dispute_ids:
        names = session.scalars(
            select(Party.name).join(DisputeParty, DisputeParty.party_id == Party.id)
            .where(DisputeParty.dispute_id == dispute_id, DisputeParty.deleted_at.is_(None))
            .order_by(DisputeParty.position))
        # Through the ORM, so the change is stamped (change_seq, clock) and travels in sync bundles (issue 5).
        dispute = session.get(Dispute, dispute_id)
        joined = " ".join(names)
        if dispute is not None and dispute.party_names != joined:
            dispute.party_names = joined


def _row(party: Party) -> PartyRow:
    return PartyRow(
        str(party.id), PartyKind(party.kind), party.name, Sex(party.sex),
        masking.mask_phone(party.phone) if party.phone else "",
        masking.mask_id(party.id_number) if party.id_number else "", party.uscc or "", party.community_code,
    )


def list_parties(ctx: Ctx, query: str = "", *, after: Cursor | None = None, limit: int = 100,
                 community_code: str | None = None) -> Page[PartyRow]:
    """Parties by name (keyset paging), optionally matching ``query`` (name, pinyin initials, ID/phone exact)."""
    ctx.require(Permission.PARTY_READ, QT_TRANSLATE_NOOP("terms", "view parties"))
    with ctx.read() as session:
        stmt = select(Party).where(Party.deleted_at.is_(None))
        if community_code:
            stmt = stmt.where(Party.community_code == community_code)
        q = query.strip()
        if q:
            conditions = [search.match_condition(Party, q)]
            digits = text.compact_identifier(q)
            if len(digits) >= 11 and digits[:-1].isdigit():
                try:
                    conditions.append(Party.id_bidx == _id_bidx(ctx, IdType.RESIDENT_ID,
                                                                documents.normalize_id_document(IdType.RESIDENT_ID, digits)))
                except ValidationError:
                    pass
                try:
                    conditions.append(Party.phone_bidx == _phone_bidx(ctx, phone.normalize_phone(digits)))
                except ValidationError:
                    pass
            if len(digits) == 18 and digits.isalnum():  # a unified social credit code: organisations by number
                conditions.append(Party.uscc == digits)
            stmt = stmt.where(or_(*conditions))
        if after is not None:
            stmt = stmt.where((Party.name > after.value) | ((Party.name == after.value) & (Party.id > uuid.UUID(after.id))))
        rows = list(session.scalars(stmt.order_by(Party.name, Party.id).limit(limit + 1)))
        more = len(rows) > limit
        rows = rows[:limit]
        cursor = Cursor(rows[-1].name, str(rows[-1].id)) if more and rows else None
        return Page(tuple(_row(p) for p in rows), cursor)


def count_parties(ctx: Ctx, community_code: str | None = None) -> int:
    """How many live parties there are (of one community, if given)."""
    with ctx.read() as session:
        stmt = select(func.count()).select_from(Party).where(Party.deleted_at.is_(None))
        if community_code:
            stmt = stmt.where(Party.community_code == community_code)
        return int(session.execute(stmt).scalar_one())


def kind_label(kind: PartyKind) -> str:
    """The Chinese label of a party kind (for lists)."""
    return label(kind)
