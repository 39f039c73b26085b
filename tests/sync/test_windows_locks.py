"""Bundles while antivirus or the office holds a file (WinError 5/32 simulated): retried, pending or skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from guanlan_desk.sync import exporter, status, ui_api
from guanlan_desk.sync.errors import ExportTargetLocked, FileInUse
from guanlan_desk.sync.importer import APPLIED, SKIPPED
from guanlan_desk.ui.views.sync.texts import outcome_text
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Trio
from tests.sync.helpers import db_digest
from tests.windows.locks import Locker


def test_publishing_survives_a_scanner_holding_the_new_bundle(trio: Trio, monkeypatch: pytest.MonkeyPatch) -> None:
    new_case(trio.gc.ctx)
    locks = Locker(monkeypatch)
    locks.replace(lambda p: p.endswith(exporter.SUFFIX), times=3)
    [made] = trio.gc.export()
    assert Path(made.path).exists() and len(locks.failures) == 3
    assert [r.status for r in trio.office.take(Path(made.path))] == [APPLIED]


def test_a_target_that_stays_locked_leaves_the_export_pending(trio: Trio, monkeypatch: pytest.MonkeyPatch) -> None:
    new_case(trio.gc.ctx)
    before = db_digest(trio.gc.db)
    locks = Locker(monkeypatch)
    outbox_dir = str(trio.gc.outbox)  # the stick or share; the staged copy on the own disk is not scanned
    locks.replace(lambda p: p.endswith(exporter.SUFFIX) and p.startswith(outbox_dir), times=None)
    with pytest.raises(ExportTargetLocked, match="in use by another program"):
        status.export_now(trio.gc.ctx, trio.gc.outbox)
    assert list(trio.gc.outbox.iterdir()) == []  # no final file, no .part left behind
    overview = status.sync_overview(trio.gc.ctx)
    assert "stays pending" in overview.export_pending and overview.pending_changes > 0
    monkeypatch.undo()
    # The next export first publishes the bundle that was recorded but could not be written (no number is lost).
    status.export_now(trio.gc.ctx, trio.gc.outbox)
    from guanlan_desk.sync import envelope

    seqs = sorted(envelope.peek(f.read_bytes()).seq for f in trio.gc.outbox.glob("*" + exporter.SUFFIX))
    assert seqs[0] == 1 and seqs == list(range(1, len(seqs) + 1))
    assert status.sync_overview(trio.gc.ctx).export_pending == ""
    assert db_digest(trio.gc.db) != before


def test_pruning_a_locked_old_bundle_does_not_fail_the_export(trio: Trio, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(2):
        new_case(trio.gc.ctx, a=f"当事人{n}")
        trio.gc.export()
    first = sorted(trio.gc.outbox.iterdir())[0]
    locks = Locker(monkeypatch)
    locks.unlink(lambda p: p == str(first), times=None)
    new_case(trio.gc.ctx, a="当事人9")
    [made] = exporter.export_bundles(trio.gc.ctx, trio.gc.outbox, keep_last=1)
    assert made.seq == 3 and Path(made.path).exists() and first.exists()
    assert status.sync_overview(trio.gc.ctx).export_pending == ""
    monkeypatch.undo()
    new_case(trio.gc.ctx, a="当事人10")
    exporter.export_bundles(trio.gc.ctx, trio.gc.outbox, keep_last=1)  # the next export removes it
    assert [p.name[-15:] for p in trio.gc.outbox.iterdir()] == ["000004.glbundle"]


def _two_bundles(trio: Trio) -> tuple[Path, Path]:
    new_case(trio.gc.ctx)
    new_case(trio.kk.ctx)
    trio.gc.export()
    trio.kk.export()
    inbox = trio.root / "inbox"
    inbox.mkdir()
    files = []
    for station in (trio.gc, trio.kk):
        [made] = station.outbox.iterdir()
        files.append(made.rename(inbox / made.name))
    return files[0], files[1]


def test_a_folder_import_skips_and_names_a_locked_file(trio: Trio, monkeypatch: pytest.MonkeyPatch) -> None:
    gc_file, kk_file = _two_bundles(trio)
    locks = Locker(monkeypatch)
    locks.read(lambda p: p == str(gc_file), times=None)
    results = {Path(r.path).name: r for r in trio.office.take(gc_file.parent)}
    assert results[kk_file.name].status == APPLIED
    assert results[gc_file.name].status == SKIPPED and gc_file.name in results[gc_file.name].message
    assert "in use by another program" in results[gc_file.name].message
    monkeypatch.undo()
    again = {Path(r.path).name: r.status for r in trio.office.take(gc_file.parent)}
    assert again[gc_file.name] == APPLIED


def test_a_briefly_locked_file_is_read_after_a_pause(trio: Trio, monkeypatch: pytest.MonkeyPatch) -> None:
    gc_file, _ = _two_bundles(trio)
    locks = Locker(monkeypatch)
    locks.read(lambda p: p == str(gc_file), times=2)
    statuses = {Path(r.path).name: r.status for r in trio.office.take(gc_file.parent)}
    assert statuses[gc_file.name] == APPLIED and len(locks.pauses) == 2


def test_the_desktop_import_skips_and_names_a_locked_file(trio: Trio, monkeypatch: pytest.MonkeyPatch) -> None:
    gc_file, kk_file = _two_bundles(trio)
    real_open = open

    def held_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(gc_file):
            raise PermissionError(13, "The process cannot access the file", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]
    Locker(monkeypatch)
    monkeypatch.setattr("builtins.open", held_open)
    out = {Path(o.path).name: o for o in ui_api.import_bundles(trio.office.ctx, [gc_file.parent])}
    assert out[kk_file.name].status == APPLIED
    skipped = out[gc_file.name]
    assert skipped.status == SKIPPED and "in use by another program" in outcome_text(skipped)
    assert gc_file.name in outcome_text(skipped)


def test_a_single_locked_file_is_skipped_not_refused(trio: Trio, monkeypatch: pytest.MonkeyPatch) -> None:
    gc_file, _ = _two_bundles(trio)
    Locker(monkeypatch).read(lambda p: p == str(gc_file), times=None)
    [outcome] = ui_api.import_bundles(trio.office.ctx, [gc_file])
    assert outcome.status == SKIPPED and "in use by another program" in outcome_text(outcome)
    with pytest.raises(FileInUse):
        trio.office.take(gc_file)
