"""A party merge at the office never blocks a community's channel; the bundle chain cannot be jumped."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from guanlan_desk.services import disputes, parties
from guanlan_desk.store.models import DisputeParty, Party
from guanlan_desk.sync.errors import DanglingReference, SequenceTooFarAhead
from guanlan_desk.sync.importer import backlog_dir, import_bytes
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Trio
from tests.sync.forgery import bundle, changed, clock_after, station_rows, value
from tests.sync.helpers import db_digest, edit, forge, get

SAME_ID = "11010519491231002X"


def _same_person_in_both(trio: Trio) -> tuple[str, str, str, str]:
    a = new_case(trio.gc.ctx, "张三", "公司甲", a_id=SAME_ID)
    b = new_case(trio.kk.ctx, "张三", "公司乙", a_id=SAME_ID)
    for station in (trio.gc, trio.kk):
        [made] = station.export()
        trio.office.take(Path(made.path))
    pa = disputes.get_dispute(trio.office.ctx, a.id).parties[0].party_id
    pb = disputes.get_dispute(trio.office.ctx, b.id).parties[0].party_id
    return a.id, b.id, pa, pb


def test_a_cross_community_duplicate_is_linked_not_merged_and_both_channels_flow(trio: Trio) -> None:
    _gc_case, kk_case, gc_party, kk_party = _same_person_in_both(trio)
    ref = parties.merge_parties(trio.office.ctx, keep_id=gc_party, drop_id=kk_party)
    assert ref.linked
    assert disputes.get_dispute(trio.office.ctx, kk_case).parties[0].party_id == kk_party  # not repointed
    assert get(trio.office, Party, kk_party).deleted_at is None
    assert [p.id for p in parties.linked_parties(trio.office.ctx, gc_party)] == [kk_party]
    assert [p.id for p in parties.linked_parties(trio.office.ctx, kk_party)] == [gc_party]
    for station in (trio.gc, trio.kk):
        for made in trio.office.export(peer=station.db.workstation.community_code):
            assert [r.status for r in station.take(Path(made.path))] == ["applied"]
    assert disputes.get_dispute(trio.kk.ctx, kk_case).parties[0].party_id == kk_party


def test_a_same_community_duplicate_is_still_merged(trio: Trio) -> None:
    first = new_case(trio.gc.ctx, "李四", "公司甲")
    second = new_case(trio.gc.ctx, "李四", "公司乙")
    keep = disputes.get_dispute(trio.gc.ctx, first.id).parties[0].party_id
    drop = disputes.get_dispute(trio.gc.ctx, second.id).parties[0].party_id
    assert not parties.merge_parties(trio.gc.ctx, keep_id=keep, drop_id=drop).linked
    assert disputes.get_dispute(trio.gc.ctx, second.id).parties[0].party_id == keep


def test_an_office_bundle_that_cannot_apply_names_the_row_and_a_full_re_export_repairs_it(trio: Trio) -> None:
    _gc_case, kk_case, gc_party, _kk_party = _same_person_in_both(trio)
    [link] = station_rows(trio.office, "dispute_party", dispute_id=uuid.UUID(kk_case), role="applicant")
    link_id = str(value("dispute_party", link, "id"))
    # What an old merge left at the office: 库坑's dispute pointing at 观城's party.
    edit(trio.office, DisputeParty, link_id, party_id=uuid.UUID(gc_party))
    bad = changed("dispute_party", station_rows(trio.office, "dispute_party", id=uuid.UUID(link_id))[0],
                  clock_after(trio.office))
    before = db_digest(trio.kk.db)
    with pytest.raises(DanglingReference) as caught:
        import_bytes(trio.kk.ctx, bundle(trio.office, trio.kk, {"dispute_party": [bad]}))
    message = caught.value.render()
    assert f"party of a dispute {link_id}" in message and "refers to a party" in message and "GLJD" in message
    assert db_digest(trio.kk.db) == before
    # The office no longer forwards such a row: its full re-export applies, and later bundles flow again.
    [full] = trio.office.export(peer="KK", full=True)
    assert any("was not sent" in w for w in full.warnings)
    assert [r.status for r in trio.kk.take(Path(full.path))] == ["applied"]
    kk_party = disputes.get_dispute(trio.kk.ctx, kk_case).parties[1].party_id
    edit(trio.office, Party, kk_party, occupation="街道核实")
    [later] = trio.office.export(peer="KK")
    assert [r.status for r in trio.kk.take(Path(later.path))] == ["applied"]
    assert get(trio.kk, Party, kk_party).occupation == "街道核实"


def test_a_full_bundle_far_beyond_the_chain_is_refused_and_the_channel_survives(trio: Trio) -> None:
    before = db_digest(trio.office.db)
    for full in (True, False):
        data = forge(trio.gc, trio.office, seq=1_000_000, manifest={"full": full})
        with pytest.raises(SequenceTooFarAhead) as caught:
            import_bytes(trio.office.ctx, data)
        assert "观城社区" in caught.value.render() and "1000000" in caught.value.render()
    assert db_digest(trio.office.db) == before
    assert not backlog_dir(trio.office.ctx).is_dir() or not any(backlog_dir(trio.office.ctx).iterdir())
    # A bundle a little ahead still waits for the gap, and the real bundles keep flowing.
    assert import_bytes(trio.office.ctx, forge(trio.gc, trio.office, seq=3)).status == "waiting"
    new_case(trio.gc.ctx)
    [made] = trio.gc.export()
    assert trio.office.take(Path(made.path))[0].status == "applied"


def test_a_bundle_supersedes_missing_ones_only_when_its_signed_chain_links_to_the_last_applied(trio: Trio) -> None:
    new_case(trio.gc.ctx)
    [first] = trio.gc.export()
    trio.office.take(Path(first.path))  # applied: bundle 1
    fake, wrong = "ab" * 32, "cd" * 32
    before = db_digest(trio.office.db)
    cases = {
        "a hole in the chain": [[1, first.sha256], [3, fake]],
        "another bundle 1": [[1, wrong], [2, fake], [3, fake]],
        "not ending at its predecessor": [[1, first.sha256], [2, fake], [3, wrong]],
        "not a list of pairs": [[1, first.sha256], [2, fake], [3]],
    }
    for what, chain in cases.items():
        data = forge(trio.gc, trio.office, seq=4, since_seq=1, prev_sha256=fake, manifest={"chain": chain})
        assert import_bytes(trio.office.ctx, data).status == "waiting", what
    assert db_digest(trio.office.db) == before
    good = forge(trio.gc, trio.office, seq=4, since_seq=1, prev_sha256=fake,
                 manifest={"chain": [[1, first.sha256], [2, wrong], [3, fake]]})
    applied = import_bytes(trio.office.ctx, good)
    assert (applied.status, applied.superseded) == ("applied", (2, 3))
    # Bundles from a receipt the office never sent (since beyond what it applied) still wait.
    ahead = forge(trio.gc, trio.office, seq=7, since_seq=5, prev_sha256=fake,
                  manifest={"chain": [[5, fake], [6, fake]]})
    assert import_bytes(trio.office.ctx, ahead).status == "waiting"
