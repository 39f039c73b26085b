"""Sync bookkeeping: known peers and the import ledger (filled in by the sync package)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from guanlan_desk.store.base import Base, UtcDateTime, str16, str32, str100, uuidpk


class SyncPeer(Base):
    """Another workstation this one exchanges bundles with."""

    __tablename__ = "sync_peer"

    id: Mapped[uuidpk]
    workstation_id: Mapped[str] = mapped_column(String(36), unique=True)
    role: Mapped[str16]
    community_code: Mapped[str32] = mapped_column(default="")
    name: Mapped[str100]
    sign_public_key: Mapped[str] = mapped_column(Text, default="")
    box_public_key: Mapped[str] = mapped_column(Text, default="")
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_bundle_seq: Mapped[int] = mapped_column(Integer, default=0)
    enrolled_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ImportLog(Base):
    """One imported bundle; its hash as primary key makes a replay a no-op."""

    __tablename__ = "import_log"

    bundle_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    sender: Mapped[str] = mapped_column(String(36), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str16]
