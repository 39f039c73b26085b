"""Sync bookkeeping: peers, the import ledger, conflicts, field clocks, exports and peers' audit chains."""

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
    # Added by migration 0004 (issue 5): the chains and marks of the bundle exchange with this peer.
    sent_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_sent_sha256: Mapped[str64] = mapped_column(default="", server_default="")
    last_received_sha256: Mapped[str64] = mapped_column(default="", server_default="")
    acked_created_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    enrolment_token: Mapped[str] = mapped_column(String(36), default="", server_default="")
    problem: Mapped[str] = mapped_column(Text, default="", server_default="")


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


class SyncFieldClock(Base):
    """The clock of a field's last local or imported change, and the clock it replaced (its base).

    A field never edited since the row was created has no row here (its clock is the empty string). The
    importer merges per field with these: edits of different fields both survive, and a same-field edit
    that did not see the other side's value is a conflict (issue 5).
    """

    __tablename__ = "sync_field_clock"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    hlc: Mapped[str64]
    base_hlc: Mapped[str64] = mapped_column(default="")


class SyncExport(Base):
    """One bundle written for a peer: the change_seq and audit marks it covers, its hash and counts."""

    __tablename__ = "sync_export"

    id: Mapped[uuidpk]
    peer_id: Mapped[str] = mapped_column(String(36), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    since_seq: Mapped[int] = mapped_column(Integer, default=0)
    bundle_sha256: Mapped[str64]
    path: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    max_change_seq: Mapped[int] = mapped_column(Integer, default=0)
    max_audit_seq: Mapped[int] = mapped_column(Integer, default=0)
    full: Mapped[bool] = mapped_column(default=False)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class PeerAuditEvent(Base):
    """A copy of a sender's audit chain, verified link by link as its bundles arrive."""

    __tablename__ = "peer_audit_event"

    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str64]
    username: Mapped[str64]
    action: Mapped[str32]
    entity: Mapped[str32]
    entity_id: Mapped[str64] = mapped_column(default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str64]
    hash: Mapped[str64]
