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
