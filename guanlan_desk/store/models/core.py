"""Workstation identity, settings, reference data (communities, grids, venues), users and the audit log."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from guanlan_desk.store.base import Base, SyncMixin, UtcDateTime, str16, str32, str64, str100, uuidpk


class Workstation(Base):
    """This installation (one row): its id, role, community and number within the community."""

    __tablename__ = "workstation"

    id: Mapped[uuidpk]
    role: Mapped[str16]
    community_code: Mapped[str32]
    name: Mapped[str100]
    number: Mapped[int] = mapped_column(Integer, default=1)
    key_check: Mapped[str64]
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Setting(Base):
    """Key/value settings (the locality configuration, schedules, export folder)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class LocalState(Base):
    """Local counters that never sync: ``change_seq``, the hybrid logical clock, case serials."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    int_value: Mapped[int] = mapped_column(Integer, default=0)
    text_value: Mapped[str] = mapped_column(Text, default="")


class Community(SyncMixin, Base):
    """A community (社区) of the sub-district and its own people's mediation committee.

    The office edits these (reference data) and sends them; empty committee fields fall back to the defaults
    derived from the name (``<name>人民调解委员会``) and the locality's case-number pattern.
    """

    __tablename__ = "community"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str100]
    abbrev: Mapped[str16]
    committee_name: Mapped[str100] = mapped_column(default="")
    seal_text: Mapped[str100] = mapped_column(default="")
    case_number_pattern: Mapped[str] = mapped_column(String(64), default="")
    committee_phone: Mapped[str] = mapped_column(String(20), default="")
    committee_address: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Grid(SyncMixin, Base):
    """A grid (网格) of a community."""

    __tablename__ = "grid"
    __table_args__ = (UniqueConstraint("community_code", "code"),)

    community_code: Mapped[str32] = mapped_column(index=True)
    code: Mapped[str32]
    name: Mapped[str100]


class Venue(SyncMixin, Base):
    """A place where cases are received or mediated (微调解室, park studio …)."""

    __tablename__ = "venue"

    community_code: Mapped[str32] = mapped_column(index=True)
    name: Mapped[str100]
    venue_type: Mapped[str32]
    address: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class User(Base):
    """A person who logs in; local to the workstation (accounts never travel in bundles)."""

    __tablename__ = "user"

    id: Mapped[uuidpk]
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str100]
    role: Mapped[str32]
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    password_changed_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AuditEvent(Base):
    """An append-only, hash-chained record of who did what and when."""

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[uuid.UUID] = mapped_column(unique=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    workstation_id: Mapped[str] = mapped_column(String(36))
    user_id: Mapped[str] = mapped_column(String(36), default="")
    username: Mapped[str64]
    action: Mapped[str32] = mapped_column(index=True)
    entity: Mapped[str32]
    entity_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str64]
    hash: Mapped[str64]



