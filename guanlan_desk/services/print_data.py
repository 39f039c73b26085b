"""What printed documents need of a record: personal data in clear (forms are signed on paper by the
parties) for roles that may unmask it — reading it needs the print permission and is written to the audit
log. Roles without the unmask permission (grid officers) get phones, ID numbers and addresses masked on every
document, as in the lists."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain import masking
from guanlan_desk.domain.enums import AuditAction, DisputeRole, DisputeStatus, EndKind, IdType, LcpStatus, PartyKind, Sex
from guanlan_desk.domain.enums import label
from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import attachments, audit, committees, disputes, lcp, risks
from guanlan_desk.services.context import Ctx, load_config
from guanlan_desk.services.committees import Committee
from guanlan_desk.services.display_names import display_name
from guanlan_desk.services.disputes import AgreementRow, FollowUpRow, JudicialRow, MediatorRow, ScheduleRow, SessionRow
from guanlan_desk.services.lcp import LcpDetail
from guanlan_desk.services.notices import NoticeRow, notices_of
from guanlan_desk.services.risks import RiskDetail
from guanlan_desk.store.models import (
    Community,
    Dispute,
    DisputeParty,
    DisputeStatusChange,
    Grid,
    LegalClarityPerson,
    Party,
    RiskItem,
)
from guanlan_desk.store.uow import GuanlanSession


@dataclass(frozen=True, slots=True)
class PrintParty:
    """A party with the fields the forms print."""

    party_id: str
    role: DisputeRole
    kind: PartyKind
    name: str
    sex: Sex
    ethnicity: str
    age: int | None
    occupation: str
    phone: str
    address: str
    id_type: IdType | None
    id_number: str
    legal_rep_name: str
    legal_rep_title: str


@dataclass(frozen=True, slots=True)
class DisputePrint:
    """A dispute with everything its documents show."""

    id: str
    case_no: str
    committee_name: str
    community_name: str
    title: str
    dispute_type_label: str
    source_label: str
    received_on: date
    venue: str
    summary: str
    requests: str
    amount_fen: int | None
    court_ref_no: str
    status_label: str
    decline_reason: str
    closed_on: date | None
    retention_label: str
    parties: tuple[PrintParty, ...]
    mediators: tuple[MediatorRow, ...]
    sessions: tuple[SessionRow, ...]
    agreement: AgreementRow | None
    follow_ups: tuple[FollowUpRow, ...]
    notices: tuple[NoticeRow, ...]
    registered_by: str
    printed_at: datetime
    # The committee of the case's community (never a fixed default): documents print these.
    committee: Committee | None = None
    schedules: tuple[ScheduleRow, ...] = ()
    judicial: JudicialRow | None = None
    # 调解终止: how it ended (EndKind code and label) and why; the 终止调解告知书 prints them with the parties.
    end_kind: str = ""
    end_kind_label: str = ""
    termination_reason: str = ""
    accepted_on: date | None = None
    mediation_due: date | None = None
    extended_due: date | None = None
    extension_consent: str = ""

    @property
    def committee_seal(self) -> str:
        """The text of the committee's seal (its name unless the office set another)."""
        return self.committee.seal_text if self.committee else self.committee_name
    # What else the forms print (issue 12).
    status: DisputeStatus | None = None
    withdraw_reason: str = ""
    referral: str = ""
    jc_requested: bool = False
    archived_on: date | None = None


def _age(party: Party, on: date) -> int | None:
    if party.birth_date is None:
        return party.age
    born = party.birth_date
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _shown(ctx: Ctx) -> bool:
    """Whether this user's prints carry personal data in clear."""
    return ctx.can(Permission.PII_UNMASK)


def _phone(ctx: Ctx, value: str | None) -> str:
    return (value if _shown(ctx) else masking.mask_phone(value)) if value else ""


def _id(ctx: Ctx, value: str | None) -> str:
    return (value if _shown(ctx) else masking.mask_id(value)) if value else ""


def _address(ctx: Ctx, value: str | None) -> str:
    return (value if _shown(ctx) else masking.mask_address(value)) if value else ""


def _audit_read(session: GuanlanSession, ctx: Ctx, entity: str, entity_id: str, detail: dict[str, object]) -> None:
    """An unmasked read is an UNMASK event; a masked print needs none here (the print itself is audited)."""
    if _shown(ctx):
        audit.record(session, ctx, AuditAction.UNMASK, entity, entity_id, detail)


def _community_name(session: GuanlanSession, code: str) -> str:
    row = session.execute(select(Community.name).where(Community.code == code)).scalar_one_or_none()
    return row or code


