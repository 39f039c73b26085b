"""Applying a checked Excel ledger: every accepted row in one transaction, or none (issue 15).

The rows arrive as plain records (the dry run in :mod:`guanlan_desk.reports.ledger_in` read and validated the
sheet). Parties are matched to known ones by ID number (blind index), USCC, or name and phone, never created
twice; case numbers from the sheet are kept when they fit the community's pattern and are free; every record
remembers its file and row; the import is one audit event. Rows already taken in (same content key) are
skipped, so importing the same file twice changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from guanlan_desk.domain import case_number, deadlines, documents
from guanlan_desk.domain.enums import (
    AuditAction,
    DisputeRole,
    DisputeStatus,
    DisputeType,
    IdType,
    LcpStatus,
    RiskCategory,
    RiskStatus,
    Sex,
    Source,
)
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, UserFacingError
from guanlan_desk.domain.ids import new_id
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit, reference
from guanlan_desk.services.context import Ctx, load_config
from guanlan_desk.services.disputes.register import ORGANISATION_KINDS, default_title
from guanlan_desk.services.parties import PartyInput
from guanlan_desk.store import search
from guanlan_desk.store.models import (
    Dispute,
    DisputeMediator,
    DisputeParty,
    LcpStatusChange,
    LedgerImportRow,
    LegalClarityPerson,
    LocalState,
    Party,
    RiskItem,
    RiskParty,
    Setting,
    Venue,
)
from guanlan_desk.store.uow import GuanlanSession

_CLOSED_DISPUTE = {DisputeStatus.SETTLED, DisputeStatus.NOT_SETTLED, DisputeStatus.WITHDRAWN, DisputeStatus.REFERRED,
                   DisputeStatus.PERFORMED, DisputeStatus.NOT_PERFORMED, DisputeStatus.FOLLOWED_UP,
                   DisputeStatus.ARCHIVED, DisputeStatus.DECLINED}


@dataclass(frozen=True, slots=True)
class DisputeRecord:
    """A dispute as a ledger row gives it."""

    received_on: date
    applicants: tuple[PartyInput, ...]
    respondents: tuple[PartyInput, ...]
    dispute_type: DisputeType
    source: Source
    status: DisputeStatus
    case_no: str = ""
    subtype: str = ""
    title: str = ""
    summary: str = ""
    amount_fen: int | None = None
    mediators: tuple[str, ...] = ()
    venue: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class RiskRecord:
    """A risk item as a ledger row gives it."""

    found_on: date
    title: str
    category: RiskCategory
    level: str
    status: RiskStatus
    code: str = ""
    description: str = ""
    parties: tuple[PartyInput, ...] = ()
    involved_count: int = 1
    reporter: str = ""
    leader: str = ""
    measures: str = ""
    deadline: date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class LcpRecord:
    """A legal-clarity person as a roster row gives them."""

    name: str
    sex: Sex = Sex.UNKNOWN
    birth_date: date | None = None
    ethnicity: str = ""
    id_number: str = ""
    phone: str = ""
    address: str = ""
    political_status: str = ""
    education: str = ""
    occupation: str = ""
    identities: str = ""
    selected_on: date | None = None
    certificate_no: str = ""
    notes: str = ""


LedgerRecord = DisputeRecord | RiskRecord | LcpRecord
KINDS = {DisputeRecord: "dispute", RiskRecord: "risk", LcpRecord: "lcp"}


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One accepted sheet row: its number (as Excel counts), its content key and the record it makes."""

    row_no: int
    key: str
    record: LedgerRecord


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import wrote."""

    created: int
    already_imported: int
    parties_created: int
    parties_matched: int
    case_numbers_kept: int
    record_ids: tuple[str, ...] = ()
    notes: tuple[tuple[int, str], ...] = field(default_factory=tuple)  # (row, note) e.g. a new case number


@dataclass(frozen=True, slots=True)
class ImportOrigin:
    """Where a record came from: the file name and sheet row (for the record's history)."""

    file_name: str
    sheet: str
    row_no: int
    imported_by: str
    imported_on: date


class NothingToImport(UserFacingError):
    """An apply with no accepted rows."""


def _permission_for(kind: str) -> tuple[Permission, str]:
    return {
        "dispute": (Permission.DISPUTE_WRITE, QT_TRANSLATE_NOOP("terms", "register disputes")),
        "risk": (Permission.RISK_WRITE, QT_TRANSLATE_NOOP("terms", "report risk items")),
        "lcp": (Permission.LCP_WRITE, QT_TRANSLATE_NOOP("terms", "manage legal-clarity persons")),
    }[kind]


def known_row_keys(ctx: Ctx, keys: Iterable[str]) -> set[str]:
    """The row keys among ``keys`` that an earlier import already took in."""
    wanted = list(set(keys))
    found: set[str] = set()
    with ctx.read() as session:
        for i in range(0, len(wanted), 500):
            found.update(session.scalars(select(LedgerImportRow.row_key).where(
                LedgerImportRow.row_key.in_(wanted[i:i + 500]))))
    return found


def import_origin(ctx: Ctx, record_id: str) -> ImportOrigin | None:
    """The ledger row a record was imported from, if it was."""
    with ctx.read() as session:
        row = session.scalars(select(LedgerImportRow).where(
            LedgerImportRow.record_id == uuid.UUID(record_id))).first()
        if row is None:
            return None
        return ImportOrigin(row.file_name, row.sheet, row.row_no, row.imported_by,
                            row.imported_at.astimezone(ctx.now().tzinfo).date())


MAPPING_KEY = "ledger_mapping:{community}:{kind}"


def saved_mapping(ctx: Ctx, kind: str) -> str | None:
    """The column mapping (JSON) last used for ``kind`` at this workstation's community."""
    key = MAPPING_KEY.format(community=ctx.db.workstation.community_code, kind=kind)
    with ctx.read() as session:
        return session.scalar(select(Setting.value).where(Setting.key == key))


def save_mapping(ctx: Ctx, kind: str, mapping_json: str) -> None:
    """Remember the column mapping for the next ledger of ``kind`` of this community."""
    key = MAPPING_KEY.format(community=ctx.db.workstation.community_code, kind=kind)
    with ctx.write() as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=mapping_json))
        else:
            row.value = mapping_json
        session.commit()


