"""The counting queries (grouped in SQL) against a straightforward count over the records, on random records:
every dispute classified one by one with :func:`disputes.keys_of`, every risk item with :func:`risks.keys_of`,
the screening rounds listed one by one, the legal-clarity services and trainings counted from their lists."""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from guanlan_desk.domain.enums import (
    DEFAULT_SUBTYPES,
    CaseFlag,
    DisputeStatus,
    DisputeType,
    JcResult,
    LcpStatus,
    Performance,
    RiskCategory,
    RiskStatus,
    Role,
    ServiceKind,
    Source,
)
from guanlan_desk.reports import disputes, lcp, risks, rounds, statistics
from guanlan_desk.reports.disputes import Tally
from guanlan_desk.reports.period import Period, Scope
from guanlan_desk.reports.sources import Outcome
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.engine import Database
from guanlan_desk.store.models import (
    Agreement,
    Dispute,
    Grid,
    JudicialConfirmation,
    LcpService,
    LcpTraining,
    LegalClarityPerson,
    RiskItem,
    Venue,
)
from tests.conftest import actor

COMMUNITIES = ("GC", "KK", "DF")
DAY0 = date(2025, 10, 1)
_PLAIN = {"received", "not_accepted", "accepted", Outcome.SUCCESS.value, Outcome.UNSUCCESSFUL.value,
          Outcome.PENDING.value}
_PLAIN_PREFIXES = ("type:", "source:", "type_source:", "venue:")


def _seed(ctx: Ctx, rng: random.Random, n: int) -> None:
    """``n`` random disputes (statuses, agreements, flags, venues, judicial confirmations, deletions), risk items
    and legal-clarity persons with trainings and services, received/found over half a year."""
    at = datetime(2026, 3, 4, 2, 0, tzinfo=timezone.utc)
    types = [t.value for t in DisputeType] + ["local"]
    with ctx.write() as session:
        venues = [v for (v,) in session.execute(select(Venue.id))] + [None]
        grids: dict[str, list[uuid.UUID]] = defaultdict(list)
        for gid, community in session.execute(select(Grid.id, Grid.community_code)):
            grids[community].append(gid)
        for i in range(n):
            code = rng.choice(COMMUNITIES)
            received = DAY0 + timedelta(days=rng.randrange(183))
            dtype = rng.choice(types)
            subtype = rng.choice(["", "", *DEFAULT_SUBTYPES]) if dtype in ("10", "local") else ""
            flags = ",".join(f.value for f in CaseFlag if rng.random() < 0.2)
            did = uuid.uuid4()
            session.add(Dispute(
                id=did, case_no=f"（{received.year}）{code}调字第{i}号", case_year=received.year, case_serial=i + 1,
                community_code=code, grid_id=rng.choice(grids[code]),
                title=f"纠纷{i}", dispute_type=dtype, subtype=subtype, source=rng.choice(list(Source)).value,
                venue_id=rng.choice(venues), received_on=received, party_names="甲 乙", persons_involved=rng.randint(1, 9),
                flags=flags, status=rng.choice(list(DisputeStatus)).value, status_changed_at=at,
                prevented_criminal_persons=rng.randint(0, 5), prevented_petition_persons=rng.randint(0, 30),
                jc_requested=rng.random() < 0.15, summary="",
                deleted_at=at if rng.random() < 0.05 else None))
            session.flush()
            if rng.random() < 0.6:
                session.add(Agreement(dispute_id=did, kind=rng.choice(["oral", "written"]),
                                      amount_fen=rng.choice([None, rng.randrange(10_000_000)]),
                                      performance=rng.choice(["", *[p.value for p in Performance]]),
                                      effective_on=received, deleted_at=at if rng.random() < 0.1 else None))
            if rng.random() < 0.1:
                session.add(JudicialConfirmation(dispute_id=did, court="观澜法庭", applied_on=received,
                                                 result=rng.choice(["", *[r.value for r in JcResult]]),
                                                 deleted_at=at if rng.random() < 0.2 else None))
        for i in range(n // 3):
            code = rng.choice(COMMUNITIES)
            found = DAY0 + timedelta(days=rng.randrange(183))
            status = rng.choice(list(RiskStatus)).value
            closed = found + timedelta(days=rng.randrange(90)) if status == RiskStatus.CLOSED.value and rng.random() < 0.8 \
                else None
            session.add(RiskItem(
                code=f"R{i}", code_year=found.year, code_serial=i + 1, category=rng.choice(list(RiskCategory)).value,
                community_code=code, grid_id=rng.choice([None, *grids[code]]), title=f"隐患{i}",
                found_on=found, level=rng.choice(["red", "orange", "yellow", "blue"]),
                leader_name=rng.choice(["", "王书记", "李主任"]),
                deadline=rng.choice([None, found + timedelta(days=rng.randrange(120))]), status=status,
                status_changed_at=datetime.combine(found + timedelta(days=rng.randrange(60)), datetime.min.time(),
                                                   timezone.utc),
                closed_on=closed, deleted_at=at if rng.random() < 0.05 else None))
        people = []
        for i in range(n // 5):
            pid = uuid.uuid4()
            people.append(pid)
            session.add(LegalClarityPerson(id=pid, name=f"王{i}明", community_code=rng.choice(COMMUNITIES),
                                           status=rng.choice(list(LcpStatus)).value,
                                           deleted_at=at if rng.random() < 0.1 else None))
        session.flush()
        for pid in people:
            for _ in range(rng.randrange(4)):
                session.add(LcpTraining(person_id=pid, held_on=DAY0 + timedelta(days=rng.randrange(0, 183, 7)),
                                        topic=rng.choice(["民法典", "人民调解法"]), mode="offline"))
            for _ in range(rng.randrange(4)):
                session.add(LcpService(person_id=pid, served_on=DAY0 + timedelta(days=rng.randrange(0, 183, 5)),
                                       kind=rng.choice(list(ServiceKind)).value, people_served=rng.randrange(50)))
        session.commit()


def _dispute_reference(ctx: Ctx, period: Period, scope: Scope) -> dict[str, Tally]:
    """Each dispute on its own: the keys it counts under, with its persons and agreement amount."""
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    with ctx.read() as session:
        rows = disputes.classified_rows(session, period, scope, Dispute.persons_involved.label("n_persons"),
                                        Agreement.amount_fen.label("fen"), Dispute.prevented_criminal_persons,
                                        Dispute.prevented_petition_persons)
        for row in rows:
            for key in disputes.keys_of(row):
                acc = sums[key]
                acc[0] += 1
                if key in _PLAIN or key.startswith(_PLAIN_PREFIXES):
                    acc[1] += row.n_persons
                    acc[2] += row.fen or 0
                elif key == "prevent_criminal":
                    acc[1] += row.prevented_criminal_persons
                elif key == "prevent_petition":
                    acc[1] += row.prevented_petition_persons
    return {k: Tally(*v) for k, v in sums.items()}


def _trend_reference(ctx: Ctx, period: Period, scope: Scope) -> list[tuple[int, ...]]:
    shown = disputes.trend_period(period)
    counts: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0])
    with ctx.read() as session:
        for row in disputes.classified_rows(session, shown, scope, Dispute.received_on):
            keys = disputes.keys_of(row)
            acc = counts[(row.received_on.year, row.received_on.month)]
            acc[0] += "accepted" in keys
            acc[1] += Outcome.SUCCESS.value in keys
    return [(y, m, *counts[(y, m)]) for y, m in shown.months()]


