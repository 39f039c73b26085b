"""Parties (当事人): natural persons, organisations and 个体工商户, shared by disputes and risk items."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from guanlan_desk.store.base import Base, SyncMixin, UtcDateTime, str16, str32, str100, uuidpk
from guanlan_desk.store.crypto_types import Encrypted


class Party(SyncMixin, Base):
    """One person or organisation. ID number, phone, address and notes are encrypted at rest."""

    __tablename__ = "party"

    kind: Mapped[str16]
    name: Mapped[str100] = mapped_column(index=True)
    name_initials: Mapped[str] = mapped_column(String(32), default="", index=True)
    sex: Mapped[str] = mapped_column(String(1), default="0")
    ethnicity: Mapped[str] = mapped_column(String(16), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    age: Mapped[int | None] = mapped_column(Integer, default=None)
    occupation: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str | None] = mapped_column(Encrypted("party.phone"), default=None)
    phone_bidx: Mapped[str | None] = mapped_column(String(32), default=None, index=True)
    address: Mapped[str | None] = mapped_column(Encrypted("party.address"), default=None)
    id_type: Mapped[str] = mapped_column(String(32), default="")
    id_number: Mapped[str | None] = mapped_column(Encrypted("party.id_number"), default=None)
    id_bidx: Mapped[str | None] = mapped_column(String(32), default=None, index=True)
    uscc: Mapped[str | None] = mapped_column(String(18), default=None, index=True)
    business_name: Mapped[str] = mapped_column(String(100), default="")
    legal_rep_name: Mapped[str] = mapped_column(String(50), default="")
    legal_rep_title: Mapped[str] = mapped_column(String(50), default="")
    minor_under_14: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Encrypted("party.notes"), default=None)
    community_code: Mapped[str32] = mapped_column(default="", index=True)
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("party.id"), default=None)





class PartyLink(Base):
    """Two records of one person in different communities, linked at the street office instead of merged (a
    merge would point one community's records at another community's party). Kept at the office only."""

    __tablename__ = "party_link"
    __table_args__ = (UniqueConstraint("party_id", "linked_id"),)

    id: Mapped[uuidpk]
    party_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("party.id"), index=True)
    linked_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("party.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str100]
