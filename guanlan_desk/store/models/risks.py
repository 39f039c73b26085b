"""Grid-risk ledger items (风险隐患) with their review log and linked parties."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from guanlan_desk.store.base import Base, SyncMixin, UtcDateTime, str16, str32, str64, str100, str200
from guanlan_desk.store.crypto_types import Encrypted


class RiskItem(SyncMixin, Base):
    """A hazard on a grid: graded, assigned to a responsible leader, followed up and closed (销号)."""

    __tablename__ = "risk_item"
    __table_args__ = (
        # Covering index of the risk figures and the screening rounds (issue 14, migration 0013).
        Index("ix_risk_item_statistics", "found_on", "deleted_at", "community_code", "grid_id", "category", "level",
              "leader_name", "closed_on", "deadline", "status", "status_changed_at"),
    )

    code: Mapped[str] = mapped_column(String(40), index=True)
    code_year: Mapped[int] = mapped_column(Integer)
    code_serial: Mapped[int] = mapped_column(Integer)
    category: Mapped[str16] = mapped_column(index=True)
    community_code: Mapped[str32] = mapped_column(index=True)
    grid_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("grid.id"), default=None, index=True)
    title: Mapped[str200]
    description: Mapped[str] = mapped_column(Text, default="")
    involved_count: Mapped[int] = mapped_column(Integer, default=1)
    found_on: Mapped[date] = mapped_column(Date, index=True)
    reporter: Mapped[str] = mapped_column(String(50), default="")
    level: Mapped[str16] = mapped_column(index=True)
    leader_name: Mapped[str] = mapped_column(String(50), default="")
    leader_title: Mapped[str] = mapped_column(String(50), default="")
    leader_unit: Mapped[str] = mapped_column(String(100), default="")
    leader_user: Mapped[str] = mapped_column(String(64), default="")
    responsible_units: Mapped[str] = mapped_column(String(200), default="")
    responsible_person: Mapped[str] = mapped_column(String(50), default="")
    responsible_phone: Mapped[str | None] = mapped_column(Encrypted("risk_item.responsible_phone"), default=None)
    control_measures: Mapped[str] = mapped_column(Text, default="")
    resolution_measures: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    status: Mapped[str16] = mapped_column(index=True)
    status_changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    close_requested_on: Mapped[date | None] = mapped_column(Date, default=None)
    close_requested_by: Mapped[str64] = mapped_column(default="")
    close_basis: Mapped[str] = mapped_column(Text, default="")
    close_evidence: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    closed_by: Mapped[str64] = mapped_column(default="")
    reopen_reason: Mapped[str] = mapped_column(Text, default="")
    # Key persons (重点人员): sensitive personal information, restricted role only.
    key_person_kind: Mapped[str] = mapped_column(String(32), default="")
    key_person_notes: Mapped[str | None] = mapped_column(Encrypted("risk_item.key_person_notes"), default=None)
    key_person_monitor: Mapped[str | None] = mapped_column(Encrypted("risk_item.key_person_monitor"), default=None)


class RiskReview(SyncMixin, Base):
    """An entry of the follow-up log (研判 / 稳控 / 进展 / 回访)."""

    __tablename__ = "risk_review"

    risk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("risk_item.id"), index=True)
    kind: Mapped[str16]
    reviewed_on: Mapped[date] = mapped_column(Date)
    participants: Mapped[str] = mapped_column(String(200), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    level_before: Mapped[str16] = mapped_column(default="")
    level_after: Mapped[str16] = mapped_column(default="")
    author: Mapped[str64] = mapped_column(default="")


class RiskParty(SyncMixin, Base):
    """A party involved in a risk item."""

    __tablename__ = "risk_party"

    risk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("risk_item.id"), index=True)
    party_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("party.id"), index=True)
    role: Mapped[str100] = mapped_column(default="")
