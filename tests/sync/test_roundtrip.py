"""Round trips between two communities and the office: edits, deletes, attachments, conflicts, receipts."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from guanlan_desk.domain.enums import IdType, ReviewKind, RiskCategory
from guanlan_desk.services import attachments, disputes, parties, risks
from guanlan_desk.store.models import Dispute, Party, RiskItem, RiskReview
from guanlan_desk.sync import exporter, status
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Station, Trio
from tests.sync.helpers import db_digest, edit, get

ID_NUMBER = "11010519491231002X"


def send(src: Station, dst: Station) -> list[str]:
    """Export from ``src`` to ``dst`` and import there; returns the import statuses."""
    made = src.export(peer=dst.db.workstation.id)
    return [r.status for m in made for r in dst.take(Path(m.path))]


def risk(station: Station, title: str = "观城工业区出租屋消防通道堵塞") -> str:
    return risks.report_risk(station.ctx, risks.RiskInput(
        category=RiskCategory.SAFETY, title=title, level="yellow", found_on=date(2026, 3, 2))).id


def test_records_reach_the_office_searchable_and_findable_by_id_number(trio: Trio) -> None:
    ref = new_case(trio.gc.ctx, a="王小明", a_id=ID_NUMBER)
    assert send(trio.gc, trio.office) == ["applied"]
    found = disputes.list_disputes(trio.office.ctx, disputes.DisputeFilter(query="王小明"), limit=10)
    assert [d.case_no for d in found.rows] == [ref.case_no]
    # The blind index was recomputed with the office's own key: exact lookup by ID number works there.
    found_party = parties.lookup_by_id_number(trio.office.ctx, IdType.RESIDENT_ID, ID_NUMBER)
    assert found_party is not None and found_party.data.name == "王小明"
    with trio.office.ctx.read() as s, trio.gc.ctx.read() as g:
        here = s.scalars(select(Party).where(Party.name == "王小明")).one()
        there = g.scalars(select(Party).where(Party.name == "王小明")).one()
        assert here.id_number == ID_NUMBER and here.id_bidx != there.id_bidx


def test_edits_of_different_fields_on_both_sides_both_survive(trio: Trio) -> None:
    rid = risk(trio.gc)
    send(trio.gc, trio.office)
    trio.clock.advance(minutes=1)
    edit(trio.office, RiskItem, rid, leader_name="李书记")
    trio.clock.advance(minutes=1)
    edit(trio.gc, RiskItem, rid, description="已清理一半杂物")
    assert send(trio.office, trio.gc) == ["applied"]
    assert send(trio.gc, trio.office) == ["applied"]
    for station in (trio.gc, trio.office):
        item = get(station, RiskItem, rid)
        assert (item.leader_name, item.description) == ("李书记", "已清理一半杂物")
    assert status.list_conflicts(trio.gc.ctx) == () and status.list_conflicts(trio.office.ctx) == ()


def test_same_field_on_both_sides_newest_wins_and_the_other_waits_for_a_person(trio: Trio) -> None:
    rid = risk(trio.gc)
    send(trio.gc, trio.office)
    edit(trio.gc, RiskItem, rid, title="社区版标题")
    trio.clock.advance(minutes=5)
    edit(trio.office, RiskItem, rid, title="街道版标题")  # newer clock: wins everywhere
    send(trio.gc, trio.office)
    send(trio.office, trio.gc)
    for station in (trio.gc, trio.office):
        assert get(station, RiskItem, rid).title == "街道版标题"
        [c] = status.list_conflicts(station.ctx)
        assert (c.field, c.kept_value, c.other_value) == ("title", "街道版标题", "社区版标题")
        assert c.record_label.endswith("街道版标题") and c.table_name == "risk_item"
    # A person at the community puts its own wording back: it travels on, with no new conflict.
    [c] = status.list_conflicts(trio.gc.ctx)
    trio.clock.advance(minutes=1)
    status.resolve_conflict(trio.gc.ctx, c.id, keep="other")
    assert status.list_conflicts(trio.gc.ctx) == ()
    send(trio.gc, trio.office)
    assert get(trio.office, RiskItem, rid).title == "社区版标题"
    # The decision closes the office's copy too (issue 17: a conflict is resolved once, not at each end).
    assert status.list_conflicts(trio.office.ctx) == ()
    [closed] = status.list_conflicts(trio.office.ctx, include_resolved=True)
    assert closed.resolved and closed.resolution == "remote"


def test_deletes_travel_as_tombstones(trio: Trio) -> None:
    ref = new_case(trio.gc.ctx)
    send(trio.gc, trio.office)
    trio.clock.advance(minutes=1)
    edit(trio.gc, Dispute, ref.id, deleted_at=trio.clock.now)
    send(trio.gc, trio.office)
    assert get(trio.office, Dispute, ref.id).deleted_at == trio.clock.now


def test_attachments_travel_and_are_re_encrypted_for_the_receiver(trio: Trio) -> None:
    ref = new_case(trio.gc.ctx)
    scan = b"%PDF-1.4 scanned agreement " * 200
    row = attachments.add_attachment(trio.gc.ctx, owner_type="dispute", owner_id=ref.id, filename="协议.pdf", data=scan)
    [made] = trio.gc.export()
    assert made.attachments == 1
    trio.office.take(Path(made.path))
    assert attachments.read_blob(trio.office.db, row.sha256) == scan
    stored = attachments.blob_path(trio.office.db, row.sha256).read_bytes()
    assert scan[:20] not in stored and stored != attachments.blob_path(trio.gc.db, row.sha256).read_bytes()


def test_a_replayed_bundle_changes_nothing_and_says_already_imported(trio: Trio) -> None:
    new_case(trio.gc.ctx)
    [made] = trio.gc.export()
    trio.office.take(Path(made.path))
    before = db_digest(trio.office.db)
    [again] = trio.office.take(Path(made.path))
    assert (again.status, again.message) == ("already imported", "already imported")
    assert db_digest(trio.office.db) == before


def test_receipts_move_the_bookmark_and_say_received_up_to(trio: Trio) -> None:
    new_case(trio.gc.ctx)
    [first] = trio.gc.export()
    assert first.since_seq == 0 and first.full
    trio.office.take(Path(first.path))
    assert status.sync_overview(trio.gc.ctx).received_up_to is None
    send(trio.office, trio.gc)  # carries the receipt for bundle 1
    overview = status.sync_overview(trio.gc.ctx)
    assert overview.received_up_to == trio.clock.now
    assert overview.pending_changes == 0
    trio.clock.advance(hours=1)
    new_case(trio.gc.ctx, a="赵六")
    assert status.sync_overview(trio.gc.ctx).pending_changes > 0
    [second] = trio.gc.export()
    assert (second.seq, second.since_seq, second.full) == (2, 1, False)
    assert dict(second.counts)["dispute"] == 1  # only the new case: the first one was confirmed


def test_a_later_bundle_that_repeats_a_missing_one_applies_and_supersedes_it(trio: Trio) -> None:
    new_case(trio.gc.ctx)
    send(trio.gc, trio.office)
    send(trio.office, trio.gc)  # receipt for bundle 1: later bundles repeat everything after it
    new_case(trio.gc.ctx, a="赵六")
    [b2] = trio.gc.export()
    new_case(trio.gc.ctx, a="孙七")
    [b3] = trio.gc.export()
    assert (b2.since_seq, b3.since_seq) == (1, 1)
    [applied] = trio.office.take(Path(b3.path))  # bundle 2 was lost on the way
    assert (applied.status, applied.seq, applied.superseded) == ("applied", 3, (2,))
    assert status.sync_overview(trio.office.ctx).gaps == ()
    names = {d.title[:2] for d in disputes.list_disputes(trio.office.ctx, limit=10).rows}
    assert {"张三", "赵六", "孙七"} <= names
    before = db_digest(trio.office.db)
    [late] = trio.office.take(Path(b2.path))  # found after all: it changes nothing
    assert (late.status, late.seq) == ("already imported", 2) and "later bundle" in late.message
    assert db_digest(trio.office.db) == before
    # The chain goes on from bundle 3.
    new_case(trio.gc.ctx, a="周八")
    assert send(trio.gc, trio.office) == ["applied"]


def test_out_of_order_bundles_without_a_chain_wait_and_gaps_are_named(
        trio: Trio, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exporter, "_chain", lambda *_: [])  # bundles as the app sent them before the chain list
    new_case(trio.gc.ctx)
    send(trio.gc, trio.office)
    send(trio.office, trio.gc)  # receipt: incremental bundles from here on
    new_case(trio.gc.ctx, a="赵六")
    [b2] = trio.gc.export()
    new_case(trio.gc.ctx, a="孙七")
    [b3] = trio.gc.export()
    [early] = trio.office.take(Path(b3.path))
    assert (early.status, early.message) == ("waiting", "观城社区 1号机: bundle 2 missing")
    assert status.sync_overview(trio.office.ctx).gaps == ("观城社区 1号机: bundle 2 missing",)
    results = trio.office.take(Path(b2.path))
    assert [(r.status, r.seq) for r in results] == [("applied", 2), ("applied", 3)]
    assert status.sync_overview(trio.office.ctx).gaps == ()
    names = {d.title[:2] for d in disputes.list_disputes(trio.office.ctx, limit=10).rows}
    assert {"张三", "赵六", "孙七"} <= names


def test_an_office_instruction_reaches_its_community_only(trio: Trio) -> None:
    rid = risk(trio.gc)
    send(trio.gc, trio.office)
    risks.add_review(trio.office.ctx, rid, kind=ReviewKind.INSTRUCTION, reviewed_on=date(2026, 3, 4),
                     content="请于三日内清理消防通道并报街道平安办。")
    assert send(trio.office, trio.gc) == ["applied"]
    with trio.gc.ctx.read() as s:
        [review] = s.scalars(select(RiskReview).where(RiskReview.kind == ReviewKind.INSTRUCTION.value)).all()
        assert review.risk_id == uuid.UUID(rid)
    [to_kk] = trio.office.export(peer="KK")
    assert dict(to_kk.counts).get("risk_review", 0) == 0 and dict(to_kk.counts).get("risk_item", 0) == 0


def test_divergence_is_detected_and_a_full_re_export_repairs_it(trio: Trio) -> None:
    ref = new_case(trio.gc.ctx)
    send(trio.gc, trio.office)
    send(trio.office, trio.gc)  # receipt: the next bundle is incremental
    with trio.office.db.engine.begin() as conn:  # a record lost at the office (say, a restored old backup)
        conn.exec_driver_sql("DELETE FROM follow_up")
        conn.exec_driver_sql("DELETE FROM mediation_session")
        conn.exec_driver_sql("DELETE FROM dispute_mediator")
        conn.exec_driver_sql("DELETE FROM dispute_party")
        conn.exec_driver_sql("DELETE FROM dispute_status_change")
        conn.exec_driver_sql(f"DELETE FROM dispute WHERE id = '{uuid.UUID(ref.id).hex}'")
    new_case(trio.gc.ctx, a="赵六")
    [r] = trio.office.take(Path(trio.gc.export()[0].path))
    assert any("full re-export" in w for w in r.warnings)
    send(trio.office, trio.gc)  # the receipt carries the request
    assert status.sync_overview(trio.gc.ctx).full_export_requested_by == ("GLJD 1号机",)
    [again] = trio.gc.export()
    assert again.full and again.since_seq == 0
    [r] = trio.office.take(Path(again.path))
    assert r.status == "applied" and r.warnings == ()
    assert get(trio.office, Dispute, ref.id).case_no == ref.case_no
    assert status.sync_overview(trio.gc.ctx).full_export_requested_by == ()


def test_two_communities_and_the_office_agree_after_any_order(trio: Trio) -> None:
    gc_case, kk_case = new_case(trio.gc.ctx), new_case(trio.kk.ctx, a="钱八")
    outbox = [trio.gc.export()[0], trio.kk.export()[0]]
    for made in reversed(outbox):
        trio.office.take(Path(made.path))
    send(trio.office, trio.gc)
    send(trio.office, trio.kk)
    with trio.office.ctx.read() as s:
        codes = set(s.scalars(select(Dispute.community_code)))
    assert codes == {"GC", "KK"}
    assert get(trio.office, Dispute, gc_case.id).title == get(trio.gc, Dispute, gc_case.id).title
    assert get(trio.office, Dispute, kk_case.id).title == get(trio.kk, Dispute, kk_case.id).title
    with trio.gc.ctx.read() as s:  # a community never receives another community's records
        assert s.get(Dispute, uuid.UUID(kk_case.id)) is None
    hist = status.history(trio.gc.ctx)
    assert [h.kind for h in hist][:2] == ["import", "export"] or {h.kind for h in hist} == {"import", "export"}


def test_merging_parties_refreshes_the_case_names_at_the_office_too(trio: Trio) -> None:
    keep_ref, drop_ref = new_case(trio.gc.ctx, a="张三"), new_case(trio.gc.ctx, a="张叁")
    send(trio.gc, trio.office)
    send(trio.office, trio.gc)

    def applicant(ref: disputes.DisputeRef) -> str:
        return next(p.party_id for p in disputes.get_dispute(trio.gc.ctx, ref.id).parties if p.name.startswith("张"))

    parties.merge_parties(trio.gc.ctx, keep_id=applicant(keep_ref), drop_id=applicant(drop_ref))
    assert get(trio.gc, Dispute, drop_ref.id).party_names.startswith("张三 ")
    send(trio.gc, trio.office)
    assert get(trio.office, Dispute, drop_ref.id).party_names.startswith("张三 ")


def test_roster_changes_made_at_the_office_reach_their_community_only(trio: Trio) -> None:
    from guanlan_desk.services import lcp
    from guanlan_desk.store.models import LegalClarityPerson

    person_id = lcp.create_lcp(trio.office.ctx, lcp.LcpInput(name="李明白", community_code="GC", phone="13800138000"))
    [to_gc] = trio.office.export(peer="GC")
    [to_kk] = trio.office.export(peer="KK")
    assert dict(to_gc.counts)["legal_clarity_person"] == 1
    assert "legal_clarity_person" not in dict(to_kk.counts)
    trio.gc.take(Path(to_gc.path))
    person = get(trio.gc, LegalClarityPerson, person_id)
    assert (person.name, person.phone, person.community_code) == ("李明白", "13800138000", "GC")


def test_the_offices_committee_settings_reach_the_communities(trio: Trio) -> None:
    from guanlan_desk.services import committees
    from guanlan_desk.services.committees import CommunityInput

    committees.save_community(trio.office.ctx, "GC", CommunityInput(
        "观城社区", "观城", committee_name="观城社区人民调解委员会", seal_text="观城社区人民调解委员会印",
        case_number_pattern="（{year}）观城人调字第{serial:04d}号", phone="0755-28000001"))
    assert "applied" in send(trio.office, trio.gc)
    seen = committees.committee_of(trio.gc.ctx, "GC")
    assert (seen.seal_text, seen.phone) == ("观城社区人民调解委员会印", "0755-28000001")
    assert new_case(trio.gc.ctx, a="王小明").case_no == "（2026）观城人调字第0001号"
