"""法律明白人 figures: persons by status, trainings (persons and sessions), services by kind counted per
event (场次), per person-time (人次) and per person (人数), and the coverage of each community.

An event (场次) is one kind of service on one day in one community (several persons serving together
are one event); a training session is one topic on one day.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar, Unpack

from sqlalchemy import Select, String, func, select, type_coerce

from guanlan_desk.domain.enums import LcpStatus, ServiceKind, label
from guanlan_desk.reports.period import Period, Scope
from guanlan_desk.store.models import LcpService, LcpTraining, LegalClarityPerson
from guanlan_desk.store.uow import GuanlanSession

_S = TypeVar("_S", bound="Select[Unpack[tuple[Any, ...]]]")


@dataclass(frozen=True, slots=True)
class ServiceLine:
    """One kind of service: events (场次), person-times (人次), distinct persons, people served."""

    key: str
    label: str
    events: int
    person_times: int
    persons: int
    people_served: int


@dataclass(frozen=True, slots=True)
class CoverageLine:
    """A community's registered persons against the configured minimum."""

    key: str
    community: str
    name: str
    registered: int
    minimum: int

    @property
    def ok(self) -> bool:
        """Whether the community has at least the minimum."""
        return self.registered >= self.minimum


@dataclass(frozen=True, slots=True)
class LcpStats:
    """The legal-clarity figures of a period and scope."""

    by_status: tuple[tuple[str, str, int], ...]
    trained_persons: int
    training_sessions: int
    services: tuple[ServiceLine, ...]
    coverage: tuple[CoverageLine, ...]

    @property
    def registered(self) -> int:
        """Persons in the register (在册)."""
        return next((n for key, _, n in self.by_status if key == f"lcp:status={LcpStatus.REGISTERED.value}"), 0)

    @property
    def service_events(self) -> int:
        """All service events (场次)."""
        return sum(s.events for s in self.services)


def trainings(session: GuanlanSession, period: Period, persons: dict[str, tuple[str, str]]) -> list[tuple[str, date, str]]:
    """(person, day, topic) of the trainings in the period of the persons in scope."""
    stmt = select(LcpTraining.person_id, LcpTraining.held_on, LcpTraining.topic).where(
        LcpTraining.deleted_at.is_(None), LcpTraining.held_on >= period.start, LcpTraining.held_on <= period.end)
    return [(str(p), d, t) for p, d, t in session.connection().execute(stmt) if str(p) in persons]


def services(session: GuanlanSession, period: Period,
             persons: dict[str, tuple[str, str]]) -> list[tuple[str, str, date, str, int]]:
    """(service id, person, day, kind, people served) of the services in the period in scope."""
    stmt = select(LcpService.id, LcpService.person_id, LcpService.served_on, LcpService.kind,
                  LcpService.people_served).where(
        LcpService.deleted_at.is_(None), LcpService.served_on >= period.start, LcpService.served_on <= period.end)
    return [(str(i), str(p), d, str(k), int(n)) for i, p, d, k, n in session.connection().execute(stmt) if str(p) in persons]


def _kind_label(code: str) -> str:
    try:
        return label(ServiceKind(code))
    except ValueError:
        return code


def _in_scope(stmt: _S, scope: Scope) -> _S:
    """Records of live persons of the scope (joined to the person)."""
    stmt = stmt.where(LegalClarityPerson.deleted_at.is_(None))
    return stmt if scope.everything else stmt.where(LegalClarityPerson.community_code.in_(scope.codes))


def collect(session: GuanlanSession, period: Period, scope: Scope, communities: dict[str, str],
            minimum: int) -> LcpStats:
    """The figures of a period and scope; ``communities`` (code → name) are the ones coverage is checked for.

    Counted in SQL (a few grouped queries); the drill-downs list the same records with :func:`trainings` and
    :func:`services`.
    """
    conn = session.connection()
    status_counts: dict[str, int] = defaultdict(int)
    registered: dict[str, int] = defaultdict(int)
    person = LegalClarityPerson
    by = _in_scope(select(person.community_code, person.status, func.count()), scope).group_by(
        person.community_code, person.status)
    for community, status, n in conn.execute(by):
        status_counts[str(status)] += int(n)
        if status == LcpStatus.REGISTERED.value:
            registered[str(community)] += int(n)
    by_status = tuple((f"lcp:status={s.value}", label(s), status_counts.get(s.value, 0)) for s in LcpStatus)
    held = _in_scope(select(LcpTraining.person_id, LcpTraining.held_on, LcpTraining.topic).join(
        person, person.id == LcpTraining.person_id).where(
        LcpTraining.deleted_at.is_(None), LcpTraining.held_on >= period.start, LcpTraining.held_on <= period.end),
        scope).subquery()
    trained, sessions = conn.execute(select(
        func.count(held.c.person_id.distinct()),
        select(func.count()).select_from(select(held.c.held_on, held.c.topic).distinct().subquery())
        .scalar_subquery())).one()
    event = type_coerce(LcpService.served_on, String) + "|" + person.community_code  # one kind, day, community
    done = _in_scope(select(LcpService.kind, func.count(event.distinct()), func.count(),
                            func.count(LcpService.person_id.distinct()),
                            func.coalesce(func.sum(LcpService.people_served), 0))
                     .join(person, person.id == LcpService.person_id).where(
        LcpService.deleted_at.is_(None), LcpService.served_on >= period.start, LcpService.served_on <= period.end),
        scope).group_by(LcpService.kind)
    per_kind = {str(kind): (int(events), int(times), int(persons), int(served))
                for kind, events, times, persons, served in conn.execute(done)}
    kinds = [k.value for k in ServiceKind] + sorted(set(per_kind) - {k.value for k in ServiceKind})
    lines = tuple(ServiceLine(f"lcp:service={kind}", _kind_label(kind), *per_kind.get(kind, (0, 0, 0, 0)))
                  for kind in kinds)
    scope_codes = communities if scope.everything else {c: communities.get(c, c) for c in scope.codes}
    coverage = tuple(CoverageLine(f"lcp:coverage={code}", code, name, registered.get(code, 0), minimum)
                     for code, name in sorted(scope_codes.items()))
    return LcpStats(by_status, int(trained), int(sessions), lines, coverage)
