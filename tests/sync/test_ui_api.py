"""The sync page's Qt-free helpers: imports that keep their refusals, gaps as numbers, unexported changes,
conflicts with their records, invitations, enrolment previews, progress adapter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from guanlan_desk.domain.enums import RiskCategory
from guanlan_desk.services import risks
from guanlan_desk.store.models import RiskItem
from guanlan_desk.sync import enrolment, exporter, ui_api
from guanlan_desk.sync.errors import BundleDamaged, Cancelled, EnrolmentRefused
from tests.sync.conftest import Station, Trio
from tests.sync.helpers import db_digest, edit, get


def risk(station: Station, title: str = "观城工业区出租屋消防通道堵塞") -> str:
    return risks.report_risk(station.ctx, risks.RiskInput(
        category=RiskCategory.SAFETY, title=title, level="yellow", found_on=date(2026, 3, 2))).id


def test_unexported_changes_drop_to_zero_once_written(trio: Trio) -> None:
    trio.gc.export()  # the first bundles carry what setup created
    assert ui_api.unexported_changes(trio.gc.ctx) == 0
    risk(trio.gc)
    assert ui_api.unexported_changes(trio.gc.ctx) > 0
    trio.gc.export(peer=trio.office.db.workstation.id)  # the office has it now; no receipt yet
    assert ui_api.unexported_changes(trio.gc.ctx) == 0


def test_imports_keep_each_refusal_as_its_error(trio: Trio) -> None:
    risk(trio.gc)
    [made] = trio.gc.export(peer=trio.office.db.workstation.id)
    data = bytearray(Path(made.path).read_bytes())
    data[len(data) // 2] ^= 0x40
    bad = trio.root / "bad.glbundle"
    bad.write_bytes(bytes(data))
    before = db_digest(trio.office.db)
    [refused] = ui_api.import_bundles(trio.office.ctx, [bad])
    assert refused.status == ui_api.REFUSED and isinstance(refused.error, BundleDamaged)
    assert refused.name == "bad.glbundle" and db_digest(trio.office.db) == before
    outcomes = ui_api.import_bundles(trio.office.ctx, [trio.gc.outbox, Path(made.path)])
    assert [o.status for o in outcomes] == [ui_api.APPLIED, ui_api.ALREADY]
    assert outcomes[0].result is not None and outcomes[0].result.inserted > 0
    [gone] = ui_api.import_bundles(trio.office.ctx, [trio.root / "missing.glbundle"])
    assert gone.status == ui_api.REFUSED and "does not exist" in str(gone.error)


def test_a_folder_scan_skips_bundles_for_other_workstations(trio: Trio) -> None:
    risk(trio.gc)
    trio.gc.export(peer=trio.office.db.workstation.id)
    outcomes = ui_api.import_bundles(trio.kk.ctx, [trio.gc.outbox])
    assert [o.status for o in outcomes] == [ui_api.SKIPPED]


def test_gaps_are_numbers_per_peer(trio: Trio, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exporter, "_chain", lambda *_: [])  # bundles as sent before the chain list: they wait
    office_id = trio.office.db.workstation.id
    risk(trio.gc, "隐患0")
    ui_api.import_bundles(trio.office.ctx, [Path(m.path) for m in trio.gc.export(peer=office_id)])
    ui_api.import_bundles(trio.gc.ctx, [Path(m.path) for m in trio.office.export(peer=trio.gc.db.workstation.id)])
    made = []
    for n in range(1, 4):  # incremental from here on (the receipt came back)
        risk(trio.gc, f"隐患{n}")
        made += trio.gc.export(peer=office_id)
    [waiting] = ui_api.import_bundles(trio.office.ctx, [Path(made[2].path)])
    assert waiting.status == ui_api.WAITING
    [gap] = ui_api.gaps(trio.office.ctx)
    assert (gap.peer_name, gap.first, gap.last) == ("观城社区 1号机", 2, 3)
    assert gap.first_file == Path(made[0].path).name  # the file to look for
    ui_api.import_bundles(trio.office.ctx, [Path(made[0].path), Path(made[1].path)])
    assert ui_api.gaps(trio.office.ctx) == ()


def test_conflicts_name_their_record_and_both_origins(trio: Trio) -> None:
    rid = risk(trio.gc)
    office_id = trio.office.db.workstation.id
    ui_api.import_bundles(trio.office.ctx, [Path(m.path) for m in trio.gc.export(peer=office_id)])
    edit(trio.gc, RiskItem, rid, title="社区版")
    trio.clock.advance(minutes=5)
    edit(trio.office, RiskItem, rid, title="街道版")
    ui_api.import_bundles(trio.office.ctx, [Path(m.path) for m in trio.gc.export(peer=office_id)])
    [view] = ui_api.conflict_views(trio.office.ctx)
    code = get(trio.gc, RiskItem, rid).code
    assert (view.record_kind, view.record_id, view.record_label) == ("risk", rid, f"{code} 街道版")
    assert view.community == "观城社区"
    assert view.kept_origin == trio.office.db.workstation.name and view.conflict.other_origin == "观城社区 1号机"
    assert view.kept_at is not None and view.other_at is not None and view.other_at <= view.kept_at


def test_enrolment_previews_show_the_fingerprint_before_anything_is_stored(trio: Trio) -> None:
    folder = trio.root / "invite-preview"
    folder.mkdir()
    made = enrolment.create_enrolment(trio.office.ctx, community_code="GC", folder=folder, name="观城社区 2号机")
    assert [(i.community_code, i.name) for i in ui_api.invitations(trio.office.ctx)] == [("GC", "观城社区 2号机")]
    before = db_digest(trio.gc.db)
    seen = ui_api.preview_enrolment(Path(made.path))
    assert (seen.kind, seen.community_code, seen.community_name) == ("enrolment", "GC", "观城社区")
    assert seen.fingerprint == made.fingerprint and db_digest(trio.gc.db) == before
    with pytest.raises(EnrolmentRefused):
        ui_api.preview_answer(Path(made.path))
    with pytest.raises(ui_api.UnreadableFile):
        ui_api.preview_enrolment(trio.root / "nothing.glenrol")


def test_the_progress_adapter_turns_a_refused_report_into_cancel() -> None:
    answers = iter([True, True, False])
    seen: list[tuple[int, int]] = []

    def report(done: int, total: int) -> bool:
        seen.append((done, total))
        return next(answers)

    progress, cancel = ui_api.sync_progress(report)
    assert not cancel()
    progress("reading", 1, 4)
    assert cancel() and cancel()  # stays cancelled
    assert seen == [(0, 0), (1, 4), (1, 4)]
    assert isinstance(Cancelled(), Exception)
