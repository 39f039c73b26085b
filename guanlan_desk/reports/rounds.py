"""排查次数 (screening rounds): a round is a (community, grid, day) on which a grid officer reported something,
a dispute from ``grid_screening`` or a risk item found that day (see :mod:`guanlan_desk.reports.sources`).

The statistics count the rounds in one query (a UNION of the two kinds of finds); the drill-down lists them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar, Unpack

from sqlalchemy import Select, func, literal, select, union

from guanlan_desk.domain.enums import Source
from guanlan_desk.reports.period import Period, Scope
from guanlan_desk.store.models import Dispute, RiskItem
from guanlan_desk.store.uow import GuanlanSession

_S = TypeVar("_S", bound="Select[Unpack[tuple[Any, ...]]]")


@dataclass(frozen=True, slots=True)
class Round:
    """One screening round: a grid officer's finds on one grid on one day."""

    community: str
    grid_id: str
    day: date
    disputes: int
    risks: int


def _disputes(stmt: _S, period: Period, scope: Scope) -> _S:
    stmt = stmt.where(Dispute.source == Source.GRID_SCREENING.value, Dispute.deleted_at.is_(None),
                      Dispute.received_on >= period.start, Dispute.received_on <= period.end)
    return stmt if scope.everything else stmt.where(Dispute.community_code.in_(scope.codes))


def _risks(stmt: _S, period: Period, scope: Scope) -> _S:
    stmt = stmt.where(RiskItem.deleted_at.is_(None), RiskItem.found_on >= period.start,
                      RiskItem.found_on <= period.end)
    return stmt if scope.everything else stmt.where(RiskItem.community_code.in_(scope.codes))


def count(session: GuanlanSession, period: Period, scope: Scope) -> int:
    """The number of screening rounds: distinct (community, grid, day) over both kinds of finds."""
    keys = union(
        _disputes(select(Dispute.community_code, func.coalesce(Dispute.grid_id, literal("")), Dispute.received_on),
                  period, scope),
        _risks(select(RiskItem.community_code, func.coalesce(RiskItem.grid_id, literal("")), RiskItem.found_on),
               period, scope)).subquery()
    return int(session.connection().execute(select(func.count()).select_from(keys)).scalar_one())


def screening_rounds(session: GuanlanSession, period: Period, scope: Scope) -> list[Round]:
    """The rounds of the period and scope with their finds, by day, community and grid."""
    d = _disputes(select(Dispute.community_code, Dispute.grid_id, Dispute.received_on, func.count()), period, scope) \
        .group_by(Dispute.community_code, Dispute.grid_id, Dispute.received_on)
    r = _risks(select(RiskItem.community_code, RiskItem.grid_id, RiskItem.found_on, func.count()), period, scope) \
        .group_by(RiskItem.community_code, RiskItem.grid_id, RiskItem.found_on)
    rounds: dict[tuple[str, str, date], list[int]] = defaultdict(lambda: [0, 0])
    for community, grid, day, n in session.connection().execute(d):
        rounds[(str(community), str(grid or ""), day)][0] += int(n)
    for community, grid, day, n in session.connection().execute(r):
        rounds[(str(community), str(grid or ""), day)][1] += int(n)
    return [Round(c, g, day, v[0], v[1])
            for (c, g, day), v in sorted(rounds.items(), key=lambda kv: (kv[0][2], kv[0][0], kv[0][1]))]