def dispute_for_print(ctx: Ctx, dispute_id: str, *, purpose: str) -> DisputePrint:
    """The dispute in clear for printing; ``purpose`` (the document) goes into the audit record."""
    ctx.require(Permission.PRINT, QT_TRANSLATE_NOOP("terms", "print documents"))
    detail = disputes.get_dispute(ctx, dispute_id)
    notices = tuple(notices_of(ctx, dispute_id))
    with ctx.write() as session:
        config = load_config(session)
        rows = session.execute(
            select(DisputeParty, Party).join(Party, Party.id == DisputeParty.party_id)
            .where(DisputeParty.dispute_id == uuid.UUID(dispute_id), DisputeParty.deleted_at.is_(None))
            .order_by(DisputeParty.position)).all()
        printed = tuple(PrintParty(
            str(p.id), DisputeRole(link.role), PartyKind(p.kind), p.name, Sex(p.sex), p.ethnicity,
            _age(p, detail.data.received_on), p.occupation, _phone(ctx, p.phone), _address(ctx, p.address),
            IdType(p.id_type) if p.id_type else None, _id(ctx, p.id_number), p.legal_rep_name, p.legal_rep_title,
        ) for link, p in rows)
        _audit_read(session, ctx, "dispute", dispute_id, {"purpose": purpose})
        community = _community_name(session, detail.community_code)
        committee = committees.committee_in(session, detail.community_code)
        session.commit()
        code, registered_by, archived_on = session.execute(
            select(Dispute.retention, Dispute.registered_by, Dispute.archived_on).where(
                Dispute.id == uuid.UUID(dispute_id))).one()
        registrar = session.scalars(select(DisputeStatusChange.by_name).where(
            DisputeStatusChange.dispute_id == uuid.UUID(dispute_id), DisputeStatusChange.from_status == "",
            DisputeStatusChange.deleted_at.is_(None)).order_by(DisputeStatusChange.changed_at)).first()
    retention = config.retention_period(code).label if code else ""
    ended = detail.status == DisputeStatus.NOT_SETTLED or bool(detail.end_kind)
    return DisputePrint(
        detail.id, detail.case_no, committee.name, community, detail.data.title,
        label(detail.data.dispute_type), label(detail.data.source), detail.data.received_on, detail.venue_name,
        detail.data.summary, detail.data.requests, detail.data.amount_fen, detail.data.court_ref_no,
        label(detail.status), detail.decline_reason, detail.closed_on, retention, printed, detail.mediators,
        detail.sessions, detail.agreement, detail.follow_ups, notices,
        registrar or (display_name(ctx, registered_by) if registered_by else ""), ctx.now(),
        committee=committee, schedules=detail.schedules, judicial=detail.judicial, end_kind=detail.end_kind,
        end_kind_label=label(EndKind(detail.end_kind)) if detail.end_kind else "",
        termination_reason=detail.withdraw_reason if ended else "", accepted_on=detail.accepted_on,
        mediation_due=detail.mediation_due, extended_due=detail.extended_due,
        extension_consent=detail.extension_consent,
        status=detail.status, withdraw_reason=detail.withdraw_reason, referral=detail.referral,
        jc_requested=detail.jc_requested, archived_on=archived_on,
    )



@dataclass(frozen=True, slots=True)
class RiskPrint:
    """A risk item with the contact details its assignment sheet prints."""

    detail: RiskDetail
    responsible_phone: str
    community_name: str
    grid_name: str
    committee_name: str


def risk_for_print(ctx: Ctx, risk_id: str, *, purpose: str) -> RiskPrint:
    """The risk item for its 交办单 (the responsible person's phone in clear; audited)."""
    ctx.require(Permission.PRINT, QT_TRANSLATE_NOOP("terms", "print documents"))
    detail = risks.get_risk(ctx, risk_id)
    with ctx.write() as session:
        item = session.get(RiskItem, uuid.UUID(risk_id))
        assert item is not None
        grid = session.get(Grid, item.grid_id) if item.grid_id else None
        community = _community_name(session, item.community_code)
        committee = committees.committee_in(session, item.community_code)
        _audit_read(session, ctx, "risk", risk_id, {"purpose": purpose})
        session.commit()
        return RiskPrint(detail, _phone(ctx, item.responsible_phone), community, grid.name if grid else "",
                         committee.name)


@dataclass(frozen=True, slots=True)
class LcpPrint:
    """A legal-clarity person for the roster or the wall (photo bytes decrypted)."""

    detail: LcpDetail
    phone: str
    photo: bytes | None
    grid_name: str


def lcps_for_print(ctx: Ctx, community_code: str, *, consented_only: bool, purpose: str) -> list[LcpPrint]:
    """The registered persons of a community (only those who consented, for public displays)."""
    ctx.require(Permission.PRINT, QT_TRANSLATE_NOOP("terms", "print documents"))
    out: list[LcpPrint] = []
    with ctx.read() as session:
        stmt = select(LegalClarityPerson).where(
            LegalClarityPerson.deleted_at.is_(None), LegalClarityPerson.community_code == community_code,
            LegalClarityPerson.status == LcpStatus.REGISTERED.value).order_by(LegalClarityPerson.name)
        if consented_only:
            stmt = stmt.where(LegalClarityPerson.display_consent.is_(True))
        people = [(str(p.id), p.phone or "", p.show_phone, p.photo_attachment_id, p.grid_id)
                  for p in session.scalars(stmt)]
        grids = {g.id: g.name for g in session.scalars(select(Grid).where(Grid.community_code == community_code))}
    for person_id, phone_clear, show_phone, photo_id, grid_id in people:
        photo = None
        if photo_id is not None:
            try:
                photo = attachments.open_attachment(ctx, str(photo_id))[1]
            except UserFacingError:
                photo = None  # a missing photo prints a neat placeholder
        shown_phone = _phone(ctx, phone_clear) if (show_phone or not consented_only) else ""
        out.append(LcpPrint(lcp.get_lcp(ctx, person_id), shown_phone, photo, grids.get(grid_id, "") if grid_id else ""))
    with ctx.write() as session:
        _audit_read(session, ctx, "lcp", community_code, {"purpose": purpose, "persons": len(out)})
        session.commit()
    return out
