"""``--self-test`` and ``--version`` from a source checkout (the frozen build runs them in installer/build.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from guanlan_desk import __version__, selftest
from guanlan_desk.cli import main
from guanlan_desk.version import version_info

ROOT = Path(__file__).resolve().parent.parent
VERSION_LINE = re.compile(r"^guanlan_desk (\d+\.\d+\.\d+\S*) \((source checkout(, committed \d{4}-\d\d-\d\d)?|built .+), "
                          r"commit \S+\)$")


def test_self_test_passes_from_a_source_checkout_run_from_root() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--self-test"], cwd="/", env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for check in selftest.CHECKS:
        assert any(line.startswith(f"[OK] {check.name}: ") for line in lines), done.stdout
    assert lines[-1].startswith("self-test passed")


def test_a_failing_check_fails_the_self_test_and_the_folder_is_removed(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    roots: list[Path] = []

    def remember(ws: selftest.Workspace) -> str:
        roots.append(ws.root)
        return "seen"

    def broken(ws: selftest.Workspace) -> str:
        raise selftest.SelfTestFailure("nothing found")

    # No Qt check in-process: a QGuiApplication made here would outlive the test (pytest-qt needs a QApplication).
    monkeypatch.setattr(selftest, "CHECKS", [
        selftest.Check("workspace", remember),
        selftest.Check("demo data folder", selftest.check_demo_folder),
        selftest.Check("search", broken),
        selftest.Check("print form", selftest.check_print),
    ])
    assert main(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert "[OK] workspace: seen" in out
    assert "[OK] demo data folder: 50 disputes" in out
    assert "[FAIL] search: SelfTestFailure: nothing found" in out
    assert "[OK] print form: notice_to_attend: " in out  # later checks still run
    assert "self-test FAILED: 1 of 4 checks (search)" in out
    assert roots and not roots[0].exists()


def test_checks_after_a_failed_demo_folder_fail_with_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_demo(ws: selftest.Workspace) -> str:
        raise OSError("disk full")

    results = selftest.run_checks([selftest.Check("demo data folder", no_demo),
                                   selftest.Check("search", selftest.check_search)])
    assert [(r.name, r.ok) for r in results] == [("demo data folder", False), ("search", False)]
    assert results[0].detail == "OSError: disk full"
    assert "its check failed" in results[1].detail


def test_version_line_from_a_source_checkout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    line = capsys.readouterr().out.strip()
    match = VERSION_LINE.match(line)
    assert match and match.group(1) == __version__, line
    assert "source checkout" in line


def test_version_line_of_a_frozen_build_reads_the_build_stamp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "build_info.json").write_text(json.dumps(
        {"version": __version__, "build_date": "2026-12-01 08:30 UTC", "commit": "d98c753"}), "utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    version_info.cache_clear()
    try:
        info = version_info()
    finally:
        version_info.cache_clear()
    assert info.build_date == "2026-12-01 08:30 UTC" and info.commit == "d98c753"
    assert info.line() == f"guanlan_desk {__version__} (built 2026-12-01 08:30 UTC, commit d98c753)"
    assert VERSION_LINE.match(info.line())
