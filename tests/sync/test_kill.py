"""SIGKILL an import at random points (a subprocess): the database is before or after the bundle, never between."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import func, select, text

from guanlan_desk.services import demo
from guanlan_desk.store.engine import open_database
from guanlan_desk.store.models import Dispute, ImportLog, MediationSession, Party
from guanlan_desk.sync.importer import import_path
from tests.conftest import Template
from tests.sync.conftest import Trio

ROOT = Path(__file__).resolve().parents[2]
# Killed by SIGKILL on POSIX; on Windows TerminateProcess leaves the exit code the child chose (9).
KILLED = -9 if sys.platform != "win32" else 9


def run_child(mode: str, k: int, data_dir: Path, bundle: Path, template: Template) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.sync.kill_child", mode, str(k), str(data_dir), str(bundle),
         template.workstation_id], input=template.master_b64 + "\n", capture_output=True, text=True, cwd=ROOT,
        timeout=120, check=False)


def state(data_dir: Path, clock: object, key: bytes) -> tuple[int, int, int, int]:
    db = open_database(data_dir, clock=clock, master_key=key)  # type: ignore[arg-type]
    try:
        with db.reads() as s:
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            return (int(s.execute(select(func.count()).select_from(Dispute)).scalar_one()),
                    int(s.execute(select(func.count()).select_from(Party)).scalar_one()),
                    int(s.execute(select(func.count()).select_from(MediationSession)).scalar_one()),
                    int(s.execute(select(func.count()).select_from(ImportLog)).scalar_one()))
    finally:
        db.close()


def test_sigkill_during_import_leaves_before_or_after_and_the_retry_succeeds(
        trio: Trio, office_template: Template, tmp_path: Path) -> None:
    demo._fill(trio.gc.db, records=300, seed=5, today=date(2026, 3, 4), progress=None)
    [made] = trio.gc.export()
    office_dir = trio.office.db.data_dir
    trio.office.db.close()
    pristine = tmp_path / "pristine"
    shutil.copytree(office_dir, pristine)
    before = state(pristine, trio.clock, trio.office.db.master_key)

    calibrate = tmp_path / "calibrate"
    shutil.copytree(pristine, calibrate)
    done = run_child("none", 0, calibrate, Path(made.path), office_template)
    assert done.returncode == 0, done.stderr
    status, vm_ticks, steps, write_start = done.stdout.split()
    assert status == "applied" and int(vm_ticks) > int(write_start) + 20
    after = state(calibrate, trio.clock, trio.office.db.master_key)
    assert after[0] == before[0] + 300 and after[3] == before[3] + 1

    rng = random.Random(20261201)
    points = [("step", rng.randint(1, int(steps)))]
    # Most kills land inside the write transaction, where a torn import would show.
    points += [("vm", rng.randint(int(write_start), int(vm_ticks))) for _ in range(4)]
    for n, (mode, k) in enumerate(points):
        folder = tmp_path / f"kill{n}"
        shutil.copytree(pristine, folder)
        killed = run_child(mode, k, folder, Path(made.path), office_template)
        assert killed.returncode == KILLED, (mode, k, killed.stdout, killed.stderr)
        seen = state(folder, trio.clock, trio.office.db.master_key)
        assert seen in (before, after), (mode, k, seen)
        db = open_database(folder, clock=trio.clock, master_key=trio.office.db.master_key)
        try:
            from guanlan_desk.domain.enums import Role
            from guanlan_desk.services.context import Actor, Ctx

            [retry] = import_path(Ctx(db, Actor.system(Role.OFFICE_ADMIN)), Path(made.path))
            assert retry.status == ("applied" if seen == before else "already imported")
        finally:
            db.close()
        assert state(folder, trio.clock, trio.office.db.master_key) == after
