"""People's-mediation figures (REFERENCE.md §2) for a period and scope, and the disputes behind each one.

Each dispute row is classified once (:func:`keys_of`): the keys it counts under. A figure is the sum over
the rows that carry its key, and its drill-down lists exactly those rows, so a figure and its list agree.
Counts come from one grouped query (classification in SQL, :mod:`guanlan_desk.reports.sources`); no
personal field is read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace
from typing import Any, Protocol, TypeVar, Unpack

from sqlalchemy import Select, case, func, select

from guanlan_desk.domain.enums import DisputeType, StatSource, VenueType, label
from guanlan_desk.reports import rounds, sources
from guanlan_desk.reports.period import Period, PeriodKind, Scope
from guanlan_desk.reports.sources import Outcome
from guanlan_desk.store.models import Dispute, JudicialConfirmation
from guanlan_desk.store.uow import GuanlanSession

_S = TypeVar("_S", bound="Select[Unpack[tuple[Any, ...]]]")
OTHER_VENUE = "other"
NO_VENUE = "none"


class Classified(Protocol):
    """The classified columns of a dispute row or group (see :func:`sources.dispute_dims`)."""

    dtype: str
    subtype: str
    stat_source: str
    venue_type: str
    outcome: str
    agreement_kind: str
    performed: int
    jc_applied: int
    jc_confirmed: int | None
    prevent_criminal: int
    prevent_petition: int
    grid_found: int


def venue_bucket(venue_type: str) -> str:
    """微调解室 / 驻园区调解工作室 / other venues / no venue recorded."""
    if not venue_type:
        return NO_VENUE
    return venue_type if venue_type in {v.value for v in sources.REPORTED_VENUES} else OTHER_VENUE


def keys_of(row: Classified) -> list[str]:
    """Every figure key a dispute counts under."""
    keys = ["received"]
    if row.grid_found:
        keys.append("grid_found")
    if row.outcome == Outcome.NOT_ACCEPTED.value:
        keys.append("not_accepted")
        return keys
    t = sources.stat_type(row.dtype, row.subtype).value
    s = row.stat_source
    keys += ["accepted", f"type:{t}", f"source:{s}", f"type_source:{t}:{s}", f"venue:{venue_bucket(row.venue_type)}",
             row.outcome]
    if row.outcome == Outcome.SUCCESS.value:
        kind = sources.agreement_kind(row.agreement_kind)
        if kind is not None:
            keys.append(kind.value)
        if row.performed:
            keys.append("performed")
        if row.prevent_criminal:
            keys.append("prevent_criminal")
        if row.prevent_petition:
            keys.append("prevent_petition")
    if row.jc_applied:
        keys.append("jc_applied")
    if row.jc_confirmed:
        keys.append("jc_confirmed")
    return keys


@dataclass(frozen=True, slots=True)
class Tally:
    """Cases, persons and agreement amount (fen) of the rows under one key."""

    cases: int = 0
    persons: int = 0
    amount_fen: int = 0


@dataclass(frozen=True, slots=True)
class Share:
    """One line of a breakdown: its key, label, count and share of the accepted cases."""

    key: str
    label: str
    count: int
    percent: float


@dataclass(frozen=True, slots=True)
class TypeRow:
    """One of the 15 types, with its count per statistical source."""

    key: str
    label: str
    count: int
    percent: float
    by_source: tuple[Share, ...]


@dataclass(frozen=True, slots=True)
class MonthPoint:
    """Accepted and successful cases of one month (the trend chart)."""

    year: int
    month: int
    accepted: int
    successful: int


@dataclass(frozen=True, slots=True)
class DisputeStats:
    """The people's-mediation figures of a period and scope; ``tallies`` holds every key's sums."""

    tallies: dict[str, Tally]
    by_type: tuple[TypeRow, ...]
    by_source: tuple[Share, ...]
    by_venue: tuple[Share, ...]
    trend: tuple[MonthPoint, ...]
    screening_rounds: int
    jc_confirmed_recorded: bool

    def cases(self, key: str) -> int:
        """The number of cases under ``key``."""
        return self.tallies.get(key, Tally()).cases

    def persons(self, key: str) -> int:
        """The persons involved in the cases under ``key``."""
        return self.tallies.get(key, Tally()).persons

    @property
    def accepted(self) -> int:
        """受理数."""
        return self.cases("accepted")

    @property
    def successful(self) -> int:
        """调解成功数."""
        return self.cases(Outcome.SUCCESS.value)

    @property
    def success_rate(self) -> float:
        """调解成功率 = 调解成功数 ÷ 受理数."""
        return self.successful / self.accepted if self.accepted else 0.0

    @property
    def amount_wan(self) -> float:
        """协议涉及金额 in 万元 (the successful cases' agreements)."""
        return self.tallies.get(Outcome.SUCCESS.value, Tally()).amount_fen / 1_000_000


def scoped(stmt: _S, period: Period, scope: Scope) -> _S:
    """Disputes received in the period, in the scope, not deleted."""
    stmt = stmt.where(Dispute.deleted_at.is_(None), Dispute.received_on >= period.start,
                      Dispute.received_on <= period.end)
    if not scope.everything:
        stmt = stmt.where(Dispute.community_code.in_(scope.codes))
    return stmt


def _with_joins(stmt: _S) -> _S:
    for target, on in sources.dispute_joins():
        stmt = stmt.outerjoin(target, on)
    return stmt


def classified_rows(session: GuanlanSession, period: Period, scope: Scope, *extra: Any) -> Iterable[Any]:
    """One classified row per dispute with ``extra`` columns (drill-downs)."""
    dims = sources.dispute_dims()
    stmt = _with_joins(scoped(select(*extra, *dims).select_from(Dispute), period, scope))
    return session.connection().execute(stmt)


def _percent(n: int, total: int) -> float:
    return 100.0 * n / total if total else 0.0


def trend_period(period: Period) -> Period:
    """The months the trend shows: the period itself, or the twelve months up to a month's or quarter's end."""
    if period.kind in (PeriodKind.MONTH, PeriodKind.QUARTER):
        y, m = period.end.year, period.end.month - 11
        if m < 1:
            y, m = y - 1, m + 12
        return Period.between(date(y, m, 1), period.end)
    return period


def group_tallies(row: Any) -> list[tuple[str, int, int, int]]:
    """The (key, cases, persons, amount) a counting group adds: the same keys :func:`keys_of` gives each of
    its disputes (the drill-down test holds the two together). The judicial-confirmation records are added
    by :func:`collect` from a query of its own."""
    n, persons, amount = int(row.n), int(row.persons), int(row.amount_fen)
    out = [("received", n, persons, amount)]
    if row.grid_found_n:
        out.append(("grid_found", int(row.grid_found_n), 0, 0))
    if row.outcome == Outcome.NOT_ACCEPTED.value:
        out.append(("not_accepted", n, persons, amount))
        return out
    t = sources.stat_type(row.dtype, row.subtype).value
    s = row.stat_source
    for key in ("accepted", f"type:{t}", f"source:{s}", f"type_source:{t}:{s}",
                f"venue:{venue_bucket(row.venue_type)}", row.outcome):
        out.append((key, n, persons, amount))
    if row.outcome == Outcome.SUCCESS.value:
        out += [("oral", int(row.oral_n), 0, 0), ("written", int(row.written_n), 0, 0),
                ("performed", int(row.performed_n), 0, 0),
                ("prevent_criminal", int(row.prevent_criminal_n), int(row.prevent_criminal_persons), 0),
                ("prevent_petition", int(row.prevent_petition_n), int(row.prevent_petition_persons), 0)]
    out.append(("jc_applied", int(row.jc_requested_n), 0, 0))
    return [entry for entry in out if entry[1]]


def _month() -> Any:
    """'YYYY-MM' of the received day (stored as ISO text: a substring, cheaper than ``strftime``)."""
    return func.substr(Dispute.received_on, 1, 7).label("month")


def _jc_records(session: GuanlanSession, period: Period, scope: Scope) -> list[tuple[str, int, int, int]]:
    """The accepted disputes with a judicial-confirmation record: applied (when ``jc_requested`` did not already
    say so) and confirmed. Driven by the (small) record table: only disputes with a record are read."""
    recorded = select(JudicialConfirmation.dispute_id).where(JudicialConfirmation.deleted_at.is_(None))
    stmt = scoped(select(*sources.jc_record_measures()).select_from(Dispute), period, scope).where(
        Dispute.id.in_(recorded), Dispute.status.not_in(sorted(sources.NOT_ACCEPTED_STATUSES)))
    applied = confirmed = 0
    for row in session.connection().execute(stmt):
        applied += int(row.record_only)
        confirmed += int(row.confirmed)
    return [("jc_applied", applied, 0, 0), ("jc_confirmed", confirmed, 0, 0)]


def _merge_months(rows: Sequence[Any]) -> list[SimpleNamespace]:
    """The month-by-month groups of a year summed per classification (twelve times fewer to tally): objects with
    the attributes :func:`group_tallies` reads."""
    if not rows:
        return []
    dims = len(sources.GROUP_DIMS)
    names = [*rows[0]._fields[:dims], *rows[0]._fields[dims + 1:]]  # the row: dims, month, then the sums
    merged: dict[tuple[Any, ...], list[int]] = {}
    for row in rows:
        key = tuple(row[:dims])
        values = [int(v or 0) for v in row[dims + 1:]]
        acc = merged.get(key)
        if acc is None:
            merged[key] = values
        else:
            for i, v in enumerate(values):
                acc[i] += v
    return [SimpleNamespace(**dict(zip(names, (*key, *sums), strict=True))) for key, sums in merged.items()]


def collect(session: GuanlanSession, period: Period, scope: Scope) -> DisputeStats:
    """The figures of a period and scope (the trend: see :func:`trend_period`).

    One grouped query over the statistics indexes counts (classification in SQL, a few hundred groups); a small
    one adds the judicial-confirmation records. When the trend covers the period
    itself (a year, a range), the counting query also groups by month and the trend comes from the same pass; a
    month's or quarter's twelve-month trend is a query of its own.
    """
    dims = sources.group_dims()
    same = trend_period(period) == period
    columns = [*dims, _month()] if same else dims
    stmt = _with_joins(scoped(select(*columns, *sources.dispute_measures()).select_from(Dispute), period, scope))
    stmt = stmt.group_by(*[c.name for c in columns])
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_month: dict[tuple[str, str], int] = defaultdict(int)
    rows = session.connection().execute(stmt).all()
    extra = _jc_records(session, period, scope) if rows else []
    if same:
        for row in rows:
            by_month[(str(row.month), str(row.outcome))] += int(row.n)
    groups: Sequence[Any] = _merge_months(rows) if same else rows
    for group in groups:
        for key, cases, persons, amount in group_tallies(group):
            acc = sums[key]
            acc[0] += cases
            acc[1] += persons
            acc[2] += amount
    for key, cases, persons, amount in extra:
        acc = sums[key]
        acc[0] += cases
        acc[1] += persons
        acc[2] += amount
    tallies = {k: Tally(*v) for k, v in sums.items() if v[0]}
    total = tallies.get("accepted", Tally()).cases

    def n(key: str) -> int:
        return tallies.get(key, Tally()).cases

    by_type = tuple(TypeRow(
        f"type:{t.value}", label(t), n(f"type:{t.value}"), _percent(n(f"type:{t.value}"), total),
        tuple(Share(f"type_source:{t.value}:{s.value}", label(s), n(f"type_source:{t.value}:{s.value}"),
                    _percent(n(f"type_source:{t.value}:{s.value}"), n(f"type:{t.value}"))) for s in StatSource))
        for t in DisputeType)
    by_source = tuple(Share(f"source:{s.value}", label(s), n(f"source:{s.value}"), _percent(n(f"source:{s.value}"), total))
                      for s in StatSource)
    venues = [(VenueType.MICRO_ROOM.value, label(VenueType.MICRO_ROOM)),
              (VenueType.PARK_STUDIO.value, label(VenueType.PARK_STUDIO)),
              (OTHER_VENUE, "其他场所"), (NO_VENUE, "未登记场所")]
    by_venue = tuple(Share(f"venue:{code}", name, n(f"venue:{code}"), _percent(n(f"venue:{code}"), total))
                     for code, name in venues)
    trend = _points(period, by_month) if same else _trend(session, trend_period(period), scope)
    return DisputeStats(tallies, by_type, by_source, by_venue, trend, rounds.count(session, period, scope),
                        bool(rows))


@dataclass(frozen=True, slots=True)
class Totals:
    """Accepted and successful cases of a period (the comparison with the previous period)."""

    accepted: int
    successful: int

    @property
    def success_rate(self) -> float:
        """调解成功率 = 调解成功数 ÷ 受理数."""
        return self.successful / self.accepted if self.accepted else 0.0


def day_counts(session: GuanlanSession, period: Period, scope: Scope) -> dict[date, tuple[int, int]]:
    """Accepted and successful cases per day received.

    Grouped by the day, the order of the statistics index: SQLite aggregates while it scans, without a sort; the
    agreement (which makes an archived case successful) is looked up for archived cases only.
    """
    accepted = Dispute.status.not_in(sorted(sources.NOT_ACCEPTED_STATUSES))
    stmt = scoped(select(Dispute.received_on, func.sum(case((accepted, 1), else_=0)),
                         func.sum(case((sources.success_expr(), 1), else_=0))), period, scope)
    return {day: (int(a), int(s)) for day, a, s in session.connection().execute(stmt.group_by(Dispute.received_on))}


def totals(session: GuanlanSession, period: Period, scope: Scope) -> Totals:
    """Accepted and successful cases of a period (no breakdown)."""
    days = day_counts(session, period, scope).values()
    return Totals(sum(a for a, _ in days), sum(s for _, s in days))


def _trend(session: GuanlanSession, period: Period, scope: Scope) -> tuple[MonthPoint, ...]:
    counts: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0])
    for day, (accepted, successful) in day_counts(session, period, scope).items():
        acc = counts[(day.year, day.month)]
        acc[0] += accepted
        acc[1] += successful
    return tuple(MonthPoint(y, m, *counts.get((y, m), (0, 0))) for y, m in period.months())


def _points(period: Period, counts: dict[tuple[str, str], int]) -> tuple[MonthPoint, ...]:
    out = []
    for y, m in period.months():
        ym = f"{y}-{m:02d}"
        accepted = sum(v for (k, o), v in counts.items() if k == ym and o != Outcome.NOT_ACCEPTED.value)
        out.append(MonthPoint(y, m, accepted, counts.get((ym, Outcome.SUCCESS.value), 0)))
    return tuple(out)


def dispute_keys() -> Sequence[str]:
    """The fixed figure keys (breakdown keys such as ``type:10`` come on top)."""
    return ("received", "accepted", "not_accepted", Outcome.SUCCESS.value, Outcome.UNSUCCESSFUL.value,
            Outcome.PENDING.value, "oral", "written", "performed", "jc_applied", "jc_confirmed", "prevent_criminal",
            "prevent_petition", "grid_found")
