"""Plain data the printed documents take: frozen, slotted, never ORM objects.

Every field has an empty default, so ``SomeInfo()`` is the blank form: the documents print underlines or
empty boxes wherever a value is missing. Field sets follow shared/domain/REFERENCE.md §1, §3 and §4.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from guanlan_desk.domain.enums import (
    AgreementKind,
    DisputeRole,
    PartyKind,
    Performance,
    Satisfaction,
    SessionKind,
    SessionOutcome,
    Source,
    label,
)


@dataclass(frozen=True, slots=True)
class PartyInfo:
    """A party as the forms print it: a natural person, or an organisation with its representative."""

    name: str = ""
    role: DisputeRole | None = None
    kind: PartyKind = PartyKind.PERSON
    sex: str = ""
    ethnicity: str = ""
    age: int | None = None
    occupation: str = ""
    phone: str = ""
    address: str = ""
    id_type_label: str = ""
    id_number: str = ""
    legal_rep: str = ""
    legal_rep_title: str = ""
    agent: str = ""

    @property
    def role_label(self) -> str:
        """申请人 / 被申请人 / 第三人, or 当事人 when the role is not known."""
        return label(self.role) if self.role is not None else "当事人"

    @property
    def is_organisation(self) -> bool:
        """True for a legal person or an unincorporated organisation (a 个体工商户 prints as a person)."""
        return self.kind in (PartyKind.LEGAL_PERSON, PartyKind.ORGANISATION)


@dataclass(frozen=True, slots=True)
class CaseInfo:
    """One dispute case (调解案件 / 卷宗) with what the cover, register and closing report show."""

    case_no: str = ""
    committee_name: str = ""
    committee_phone: str = ""
    committee_address: str = ""
    title: str = ""
    dispute_type_label: str = ""
    source: Source | None = None
    applied_on: date | None = None
    received_at: datetime | None = None  # when the hour was recorded; otherwise ``received_on`` alone
    received_on: date | None = None
    occurred_on: date | None = None
    occurred_place: str = ""
    venue: str = ""
    summary: str = ""
    requests: tuple[str, ...] = ()
    parties: tuple[PartyInfo, ...] = ()
    mediators: tuple[str, ...] = ()
    recorder: str = ""
    registrar: str = ""
    amount: Decimal | None = None
    court_ref_no: str = ""
    closed_on: date | None = None
    result_label: str = ""
    performance_label: str = ""
    compiled_by: str = ""
    compiled_on: date | None = None
    retention_label: str = ""
    remarks: str = ""
    withdraw_reason: str = ""
    referral: str = ""
    termination_reason: str = ""
    jc_requested: bool = False

    def with_role(self, role: DisputeRole) -> tuple[PartyInfo, ...]:
        """The parties in ``role``."""
        return tuple(p for p in self.parties if p.role is role)

    @property
    def received_date(self) -> date | None:
        """The day the case was received (from ``received_at`` when the hour is known)."""
        return self.received_at.date() if self.received_at is not None else self.received_on

    @property
    def received_text(self) -> date | datetime | None:
        """受案时间 as recorded: with the hour only when an hour was recorded."""
        return self.received_at if self.received_at is not None else self.received_on


@dataclass(frozen=True, slots=True)
class NoticeInfo:
    """调解通知书 to one party: an invitation to attend, with its 送达回执 stub."""

    case: CaseInfo = field(default_factory=CaseInfo)
    addressee: PartyInfo = field(default_factory=PartyInfo)
    number: str = ""
    scheduled_at: datetime | None = None
    place: str = ""
    materials_to_bring: tuple[str, ...] = ()
    contact_person: str = ""
    contact_phone: str = ""
    issued_on: date | None = None
    delivery_method: str = ""
    delivered_at: datetime | None = None
    delivered_on: date | None = None  # 送达时间 when only the day was recorded
    server: str = ""


@dataclass(frozen=True, slots=True)
class TerminationInfo:
    """终止调解告知书 to one party (人民调解法 Art. 26): mediation ends, and the other routes remain open."""

    case: CaseInfo = field(default_factory=CaseInfo)
    addressee: PartyInfo = field(default_factory=PartyInfo)
    number: str = ""
    reason: str = ""
    terminated_on: date | None = None
    issued_on: date | None = None


@dataclass(frozen=True, slots=True)
class PowerOfAttorneyInfo:
    """授权委托书: a party (委托人) authorises an agent to take part in the mediation for them."""

    case: CaseInfo = field(default_factory=CaseInfo)
    principal: PartyInfo = field(default_factory=PartyInfo)
    agent_name: str = ""
    agent_sex: str = ""
    agent_phone: str = ""
    agent_address: str = ""
    agent_relation: str = ""
    special: bool | None = None  # None: tick by hand
    signed_on: date | None = None


@dataclass(frozen=True, slots=True)
class DeclineInfo:
    """不予受理告知书: why the committee does not take up an application, and where else to turn."""

    case: CaseInfo = field(default_factory=CaseInfo)
    addressee: PartyInfo = field(default_factory=PartyInfo)
    number: str = ""
    applied_on: date | None = None
    matter: str = ""
    reason: str = ""
    alternatives: str = ""
    issued_on: date | None = None


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """An investigation (调查记录) or a mediation session (调解记录) with its transcript."""

    case: CaseInfo = field(default_factory=CaseInfo)
    kind: SessionKind = SessionKind.MEDIATION
    started_at: datetime | None = None
    ended_at: datetime | None = None
    place: str = ""
    matter: str = ""
    participants: str = ""
    parties_present: tuple[str, ...] = ()
    interviewee: str = ""  # 被调查人 (a field of the record when the app holds it; a blank line otherwise)
    investigators: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()
    recorder: str = ""
    content: str = ""
    outcome: SessionOutcome | None = None


@dataclass(frozen=True, slots=True)
class AgreementInfo:
    """人民调解协议书 (written) or 口头协议登记表 (oral): 人民调解法 Art. 28, 29."""

    case: CaseInfo = field(default_factory=CaseInfo)
    number: str = ""
    kind: AgreementKind = AgreementKind.WRITTEN
    facts: str = ""
    responsibilities: str = ""
    terms: tuple[str, ...] = ()
    performance_method: str = ""
    performance_deadline: date | None = None
    performance_place: str = ""
    breach_clause: str = ""
    copies: int | None = None
    effective_on: date | None = None
    jc_deadline: date | None = None
    amount: Decimal | None = None


@dataclass(frozen=True, slots=True)
class FollowUpInfo:
    """人民调解回访记录."""

    case: CaseInfo = field(default_factory=CaseInfo)
    agreement_number: str = ""
    visited: tuple[str, ...] = ()
    visited_on: date | None = None
    reason: str = ""
    performance: Performance | None = None
    satisfaction: Satisfaction | None = None
    situation: str = ""
    hazards: str = ""
    measures: str = ""
    visitor: str = ""
    method: str = ""  # 回访方式: 当面 / 电话 …


@dataclass(frozen=True, slots=True)
class JudicialConfirmationInfo:
    """司法确认申请书, filed jointly by the parties within 30 days of the agreement (Art. 33)."""

    agreement: AgreementInfo = field(default_factory=AgreementInfo)
    court: str = ""
    applied_on: date | None = None
    annexes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FileNoteInfo:
    """卷宗情况说明: one free text about the file (missing documents, withdrawal, refusal to sign …)."""

    case: CaseInfo = field(default_factory=CaseInfo)
    text: str = ""
    author: str = ""
    written_on: date | None = None


class AttachmentSlot(StrEnum):
    """Where a paper attachment sits in the 卷内目录 (REFERENCE.md §1.1)."""

    IDENTITY = "identity"
    POWER_OF_ATTORNEY = "power_of_attorney"
    EVIDENCE = "evidence"
    PERFORMANCE = "performance"
    JUDICIAL = "judicial"


@dataclass(frozen=True, slots=True)
class AttachmentEntry:
    """A paper item filed in the dossier that the app does not print (ID copies, evidence, receipts)."""

    slot: AttachmentSlot = AttachmentSlot.EVIDENCE
    title: str = ""
    pages: int | None = None
    remark: str = ""


@dataclass(frozen=True, slots=True)
class CaseFileInfo:
    """A whole 调解卷宗: the printed documents in the index's order plus the paper attachments."""

    case: CaseInfo = field(default_factory=CaseInfo)
    notices: tuple[NoticeInfo, ...] = ()
    sessions: tuple[SessionInfo, ...] = ()
    agreement: AgreementInfo | None = None
    follow_ups: tuple[FollowUpInfo, ...] = ()
    judicial_confirmation: JudicialConfirmationInfo | None = None
    file_note: FileNoteInfo | None = None
    attachments: tuple[AttachmentEntry, ...] = ()
    checker: str = ""


