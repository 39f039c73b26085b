"""What a validly signed bundle may say: own-community rows only, reference data only from the office, plausible
clocks. Every bundle here is signed and encrypted with the sender's real keys."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from guanlan_desk.domain import hlc
from guanlan_desk.domain.ids import new_id
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.reference import OFFICE_CODE
from guanlan_desk.store.engine import open_database
from guanlan_desk.store.models import Dispute, Venue
from guanlan_desk.sync import clocks
from guanlan_desk.sync.errors import ClockTooFarAhead, RowOutsideRights, SyncError
from guanlan_desk.sync.importer import import_bytes
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Station, Trio
from tests.sync.forgery import Row, bundle, changed, clock_after, station_rows, value
from tests.sync.helpers import db_digest, get

GC_NAME = "观城社区"


def refused(station: Station, data: bytes, error: type[SyncError] = RowOutsideRights) -> str:
    before = db_digest(station.db)
    with pytest.raises(error) as caught:
        import_bytes(station.ctx, data)
    assert db_digest(station.db) == before
    return caught.value.render()


def case_rows(station: Station, dispute_id: str) -> dict[str, list[Row]]:
    """A dispute with its parties, party links and mediators, as ``station`` holds them."""
    d = uuid.UUID(dispute_id)
    links = station_rows(station, "dispute_party", dispute_id=d)
    party_ids = {uuid.UUID(value("dispute_party", r, "party_id")) for r in links}
    return {"party": [r for p in sorted(party_ids) for r in station_rows(station, "party", id=p)],
            "dispute": station_rows(station, "dispute", id=d), "dispute_party": links,
            "dispute_mediator": station_rows(station, "dispute_mediator", dispute_id=d)}


@pytest.fixture
def kk_at_office(trio: Trio) -> str:
    """A 库坑 dispute the office holds (imported from 库坑)."""
    ref = new_case(trio.kk.ctx, a="李库坑")
    [made] = trio.kk.export()
    trio.office.take(Path(made.path))
    return ref.id


def test_a_community_cannot_create_a_record_of_another_community(trio: Trio) -> None:
    ref = new_case(trio.gc.ctx, a="王观城")
    content = case_rows(trio.gc, ref.id)
    content["dispute"] = [changed("dispute", content["dispute"][0], community_code="KK")]
    message = refused(trio.office, bundle(trio.gc, trio.office, content))
    assert GC_NAME in message and f"dispute {ref.id}" in message and "another community" in message
    # The control: the same rows unchanged apply.
    assert import_bytes(trio.office.ctx, bundle(trio.gc, trio.office, case_rows(trio.gc, ref.id))).status == "applied"


def test_a_community_cannot_overwrite_or_take_over_another_communitys_record(trio: Trio, kk_at_office: str) -> None:
    kk_case = station_rows(trio.office, "dispute", id=uuid.UUID(kk_at_office))[0]
    later = clock_after(trio.gc)
    overwrite = changed("dispute", kk_case, later, summary="观城改写了库坑的案情。")
    message = refused(trio.office, bundle(trio.gc, trio.office, {"dispute": [overwrite]}))
    assert GC_NAME in message and kk_at_office in message
    takeover = changed("dispute", kk_case, later, community_code="GC", summary="归观城了。")
    assert "another community" in refused(trio.office, bundle(trio.gc, trio.office, {"dispute": [takeover]}))
    # A row hanging off the 库坑 dispute (a new mediator) is refused as well.
    mediator = station_rows(trio.office, "dispute_mediator", dispute_id=uuid.UUID(kk_at_office))[0]
    extra = changed("dispute_mediator", mediator, later, id=str(new_id()), name="冒名调解员")
    refused(trio.office, bundle(trio.gc, trio.office, {"dispute_mediator": [extra]}))
    assert get(trio.office, Dispute, kk_at_office).community_code == "KK"


def test_a_community_cannot_rename_an_office_venue(trio: Trio) -> None:
    venue = station_rows(trio.gc, "venue", community_code=OFFICE_CODE)[0]
    renamed = changed("venue", venue, clock_after(trio.gc), name="观城自封调解室")
    message = refused(trio.office, bundle(trio.gc, trio.office, {"venue": [renamed]}))
    assert GC_NAME in message and "reference data only comes from the street office" in message
    assert get(trio.office, Venue, value("venue", venue, "id")).name != "观城自封调解室"


def test_a_community_does_not_send_reference_tables(trio: Trio) -> None:
    new_case(trio.gc.ctx)
    [made] = trio.gc.export(full=True)
    assert not any(name in ("venue", "grid", "community") for name, _ in made.counts)


def test_the_office_forwards_only_the_receivers_records_and_a_community_refuses_others(
        trio: Trio, kk_at_office: str) -> None:
    [to_gc] = trio.office.export(peer="GC", full=True)
    assert dict(to_gc.counts).get("dispute", 0) == 0
    trio.gc.take(Path(to_gc.path))
    kk_case = case_rows(trio.office, kk_at_office)
    assert "another community" in refused(trio.gc, bundle(trio.office, trio.gc, kk_case, seq=2))
    message = refused(trio.gc, bundle(trio.office, trio.gc, {"dispute": kk_case["dispute"]}, seq=2))
    assert "GLJD" in message and f"dispute {kk_at_office}" in message


def _clocked(station: Station, dispute_id: str, stamp: str) -> dict[str, list[Row]]:
    content = case_rows(station, dispute_id)
    content["dispute"] = [changed("dispute", content["dispute"][0], stamp, summary="时钟错了的修改。")]
    return content


def test_a_clock_far_ahead_is_refused_and_does_not_move_the_receivers_clock(trio: Trio) -> None:
    ref = new_case(trio.gc.ctx)
    year_2100 = hlc.Hlc(4_102_444_800_000, 0, trio.gc.db.workstation.id).encode()
    with trio.office.ctx.read() as s:
        office_clock = s.execute(text("SELECT text_value FROM local_state WHERE key = 'hlc'")).scalar_one()
    message = refused(trio.office, bundle(trio.gc, trio.office, _clocked(trio.gc, ref.id, year_2100)),
                      ClockTooFarAhead)
    assert GC_NAME in message and "24 hours" in message
    with trio.office.ctx.read() as s:
        assert s.execute(text("SELECT text_value FROM local_state WHERE key = 'hlc'")).scalar_one() == office_clock
    # Within the margin (a setting) a clock a little ahead is accepted.
    ten_days = hlc.Hlc.decode(clock_after(trio.office, minutes=10 * 24 * 60))
    ahead = hlc.Hlc(ten_days.millis, 0, trio.gc.db.workstation.id).encode()
    refused(trio.office, bundle(trio.gc, trio.office, _clocked(trio.gc, ref.id, ahead)), ClockTooFarAhead)
    clocks.set_margin_hours(trio.office.ctx, 24 * 11)
    assert import_bytes(trio.office.ctx, bundle(trio.gc, trio.office, _clocked(trio.gc, ref.id, ahead))).status \
        == "applied"


def test_a_malformed_clock_is_refused(trio: Trio) -> None:
    ref = new_case(trio.gc.ctx)
    content = _clocked(trio.gc, ref.id, clock_after(trio.gc))
    row, field_clocks = content["dispute"][0]
    field_clocks["summary"] = ["~~~~", ""]  # would sort after every real clock
    refused(trio.office, bundle(trio.gc, trio.office, content), SyncError)


# -- property: any mix of own and foreign rows applies exactly for the own rows or is refused whole ---------

FOREIGN_KINDS = ("kk_new_dispute", "kk_overwrite", "kk_takeover", "kk_child", "venue_rename", "kk_party")


def _foreign(trio: Trio, kind: str, kk_id: str, own: dict[str, list[Row]]) -> tuple[str, Row]:
    later = clock_after(trio.gc)
    kk_case = case_rows(trio.office, kk_id)
    if kind == "kk_new_dispute":
        return "dispute", changed("dispute", own["dispute"][0], id=str(new_id()), community_code="KK")
    if kind == "kk_overwrite":
        return "dispute", changed("dispute", kk_case["dispute"][0], later, summary="改写")
    if kind == "kk_takeover":  # 库坑's mediator row moved onto a 观城 dispute
        return "dispute_mediator", changed("dispute_mediator", kk_case["dispute_mediator"][0], later,
                                           dispute_id=value("dispute", own["dispute"][0], "id"))
    if kind == "kk_child":
        return "dispute_mediator", changed("dispute_mediator", kk_case["dispute_mediator"][0], later,
                                           id=str(new_id()), name="冒名")
    if kind == "kk_party":
        return "party", changed("party", kk_case["party"][0], later, occupation="被改写")
    venue = station_rows(trio.gc, "venue", community_code=OFFICE_CODE)[0]
    return "venue", changed("venue", venue, later, name="改名")


@dataclass
class _World:
    """The office as it was before the bundle (a folder copied per example), and the rows to mix."""

    pristine: Path
    own: list[dict[str, list[Row]]]
    foreign: dict[str, tuple[str, Row]]


def _world(trio: Trio) -> _World:
    kk = new_case(trio.kk.ctx, a="李库坑")
    [made] = trio.kk.export()
    trio.office.take(Path(made.path))
    own = [case_rows(trio.gc, new_case(trio.gc.ctx, a=f"观城{n}").id) for n in range(2)]
    foreign = {kind: _foreign(trio, kind, kk.id, own[0]) for kind in FOREIGN_KINDS}
    trio.office.db.close()
    pristine = trio.root / "office-pristine"
    shutil.copytree(trio.office.db.data_dir, pristine)
    return _World(pristine, own, foreign)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(own_count=st.integers(0, 2), foreign=st.lists(st.sampled_from(FOREIGN_KINDS), max_size=3, unique=True))
def test_any_mix_of_own_and_foreign_rows_applies_exactly_the_own_rows_or_nothing(
        trio: Trio, own_count: int, foreign: list[str]) -> None:
    world = getattr(trio, "world", None)
    if world is None:
        world = _world(trio)
        trio.world = world  # type: ignore[attr-defined]
    content: dict[str, list[Row]] = {}
    for case in world.own[:own_count]:
        for name, picked in case.items():
            content.setdefault(name, []).extend(r for r in picked if r not in content[name])
    for kind in foreign:
        name, row = world.foreign[kind]
        content.setdefault(name, []).append(row)
    folder = trio.root / f"office-{new_id().hex}"
    shutil.copytree(world.pristine, folder)
    db = open_database(folder, clock=trio.clock, master_key=trio.office.db.master_key)
    try:
        office = Station(db, Ctx(db, trio.office.ctx.actor), trio.office.outbox)
        data = bundle(trio.gc, office, content, seq=1)
        before = db_digest(db)
        if foreign:
            with pytest.raises(RowOutsideRights):
                import_bytes(office.ctx, data)
            assert db_digest(db) == before
        else:
            result = import_bytes(office.ctx, data)
            assert result.status == "applied"
            assert result.inserted == sum(len(v) for v in content.values())
            for case in world.own[:own_count]:
                assert get(office, Dispute, value("dispute", case["dispute"][0], "id")).community_code == "GC"
    finally:
        db.close()
