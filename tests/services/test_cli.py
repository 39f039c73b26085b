"""The CLI: clear messages and non-zero exits for user errors, no tracebacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from guanlan_desk.cli import main


def audit_rows(folder: Path) -> list[tuple[str, str, str]]:
    """(action, entity, username) of every audit row, read straight from the file."""
    import sqlite3

    conn = sqlite3.connect(folder / "guanlan.db")
    try:
        return [tuple(r) for r in conn.execute("SELECT action, entity, username FROM audit_event ORDER BY seq")]
    finally:
        conn.close()


def test_doctor_on_a_missing_folder_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["doctor", "--data-dir", str(tmp_path / "none")])
    out = capsys.readouterr().out
    assert code == 1 and "[FAIL] database" in out and "Traceback" not in out


def test_stats_on_a_folder_without_workstation_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["stats", "--data-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and "No workstation is set up" in err and "Traceback" not in err


def test_demo_stats_search_users_and_audit(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    folder = str(tmp_path / "demo")
    assert main(["demo", "--data-dir", folder, "--records", "120", "--seed", "2"]) == 0
    assert main(["stats", "--data-dir", folder]) == 0
    assert "disputes: 120" in capsys.readouterr().out
    assert main(["doctor", "--data-dir", folder]) == 0
    monkeypatch.setenv("GUANLAN_PASSWORD", "demo1234")
    assert main(["users", "--data-dir", folder, "list"]) == 0
    assert "mediator" in capsys.readouterr().out
    monkeypatch.setenv("GUANLAN_NEW_PASSWORD", "Another123")
    assert main(["users", "--data-dir", folder, "add", "zhou", "--name", "周海峰", "--role", "viewer"]) == 0
    assert main(["audit", "verify", "--data-dir", folder]) == 0
    assert "audit log intact" in capsys.readouterr().out
    monkeypatch.setenv("GUANLAN_PASSWORD", "wrong-password9")
    assert main(["users", "--data-dir", folder, "list"]) == 2
    assert "Wrong user name or password" in capsys.readouterr().err


def test_setup_prints_a_recovery_code_and_backup_restore_round_trip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    from tests.helpers.keyring_memory import MemoryKeyring

    monkeypatch.setenv("GUANLAN_PASSWORD", "Admin12345")
    folder = str(tmp_path / "ws")
    assert main(["setup", "--data-dir", folder, "--community", "KK", "--name", "库坑1号机"]) == 0
    out = capsys.readouterr().out
    code = [line.strip() for line in out.splitlines() if line.strip().count("-") == 13][0]
    assert main(["backup", "--data-dir", folder, "--to", str(tmp_path / "stick")]) == 0
    backup_file = next((tmp_path / "stick").glob("guanlan-*.db"))
    assert main(["audit", "verify", "--data-dir", folder]) == 0
    backups = [e for e in audit_rows(Path(folder)) if e[0] == "backup"]
    assert backups == [("backup", "database", "admin")]  # the backup is audited under the user who made it
    keyring.set_keyring(MemoryKeyring())
    assert main(["search", "王", "--data-dir", folder]) == 2  # this computer's device secret went with the keyring
    assert "recovery code" in capsys.readouterr().err
    assert main(["restore", str(backup_file), "--data-dir", str(tmp_path / "new"), "--code", code]) == 0
    assert main(["search", "王", "--data-dir", str(tmp_path / "new")]) == 0