class _Parties:
    """Finds known parties by blind index, USCC or name + phone (one query per kind), creates the rest once."""

    def __init__(self, session: GuanlanSession, ctx: Ctx, inputs: Sequence[PartyInput]) -> None:
        self.session = session
        self.ctx = ctx
        self.created = 0
        self.matched = 0
        self.by_id: dict[str, Party] = {}
        self.by_uscc: dict[str, Party] = {}
        self.by_name_phone: dict[tuple[str, str], Party] = {}
        id_keys = {self._id_bidx(p) for p in inputs if p.id_number}
        usccs = {p.uscc for p in inputs if p.uscc}
        phones = {self._phone_bidx(p.phone) for p in inputs if p.phone}
        live = Party.deleted_at.is_(None)
        for chunk in _chunks(sorted(k for k in id_keys if k)):
            for party in session.scalars(select(Party).where(live, Party.id_bidx.in_(chunk))):
                self.by_id.setdefault(party.id_bidx or "", party)
        for chunk in _chunks(sorted(usccs)):
            for party in session.scalars(select(Party).where(live, Party.uscc.in_(chunk))):
                self.by_uscc.setdefault(party.uscc or "", party)
        for chunk in _chunks(sorted(k for k in phones if k)):
            for party in session.scalars(select(Party).where(live, Party.phone_bidx.in_(chunk))):
                self.by_name_phone.setdefault((party.name, party.phone_bidx or ""), party)

    def _id_bidx(self, data: PartyInput) -> str:
        form = documents.blind_index_form(data.id_type or IdType.RESIDENT_ID, data.id_number)
        return self.ctx.db.cipher.blind_index("id", form)

    def _phone_bidx(self, phone: str) -> str:
        return self.ctx.db.cipher.blind_index("phone", phone) if phone else ""

    def get(self, data: PartyInput) -> Party:
        """The known party for ``data`` or a new one (known ones only gain the fields they lack)."""
        id_bidx = self._id_bidx(data) if data.id_number else ""
        phone_bidx = self._phone_bidx(data.phone)
        party = (self.by_id.get(id_bidx) if id_bidx else None) or (self.by_uscc.get(data.uscc) if data.uscc else None) \
            or (self.by_name_phone.get((data.name, phone_bidx)) if phone_bidx else None)
        if party is not None:
            self.matched += 1
            if not party.phone and data.phone:
                party.phone, party.phone_bidx = data.phone, phone_bidx
            if not party.address and data.address:
                party.address = data.address
            return party
        party = Party(
            id=new_id(), kind=data.kind.value, name=data.name, name_initials=search.name_initials(data.name), sex=data.sex.value,
            birth_date=data.birth_date, phone=data.phone or None, phone_bidx=phone_bidx or None,
            address=data.address or None, id_type=data.id_type.value if data.id_type else "",
            id_number=data.id_number or None, id_bidx=id_bidx or None, uscc=data.uscc or None,
            community_code=data.community_code or self.ctx.db.workstation.community_code)
        self.session.add(party)
        self.created += 1
        if id_bidx:
            self.by_id[id_bidx] = party
        if data.uscc:
            self.by_uscc[data.uscc] = party
        if phone_bidx:
            self.by_name_phone[(data.name, phone_bidx)] = party
        return party


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def apply_ledger(ctx: Ctx, *, file_name: str, file_sha256: str, sheet: str,
                 rows: Sequence[ImportRow]) -> ImportResult:
    """Take every row in, in one transaction; rows already imported are skipped. Raises before writing anything."""
    if not rows:
        raise NothingToImport(QT_TRANSLATE_NOOP("errors", "No row of the sheet is ready to import."))
    kinds = {KINDS[type(r.record)] for r in rows}
    if len(kinds) != 1:
        raise ValueError("one kind of record per import")
    kind = kinds.pop()
    ctx.require(*_permission_for(kind))
    if kind != "lcp":
        ctx.require(Permission.PARTY_WRITE, QT_TRANSLATE_NOOP("terms", "register parties"))
    community = ctx.db.workstation.community_code
    with ctx.write() as session:
        done = set(session.scalars(select(LedgerImportRow.row_key).where(
            LedgerImportRow.row_key.in_([r.key for r in rows])))) if len(rows) <= 500 else _known(session, rows)
        todo = [r for r in rows if r.key not in done]
        if not todo:
            return ImportResult(0, len(rows), 0, 0, 0)
        notes: list[tuple[int, str]] = []
        if kind == "dispute":
            ids, kept, parties = _apply_disputes(session, ctx, community, todo, notes)
        elif kind == "risk":
            ids, kept, parties = _apply_risks(session, ctx, community, todo, notes)
        else:
            ids, kept, parties = _apply_lcps(session, ctx, community, todo), 0, None
        now = ctx.now()
        for row, record_id in zip(todo, ids, strict=True):
            session.add(LedgerImportRow(
                record_kind=kind, record_id=record_id, community_code=community, file_sha256=file_sha256,
                file_name=file_name[:200], sheet=sheet[:100], row_no=row.row_no, row_key=row.key, imported_at=now,
                imported_by=ctx.actor.username))
        result = ImportResult(
            created=len(todo), already_imported=len(rows) - len(todo),
            parties_created=parties.created if parties else 0, parties_matched=parties.matched if parties else 0,
            case_numbers_kept=kept, record_ids=tuple(str(i) for i in ids), notes=tuple(notes))
        audit.record(session, ctx, AuditAction.IMPORT, "ledger", file_sha256, {
            "file": file_name, "sheet": sheet, "kind": kind, "created": result.created,
            "already_imported": result.already_imported, "parties_created": result.parties_created,
            "parties_matched": result.parties_matched, "rows": [r.row_no for r in todo][:10000]})
        session.commit()
        return result


