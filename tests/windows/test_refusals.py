"""Environment faults end a command with a translated message, never a traceback (issue 9's list)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from guanlan_desk.cli import EXIT_USER_ERROR, main
from guanlan_desk.store.crypto import DEMO_KEY_FILE
from guanlan_desk.store.engine import DB_NAME
from tests.windows.conftest import DEMO_PASSWORD


@contextmanager
def unwritable(path: Path) -> Iterator[None]:
    """Make ``path`` unwritable even for root (the immutable attribute), or by its mode for other users."""
    if sys.platform == "win32":
        pytest.skip("POSIX permissions; the manual Windows test plan covers read-only folders there")
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)], check=False,
                                                            capture_output=True).returncode != 0:
            pytest.skip("running as root without chattr +i: cannot make a folder unwritable here")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        return
    mode = path.stat().st_mode
    path.chmod(mode & 0o555)
    try:
        yield
    finally:
        path.chmod(mode)


def _refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    captured = capsys.readouterr()
    assert code == EXIT_USER_ERROR, captured
    assert "Traceback" not in captured.err + captured.out
    return captured.err


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUANLAN_PASSWORD", DEMO_PASSWORD)


def test_a_read_only_database_file(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with unwritable(demo_dir / DB_NAME):
        err = _refused(capsys, "search", "--data-dir", str(demo_dir), "纠纷")
    assert "read-only" in err


def test_an_immutable_data_folder(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with unwritable(demo_dir):
        err = _refused(capsys, "stats", "--data-dir", str(demo_dir))
    assert "cannot be opened" in err or "could not be read or written" in err


def test_a_truncated_database_file(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = demo_dir / DB_NAME
    with open(db, "r+b") as fh:
        fh.truncate(db.stat().st_size // 3)
    err = _refused(capsys, "stats", "--data-dir", str(demo_dir))
    assert "damaged" in err and "backup" in err


def test_a_file_that_is_not_a_database(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (demo_dir / DB_NAME).write_bytes(b"PK\x03\x04 not sqlite at all" * 200)
    err = _refused(capsys, "stats", "--data-dir", str(demo_dir))
    assert "not a database" in err or "damaged" in err


@pytest.mark.parametrize("content", ["{broken", "[1, 2]", '{"%s": "***"}'])
def test_a_corrupt_demo_key_file(demo_dir: Path, capsys: pytest.CaptureFixture[str], content: str,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Since key slots, a demo folder's key is wrapped by the demo password: a damaged or leftover demo key
    file is never read again and changes nothing (no traceback, the records still open)."""
    key_file = demo_dir / DEMO_KEY_FILE
    key_file.write_text(content.replace("%s", "x"), "utf-8")
    monkeypatch.setenv("GUANLAN_PASSWORD", "demo1234")
    code = main(["search", "--data-dir", str(demo_dir), "纠纷"])
    captured = capsys.readouterr()
    assert code == 0 and "Traceback" not in captured.err + captured.out
    assert "disputes (0)" not in captured.out


@pytest.mark.parametrize("text", ["纠\x00纷", "\x00", "a\x00b\x07", "\udc80纠纷"])
def test_control_characters_in_a_search_text(demo_dir: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    assert main(["search", "--data-dir", str(demo_dir), text]) == 0
    out = capsys.readouterr().out
    assert "parties (" in out and "disputes (" in out
    if text.startswith("纠"):
        assert "disputes (0)" not in out  # the NUL is dropped, the rest still searches
