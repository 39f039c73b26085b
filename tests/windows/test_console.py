"""Redirected output on Windows is in the ANSI code page (cp936 in China, cp1252 on an English build machine):
the CLI and the self-test must still write every character, and a closed pipe must not print a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from guanlan_desk.domain.enums import PartyKind
from guanlan_desk.services import parties
from guanlan_desk.services import accounts
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.store.engine import open_database
from tests.windows.conftest import ROOT, run_main

RARE = "𠮷祥"  # U+20BB7 is outside the BMP and outside GBK/cp936 as well as cp1252


def _add_rare_party(folder: Path) -> None:
    db = open_database(folder)
    try:
        actor = accounts.login(Ctx(db, Actor.system()), username="admin", password="demo1234")  # unlocks the key
        parties.find_or_create(Ctx(db, actor), parties.PartyInput(kind=PartyKind.PERSON, name=RARE))
    finally:
        db.close()


@pytest.mark.parametrize("encoding", ["cp936", "cp1252"])
def test_search_writes_rare_characters_under_an_ansi_code_page(demo_dir: Path, encoding: str) -> None:
    _add_rare_party(demo_dir)
    done = run_main("search", "--data-dir", str(demo_dir), RARE, env={"PYTHONIOENCODING": encoding})
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    out = done.stdout.decode("utf-8")
    assert "parties (1):" in out and RARE in out
    done = run_main("search", "--data-dir", str(demo_dir), "纠纷", env={"PYTHONIOENCODING": encoding})
    assert done.returncode == 0 and "纠纷" in done.stdout.decode("utf-8")


@pytest.mark.parametrize("encoding", ["cp936", "cp1252"])
def test_an_error_naming_a_chinese_folder_is_printed_under_an_ansi_code_page(tmp_path: Path, encoding: str) -> None:
    folder = tmp_path / f"数据{RARE}"
    folder.mkdir()
    done = run_main("stats", "--data-dir", str(folder), env={"PYTHONIOENCODING": encoding})
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2 and str(folder) in err and "Traceback" not in err


def test_the_self_test_runs_under_cp1252(tmp_path: Path) -> None:
    done = run_main("--self-test", env={"PYTHONIOENCODING": "cp1252", "TMPDIR": str(tmp_path)}, timeout=300)
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0, out + done.stderr.decode("utf-8", "replace")
    assert "self-test passed" in out and "纠纷" in out and "Traceback" not in done.stderr.decode("utf-8", "replace")


def test_a_closed_pipe_ends_the_output_quietly(demo_dir: Path) -> None:
    """``main.py search 纠纷 | head``: the reader leaves before the command writes."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GUANLAN_PASSWORD": "demo1234"}
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "search", "--data-dir", str(demo_dir), "纠纷"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the child prints anything
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    assert proc.wait(timeout=120) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err
