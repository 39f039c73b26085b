"""Sync bookkeeping: known peers and the import ledger (filled in by the sync package)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from guanlan_desk.store.base import Base, UtcDateTime, str16, str32, str64, str100, uuidpk


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


class SyncConflict(Base):
    """Both sides changed the same record: the newest (by HLC, then origin) won; the other waits here."""

    __tablename__ = "sync_conflict"

    id: Mapped[uuidpk]
    table_name: Mapped[str64]
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field_names: Mapped[str] = mapped_column(Text, default="")
    kept: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    other: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    kept_hlc: Mapped[str64]
    other_hlc: Mapped[str64]
    other_origin: Mapped[str] = mapped_column(String(36), default="")
    bundle_sha256: Mapped[str64]
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    resolved_by: Mapped[str64] = mapped_column(default="")
    resolution: Mapped[str16] = mapped_column(default="")
