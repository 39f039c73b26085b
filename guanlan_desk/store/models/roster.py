"""People the committees work with: the mediator roster, each community's legal adviser, and case status history."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from guanlan_desk.store.base import Base, SyncMixin, UtcDateTime, str16, str32, str64
from guanlan_desk.store.crypto_types import Encrypted


class Mediator(SyncMixin, Base):
    """A people's mediator on a committee's roster (人民调解员名册); cases choose their mediators from here."""

    __tablename__ = "mediator"

    community_code: Mapped[str32] = mapped_column(index=True)
    name: Mapped[str] = mapped_column(String(50), index=True)
    sex: Mapped[str] = mapped_column(String(1), default="0")
    role: Mapped[str16]
    certificate_no: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str | None] = mapped_column(Encrypted("mediator.phone"), default=None)
    trainings: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LegalAdviser(SyncMixin, Base):
    """A community's legal adviser (一村（社区）一法律顾问), paired with its legal-clarity persons ("1+N")."""

    __tablename__ = "legal_adviser"

    community_code: Mapped[str32] = mapped_column(index=True)
    name: Mapped[str] = mapped_column(String(50))
    firm: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str | None] = mapped_column(Encrypted("legal_adviser.phone"), default=None)
    since: Mapped[date | None] = mapped_column(Date, default=None)


class DisputeStatusChange(SyncMixin, Base):
    """One lifecycle step of a case (受理, 结案 …), written by the transition itself and sent to the office."""

    __tablename__ = "dispute_status_change"

    dispute_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute.id"), index=True)
    action: Mapped[str32] = mapped_column(default="")
    from_status: Mapped[str16] = mapped_column(default="")
    to_status: Mapped[str16]
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    changed_on: Mapped[date] = mapped_column(Date, index=True)
    by_user: Mapped[str64] = mapped_column(default="")
    by_name: Mapped[str] = mapped_column(String(50), default="")
