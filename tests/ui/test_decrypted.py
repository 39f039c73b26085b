"""Decrypted attachments never stay in %TEMP%: app-named folders, removed at exit, leftovers swept at start."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from guanlan_desk.domain.config import LocalityConfig
from guanlan_desk.services import attachments
from guanlan_desk.ui import app, decrypted
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.risks import risk_actions
from guanlan_desk.ui.views.risks.risk_actions import RiskActions
from tests.ui.dispute_helpers import register

SCAN = b"\xff\xd8\xff" + "身份证".encode() * 50


@pytest.fixture
def temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private %TEMP% for the test."""
    root = tmp_path / "Temp"
    root.mkdir()
    monkeypatch.setattr(decrypted, "temp_root", lambda: root)
    monkeypatch.setattr(decrypted, "_folder", None)
    yield root


def _ended_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, check=True,
                           text=True)
    return int(child.stdout)


def _leftover(root: Path, pid: int, name: str = "身份证.jpg") -> Path:
    folder = root / f"{decrypted.PREFIX}{pid}-abc123"
    (folder / "0a1b2c3d").mkdir(parents=True)
    (folder / "0a1b2c3d" / name).write_bytes(SCAN)
    return folder


def test_the_sweep_removes_only_this_apps_folders_of_ended_runs(temp: Path) -> None:
    dead = _leftover(temp, _ended_pid())
    waiter = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        alive = _leftover(temp, waiter.pid)
        mine = decrypted.write("k", "扫描件.pdf", SCAN).parent.parent
        other_app = temp / "guanlan-selftest-xyz"
        other_app.mkdir()
        unrelated = temp / "wps-cache"
        unrelated.mkdir()
        assert decrypted.sweep() == [dead]
        assert alive.exists() and mine.exists() and other_app.exists() and unrelated.exists()
        assert decrypted.sweep(including_mine=True) == [mine]
        assert alive.exists() and other_app.exists()
    finally:
        assert waiter.stdin is not None
        waiter.stdin.close()
        waiter.wait(timeout=60)


def test_a_file_still_open_in_the_viewer_does_not_break_the_cleanup(temp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = decrypted.write("k", "合同.docx", SCAN)
    real_unlink = os.unlink

    def held_by_wps(name: object, *args: object, **kwargs: object) -> None:
        if str(name).endswith("合同.docx"):
            raise PermissionError(13, "The process cannot access the file because it is being used", str(name))
        real_unlink(name, *args, **kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(os, "unlink", held_by_wps)
    assert decrypted.sweep(including_mine=True) == []  # no exception, the folder stays for now
    assert path.exists()
    monkeypatch.setattr(os, "unlink", real_unlink)
    # The next start: this run has "ended" from the point of view of a new process.
    monkeypatch.setattr(decrypted.os, "getpid", lambda: 1)
    monkeypatch.setattr(decrypted, "pid_alive", lambda pid: False)
    assert decrypted.sweep() == [path.parent.parent]


def test_the_app_sweeps_at_start_and_at_exit(temp: Path, monkeypatch: pytest.MonkeyPatch, qsettings: QSettings,
                                             qapp: object) -> None:
    dead = _leftover(temp, _ended_pid())
    seen: list[bool] = []

    def start(*args: object, **kwargs: object) -> None:
        seen.append(dead.exists())
        decrypted.write("k", "scan.png", SCAN)  # opened during the session
        return None
    monkeypatch.setattr(app, "apply_look", lambda *a: None)
    monkeypatch.setattr(app, "install_excepthook", lambda: None)
    monkeypatch.setattr(app, "start_session", start)
    assert app.run(temp / "data") == 0
    assert seen == [False] and list(temp.iterdir()) == []


def test_opening_a_risk_attachment_uses_the_swept_folder(temp: Path, app_session: AppSession, qtbot: object,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    dispute_id = register(app_session.ctx, "王芳")
    row = attachments.add_attachment(app_session.ctx, owner_type="dispute", owner_id=dispute_id,
                                     filename="身份证.jpg", data=SCAN)
    opened: list[str] = []
    monkeypatch.setattr(risk_actions.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    actions = RiskActions(app_session, LocalityConfig())
    qtbot.addWidget(actions)  # type: ignore[attr-defined]
    actions.open_attachment(row.id)
    qtbot.waitUntil(lambda: bool(opened))  # type: ignore[attr-defined]
    path = Path(opened[0])
    # The file is written under a name the app makes (id + allowed extension), never the stored file name.
    assert path.read_bytes() == SCAN and path.name == f"{row.id}.jpg"
    assert path.parent.parent.parent == temp and path.parent.parent.name.startswith(f"{decrypted.PREFIX}{os.getpid()}-")
    decrypted.sweep(including_mine=True)
    assert not path.exists()
