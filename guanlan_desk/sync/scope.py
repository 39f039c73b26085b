"""What a signed bundle may say: every row is checked against the sender's rights before anything applies.

A signature proves who sent a bundle, not that its content is allowed (a stolen or buggy workstation signs
whatever it holds). A community workstation may create and change only rows of its own community: parties,
disputes, risk items, legal-clarity persons, everything hanging off them (a child row's community is its
parent's), and attachments (their owner's). Everything a row points at must be of that community too (the
office's venues excepted). Reference tables (communities, grids, venues) only come from the office. A row
that exists here is checked as it is here as well, so a bundle can neither overwrite another community's
record nor move one into its own community.

The office may send reference data and the records of the receiving community only.

A bundle with one row outside these rights is refused whole (nothing applies), with a message naming the
sender and the first offending row: simpler and safer than applying part of a bundle whose sender
misbehaves.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import select, text

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.services.reference import OFFICE_CODE
from guanlan_desk.store.models import SyncPeer, Workstation
from guanlan_desk.store.uow import GuanlanSession
from guanlan_desk.sync import tables
from guanlan_desk.sync.errors import RowOutsideRights
from guanlan_desk.sync.rows import ParsedRow

REFERENCE = frozenset({"community", "grid", "venue"})
# One source of truth with the export's scoping (sync/tables.py): a table added there is checked here too.
OWN = frozenset(t for t in tables.own_scope() if t not in REFERENCE)
# A child row's community is its parent's: (parent table, column).
PARENT: dict[str, tuple[str, str]] = tables.parent_scope()
OWNER_TABLE = {"dispute": "dispute", "risk": "risk_item", "lcp": "legal_clarity_person", "party": "party"}
_CHUNK = 500
_UNKNOWN = "\0unknown"  # a row that is neither here nor in the bundle (the foreign-key check reports it)

WHAT = {
    "attachment": QT_TRANSLATE_NOOP("terms", "attachment"),
    "community": QT_TRANSLATE_NOOP("terms", "community"),
    "grid": QT_TRANSLATE_NOOP("terms", "grid"),
    "venue": QT_TRANSLATE_NOOP("terms", "mediation venue"),
    "party": QT_TRANSLATE_NOOP("terms", "party"),
    "dispute": QT_TRANSLATE_NOOP("terms", "dispute"),
    "risk_item": QT_TRANSLATE_NOOP("terms", "risk item"),
    "legal_clarity_person": QT_TRANSLATE_NOOP("terms", "legal-clarity person"),
    "agreement": QT_TRANSLATE_NOOP("terms", "mediation agreement"),
    "dispute_mediator": QT_TRANSLATE_NOOP("terms", "mediator of a dispute"),
    "dispute_party": QT_TRANSLATE_NOOP("terms", "party of a dispute"),
    "dispute_risk": QT_TRANSLATE_NOOP("terms", "risk link of a dispute"),
    "follow_up": QT_TRANSLATE_NOOP("terms", "follow-up visit"),
    "lcp_service": QT_TRANSLATE_NOOP("terms", "service of a legal-clarity person"),
    "lcp_status_change": QT_TRANSLATE_NOOP("terms", "status change of a legal-clarity person"),
    "lcp_training": QT_TRANSLATE_NOOP("terms", "training of a legal-clarity person"),
    "mediation_notice": QT_TRANSLATE_NOOP("terms", "mediation notice"),
    "mediation_session": QT_TRANSLATE_NOOP("terms", "mediation session"),
    "risk_party": QT_TRANSLATE_NOOP("terms", "party of a risk item"),
    "risk_review": QT_TRANSLATE_NOOP("terms", "risk review"),
    "mediation_schedule": QT_TRANSLATE_NOOP("terms", "scheduled mediation"),
    "judicial_confirmation": QT_TRANSLATE_NOOP("terms", "judicial confirmation"),
    "dispute_status_change": QT_TRANSLATE_NOOP("terms", "status change of a dispute"),
    "mediator": QT_TRANSLATE_NOOP("terms", "people's mediator"),
    "legal_adviser": QT_TRANSLATE_NOOP("terms", "community legal adviser"),
    "supervision_task": QT_TRANSLATE_NOOP("terms", "instruction of the street office (交办/督办)"),
}
REFERENCE_ONLY_OFFICE = QT_TRANSLATE_NOOP("terms", "reference data only comes from the street office")
OTHER_COMMUNITY = QT_TRANSLATE_NOOP("terms", "it belongs to another community")
CHANGES_OTHER = QT_TRANSLATE_NOOP("terms", "it would change a record of another community")
POINTS_OTHER = QT_TRANSLATE_NOOP("terms", "it points to a record of another community")
NO_OWNER = QT_TRANSLATE_NOOP("terms", "the record it belongs to is not held here")
UNKNOWN_OWNER = QT_TRANSLATE_NOOP("terms", "its owner is of an unknown kind")


@dataclass(frozen=True, slots=True)
class Offence:
    """The first row a bundle may not carry, and why."""

    table: str
    row_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class Rights:
    """What a sender may send: rows of ``community`` (and reference data when ``reference`` is true).

    ``legacy_reference``: a bundle written before schema :data:`VENUES_OFFICE_ONLY` by a community repeats the
    office's reference rows it held (communities exported venues then); those copies are let through, as they
    always were (their older clocks never win over the office's own changes).
    """

    community: str
    reference: bool
    legacy_reference: bool = False


VENUES_OFFICE_ONLY = 6  # the schema from which community workstations no longer export reference tables


def rights(sender_role: str, sender_community: str, receiver_community: str) -> Rights:
    """A community sends its own rows; the office sends reference data and the receiver's rows."""
    if sender_role == "office":
        return Rights(receiver_community, True)
    return Rights(sender_community, False)


@cache
def _refs(name: str) -> tuple[tuple[str, str], ...]:
    """(column, target table) of every foreign key of ``name`` to a community-scoped or reference table."""
    out: list[tuple[str, str]] = []
    for column in tables.table(name).columns:
        for fk in column.foreign_keys:
            target = fk.column.table.name
            if target in OWN or target in PARENT or target in ("grid", "venue"):
                out.append((column.name, target))
    return tuple(out)


def origins(session: GuanlanSession) -> dict[str, str]:
    """The community of every workstation known here (this one and the enrolled peers), by workstation id."""
    known = {str(ws.id): ws.community_code for ws in session.scalars(select(Workstation))}
    known.update({p.workstation_id: p.community_code for p in session.scalars(select(SyncPeer))})
    return known


@dataclass
class _Resolver:
    """Communities of rows, from the bundle (already checked) or from this database, cached."""

    session: GuanlanSession
    origins: dict[str, str]
    incoming: dict[str, dict[Any, str]] = field(default_factory=dict)
    here: dict[str, dict[Any, str]] = field(default_factory=dict)

    def stored(self, name: str, ids: Iterable[Any]) -> dict[Any, str]:
        """The community of rows as stored here (``_UNKNOWN`` for ids not held)."""
        cache = self.here.setdefault(name, {})
        wanted = [i for i in set(ids) if i is not None and i not in cache]
        t = tables.table(name)
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            for i in chunk:
                cache[i] = _UNKNOWN
            if name in PARENT:
                parent, column = PARENT[name]
                links = {i: p for i, p in self.session.execute(select(t.c.id, t.c[column]).where(t.c.id.in_(chunk)))}
                parents = self.stored(parent, links.values())
                cache.update({i: parents.get(p, _UNKNOWN) for i, p in links.items()})
            elif name == "attachment":
                owners = list(self.session.execute(
                    select(t.c.id, t.c.owner_type, t.c.owner_id).where(t.c.id.in_(chunk))))
                for i, kind, owner in owners:
                    owner_table = OWNER_TABLE.get(kind)
                    cache[i] = self.stored(owner_table, [owner]).get(owner, _UNKNOWN) if owner_table else _UNKNOWN
            else:
                cache.update({i: self.effective(c, o) for i, c, o in self.session.execute(
                    select(t.c.id, t.c.community_code, t.c.origin).where(t.c.id.in_(chunk)))})
        return {i: cache.get(i, _UNKNOWN) for i in ids if i is not None}

    def effective(self, community: str, origin: str) -> str:
        """A row's community; a record saved without one belongs to the community of the workstation that made it."""
        return community or self.origins.get(origin, _UNKNOWN)

    def community(self, name: str, row_id: Any) -> str:
        """A row's community: as the bundle sets it when the bundle holds it, else as stored here."""
        found = self.incoming.get(name, {}).get(row_id)
        return found if found is not None else self.stored(name, [row_id]).get(row_id, _UNKNOWN)


def _own_community(name: str, row: dict[str, Any], r: _Resolver) -> str:
    if name in PARENT:
        parent, column = PARENT[name]
        return r.community(parent, row[column])
    if name == "attachment":
        owner_table = OWNER_TABLE.get(str(row["owner_type"]))
        return r.community(owner_table, row["owner_id"]) if owner_table else _UNKNOWN
    return r.effective(str(row["community_code"]), str(row["origin"]))


def _prefetch(name: str, rows: list[ParsedRow], r: _Resolver) -> None:
    """Load what the checks of one table will ask for in a few statements (big bundles stay fast)."""
    r.stored(name, [row["id"] for row, _ in rows])
    if name in PARENT:
        parent, column = PARENT[name]
        r.stored(parent, [row[column] for row, _ in rows if row[column] not in r.incoming.get(parent, {})])
    for column, target in _refs(name):
        r.stored(target, [row[column] for row, _ in rows if row[column] not in r.incoming.get(target, {})])


class Checker:
    """Checks a bundle's rows table by table and chunk by chunk (parents first, attachments last), remembering the
    rows already accepted so that children resolve through them."""

    def __init__(self, session: GuanlanSession, allowed: Rights) -> None:
        self.allowed = allowed
        self.r = _Resolver(session, origins(session))

    def offences(self, name: str, rows: list[ParsedRow]) -> Iterator[Offence]:
        """The rows of this chunk outside the sender's rights."""
        mine, r = self.allowed.community, self.r
        if name in REFERENCE:
            if not self.allowed.reference and not self.allowed.legacy_reference:
                yield from (Offence(name, str(row["id"]), REFERENCE_ONLY_OFFICE) for row, _ in rows)
            return
        known = [(row, c) for row, c in rows if name != "attachment" or str(row["owner_type"]) in OWNER_TABLE]
        yield from (Offence(name, str(row["id"]), UNKNOWN_OWNER) for row, _ in rows if len(known) < len(rows)
                    and str(row["owner_type"]) not in OWNER_TABLE)
        _prefetch(name, known, r)
        seen = r.incoming.setdefault(name, {})
        for row, _clocks in known:
            found = _row_offence(name, row, r, mine)
            if found is not None:
                yield Offence(name, str(row["id"]), found)
            else:
                seen[row["id"]] = mine


def offences(session: GuanlanSession, parsed: list[tuple[str, list[ParsedRow]]], allowed: Rights) -> Iterator[Offence]:
    """Every row of ``parsed`` outside ``allowed`` (rows are checked in table order, parents first)."""
    checker = Checker(session, allowed)
    ordered = [item for item in parsed if item[0] != "attachment"] + [item for item in parsed if item[0] == "attachment"]
    for name, rows in ordered:
        yield from checker.offences(name, rows)


def _row_offence(name: str, row: dict[str, Any], r: _Resolver, mine: str) -> str | None:
    row_id = row["id"]
    own = _own_community(name, row, r)
    if own == _UNKNOWN and name in PARENT:
        pass  # a child of a record held nowhere: the foreign-key check names it (DanglingReference)
    elif own == _UNKNOWN and name == "attachment":
        return NO_OWNER
    elif own != mine:
        return OTHER_COMMUNITY
    stored = r.stored(name, [row_id])[row_id]
    if stored not in (_UNKNOWN, mine):
        return CHANGES_OTHER
    for column, target in _refs(name):
        value = row[column]
        if value is None or (name in PARENT and column == PARENT[name][1]):
            continue
        theirs = r.community(target, value)
        if theirs not in (_UNKNOWN, mine) and not (target == "venue" and theirs == OFFICE_CODE):
            return POINTS_OTHER
    return None


def first_offence(session: GuanlanSession, parsed: list[tuple[str, list[ParsedRow]]], allowed: Rights) -> Offence | None:
    """The first row of ``parsed`` outside ``allowed``, or ``None`` when the bundle may apply whole."""
    return next(offences(session, parsed, allowed), None)


def bundle_check(session: GuanlanSession, allowed: Rights, clock: Callable[[str, list[ParsedRow]], None],
                 sender: str) -> Callable[[str, list[ParsedRow]], None]:
    """The check every chunk of a bundle passes before it applies: the sender's rights, then the clocks."""
    checker = Checker(session, allowed)

    def check(name: str, rows: list[ParsedRow]) -> None:
        found = next(checker.offences(name, rows), None)
        if found is not None:
            raise refuse(found, sender)
        clock(name, rows)
    return check


def refuse(found: Offence, sender: str) -> RowOutsideRights:
    """The error naming the sender and the first row it may not send."""
    return RowOutsideRights(sender, WHAT.get(found.table, found.table), found.row_id, found.reason)



def dangling(session: GuanlanSession, names: Iterable[str]) -> tuple[str, str, str] | None:
    """The first row of the tables ``names`` that points at a record this database does not hold, as (what,
    row id, what it points at), checked inside the importing transaction before it commits."""
    for name in names:
        for _table, rowid, parent, _fk in session.execute(text(f'PRAGMA foreign_key_check("{tables.table(name).name}")')):
            row_id = session.execute(text(f'SELECT id FROM "{name}" WHERE rowid = :r'), {"r": rowid}).scalar()
            return WHAT.get(name, name), str(uuid.UUID(hex=str(row_id)) if row_id else rowid), WHAT.get(parent, parent)
    return None
