"""Legal-clarity persons (法律明白人) with their status history, trainings and services."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from guanlan_desk.store.base import Base, SyncMixin, str16, str32, str64, str100, str200
from guanlan_desk.store.crypto_types import Encrypted


class LegalClarityPerson(SyncMixin, Base):
    """A community legal volunteer's profile, shown on the culture wall only with display consent."""

    __tablename__ = "legal_clarity_person"

    name: Mapped[str] = mapped_column(String(50), index=True)
    name_initials: Mapped[str] = mapped_column(String(32), default="", index=True)
    sex: Mapped[str] = mapped_column(String(1), default="0")
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    ethnicity: Mapped[str] = mapped_column(String(16), default="")
    phone: Mapped[str | None] = mapped_column(Encrypted("legal_clarity_person.phone"), default=None)
    phone_bidx: Mapped[str | None] = mapped_column(String(32), default=None, index=True)
    address: Mapped[str | None] = mapped_column(Encrypted("legal_clarity_person.address"), default=None)
    id_number: Mapped[str | None] = mapped_column(Encrypted("legal_clarity_person.id_number"), default=None)
    id_bidx: Mapped[str | None] = mapped_column(String(32), default=None, index=True)
    community_code: Mapped[str32] = mapped_column(index=True)
    grid_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("grid.id"), default=None)
    political_status: Mapped[str] = mapped_column(String(16), default="")  # PoliticalStatus code
    education: Mapped[str] = mapped_column(String(16), default="")  # Education code
    occupation: Mapped[str] = mapped_column(String(50), default="")
    identities: Mapped[str] = mapped_column(String(300), default="")
    selection_method: Mapped[str16] = mapped_column(default="")
    selected_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str16] = mapped_column(index=True)
    recognised_on: Mapped[date | None] = mapped_column(Date, default=None)
    certificate_no: Mapped[str] = mapped_column(String(40), default="")
    badge_no: Mapped[str] = mapped_column(String(40), default="")
    adviser_name: Mapped[str] = mapped_column(String(50), default="")
    adviser_firm: Mapped[str] = mapped_column(String(100), default="")
    display_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_on: Mapped[date | None] = mapped_column(Date, default=None)
    show_phone: Mapped[bool] = mapped_column(Boolean, default=False)
    bio: Mapped[str200] = mapped_column(default="")
    photo_attachment_id: Mapped[uuid.UUID | None] = mapped_column(default=None)


class LcpStatusChange(SyncMixin, Base):
    """One step of the status history (candidate → registered → removed)."""

    __tablename__ = "lcp_status_change"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("legal_clarity_person.id"), index=True)
    from_status: Mapped[str16] = mapped_column(default="")
    to_status: Mapped[str16]
    changed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    approver: Mapped[str64] = mapped_column(default="")


class LcpTraining(SyncMixin, Base):
    """A training attended."""

    __tablename__ = "lcp_training"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("legal_clarity_person.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    topic: Mapped[str200]
    hours_tenths: Mapped[int] = mapped_column(Integer, default=0)
    mode: Mapped[str16]
    organiser: Mapped[str100] = mapped_column(default="")
    passed: Mapped[bool] = mapped_column(Boolean, default=True)
    score: Mapped[int | None] = mapped_column(Integer, default=None)


class LcpService(SyncMixin, Base):
    """A service performed (普法宣传, 参与调解, 法律咨询 …)."""

    __tablename__ = "lcp_service"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("legal_clarity_person.id"), index=True)
    served_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str16]
    people_served: Mapped[int] = mapped_column(Integer, default=1)
    # Rows sharing an event_id are one service performed together (one lecture = one 场次).
    event_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)
    dispute_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("dispute.id"), default=None)
    risk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("risk_item.id"), default=None)
    note: Mapped[str] = mapped_column(Text, default="")