def _known(session: GuanlanSession, rows: Sequence[ImportRow]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks([r.key for r in rows]):
        found.update(session.scalars(select(LedgerImportRow.row_key).where(LedgerImportRow.row_key.in_(chunk))))
    return found


def _apply_disputes(session: GuanlanSession, ctx: Ctx, community: str, rows: Sequence[ImportRow],
                    notes: list[tuple[int, str]]) -> tuple[list[uuid.UUID], int, _Parties]:
    config = load_config(session)
    records: list[DisputeRecord] = [r.record for r in rows]  # type: ignore[misc]
    parties = _Parties(session, ctx, [p for d in records for p in (*d.applicants, *d.respondents)])
    row_of_community = reference.community_of(session, community)
    abbrev = row_of_community.abbrev if row_of_community is not None else community
    venues = {v.name: v.id for v in session.scalars(select(Venue).where(Venue.deleted_at.is_(None)))}
    pattern = case_number.pattern_regex(config.case_number_pattern)
    years = {d.received_on.year for d in records} | {_year_of(pattern, d.case_no) for d in records if d.case_no}
    taken = {(y, s) for y, s in session.execute(select(Dispute.case_year, Dispute.case_serial).where(
        Dispute.community_code == community, Dispute.case_year.in_([y for y in years if y])))}
    ids: list[uuid.UUID] = []
    kept = 0
    unnumbered: list[Dispute] = []
    links: list[DisputeParty | DisputeMediator] = []
    for row, record in zip(rows, records, strict=True):
        year, serial, number = _sheet_number(pattern, config.case_number_pattern, abbrev, record.case_no)
        if number and (year, serial) not in taken:
            kept += 1
            taken.add((year, serial))
        else:
            if record.case_no:
                notes.append((row.row_no, record.case_no))
            year, serial, number = record.received_on.year, 0, ""
        linked = _unique([(parties.get(p), DisputeRole.APPLICANT) for p in record.applicants]
                         + [(parties.get(p), DisputeRole.RESPONDENT) for p in record.respondents])
        names = [p.name for p, _ in linked]
        summary = record.summary + (f"\n备注：{record.notes}" if record.notes else "")
        dispute = Dispute(
            id=new_id(), case_no=number, case_year=year, case_serial=serial, community_code=community,
            title=(record.title or default_title(
                [(p.name, role, p.kind in ORGANISATION_KINDS) for p, role in linked], record.dispute_type))[:200],
            dispute_type=record.dispute_type.value, subtype=record.subtype, source=record.source.value,
            venue_id=venues.get(record.venue), received_on=record.received_on, summary=summary.strip(),
            party_names=" ".join(names), amount_fen=record.amount_fen, persons_involved=max(len(linked), 1),
            status=record.status.value, status_changed_at=ctx.now(),
            mediation_due=deadlines.mediation_due(record.received_on, config), registered_by=ctx.actor.username,
            closed_on=record.received_on if record.status in _CLOSED_DISPUTE else None)
        session.add(dispute)
        if not number:
            unnumbered.append(dispute)
        links += [DisputeParty(dispute_id=dispute.id, party_id=party.id, role=role.value, position=position)
                  for position, (party, role) in enumerate(linked)]
        links += [DisputeMediator(dispute_id=dispute.id, name=name[:50], is_lead=position == 0)
                  for position, name in enumerate(record.mediators)]
        ids.append(dispute.id)
    # Numbers for the rows without a usable one, before anything is flushed: the new rows are then inserted
    # once, complete (numbering after a flush would update every row again, with a field clock each).
    by_year: dict[int, list[Dispute]] = {}
    for dispute in unnumbered:
        by_year.setdefault(dispute.case_year, []).append(dispute)
    with session.no_autoflush:
        for year, batch in sorted(by_year.items()):
            numbers = _issue_numbers(session, ctx, f"case_serial:{community}:{year}:{ctx.db.workstation.number}",
                                     len(batch), taken={s for y, s in taken if y == year},
                                     block=config.case_serial_block)
            for dispute, serial in zip(batch, numbers, strict=True):
                dispute.case_serial = serial
                dispute.case_no = case_number.format_case_number(
                    config.case_number_pattern, year=year, abbrev=abbrev, serial=serial).text
    # The models have no relationships, so the unit of work cannot order parents before children: flush the
    # parties and disputes first, then add the links.
    session.flush()
    session.add_all(links)
    return ids, kept, parties


def _issue_numbers(session: GuanlanSession, ctx: Ctx, key: str, count: int, *, taken: set[int],
                   block: int) -> list[int]:
    """``count`` serials from this workstation's block, as the one-at-a-time issuers would give them, at once.

    The counter is the same local state the registration uses (so later registrations continue after them);
    serials another record already holds are skipped (case numbers kept from the sheet, imported bundles).
    """
    state = session.get(LocalState, key)
    last = state.int_value if state is not None else None
    out: list[int] = []
    while len(out) < count:
        last = case_number.next_serial(last, ctx.db.workstation.number, block)
        if last not in taken:
            out.append(last)
    if state is None:
        session.add(LocalState(key=key, int_value=last or 0, text_value=""))
    elif last is not None:
        state.int_value = last
    return out


def _unique(linked: list[tuple[Party, DisputeRole]]) -> list[tuple[Party, DisputeRole]]:
    """The same person twice in a row (as applicant and respondent, or named twice) is linked once."""
    seen: set[uuid.UUID] = set()
    out = []
    for party, role in linked:
        if party.id not in seen:
            seen.add(party.id)
            out.append((party, role))
    return out


def _year_of(pattern: Any, text: str) -> int:
    match = pattern.match(text.strip())
    return int(match["year"]) if match else 0


def _sheet_number(pattern: Any, template: str, abbrev: str, text: str) -> tuple[int, int, str]:
    """(year, serial, number) when ``text`` is a case number of this community in the configured pattern."""
    raw = "".join(text.split()).replace("(", "（").replace(")", "）")
    match = pattern.match(raw)
    if not match:
        return 0, 0, ""
    year, serial = int(match["year"]), int(match["serial"])
    number = case_number.format_case_number(template, year=year, abbrev=abbrev, serial=serial).text
    return (year, serial, number) if number == raw and 1900 < year < 2200 and serial > 0 else (0, 0, "")


def _apply_risks(session: GuanlanSession, ctx: Ctx, community: str, rows: Sequence[ImportRow],
                 notes: list[tuple[int, str]]) -> tuple[list[uuid.UUID], int, _Parties]:
    config = load_config(session)
    records: list[RiskRecord] = [r.record for r in rows]  # type: ignore[misc]
    parties = _Parties(session, ctx, [p for r in records for p in r.parties])
    row_of_community = reference.community_of(session, community)
    abbrev = row_of_community.code if row_of_community is not None else community
    items: list[tuple[RiskItem, RiskRecord]] = []
    links: list[RiskParty] = []
    for record in records:
        level = record.level if any(lv.code == record.level for lv in config.risk_levels) else \
            config.risk_levels[min(2, len(config.risk_levels) - 1)].code
        closed = record.status is RiskStatus.CLOSED
        item = RiskItem(
            id=new_id(), code="", code_year=record.found_on.year, code_serial=0, category=record.category.value,
            community_code=community, title=record.title, description="\n".join(x for x in (
                f"原台账编号：{record.code}" if record.code else "", record.description,
                f"备注：{record.notes}" if record.notes else "") if x), involved_count=record.involved_count,
            found_on=record.found_on, reporter=record.reporter or ctx.actor.display_name, level=level,
            leader_name=record.leader, control_measures=record.measures,
            deadline=record.deadline or deadlines.risk_deadline(record.found_on, level, config),
            status=record.status.value, status_changed_at=ctx.now(),
            closed_on=record.found_on if closed else None, closed_by=ctx.actor.username if closed else "")
        session.add(item)
        items.append((item, record))
        links += [RiskParty(risk_id=item.id, party_id=party.id)
                  for party in {p.id: p for p in (parties.get(d) for d in record.parties)}.values()]
    by_year: dict[int, list[RiskItem]] = {}
    for item, _record in items:
        by_year.setdefault(item.code_year, []).append(item)
    with session.no_autoflush:  # codes before the first flush: the rows are inserted once, complete
        for year, batch in sorted(by_year.items()):
            taken = set(session.scalars(select(RiskItem.code_serial).where(
                RiskItem.community_code == community, RiskItem.code_year == year, RiskItem.code != "")))
            serials = _issue_numbers(session, ctx, f"risk_serial:{community}:{year}:{ctx.db.workstation.number}",
                                     len(batch), taken=taken, block=config.case_serial_block)
            for item, serial in zip(batch, serials, strict=True):
                item.code_serial = serial
                item.code = case_number.format_case_number(config.risk_code_pattern, year=year, abbrev=abbrev,
                                                           serial=serial).text
    session.flush()  # parents before the links (no relationships to order them)
    session.add_all(links)
    return [item.id for item, _record in items], 0, parties


def _apply_lcps(session: GuanlanSession, ctx: Ctx, community: str, rows: Sequence[ImportRow]) -> list[uuid.UUID]:
    people: list[tuple[LegalClarityPerson, LcpRecord]] = []
    for row in rows:
        record: LcpRecord = row.record  # type: ignore[assignment]
        person = LegalClarityPerson(
            id=new_id(), status=LcpStatus.REGISTERED.value, name=record.name, name_initials=search.name_initials(record.name),
            sex=record.sex.value, birth_date=record.birth_date, ethnicity=record.ethnicity[:16],
            phone=record.phone or None,
            phone_bidx=ctx.db.cipher.blind_index("phone", record.phone) if record.phone else None,
            address=record.address or None, id_number=record.id_number or None,
            id_bidx=ctx.db.cipher.blind_index("id", documents.blind_index_form(IdType.RESIDENT_ID, record.id_number))
            if record.id_number else None,
            community_code=community, political_status=record.political_status[:20],
            education=record.education[:20], occupation=record.occupation[:100], identities="",
            selection_method="other", selected_on=record.selected_on, bio=record.notes[:200],
            certificate_no=record.certificate_no[:50])
        session.add(person)
        people.append((person, record))
    session.flush()
    for person, record in people:
        session.add(LcpStatusChange(person_id=person.id, from_status="", to_status=LcpStatus.REGISTERED.value,
                                    changed_on=record.selected_on or ctx.today(), reason="导入",
                                    approver=ctx.actor.username))
    return [p.id for p, _ in people]
