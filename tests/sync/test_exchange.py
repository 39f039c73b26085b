"""Enrolment, export behaviour (pending folder, keep last N, cancel, audit), audit chains and the CLI."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from guanlan_desk import cli
from guanlan_desk.services import audit
from guanlan_desk.sync import enrolment, status
from guanlan_desk.sync.errors import BundleDamaged, Cancelled, EnrolmentRefused, ExportPending
from guanlan_desk.sync.exporter import export_bundles
from tests.conftest import ADMIN_PASSWORD
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Trio
from tests.sync.helpers import db_digest


def test_enrolment_shows_matching_fingerprints_and_refuses_what_does_not_fit(trio: Trio, tmp_path: Path) -> None:
    office_print = status.sync_overview(trio.office.ctx).fingerprint
    [office_peer] = status.sync_overview(trio.gc.ctx).peers
    assert office_peer.fingerprint == office_print and office_peer.role == "office"
    gc_at_office = {p.community_code: p.fingerprint for p in status.sync_overview(trio.office.ctx).peers}
    assert gc_at_office["GC"] == status.sync_overview(trio.gc.ctx).fingerprint
    assert gc_at_office["GC"] != gc_at_office["KK"]

    folder = tmp_path / "invite2"
    folder.mkdir()
    made = enrolment.create_enrolment(trio.office.ctx, community_code="GC", folder=folder)
    with pytest.raises(EnrolmentRefused, match="another community"):
        enrolment.import_enrolment(trio.kk.ctx, Path(made.path), answer_to=folder, confirm=made.fingerprint)
    data = bytearray(Path(made.path).read_bytes())
    data[-5] ^= 0x40
    Path(made.path).write_bytes(bytes(data))
    with pytest.raises(BundleDamaged):
        enrolment.import_enrolment(trio.gc.ctx, Path(made.path), answer_to=folder, confirm=made.fingerprint)
    # An answer nobody asked for (the invitation was answered already) is refused.
    again = trio.root / "answer-GC"
    with pytest.raises(EnrolmentRefused):
        enrolment.import_answer(trio.kk.ctx, next(again.iterdir()), confirm=gc_at_office["GC"])


def test_a_missing_folder_leaves_the_export_pending_and_says_so(trio: Trio) -> None:
    new_case(trio.gc.ctx)
    stick = trio.root / "usb-stick"
    before = db_digest(trio.gc.db)
    with pytest.raises(ExportPending, match="USB stick"):
        status.export_now(trio.gc.ctx, stick)
    overview = status.sync_overview(trio.gc.ctx)
    assert "is not available" in overview.export_pending and overview.pending_changes > 0
    stick.mkdir()
    [made] = status.export_now(trio.gc.ctx, stick)
    assert Path(made.path).exists() and status.sync_overview(trio.gc.ctx).export_pending == ""
    assert db_digest(trio.gc.db) != before


def test_exports_are_audited_and_only_the_last_bundles_are_kept(trio: Trio) -> None:
    for n in range(3):
        new_case(trio.gc.ctx, a=f"当事人{n}")
        status.export_now(trio.gc.ctx, trio.gc.outbox)
    new_case(trio.gc.ctx, a="当事人3")
    [last] = export_bundles(trio.gc.ctx, trio.gc.outbox, keep_last=2)
    names = sorted(p.name for p in trio.gc.outbox.iterdir())
    assert [n[-15:] for n in names] == ["000003.glbundle", "000004.glbundle"]
    rows = [r for r in audit.recent(trio.gc.ctx, limit=20) if r.action == "export"]
    assert rows[0].detail["sha256"] == last.sha256 and rows[0].detail["destination"] == last.path
    assert rows[0].detail["records"] == last.rows > 0
    assert [h.kind for h in status.history(trio.gc.ctx)][:4] == ["export"] * 4


def test_cancelling_leaves_no_file_and_no_change(trio: Trio) -> None:
    new_case(trio.gc.ctx)
    before = db_digest(trio.gc.db)
    calls: list[str] = []

    def stop_when_writing() -> bool:
        return bool(calls) and calls[-1] == "writing"

    with pytest.raises(Cancelled):
        status.export_now(trio.gc.ctx, trio.gc.outbox, progress=lambda stage, d, t: calls.append(stage),
                          cancel=stop_when_writing)
    assert list(trio.gc.outbox.iterdir()) == [] and db_digest(trio.gc.db) == before
    [made] = status.export_now(trio.gc.ctx, trio.gc.outbox)
    office_before = db_digest(trio.office.db)
    seen: list[str] = []
    with pytest.raises(Cancelled):
        status.import_path(trio.office.ctx, Path(made.path), progress=lambda s, d, t: seen.append(s),
                           cancel=lambda: "applying" in seen)
    assert db_digest(trio.office.db) == office_before
    assert status.import_path(trio.office.ctx, Path(made.path))[0].status == "applied"


def test_the_office_verifies_the_community_audit_chain(trio: Trio) -> None:
    new_case(trio.gc.ctx)
    [first] = trio.gc.export()
    assert not trio.office.take(Path(first.path))[0].warnings
    # Someone edits an already-sent audit row at the community; the next full bundle re-sends the chain.
    with trio.gc.db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_event_no_update")  # an attacker with the file drops the guard
        conn.exec_driver_sql("UPDATE audit_event SET hash = '" + "f" * 64 + "' WHERE seq = 2")
    new_case(trio.gc.ctx, a="赵六")
    [second] = trio.gc.export()
    [result] = trio.office.take(Path(second.path))
    assert result.status == "applied"
    assert any("audit log" in w for w in result.warnings)
    assert "audit log" in next(p for p in status.sync_overview(trio.office.ctx).peers if p.community_code == "GC").problem


def test_cli_export_import_and_status(trio: Trio, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)
    new_case(trio.gc.ctx)
    gc_dir, office_dir = str(trio.gc.db.data_dir), str(trio.office.db.data_dir)
    stick = trio.root / "stick"
    stick.mkdir()
    assert cli.main(["export", "--data-dir", gc_dir, "--to", str(stick)]) == 0
    assert "bundle 1 for" in capsys.readouterr().out
    assert cli.main(["import", "--data-dir", office_dir, str(stick)]) == 0
    out = capsys.readouterr().out
    assert ": applied: bundle 1 from 观城社区 1号机 imported" in out
    assert cli.main(["import", "--data-dir", office_dir, str(stick)]) == 0
    assert "already imported" in capsys.readouterr().out
    assert cli.main(["sync-status", "--data-dir", office_dir]) == 0
    assert "peer 观城社区" in capsys.readouterr().out
    assert cli.main(["export", "--data-dir", gc_dir, "--to", str(trio.root / "nowhere")]) == cli.EXIT_USER_ERROR
    assert "export stays pending" in capsys.readouterr().err


def test_cli_enrolment_round(trio: Trio, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)
    folder = trio.root / "cli-enrol"
    folder.mkdir()
    office_dir, kk_dir = str(trio.office.db.data_dir), str(trio.kk.db.data_dir)
    office_print = status.sync_overview(trio.office.ctx).fingerprint
    kk_print = status.sync_overview(trio.kk.ctx).fingerprint
    assert cli.main(["enrol", "create", "--data-dir", office_dir, "--community", "KK", "--to", str(folder)]) == 0
    invite = next(folder.glob("*.glenrol"))
    assert cli.main(["enrol", "import", "--data-dir", kk_dir, str(invite), "--answer-to", str(folder),
                     "--confirm", office_print]) == 0
    answer = str(next(folder.glob("*.glanswer")))
    assert cli.main(["enrol", "answer", "--data-dir", office_dir, answer, "--confirm", kk_print.lower()]) == 0
    out = capsys.readouterr().out
    assert out.count(office_print) >= 2
    assert kk_print in out


def test_a_sender_whose_clock_is_far_ahead_is_flagged(trio: Trio) -> None:
    new_case(trio.gc.ctx)
    ahead = trio.clock.now + timedelta(days=3)
    trio.gc.db.clock = lambda: ahead
    [made] = trio.gc.export()
    [result] = trio.office.take(Path(made.path))
    assert result.status == "applied"
    assert any("72 hours ahead" in w for w in result.warnings)
