"""``import-ledger`` from the command line: login, dry run with a report, apply, mapping files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guanlan_desk.cli import main
from tests.reports.ledger_sheets import write_xlsx


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    folder = str(tmp_path / "demo")
    assert main(["demo", "--data-dir", folder, "--records", "5", "--seed", "3"]) == 0
    monkeypatch.setenv("GUANLAN_PASSWORD", "demo1234")
    return folder


def test_dry_run_reports_and_writes_nothing_then_apply_takes_the_rows_in(
        demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger = str(write_xlsx(tmp_path / "台账.xlsx"))
    report = tmp_path / "report.xlsx"
    mapping = tmp_path / "mapping.json"
    capsys.readouterr()
    code = main(["import-ledger", ledger, "--kind", "disputes", "--data-dir", demo, "--dry-run",
                 "--report", str(report), "--save-mapping", str(mapping)])
    out = capsys.readouterr().out
    assert code == 1  # refused rows: a script can tell
    assert "ready 2, with warnings 0, refused 2, skipped 2" in out
    assert "row 5: refused" in out and "lost its last digits" in out
    assert report.exists() and json.loads(mapping.read_text(encoding="utf-8"))["kind"] == "disputes"
    assert main(["import-ledger", ledger, "--kind", "disputes", "--data-dir", demo,
                 "--mapping", str(mapping)]) == 0
    assert "imported 2 records" in capsys.readouterr().out
    assert main(["import-ledger", ledger, "--kind", "disputes", "--data-dir", demo]) == 2  # nothing new
    assert "No row of the sheet is ready to import." in capsys.readouterr().err


def test_a_mapping_for_another_kind_is_refused(demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"kind": "lcp", "header_row": 0, "columns": {"name": 1}}), encoding="utf-8")
    ledger = str(write_xlsx(tmp_path / "l.xlsx"))
    assert main(["import-ledger", ledger, "--kind", "disputes", "--data-dir", demo, "--mapping", str(mapping)]) == 2
    assert "another kind of ledger" in capsys.readouterr().err


def test_a_wrong_password_imports_nothing(demo: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("GUANLAN_PASSWORD", "wrong-password9")
    ledger = str(write_xlsx(tmp_path / "l.xlsx"))
    assert main(["import-ledger", ledger, "--kind", "disputes", "--data-dir", demo]) == 2
    assert "imported" not in capsys.readouterr().out