def _risk_reference(ctx: Ctx, period: Period, scope: Scope) -> tuple[dict[str, int], float | None]:
    counts: dict[str, int] = defaultdict(int)
    days = []
    with ctx.read() as session:
        for row in session.connection().execute(risks.scoped(select(*risks.fact_columns()), period, scope)):
            item = risks.facts(row)
            for key in risks.keys_of(item, period, ctx.today()):
                counts[key] += 1
            if item.closed_on is not None and period.start <= item.closed_on <= period.end:
                days.append((item.closed_on - item.found_on).days)
    return dict(counts), (sum(days) / len(days) if days else None)


def _lcp_reference(ctx: Ctx, period: Period, scope: Scope) -> tuple[tuple[int, int], dict[str, tuple[int, ...]]]:
    with ctx.read() as session:
        stmt = select(LegalClarityPerson.id, LegalClarityPerson.community_code, LegalClarityPerson.status).where(
            LegalClarityPerson.deleted_at.is_(None))
        if not scope.everything:
            stmt = stmt.where(LegalClarityPerson.community_code.in_(scope.codes))
        persons = {str(pid): (str(c), str(s)) for pid, c, s in session.execute(stmt)}
        trained = lcp.trainings(session, period, persons)
        done = lcp.services(session, period, persons)
    per_kind: dict[str, tuple[int, ...]] = {}
    for kind in {k for _, _, _, k, _ in done}:
        mine = [(p, d, s) for _, p, d, k, s in done if k == kind]
        per_kind[f"lcp:service={kind}"] = (len({(d, persons[p][0]) for p, d, _ in mine}), len(mine),
                                           len({p for p, _, _ in mine}), sum(s for _, _, s in mine))
    return (len({p for p, _, _ in trained}), len({(d, t) for _, d, t in trained})), per_kind


PERIODS = (Period.quarter(2026, 1), Period.year(2025), Period.month(2026, 2),
           Period.between(date(2025, 11, 15), date(2026, 2, 20)))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_grouped_counts_equal_a_record_by_record_count(office_db: Database, seed: int) -> None:
    ctx = Ctx(office_db, actor(Role.OFFICE_ADMIN, "admin"))
    _seed(ctx, random.Random(seed), 240)
    for period in PERIODS:
        for scope in (Scope(), Scope(("KK",)), Scope(("GC", "DF"))):
            s = statistics.compute(ctx, period, scope)
            assert s.disputes.tallies == _dispute_reference(ctx, period, scope), (period, scope)
            assert [(p.year, p.month, p.accepted, p.successful) for p in s.disputes.trend] == \
                _trend_reference(ctx, period, scope)
            assert statistics.totals(ctx, period, scope) == disputes.Totals(s.disputes.accepted, s.disputes.successful)
            with ctx.read() as session:
                assert s.disputes.screening_rounds == len(rounds.screening_rounds(session, period, scope))
            counts, avg = _risk_reference(ctx, period, scope)
            assert s.risks.counts == counts
            assert s.risks.avg_days_to_close == (pytest.approx(avg) if avg is not None else None)
            (trained, sessions), services = _lcp_reference(ctx, period, scope)
            assert (s.lcps.trained_persons, s.lcps.training_sessions) == (trained, sessions)
            assert {x.key: (x.events, x.person_times, x.persons, x.people_served) for x in s.lcps.services
                    if x.person_times} == services
