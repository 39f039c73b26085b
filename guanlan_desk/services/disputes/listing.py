"""The dispute list: filters, sorting, keyset paging and counting."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal_column, or_, select, tuple_
from sqlalchemy.orm import InstrumentedAttribute

from guanlan_desk.domain.enums import OPEN_DISPUTE_STATUSES, DisputeStatus, DisputeType
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.disputes.rows import DisputeRow
from guanlan_desk.services.dto import Cursor, Page
from guanlan_desk.store import search
from guanlan_desk.store.models import Dispute, DisputeParty, FollowUp, Party, Venue
from guanlan_desk.store.uow import GuanlanSession


@dataclass(frozen=True, slots=True)
class DisputeFilter:
    """Filters of the dispute list; empty fields filter nothing."""

    statuses: frozenset[DisputeStatus] = frozenset()
    dispute_type: DisputeType | None = None
    community_code: str | None = None
    grid_id: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    overdue: bool = False
    open_only: bool = False
    query: str = ""


SORTS: dict[str, InstrumentedAttribute[Any]] = {
    "received_on": Dispute.received_on,
    "case_no": Dispute.case_no,
    "status": Dispute.status,
    "updated_at": Dispute.updated_at,
    "title": Dispute.title,
    "dispute_type": Dispute.dispute_type,
    "community_code": Dispute.community_code,
}


def _conditions(ctx: Ctx, f: DisputeFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [Dispute.deleted_at.is_(None)]
    if f.statuses:
        conds.append(Dispute.status.in_([s.value for s in f.statuses]))
    if f.open_only:
        conds.append(Dispute.status.in_([s.value for s in OPEN_DISPUTE_STATUSES]))
    if f.dispute_type is not None:
        conds.append(Dispute.dispute_type == f.dispute_type.value)
    if f.community_code:
        conds.append(Dispute.community_code == f.community_code)
    if f.grid_id:
        conds.append(Dispute.grid_id == uuid.UUID(f.grid_id))
    if f.received_from:
        conds.append(Dispute.received_on >= f.received_from)
    if f.received_to:
        conds.append(Dispute.received_on <= f.received_to)
    if f.overdue:
        conds.append(_overdue_condition(ctx.today()))
    if f.query.strip():
        conds.append(_query_condition(f.query))
    return conds


_INITIALS = re.compile(r"^[a-zA-Z]{1,8}$")


def _query_condition(query: str) -> ColumnElement[bool]:
    """Full-text match, or (for letters only) a party's pinyin initials: front desks type ``zs`` for 张三."""
    q = query.strip()
    matched = search.match_condition(Dispute, q)
    if not _INITIALS.match(q):
        return matched
    # A range on the initials (not LIKE, which is case-insensitive and skips the index): zw ≤ x < zx.
    low = q.lower()
    high = low[:-1] + chr(ord(low[-1]) + 1)
    people = select(Party.id).where(Party.name_initials >= low, Party.name_initials < high,
                                    Party.deleted_at.is_(None))
    by_party = Dispute.id.in_(select(DisputeParty.dispute_id).where(
        DisputeParty.party_id.in_(people), DisputeParty.deleted_at.is_(None)))
    return or_(matched, by_party)


def _overdue_condition(today: date) -> ColumnElement[bool]:
    """Mediation past its due date, or a follow-up past due and not done."""
    late_followup = select(FollowUp.id).where(
        FollowUp.dispute_id == Dispute.id, FollowUp.done_on.is_(None), FollowUp.due_on < today,
        FollowUp.deleted_at.is_(None)).exists()
    mediating_late = and_(Dispute.status.in_([DisputeStatus.ACCEPTED.value, DisputeStatus.MEDIATING.value,
                                               DisputeStatus.REGISTERED.value]),
                          Dispute.mediation_due < today)
    return or_(mediating_late, late_followup)


def list_disputes(ctx: Ctx, filters: DisputeFilter | None = None, *, sort: str = "received_on",
                  descending: bool = True, after: Cursor | None = None, limit: int = 100) -> Page[DisputeRow]:
    """One page of disputes (keyset paging on ``(sort key, id)``: stable when rows arrive between pages)."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    f = filters or DisputeFilter()
    key = SORTS.get(sort)
    if key is None:
        raise ValidationError("sort", QT_TRANSLATE_NOOP("errors", "Unknown sort column: {name}."), name=sort)
    # A 1–2 character query is a LIKE scan: reading the table in order and sorting the few hits beats walking
    # the sort index and fetching every row at random (100,000 cases: 80 ms instead of 290 ms). "+col" tells
    # SQLite not to use the column's index for the order.
    if 0 < len(" ".join(f.query.split())) < 3:
        key = literal_column(f"+{Dispute.__tablename__}.{key.key}", type_=key.type)  # type: ignore[assignment]
    with ctx.read() as session:
        stmt = select(Dispute).where(*_conditions(ctx, f))
        if after is not None:
            pair = tuple_(key, Dispute.id)
            value = _cursor_value(sort, after.value)
            bound = tuple_(value, uuid.UUID(after.id))
            stmt = stmt.where(pair < bound if descending else pair > bound)
        order = (key.desc(), Dispute.id.desc()) if descending else (key.asc(), Dispute.id.asc())
        rows = list(session.scalars(stmt.order_by(*order).limit(limit + 1)))
        more = len(rows) > limit
        rows = rows[:limit]
        today = ctx.today()
        venues = _venue_names(session, {r.venue_id for r in rows if r.venue_id})
        due = _next_follow_ups(session, [r.id for r in rows])
        out = tuple(_row(r, venues, due.get(r.id), today) for r in rows)
        cursor = Cursor(_cursor_dump(getattr(rows[-1], sort)), str(rows[-1].id)) if more and rows else None
        return Page(out, cursor)


def _cursor_dump(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _cursor_value(sort: str, value: Any) -> Any:
    if sort == "received_on" and isinstance(value, str):
        return date.fromisoformat(value)
    if sort == "updated_at" and isinstance(value, str):
        return datetime.fromisoformat(value).replace(tzinfo=None)
    return value


def _venue_names(session: GuanlanSession, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    return {row[0]: row[1] for row in session.execute(select(Venue.id, Venue.name).where(Venue.id.in_(ids)))}


def _next_follow_ups(session: GuanlanSession, ids: list[uuid.UUID]) -> dict[uuid.UUID, date]:
    if not ids:
        return {}
    stmt = (select(FollowUp.dispute_id, func.min(FollowUp.due_on))
            .where(FollowUp.dispute_id.in_(ids), FollowUp.done_on.is_(None), FollowUp.deleted_at.is_(None))
            .group_by(FollowUp.dispute_id))
    return {row[0]: row[1] for row in session.execute(stmt)}


def _row(d: Dispute, venues: dict[uuid.UUID, str], follow_up: date | None, today: date) -> DisputeRow:
    status = DisputeStatus(d.status)
    due = follow_up if follow_up is not None else (d.mediation_due if status in OPEN_DISPUTE_STATUSES
                                                   and status != DisputeStatus.SETTLED else None)
    return DisputeRow(str(d.id), d.case_no, d.title, DisputeType(d.dispute_type), status, d.received_on,
                      d.party_names, venues.get(d.venue_id, "") if d.venue_id else "",
                      due is not None and due < today, due, d.updated_at, d.community_code)


def count_disputes(ctx: Ctx, filters: DisputeFilter | None = None) -> int:
    """How many disputes match."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    with ctx.read() as session:
        return int(session.execute(select(func.count()).select_from(Dispute)
                                   .where(*_conditions(ctx, filters or DisputeFilter()))).scalar_one())

