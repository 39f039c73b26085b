"""The command line with input that used to hurt: a NUL in a search, a reader that goes away (``| head``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from guanlan_desk.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_a_nul_or_bidi_character_in_a_search_is_no_database_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = str(tmp_path / "demo")
    assert main(["demo", "--data-dir", folder, "--records", "60", "--seed", "3"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("GUANLAN_PASSWORD", "demo1234")
    for query in ("纠\x00纷", "ab\x00cdef", "\u202e工资", "\x00"):
        assert main(["search", query, "--data-dir", folder]) == 0
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err and "OperationalError" not in captured.err
        assert "disputes (" in captured.out


def test_a_closed_pipe_ends_the_command_quietly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path / "demo")
    assert main(["demo", "--data-dir", folder, "--records", "60", "--seed", "4"]) == 0
    env = dict(os.environ, GUANLAN_PASSWORD="demo1234", PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "search", "纠纷", "--data-dir", folder],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head` that has already gone: every write now fails with EPIPE
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    code = proc.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err
    assert code == 0  # nothing went wrong for the user: the reader simply stopped reading
