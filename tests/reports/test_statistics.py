"""The statistics against a hand count of the three-community fixture (see fixture.py), drill-downs that list
exactly what a figure counts, and the same figures at a community and at the office over the same records."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from guanlan_desk.domain.enums import Role, VenueType
from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.reports import drill, statistics, year_end
from guanlan_desk.reports.period import Period, PeriodKind, Scope, parse_period
from guanlan_desk.reports.settings import ReportSettings
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.errors import PermissionDenied
from guanlan_desk.store.engine import Database
from tests.conftest import actor, open_copy
from tests.reports.fixture import NAMES, seed

Q1 = Period.quarter(2026, 1)
THREE = Scope(("DF", "GC", "KK"))


@pytest.fixture
def office(office_db: Database) -> Ctx:
    ctx = Ctx(office_db, actor(Role.OFFICE_ADMIN, "admin"))
    seed(ctx)
    return ctx


def test_people_s_mediation_figures_match_the_hand_count(office: Ctx) -> None:
    s = statistics.compute(office, Q1, Scope())
    d = s.disputes
    assert (d.cases("received"), d.cases("not_accepted"), d.accepted) == (12, 2, 10)
    assert (d.successful, d.cases("unsuccessful"), d.cases("pending")) == (5, 4, 1)
    assert d.success_rate == 0.5
    assert round(d.amount_wan, 2) == 3.80
    assert (d.cases("oral"), d.cases("written"), d.cases("performed")) == (2, 3, 3)
    # Judicial confirmation is a record now: "confirmed" is counted (0 here: no court has decided yet).
    assert (d.cases("jc_applied"), d.jc_confirmed_recorded, d.cases("jc_confirmed")) == (1, True, 0)
    assert d.persons("accepted") == 36
    types = {row.key: row.count for row in d.by_type}
    assert types == {**{k: 0 for k in types}, "type:10": 4, "type:02": 2, "type:01": 1, "type:06": 1,
                     "type:99": 1, "type:13": 1}
    labour = next(row for row in d.by_type if row.key == "type:10")
    assert labour.percent == 40.0
    assert [(x.label, x.count) for x in labour.by_source] == [("主动调解", 1), ("申请调解", 3), ("接受委托移送调解", 0)]
    assert [(x.label, x.count) for x in d.by_source] == [("主动调解", 3), ("申请调解", 3), ("接受委托移送调解", 4)]
    assert sum(x.percent for x in d.by_source) == pytest.approx(100.0)
    assert [(x.label, x.count) for x in d.by_venue] == [("微调解室", 6), ("驻园区调解工作室", 3), ("其他场所", 0),
                                                        ("未登记场所", 1)]
    assert (d.cases("prevent_criminal"), d.persons("prevent_criminal")) == (2, 9)
    assert (d.cases("prevent_petition"), d.persons("prevent_petition")) == (1, 12)
    assert (d.cases("grid_found"), d.screening_rounds) == (2, 4)
    # A quarter's trend shows the twelve months up to its end.
    assert [(p.year, p.month) for p in d.trend][0] == (2025, 4) and len(d.trend) == 12
    assert [(p.month, p.accepted, p.successful) for p in d.trend[-4:]] == [(12, 1, 1), (1, 3, 3), (2, 4, 1), (3, 3, 1)]  # G6 in December


def test_risk_figures_match_the_hand_count(office: Ctx) -> None:
    r = statistics.compute(office, Q1, Scope()).risks
    assert (r.count("risk:found"), r.count("risk:open"), r.count("risk:closed"), r.count("risk:overdue")) == (3, 2, 2, 1)
    assert r.avg_days_to_close == (111 + 20) / 2
    levels = {line.key: (line.found, line.open, line.closed, line.overdue) for line in r.by_level}
    assert levels == {":level=red": (2, 2, 0, 1), ":level=orange": (1, 0, 1, 0), ":level=yellow": (0, 0, 1, 0),
                      ":level=blue": (0, 0, 0, 0)}
    leaders = {line.label: (line.found, line.open, line.closed, line.overdue) for line in r.by_leader}
    assert leaders == {"王书记": (1, 1, 1, 1), "李主任": (1, 0, 1, 0), "（未指定）": (1, 1, 0, 0)}
    assert r.cells[("key_person", "red")].open == 1


def test_legal_clarity_figures_match_the_hand_count(office: Ctx) -> None:
    p = statistics.compute(office, Q1, THREE, ReportSettings(lcp_minimum=2)).lcps
    assert [(label, n) for _, label, n in p.by_status] == [("初选对象", 1), ("在册", 4), ("清退", 1)]
    assert (p.trained_persons, p.training_sessions) == (3, 2)
    services = {s.key: (s.events, s.person_times, s.persons, s.people_served) for s in p.services}
    assert services["lcp:service=publicity"] == (2, 3, 3, 100)
    assert services["lcp:service=mediation"] == (1, 1, 1, 2)
    assert [(c.community, c.registered, c.ok) for c in p.coverage] == [("DF", 1, False), ("GC", 2, True),
                                                                      ("KK", 1, False)]


def test_every_figure_lists_exactly_the_records_it_counts(office: Ctx) -> None:
    s = statistics.compute(office, Q1, Scope())
    for key, tally in s.disputes.tallies.items():
        rows = drill.records(office, Q1, Scope(), key)
        assert len(rows) == tally.cases, key
        assert all(r.kind == "dispute" and r.record_id for r in rows)
    for key, n in s.risks.counts.items():
        assert len(drill.records(office, Q1, Scope(), key)) == n, key
    assert len(drill.records(office, Q1, Scope(), "screening_rounds")) == s.disputes.screening_rounds
    assert len(drill.records(office, Q1, Scope(), "month:2026-02")) == 4
    assert {r.reference for r in drill.records(office, Q1, Scope(), "prevent_criminal")} == {
        "（2026）GC调字第G2号", "（2026）DF调字第D2号"}
    assert len(drill.records(office, Q1, THREE, "lcp:service=publicity")) == 3
    assert len(drill.records(office, Q1, THREE, "lcp:coverage=GC")) == 2


def test_figures_and_drill_downs_carry_no_personal_data(office: Ctx) -> None:
    s = statistics.compute(office, Q1, Scope())
    shown = " ".join(f"{line.label}{line.value}" for line in statistics.table(s))
    shown += year_end.plain_text(year_end.segments(s))
    for key in ("accepted", "lcp:status=registered", "risk:found", "lcp:trained"):
        shown += " ".join(f"{r.reference}{r.what}{r.status}" for r in drill.records(office, Q1, THREE, key))
    for secret in (*NAMES, "13800138000", "13912345678", "王P1明"):
        assert secret not in shown


def test_a_drill_down_needs_the_read_permission_of_its_records(office: Ctx) -> None:
    grid = Ctx(office.db, actor(Role.GRID_OFFICER))
    assert statistics.compute(grid, Q1, Scope()).disputes.accepted == 10  # counts are de-identified
    with pytest.raises(PermissionDenied):
        drill.records(grid, Q1, Scope(), "accepted")
    with pytest.raises(ValidationError):
        drill.records(office, Q1, Scope(), "no-such-figure")


def test_communities_add_up_to_the_whole(office: Ctx) -> None:
    whole = statistics.compute(office, Q1, THREE)
    parts = [statistics.compute(office, Q1, Scope((c,))) for c in THREE.codes]
    for key, tally in whole.disputes.tallies.items():
        assert sum(p.disputes.tallies.get(key, type(tally)()).cases for p in parts) == tally.cases, key
    for key, n in whole.risks.counts.items():
        assert sum(p.risks.count(key) for p in parts) == n, key


def test_a_community_and_the_office_compute_the_same_figures_over_the_same_records(
        office: Ctx, community_template: object, tmp_path: Path, memory_keyring: object, clock: object) -> None:
    community_db = open_copy(community_template, tmp_path / "gc", memory_keyring, clock)  # type: ignore[arg-type]
    try:
        community = Ctx(community_db, actor(Role.ADMIN, "admin"))
        seed(community, ("GC",))
        assert statistics.default_scope(community) == Scope(("GC",))
        at_community = statistics.compute(community, Q1, statistics.default_scope(community))
        at_office = statistics.compute(office, Q1, Scope(("GC",)))
        assert at_community.disputes.tallies == at_office.disputes.tallies
        assert at_community.risks.counts == at_office.risks.counts
        assert [(x.label, x.value) for x in statistics.table(at_community)] == [
            (x.label, x.value) for x in statistics.table(at_office)]
        assert at_office.disputes.accepted == 4  # G1–G4 (G5 declined, G6 in December)
    finally:
        community_db.close()


def test_year_end_paragraph_in_the_seed_report_s_style(office: Ctx) -> None:
    parts = year_end.segments(statistics.compute(office, Period.year(2026), Scope()))
    text = year_end.plain_text(parts)
    assert text.startswith("全年受理矛盾纠纷10宗，调解成功5宗，成功率50.0%，协议涉及金额3.80万元，涉及当事人36人次。")
    assert "妥善处置园区矛盾纠纷3宗" in text and "开展法律明白人培训2场、参训3人" in text
    assert "防止民间纠纷转化为刑事案件2件9人" in text
    refs = year_end.references(parts)
    assert ("10", "accepted") in refs and ("3", "venue:park_studio") in refs
    assert '<a href="accepted">10</a>' in year_end.html(parts)


def test_periods_parse_and_name_themselves() -> None:
    assert parse_period("2026-11") == Period.month(2026, 11)
    assert parse_period("2026Q4").label == "2026年第四季度"
    assert parse_period("2026").end == date(2026, 12, 31)
    custom = parse_period("2026-01-15..2026-02-10")
    assert (custom.kind, custom.label) == (PeriodKind.RANGE, "2026年1月15日至2026年2月10日")
    assert Period.month(2026, 1).previous() == Period.month(2025, 12)
    assert Period.quarter(2026, 1).previous() == Period.quarter(2025, 4)
    assert [m for m in Period.quarter(2026, 1).months()] == [(2026, 1), (2026, 2), (2026, 3)]
    for bad in ("2026-13", "26", "2026-02-10..2026-01-01"):
        with pytest.raises(ValidationError):
            parse_period(bad)




def test_the_year_end_paragraph_leaves_out_the_park_studios_when_they_had_no_cases(office: Ctx) -> None:
    stats = statistics.compute(office, Period.year(2026), Scope())
    park = f"venue:{VenueType.PARK_STUDIO.value}"
    assert stats.disputes.cases(park) == 3
    without = dataclasses.replace(stats.disputes, tallies={k: v for k, v in stats.disputes.tallies.items()
                                                           if park not in k})
    assert without.cases(park) == 0
    text = year_end.plain_text(year_end.segments(dataclasses.replace(stats, disputes=without)))
    assert "园区" not in text and "。各社区微调解室受理纠纷" in text
