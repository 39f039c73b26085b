"""Disputes (矛盾纠纷) with their parties, mediators, sessions, agreement, follow-ups and attachments."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from guanlan_desk.store.base import Base, SyncMixin, UtcDateTime, str16, str32, str64, str100, str200
from guanlan_desk.store.crypto_types import Encrypted


class Dispute(SyncMixin, Base):
    """A mediation case; ``case_no`` is unique per community and year by construction (serial blocks).

    Not a UNIQUE constraint: a misconfigured workstation must not make the office's import fail; the office
    reports collisions instead (services.disputes.find_case_number_collisions).
    """

    __tablename__ = "dispute"
    __table_args__ = (
        Index("ix_dispute_case_serial", "community_code", "case_year", "case_serial"),
        # Covering index of the statistics' counting queries (issue 14, migrations 0010 and 0013).
        Index("ix_dispute_statistics", "received_on", "community_code", "dispute_type", "subtype", "source", "status",
              "venue_id", "persons_involved", "jc_requested", "flags", "grid_id", "deleted_at", "id",
              "prevented_criminal_persons", "prevented_petition_persons"),
        Index("ix_dispute_source_day", "source", "received_on", "community_code", "grid_id", "deleted_at"),
    )

    case_no: Mapped[str] = mapped_column(String(40), index=True)
    case_year: Mapped[int] = mapped_column(Integer)
    case_serial: Mapped[int] = mapped_column(Integer)
    community_code: Mapped[str32] = mapped_column(index=True)
    grid_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("grid.id"), default=None)
    title: Mapped[str200]
    dispute_type: Mapped[str] = mapped_column(String(2), index=True)
    subtype: Mapped[str] = mapped_column(String(16), default="")
    source: Mapped[str32]
    venue_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("venue.id"), default=None)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    requests: Mapped[str] = mapped_column(Text, default="")
    # Names of the parties, kept for full-text search (names are not encrypted: they must be searchable).
    party_names: Mapped[str] = mapped_column(Text, default="")
    amount_fen: Mapped[int | None] = mapped_column(Integer, default=None)
    persons_involved: Mapped[int] = mapped_column(Integer, default=2)
    flags: Mapped[str] = mapped_column(String(200), default="")  # CaseFlag codes, comma-separated
    prevented_criminal_persons: Mapped[int] = mapped_column(Integer, default=0)  # 防止民转刑 人数
    prevented_petition_persons: Mapped[int] = mapped_column(Integer, default=0)  # 防止群体性上访 人数
    sensitive_notes: Mapped[str | None] = mapped_column(Encrypted("dispute.sensitive_notes"), default=None)
    status: Mapped[str16] = mapped_column(index=True)
    status_changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    decline_reason: Mapped[str] = mapped_column(Text, default="")
    referral_kind: Mapped[str] = mapped_column(String(16), default="")
    referral_target: Mapped[str] = mapped_column(String(100), default="")
    court_ref_no: Mapped[str] = mapped_column(String(64), default="")
    withdraw_reason: Mapped[str] = mapped_column(Text, default="")
    mediation_due: Mapped[date | None] = mapped_column(Date, default=None)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    archived_on: Mapped[date | None] = mapped_column(Date, default=None)
    retention: Mapped[str] = mapped_column(String(16), default="")
    retention_until: Mapped[date | None] = mapped_column(Date, default=None)
    jc_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    registered_by: Mapped[str64] = mapped_column(default="")
    # 受理: the mediation deadline counts from here (the date received until the case is accepted).
    accepted_on: Mapped[date | None] = mapped_column(Date, default=None)
    # A court's own deadline for a case it entrusted (委派/委托); it replaces the committee's default.
    court_deadline: Mapped[date | None] = mapped_column(Date, default=None)
    # An extension agreed by the parties (the new due date and who consented, when).
    extended_due: Mapped[date | None] = mapped_column(Date, default=None)
    extension_consent: Mapped[str] = mapped_column(Text, default="")
    # Why mediation ended without agreement (EndKind): a party refused (Art. 17) or no agreement (Art. 26).
    end_kind: Mapped[str16] = mapped_column(default="")


class DisputeParty(SyncMixin, Base):
    """A party's role in a dispute."""

    __tablename__ = "dispute_party"

    dispute_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute.id"), index=True)
    party_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("party.id"), index=True)
    role: Mapped[str16]
    position: Mapped[int] = mapped_column(Integer, default=0)


class DisputeMediator(SyncMixin, Base):
    """A mediator of a dispute: a named mediator, optionally a legal-clarity person participating."""

    __tablename__ = "dispute_mediator"

    dispute_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    mediator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mediator.id"), default=None, index=True)
    lcp_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("legal_clarity_person.id"), default=None, index=True)
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False)


