"""SIGKILL an export between its file and its bookkeeping (a subprocess): every bundle file on the stick is
complete and recorded, no number is used twice, and the office imports everything in order."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from guanlan_desk.store.engine import open_database
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import AuditEvent, Dispute
from guanlan_desk.sync import envelope, outbox
from guanlan_desk.sync.exporter import export_bundles
from tests.conftest import Template
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Trio

ROOT = Path(__file__).resolve().parents[2]


def run_child(point: str, trio: Trio, template: Template) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.sync.export_kill_child", point, str(trio.gc.db.data_dir), str(trio.gc.outbox),
         template.workstation_id], input=template.master_b64 + "\n", capture_output=True, text=True, cwd=ROOT,
        timeout=300, check=False)


def recorded(trio: Trio) -> dict[str, int]:
    """The bundles the audit log says left the workstation: sha256 → number."""
    with trio.gc.ctx.read() as s:
        return {e.detail["sha256"]: int(e.entity_id) for e in s.scalars(select(AuditEvent).where(
            AuditEvent.action == "export")) if not e.detail.get("discarded")}


@pytest.mark.parametrize("point", ["file", "staged"])
def test_an_export_killed_between_file_and_bookkeeping_is_completed_or_discarded(
        trio: Trio, community_template: Template, point: str) -> None:
    first = new_case(trio.gc.ctx, a="第一人")
    key = trio.gc.db.master_key
    trio.gc.db.close()
    killed = run_child(point, trio, community_template)
    assert killed.returncode == -9, (killed.stdout, killed.stderr[-2000:])
    trio.gc.db = open_database(trio.gc.db.data_dir, clock=trio.clock, master_key=key)
    trio.gc.ctx = Ctx(trio.gc.db, trio.gc.ctx.actor)
    second = new_case(trio.gc.ctx, a="第二人")
    export_bundles(trio.gc.ctx, trio.gc.outbox)  # a restart: the unfinished export first, then a new one

    files = sorted(trio.gc.outbox.glob("*.glbundle"))
    seqs = [envelope.peek(f.read_bytes()).seq for f in files]
    assert seqs == list(range(1, len(files) + 1))  # no number used twice, none skipped
    audit = recorded(trio)
    for f in files:  # every file on the stick is recorded, with its number
        assert audit.get(hashlib.sha256(f.read_bytes()).hexdigest()) == envelope.peek(f.read_bytes()).seq
    assert outbox.unfinished(trio.gc.ctx) == []
    assert not any(outbox.staging_dir(trio.gc.ctx).glob("*")) if outbox.staging_dir(trio.gc.ctx).is_dir() else True

    results = trio.office.take(trio.gc.outbox)
    assert [r.status for r in results] == ["applied"] * len(files)
    with trio.office.ctx.read() as s:
        held = {str(d.id) for d in s.scalars(select(Dispute))}
    assert {first.id, second.id} <= held


def test_file_names_carry_both_workstations_and_pruning_keeps_to_its_own(tmp_path: Path) -> None:
    from guanlan_desk.sync.exporter import _prune, bundle_name, bundle_prefix

    office, gc1, gc2 = "01a2-office-0000aaaa1111", "01a2-gc-one-0000bbbb2222", "01a2-gc-two-0000cccc3333"
    names = {bundle_name("GLJD", office, "GC", gc, seq) for gc in (gc1, gc2) for seq in range(1, 5)}
    assert len(names) == 8  # two workstations of one community never share a file name
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    _prune(tmp_path, bundle_prefix("GLJD", office, "GC", gc1), 1)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([bundle_name("GLJD", office, "GC", gc1, 4)]
                          + [bundle_name("GLJD", office, "GC", gc2, s) for s in range(1, 5)])
