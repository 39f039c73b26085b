"""What a write changed, recorded by the unit of work itself (Anki's ``OpChanges``).

Every write unit of work flushes its rows through :class:`GuanlanSession`; a flush hook notes the tables and
the records they belong to, and a commit hands that note to the thread's :func:`tracked` block. So a write
service never has to say by hand what it touched, and cannot forget a kind::

    done = changes.run(lambda: disputes.update_dispute(ctx, dispute_id, data, expected_version=v))
    done.value    # what the service returned
    done.changes  # Changes(disputes=True, parties=…, ids=(dispute_id, …))

Rolled-back units of work change nothing and are not reported.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from guanlan_desk.services.dto import Changed, Changes
from guanlan_desk.store.uow import GuanlanSession

T = TypeVar("T")

DISPUTE_TABLES = frozenset({
    "dispute", "dispute_party", "dispute_mediator", "mediation_session", "agreement", "follow_up", "dispute_risk",
    "mediation_schedule", "judicial_confirmation", "mediation_notice", "dispute_status_change"})
PARTY_TABLES = frozenset({"party", "party_link", "dispute_party", "risk_party"})
RISK_TABLES = frozenset({"risk_item", "risk_review", "risk_party", "dispute_risk"})
LCP_TABLES = frozenset({"legal_clarity_person", "lcp_status_change", "lcp_training", "lcp_service"})
USER_TABLES = frozenset({"user"})
REFERENCE_TABLES = frozenset({"community", "grid", "venue", "setting", "mediator", "legal_adviser"})
TASK_TABLES = frozenset({"supervision_task"})
RECORD_TABLES = frozenset({"dispute", "party", "risk_item", "legal_clarity_person", "supervision_task"})
OWNER_COLUMNS = ("dispute_id", "risk_id", "party_id", "person_id", "owner_id")
ATTACHMENT_OWNERS = {"dispute": DISPUTE_TABLES, "risk": RISK_TABLES, "lcp": LCP_TABLES}
_PENDING = "guanlan_touched"


@dataclass(slots=True)
class _Touched:
    """Tables and record ids written by one unit of work (or gathered by one :func:`tracked` block)."""

    tables: set[str] = field(default_factory=set)
    ids: dict[str, None] = field(default_factory=dict)  # ordered, without repeats
    unknown_ids: bool = False  # a bulk statement touched rows we cannot name

    def merge(self, other: _Touched) -> None:
        self.tables |= other.tables
        self.ids.update(other.ids)
        self.unknown_ids = self.unknown_ids or other.unknown_ids

    def to_changes(self) -> Changes:
        tables = self.tables
        return Changes(disputes=bool(tables & DISPUTE_TABLES), parties=bool(tables & PARTY_TABLES),
                       risks=bool(tables & RISK_TABLES), lcps=bool(tables & LCP_TABLES),
                       users=bool(tables & USER_TABLES), ids=() if self.unknown_ids else tuple(self.ids),
                       reference=bool(tables & REFERENCE_TABLES), tasks=bool(tables & TASK_TABLES))


_local = threading.local()


def _blocks() -> list[_Touched]:
    blocks: list[_Touched] | None = getattr(_local, "blocks", None)
    if blocks is None:
        blocks = []
        _local.blocks = blocks
    return blocks


def _pending(session: Session) -> _Touched:
    touched = session.info.get(_PENDING)
    if not isinstance(touched, _Touched):
        touched = _Touched()
        session.info[_PENDING] = touched
    return touched


def _note_row(touched: _Touched, obj: Any) -> None:
    table = getattr(obj, "__tablename__", "")
    if not table:
        return
    if table == "attachment":  # an attachment belongs to the record that owns it
        touched.tables |= {next(iter(ATTACHMENT_OWNERS.get(str(obj.owner_type), {"attachment"}))), "attachment"}
    else:
        touched.tables.add(table)
    owners = [getattr(obj, "id", None)] if table in RECORD_TABLES else []
    owners += [getattr(obj, column, None) for column in OWNER_COLUMNS]
    for owner in owners:
        if owner is not None:
            touched.ids[str(owner)] = None


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    if not _blocks():
        return
    touched = _pending(session)
    for obj in (*session.new, *session.deleted):
        _note_row(touched, obj)
    for obj in session.dirty:
        if session.is_modified(obj):
            _note_row(touched, obj)


def _on_orm_execute(state: ORMExecuteState) -> None:
    if not _blocks() or not (state.is_update or state.is_delete or state.is_insert):
        return
    mapper = state.bind_mapper
    if mapper is not None:
        touched = _pending(state.session)
        touched.tables.add(str(getattr(mapper.class_, "__tablename__", "")))
        touched.unknown_ids = True


def note(session: Session, table: str) -> None:
    """Record that a bulk statement (which bypasses the flush) wrote rows of ``table``; which ones is not known."""
    if _blocks():
        touched = _pending(session)
        touched.tables.add(table)
        touched.unknown_ids = True


def _after_commit(session: Session) -> None:
    touched = session.info.pop(_PENDING, None)
    blocks = _blocks()
    if isinstance(touched, _Touched) and blocks:
        blocks[-1].merge(touched)


def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


def install() -> None:
    """Attach the hooks to the project's Session class (once)."""
    if not event.contains(GuanlanSession, "after_flush", _after_flush):
        event.listen(GuanlanSession, "after_flush", _after_flush)
        event.listen(GuanlanSession, "do_orm_execute", _on_orm_execute)
        event.listen(GuanlanSession, "after_commit", _after_commit)
        event.listen(GuanlanSession, "after_soft_rollback", lambda session, _previous: _after_rollback(session))


@contextmanager
def tracked() -> Iterator[_Touched]:
    """Gather what the writes committed on this thread inside the block touched (blocks nest)."""
    install()
    touched = _Touched()
    blocks = _blocks()
    blocks.append(touched)
    try:
        yield touched
    finally:
        blocks.pop()
        if blocks:
            blocks[-1].merge(touched)


def run(work: Callable[[], T]) -> Changed[T]:
    """Call ``work`` (one or more write services) and return its result with what it changed."""
    with tracked() as touched:
        value = work()
    return Changed(value, touched.to_changes())
