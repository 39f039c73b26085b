"""Risk-ledger figures of a period and scope: found, open at the period's end, closed (销号), overdue,
by category and level, per responsible leader (包案领导), and the average time to close.

Like the disputes, each item is classified once (:func:`keys_of`) and figures and drill-downs share it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar, Unpack

from sqlalchemy import Date, Select, and_, case, func, null, or_, select

from guanlan_desk.domain.config import LocalityConfig
from guanlan_desk.domain.enums import RiskCategory, RiskStatus, label
from guanlan_desk.reports.period import Period, Scope
from guanlan_desk.store.models import RiskItem
from guanlan_desk.store.uow import GuanlanSession

_S = TypeVar("_S", bound="Select[Unpack[tuple[Any, ...]]]")
MEASURES = ("found", "open", "closed", "overdue")
NO_LEADER = "（未指定）"


@dataclass(frozen=True, slots=True)
class RiskFacts:
    """What the classification needs of one item."""

    category: str
    level: str
    leader: str
    found_on: date
    closed_on: date | None
    deadline: date | None


def closed_by(item: RiskFacts, day: date) -> bool:
    """Whether the item was closed on or before ``day``."""
    return item.closed_on is not None and item.closed_on <= day


def measures_of(item: RiskFacts, period: Period, today: date) -> list[str]:
    """Which of found / open / closed / overdue the item counts under in the period."""
    out = []
    if period.start <= item.found_on <= period.end:
        out.append("found")
    if item.closed_on is not None and period.start <= item.closed_on <= period.end:
        out.append("closed")
    if item.found_on <= period.end and not closed_by(item, period.end):
        out.append("open")
        if item.deadline is not None and item.deadline < min(period.end, today):
            out.append("overdue")
    return out


def keys_of(item: RiskFacts, period: Period, today: date) -> list[str]:
    """Every figure key an item counts under (``risk:found``, ``risk:open:level=red`` …)."""
    keys = []
    leader = item.leader or NO_LEADER
    for m in measures_of(item, period, today):
        keys += [f"risk:{m}", f"risk:{m}:cat={item.category}", f"risk:{m}:level={item.level}",
                 f"risk:{m}:cat={item.category}:level={item.level}", f"risk:{m}:leader={leader}"]
    return keys


@dataclass(frozen=True, slots=True)
class RiskLine:
    """Found, open, closed and overdue counts of one category, level or leader."""

    key: str
    label: str
    found: int
    open: int
    closed: int
    overdue: int
    colour: str = ""


@dataclass(frozen=True, slots=True)
class RiskStats:
    """The risk-ledger figures of a period and scope."""

    counts: dict[str, int]
    by_category: tuple[RiskLine, ...]
    by_level: tuple[RiskLine, ...]
    by_leader: tuple[RiskLine, ...]
    cells: dict[tuple[str, str], RiskLine]
    avg_days_to_close: float | None

    def count(self, key: str) -> int:
        """The number of items under ``key``."""
        return self.counts.get(key, 0)


def scoped(stmt: _S, period: Period, scope: Scope) -> _S:
    """Items alive during the period: found by its end and not closed before it began."""
    stmt = stmt.where(RiskItem.deleted_at.is_(None), RiskItem.found_on <= period.end,
                      or_(RiskItem.closed_on.is_(None), RiskItem.closed_on >= period.start))
    if not scope.everything:
        stmt = stmt.where(RiskItem.community_code.in_(scope.codes))
    return stmt


def facts(row: Any) -> RiskFacts:
    """The classification facts of a selected row (see :func:`fact_columns`); a closed item keeps its date."""
    closed = row.closed_on if row.status == RiskStatus.CLOSED.value else None
    if row.status == RiskStatus.CLOSED.value and closed is None:
        closed = row.status_changed_at.date()
    return RiskFacts(row.category, row.level, row.leader_name or "", row.found_on, closed, row.deadline)


def fact_columns() -> list[Any]:
    """The columns :func:`facts` reads."""
    return [RiskItem.category, RiskItem.level, RiskItem.leader_name, RiskItem.found_on, RiskItem.closed_on,
            RiskItem.deadline, RiskItem.status, RiskItem.status_changed_at]


def _line(key: str, name: str, counts: dict[str, int], colour: str = "") -> RiskLine:
    found, open_, closed, overdue = (counts.get(f"risk:{m}{key}", 0) for m in MEASURES)
    return RiskLine(key, name, found, open_, closed, overdue, colour)


def _closed_expr() -> Any:
    """The day an item was closed, as :func:`facts` reads it (a closed item without a date: its status change)."""
    changed = func.date(RiskItem.status_changed_at, type_=Date)
    return case((RiskItem.status == RiskStatus.CLOSED.value, func.coalesce(RiskItem.closed_on, changed)),
                else_=null())


def measure_columns(period: Period, today: date) -> list[Any]:
    """:func:`measures_of` in SQL: one 0/1 column per measure (dates are ISO text, compared as text)."""
    closed = _closed_expr()
    in_period = and_(closed.is_not(None), closed >= period.start, closed <= period.end)
    is_open = and_(RiskItem.found_on <= period.end, or_(closed.is_(None), closed > period.end))
    overdue = and_(is_open, RiskItem.deadline.is_not(None), RiskItem.deadline < min(period.end, today))

    def flag(cond: Any) -> Any:
        return case((cond, 1), else_=0)

    return [flag(and_(RiskItem.found_on >= period.start, RiskItem.found_on <= period.end)).label("found"),
            flag(in_period).label("closed"), flag(is_open).label("open"), flag(overdue).label("overdue"),
            func.sum(case((in_period, func.julianday(closed) - func.julianday(RiskItem.found_on)), else_=0))
            .label("days")]


def collect(session: GuanlanSession, period: Period, scope: Scope, config: LocalityConfig, today: date) -> RiskStats:
    """The figures of a period and scope: one grouped query (category, level, leader, measures), a few rows."""
    counts: dict[str, int] = defaultdict(int)
    closed_n = days = 0
    leaders: set[str] = set()
    levels_seen: set[str] = set()
    *flags, day_sum = measure_columns(period, today)
    leader = func.coalesce(RiskItem.leader_name, "").label("leader")
    keys = [RiskItem.category, RiskItem.level, leader, *flags]
    stmt = scoped(select(*keys, func.count().label("n"), day_sum), period, scope).group_by(
        RiskItem.category, RiskItem.level, leader.name, *[f.name for f in flags])
    for row in session.connection().execute(stmt):
        n, name = int(row.n), row.leader or NO_LEADER
        leaders.add(name)
        levels_seen.add(row.level)
        for m in MEASURES:
            if getattr(row, m):
                for key in (f"risk:{m}", f"risk:{m}:cat={row.category}", f"risk:{m}:level={row.level}",
                            f"risk:{m}:cat={row.category}:level={row.level}", f"risk:{m}:leader={name}"):
                    counts[key] += n
        if row.closed:
            closed_n += n
            days += round(row.days)
    by_category = tuple(_line(f":cat={c.value}", label(c), counts) for c in RiskCategory)
    palette = [(lvl.code, lvl.label, lvl.colour) for lvl in config.risk_levels]
    palette += [(code, code, "#888888") for code in sorted(levels_seen - {p[0] for p in palette})]
    by_level = tuple(_line(f":level={code}", name, counts, colour) for code, name, colour in palette)
    by_leader = tuple(sorted((_line(f":leader={name}", name, counts) for name in leaders),
                             key=lambda line: (-line.open, -line.found, line.label)))
    cells = {(c.value, code): _line(f":cat={c.value}:level={code}", f"{label(c)}·{name}", counts, colour)
             for c in RiskCategory for code, name, colour in palette}
    return RiskStats(dict(counts), by_category, by_level, by_leader, cells, days / closed_n if closed_n else None)


def status_label(code: str) -> str:
    """The Chinese label of a stored status code."""
    try:
        return label(RiskStatus(code))
    except ValueError:
        return code
