"""Fill in the sync columns on every flush: origin, times, version, hybrid logical clock and change_seq.

``change_seq`` is a local monotonic sequence bumped on every insert, update and soft delete; the exporter
sends rows above what the receiver acknowledged. Synced rows are never hard-deleted (tombstones instead).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session, UOWTransaction

from guanlan_desk.domain import hlc as hlc_mod
from guanlan_desk.store import search
from guanlan_desk.store.base import SyncMixin

ORIGIN = "guanlan_origin"
CLOCK = "guanlan_clock"
ALLOW_HARD_DELETE = "guanlan_allow_hard_delete"
# Set while applying a bundle: rows keep the origin, times, version and clock they arrived with; they only
# get a local change_seq.
IMPORTING = "guanlan_importing"


class HardDeleteRefused(RuntimeError):
    """A synced row was deleted instead of tombstoned (a bug, not user input)."""


def reserve_seq(session: Session, count: int) -> int:
    """Reserve ``count`` change sequence numbers; returns the first."""
    row = session.execute(
        text("UPDATE local_state SET int_value = int_value + :n WHERE key = 'change_seq' RETURNING int_value"),
        {"n": count},
    ).one()
    return int(row[0]) - count + 1


def next_hlc(session: Session, now: datetime) -> str:
    """Advance the workstation's hybrid logical clock for a local change."""
    origin = str(session.info[ORIGIN])
    row = session.execute(text("SELECT text_value FROM local_state WHERE key = 'hlc'")).one()
    last = hlc_mod.Hlc.decode(row[0]) if row[0] else None
    stamp = hlc_mod.tick(last, int(now.timestamp() * 1000), origin).encode()
    session.execute(text("UPDATE local_state SET text_value = :v WHERE key = 'hlc'"), {"v": stamp})
    return stamp


# Derived columns: recomputed by the receiver with its own key, never merged or sent.
DERIVED_FIELDS = frozenset({"phone_bidx", "id_bidx"})
# Sync columns that are not data fields of their own.
META_FIELDS = frozenset({"id", "origin", "created_at", "updated_at", "hlc", "version", "change_seq"})


def _record_field_clocks(session: Session, dirty: list[Any], stamp: str) -> None:
    """Remember, per changed field, the new clock and the one it replaced (the importer merges with them)."""
    from sqlalchemy import inspect as sa_inspect

    changes: list[tuple[str, str, str]] = []
    for obj in dirty:
        state = sa_inspect(obj)
        table = obj.__tablename__
        for attr in state.mapper.column_attrs:
            if attr.key in META_FIELDS or attr.key in DERIVED_FIELDS:
                continue
            if state.attrs[attr.key].history.has_changes():
                changes.append((table, str(obj.id), attr.key))
    for table, row_id, field in changes:
        session.execute(text(
            "INSERT INTO sync_field_clock (table_name, row_id, field, hlc, base_hlc) VALUES (:t, :r, :f, :h, '') "
            "ON CONFLICT (table_name, row_id, field) DO UPDATE SET base_hlc = hlc, hlc = excluded.hlc"),
            {"t": table, "r": row_id, "f": field, "h": stamp})


def _before_flush(session: Session, _flush_context: UOWTransaction, _instances: Any) -> None:
    if ORIGIN not in session.info:
        return
    if session.deleted and not session.info.get(ALLOW_HARD_DELETE):
        for obj in session.deleted:
            if isinstance(obj, SyncMixin):
                raise HardDeleteRefused(f"synced row {type(obj).__name__} must be tombstoned, not deleted")
    new = [o for o in session.new if isinstance(o, SyncMixin)]
    dirty = [o for o in session.dirty if isinstance(o, SyncMixin) and session.is_modified(o)]
    if not new and not dirty:
        return
    if session.info.get(IMPORTING):
        seq = reserve_seq(session, len(new) + len(dirty))
        for obj in [*new, *dirty]:
            obj.change_seq = seq
            seq += 1
        return
    clock: Callable[[], datetime] = session.info[CLOCK]
    now = clock()
    stamp = next_hlc(session, now)
    seq = reserve_seq(session, len(new) + len(dirty))
    origin = str(session.info[ORIGIN])
    for obj in new:
        obj.origin = obj.origin or origin
        obj.created_at = now
        obj.updated_at = now
        obj.version = 1
        obj.hlc = stamp
        obj.change_seq = seq
        seq += 1
    _record_field_clocks(session, dirty, stamp)
    for obj in dirty:
        obj.updated_at = now
        obj.version = (obj.version or 0) + 1
        obj.hlc = stamp
        obj.change_seq = seq
        seq += 1


def install(session_class: type[Session]) -> None:
    """Attach the hook to a Session subclass (once)."""
    from sqlalchemy import event

    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
        event.listen(session_class, "before_commit", _before_commit)


def _before_commit(session: Session) -> None:
    # The search index is brought up to date in the same transaction as the write it reflects.
    # before_commit runs before commit's own flush, so flush first.
    if ORIGIN in session.info:
        session.flush()
        search.apply_pending(session)
