"""交办 / 督办: the street office's instructions to a community, signed off (签收) and answered (反馈) there."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from guanlan_desk.store.base import Base, SyncMixin, UtcDateTime, str16, str32, str64


class SupervisionTask(SyncMixin, Base):
    """One instruction from the office to a community on a risk item or a dispute, with a due date.

    The office writes the instruction fields, the community the sign-off and answer fields: the two sides never
    edit the same column, so the field-level merge of sync never makes a conflict of a round trip.
    """

    __tablename__ = "supervision_task"

    community_code: Mapped[str32] = mapped_column(index=True)
    kind: Mapped[str16]
    subject_kind: Mapped[str16]
    subject_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    subject_code: Mapped[str] = mapped_column(String(40), default="")
    subject_title: Mapped[str] = mapped_column(String(200), default="")
    addressee: Mapped[str] = mapped_column(String(50), default="")
    instruction: Mapped[str] = mapped_column(Text, default="")
    issued_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    issued_by: Mapped[str64] = mapped_column(default="")
    issued_by_name: Mapped[str] = mapped_column(String(50), default="")
    signed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    signed_by_name: Mapped[str] = mapped_column(String(50), default="")
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    answered_by_name: Mapped[str] = mapped_column(String(50), default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    closed_by_name: Mapped[str] = mapped_column(String(50), default="")