class MediationSession(SyncMixin, Base):
    """An investigation record (调查记录) or a mediation session record (调解记录)."""

    __tablename__ = "mediation_session"

    dispute_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute.id"), index=True)
    kind: Mapped[str16]
    held_at: Mapped[datetime] = mapped_column(UtcDateTime)
    place: Mapped[str100] = mapped_column(default="")
    participants: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str16] = mapped_column(default="")
    recorder: Mapped[str] = mapped_column(String(50), default="")


class Agreement(SyncMixin, Base):
    """A written or oral agreement; effective when all signed and the committee sealed (Art. 29)."""

    __tablename__ = "agreement"
    __table_args__ = (
        # Covering index of the statistics' counting queries (issue 14, migration 0010).
        Index("ix_agreement_statistics", "dispute_id", "deleted_at", "kind", "amount_fen", "performance", "id"),
    )

    dispute_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute.id"), unique=True)
    kind: Mapped[str16]
    number: Mapped[str] = mapped_column(String(40), default="")
    facts: Mapped[str] = mapped_column(Text, default="")
    terms: Mapped[str] = mapped_column(Text, default="")
    performance_method: Mapped[str] = mapped_column(Text, default="")
    performance_deadline: Mapped[date | None] = mapped_column(Date, default=None)
    performance_place: Mapped[str] = mapped_column(String(100), default="")
    amount_fen: Mapped[int | None] = mapped_column(Integer, default=None)
    copies: Mapped[int] = mapped_column(Integer, default=3)
    effective_on: Mapped[date] = mapped_column(Date)
    jc_deadline: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    performance: Mapped[str16] = mapped_column(default="")
    performance_noted_on: Mapped[date | None] = mapped_column(Date, default=None)


class FollowUp(SyncMixin, Base):
    """A follow-up visit (回访): scheduled with a due date, then recorded."""

    __tablename__ = "follow_up"

    dispute_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute.id"), index=True)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    visitor: Mapped[str] = mapped_column(String(50), default="")
    method: Mapped[str16] = mapped_column(default="")
    performance: Mapped[str16] = mapped_column(default="")
    satisfaction: Mapped[str16] = mapped_column(default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")


class DisputeRisk(SyncMixin, Base):
    """A link between a dispute and a risk item."""

    __tablename__ = "dispute_risk"

    dispute_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute.id"), index=True)
    risk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("risk_item.id"), index=True)


class Attachment(SyncMixin, Base):
    """A scan or photo; the bytes live encrypted under ``attachments/<sha256>`` in the data folder."""

    __tablename__ = "attachment"

    owner_type: Mapped[str16]
    owner_id: Mapped[uuid.UUID] = mapped_column(index=True)
    kind: Mapped[str16]
    filename: Mapped[str200]
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    sha256: Mapped[str64]
    size: Mapped[int] = mapped_column(Integer)
    note: Mapped[str100] = mapped_column(default="")


class MediationSchedule(SyncMixin, Base):
    """安排调解: a mediation session set for a date, place and mediators; notices go out from it.

    Rescheduling supersedes the row (``superseded_at``) and its notices; recording the session links it.
    """

    __tablename__ = "mediation_schedule"

    dispute_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute.id"), index=True)
    scheduled_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    venue_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("venue.id"), default=None)
    place: Mapped[str100]
    mediators: Mapped[str] = mapped_column(String(200), default="")
    contact_person: Mapped[str] = mapped_column(String(50), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    materials: Mapped[str] = mapped_column(Text, default="")
    superseded_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    session_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mediation_session.id"), default=None)


class JudicialConfirmation(SyncMixin, Base):
    """司法确认: the joint application to a court and its decision; never changes the agreement's performance."""

    __tablename__ = "judicial_confirmation"

    dispute_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute.id"), unique=True)
    court: Mapped[str100]
    applied_on: Mapped[date] = mapped_column(Date)
    result: Mapped[str16] = mapped_column(default="")
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    court_case_no: Mapped[str] = mapped_column(String(64), default="")


class MediationNotice(SyncMixin, Base):
    """A notice to attend (调解通知书) sent to one party: voluntary, so an invitation with a receipt stub."""

    __tablename__ = "mediation_notice"

    dispute_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute.id"), index=True)
    party_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("party.id"), index=True)
    scheduled_at: Mapped[datetime] = mapped_column(UtcDateTime)
    place: Mapped[str100]
    materials: Mapped[str] = mapped_column(Text, default="")
    contact_person: Mapped[str] = mapped_column(String(50), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    issued_on: Mapped[date] = mapped_column(Date)
    delivery_method: Mapped[str16] = mapped_column(default="")
    delivered_on: Mapped[date | None] = mapped_column(Date, default=None)
    receipt_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    schedule_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mediation_schedule.id"), default=None,
                                                          index=True)
    # A rescheduled mediation's old notices stay on file, marked superseded.
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    receiver: Mapped[str] = mapped_column(String(50), default="")
    refused: Mapped[bool] = mapped_column(Boolean, default=False)
    server: Mapped[str] = mapped_column(String(50), default="")