@dataclass(frozen=True, slots=True)
class RiskAssignmentInfo:
    """风险隐患交办单: a ledger item assigned to its responsible leader (包案领导)."""

    number: str = ""
    code: str = ""
    category_label: str = ""
    level_label: str = ""
    level_colour: str = ""
    community: str = ""
    grid: str = ""
    title: str = ""
    description: str = ""
    involved: str = ""
    found_on: date | None = None
    reporter: str = ""
    leader_name: str = ""
    leader_title: str = ""
    leader_unit: str = ""
    responsible_units: tuple[str, ...] = ()
    responsible_person: str = ""
    responsible_phone: str = ""
    control_measures: str = ""
    resolution_measures: str = ""
    deadline: date | None = None
    assigned_by: str = ""
    assigned_on: date | None = None
    contact: str = ""


@dataclass(frozen=True, slots=True)
class LegalRiskReminderInfo:
    """法律风险提醒函: a letter pointing out a legal risk, its consequences and what to do."""

    number: str = ""
    addressee: str = ""
    subject: str = ""
    facts: str = ""
    risks: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()
    legal_basis: tuple[str, ...] = ()
    issuer: str = ""
    issued_on: date | None = None
    contact_person: str = ""
    contact_phone: str = ""
    with_receipt: bool = True


@dataclass(frozen=True, slots=True)
class LcpInfo:
    """A legal-clarity person (法律明白人) as the roster and the culture wall show them.

    ``phone`` is ``None`` when the person did not agree to show it; ``consent`` is the display consent.
    """

    name: str = ""
    sex: str = ""
    birth_year: int | None = None
    political_status: str = ""
    education: str = ""
    community: str = ""
    grid: str = ""
    phone: str | None = None
    photo: bytes | None = None
    identities: tuple[str, ...] = ()
    recognised_on: date | None = None
    certificate_no: str = ""
    recent_services: tuple[str, ...] = ()
    bio: str = ""
    consent: bool = False


@dataclass(frozen=True, slots=True)
class LcpRosterInfo:
    """法律明白人名册 of a community (``public``: only persons who consented to be shown)."""

    title: str = ""
    community: str = ""
    persons: tuple[LcpInfo, ...] = ()
    compiled_by: str = ""
    compiled_on: date | None = None
    public: bool = False


@dataclass(frozen=True, slots=True)
class LcpWallInfo:
    """The culture-wall poster (文化墙 / 公示板): only persons who consented are shown."""

    title: str = ""
    community: str = ""
    persons: tuple[LcpInfo, ...] = ()
    adviser: str = ""
    hotline: str = ""
    issued_on: date | None = None
