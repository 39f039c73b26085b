"""The start: a plain launch goes straight to the login window without loading the database layer, the
folder opens on a thread once the window is up, and commands still go through the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from guanlan_desk import launch
from guanlan_desk.services import workstation
from guanlan_desk.store.engine import Database
from guanlan_desk.ui.opening import BackgroundOpen, folder_is_demo, folder_is_set_up

ROOT = Path(__file__).resolve().parents[2]


def test_only_a_plain_start_skips_the_cli(tmp_path: Path) -> None:
    assert launch._plain_gui([]) is not None
    assert launch._plain_gui(["--data-dir", str(tmp_path)]) is not None
    for argv in (["stats"], ["--version"], ["--self-test"], ["--help"], ["--demo"],
                 ["--demo", "--data-dir", str(tmp_path)], ["backup", "--to", "x"]):
        assert launch._plain_gui(argv) is None, argv


def test_the_login_window_needs_nothing_of_the_database_layer() -> None:
    code = ("import sys, guanlan_desk.launch, guanlan_desk.ui.app, guanlan_desk.ui.dialogs.login; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'reportlab', "
            "'cryptography', 'argon2'}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                          env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.stdout.strip() == "[]", done.stdout


def test_the_light_folder_tests_agree_with_the_store(db: Database, tmp_path: Path) -> None:
    assert folder_is_set_up(db.data_dir) == workstation.is_set_up(db.data_dir) is True
    assert folder_is_set_up(tmp_path / "none") == workstation.is_set_up(tmp_path / "none") is False
    assert folder_is_demo(db.data_dir) == workstation.is_demo(db.data_dir)


def test_the_opening_waits_for_its_start_and_then_preloads(db: Database) -> None:
    data_dir = db.data_dir
    db.close()
    opening = BackgroundOpen(data_dir, preload=("guanlan_desk.ui.navigation",))
    assert not opening.done()
    opened = opening.result()  # starts it when nobody did
    try:
        assert opened.data_dir == data_dir
        assert opening.preloaded.wait(60) and "guanlan_desk.ui.navigation" in sys.modules
    finally:
        opened.close()
