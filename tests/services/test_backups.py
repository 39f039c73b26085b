"""Automatic backups off the data folder: verified, thinned, audited; leftovers of killed runs cleaned; a
full disk gives a plain message; restores confirmed by the recovery code (retry after a wrong one) or an
administrator's password; the restore drill opens the restored folder with its records."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from guanlan_desk.domain.enums import AuditAction, Role
from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.services import audit, backups, restore
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.store import backup, backup_files
from guanlan_desk.store.engine import DB_NAME
from guanlan_desk.store.errors import WrongRecoveryCode
from tests.conftest import ADMIN_PASSWORD, FakeClock, Template
from tests.helpers.keyring_memory import MemoryKeyring
from tests.services.test_disputes_core import new_case


@pytest.fixture
def place(admin: Ctx, tmp_path: Path) -> Path:
    folder = tmp_path / "other-drive" / "backups"
    (tmp_path / "other-drive").mkdir()
    backups.set_folder(admin, folder)
    return folder


def test_a_backup_goes_to_the_chosen_folder_verified_hashed_and_audited(admin: Ctx, place: Path) -> None:
    assert backups.due(admin)
    made = backups.run_backup(admin, reason="daily")
    assert made.path.parent == place and not made.local_fallback
    assert backup.verify_backup(made.path)
    conn = sqlite3.connect(made.path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert not list(admin.db.data_dir.glob("backups/*.db"))
    assert not backups.due(admin)
    assert AuditAction.BACKUP.value in audit.actions_for(admin, admin.db.workstation.id)
    state = backups.status(admin)
    assert state.last_good is not None and state.last_good.path == made.path and not state.stale
    assert state.last_good.size == made.path.stat().st_size


def test_the_next_day_is_due_again_and_three_days_without_a_backup_is_stale(
        admin: Ctx, place: Path, clock: FakeClock) -> None:
    backups.run_backup(admin)
    clock.advance(days=1)
    assert backups.due(admin)
    assert not backups.status(admin).stale
    clock.advance(days=3)
    assert backups.status(admin).stale


def test_backups_never_go_inside_the_data_folder(admin: Ctx) -> None:
    with pytest.raises(ValidationError):
        backups.set_folder(admin, admin.db.data_dir / "backups")
    assert not backups.folder(admin).resolve().is_relative_to(admin.db.data_dir.resolve())


def test_only_settings_admins_choose_the_folder(viewer: Ctx, tmp_path: Path) -> None:
    from guanlan_desk.services.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        backups.set_folder(viewer, tmp_path / "x")


def test_an_absent_drive_keeps_the_last_good_copy_locally_until_it_returns(
        admin: Ctx, tmp_path: Path, clock: FakeClock) -> None:
    stick = tmp_path / "usb"
    backups.set_folder(admin, stick / "backups")  # the stick is not plugged in
    assert not backups.status(admin).drive_present
    for _ in range(3):
        made = backups.run_backup(admin)
        clock.advance(days=1)
    assert made.local_fallback and made.path.parent == admin.db.data_dir / backup_files.LOCAL_DIR
    assert len(backup_files.entries(made.path.parent)) == 1  # just the newest, locally
    stick.mkdir()  # plugged in again
    back = backups.run_backup(admin)
    assert not back.local_fallback and back.path.parent == stick / "backups"
    assert backup_files.entries(admin.db.data_dir / backup_files.LOCAL_DIR) == []


def test_thinning_keeps_seven_daily_four_weekly_and_twelve_monthly(
        admin: Ctx, place: Path, clock: FakeClock) -> None:
    for _ in range(120):
        backups.run_backup(admin, reason="daily")
        clock.advance(days=1)
    kept = backup_files.entries(place)
    assert 7 <= len(kept) <= 7 + 4 + 12
    days = sorted({e.created_at.date() for e in kept}, reverse=True)
    assert (days[0] - days[6]).days == 6  # the last seven days, one each
    assert len({e.created_at.strftime("%Y%m") for e in kept}) >= 4


def test_a_killed_run_leaves_nothing_that_looks_good_and_the_next_run_cleans_up(admin: Ctx, place: Path) -> None:
    place.mkdir(parents=True)
    (place / "guanlan-20260303-020000-daily.db.tmp").write_bytes(b"half a copy")
    (place / "guanlan-20260302-020000-daily.db").write_bytes(b"renamed, but its checksum never written")
    (place / "guanlan-20260301-020000-daily.db.sha256").write_text("0" * 64 + "  guanlan-20260301-020000-daily.db\n")
    assert backup_files.entries(place) == []
    assert backups.status(admin).last_good is None
    made = backups.run_backup(admin)
    assert sorted(p.name for p in place.iterdir()) == sorted([made.path.name, made.path.name + ".sha256"])


@pytest.mark.parametrize("fault", ["database or disk is full", "attempt to write a readonly database"])
def test_a_full_disk_or_read_only_folder_gives_a_plain_message_and_no_partial_file(
        admin: Ctx, place: Path, monkeypatch: pytest.MonkeyPatch, fault: str) -> None:
    real_connect = sqlite3.connect

    class Failing:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self._conn = conn

        def backup(self, target: sqlite3.Connection, **kwargs: object) -> None:
            target.execute("CREATE TABLE half(x)")  # some bytes reach the temporary file first
            raise sqlite3.OperationalError(fault)

        def __getattr__(self, name: str) -> object:
            return getattr(self._conn, name)

    def connect(path: object, *args: object, **kwargs: object) -> object:
        conn = real_connect(path, *args, **kwargs)  # type: ignore[call-overload]
        return Failing(conn) if str(path).endswith(DB_NAME) else conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    with pytest.raises(backup_files.BackupFailed) as caught:
        backups.run_backup(admin)
    monkeypatch.undo()
    reason = caught.value.params["reason"]
    assert reason == ("the disk is full" if "full" in fault else "the folder cannot be written")
    assert "Traceback" not in caught.value.render()
    assert list(place.iterdir()) == []


def test_restore_after_a_wrong_recovery_code_can_be_retried_and_the_drill_opens_the_records(
        admin: Ctx, place: Path, community_template: Template, tmp_path: Path) -> None:
    case = new_case(admin, a="王小明")
    made = backups.run_backup(admin)
    new_dir = tmp_path / "restored"
    wrong = community_template.recovery_code[:-1] + ("A" if community_template.recovery_code[-1] != "A" else "B")
    with pytest.raises(WrongRecoveryCode):
        restore.restore_with_code(made.path, new_dir, wrong, username="admin", password=ADMIN_PASSWORD)
    assert not (new_dir / DB_NAME).exists()
    from guanlan_desk.services.errors import LoginFailed

    with pytest.raises(LoginFailed):  # the right code but a wrong password: nothing written either
        restore.restore_with_code(made.path, new_dir, community_template.recovery_code, username="admin",
                                  password="wrong-one")
    assert not (new_dir / DB_NAME).exists()
    db, actor = restore.restore_with_code(made.path, new_dir, community_template.recovery_code, username="admin",
                                          password=ADMIN_PASSWORD)
    try:
        from guanlan_desk.services import disputes

        assert actor.username == "admin" and db.unlocked
        again = Ctx(db, actor)
        assert disputes.get_dispute(again, case.id).id == case.id
        assert AuditAction.RESTORE.value in audit.actions_for(again, db.workstation.id)
    finally:
        db.close()


def test_restore_with_an_administrator_password(admin: Ctx, place: Path, tmp_path: Path) -> None:
    made = backups.run_backup(admin)
    from guanlan_desk.services.errors import LoginFailed

    with pytest.raises(LoginFailed):
        restore.restore_with_password(admin, made.path, tmp_path / "r", username="admin", password="wrong-one")
    assert not (tmp_path / "r" / DB_NAME).exists()
    db, actor = restore.restore_with_password(admin, made.path, tmp_path / "r", username="admin",
                                              password=ADMIN_PASSWORD)
    try:
        assert db.data_dir == tmp_path / "r"
        assert actor.username == "admin" and db.unlocked  # the password opened the backup's own key slot
        assert AuditAction.RESTORE.value in audit.actions_for(Ctx(db, actor), db.workstation.id)
    finally:
        db.close()


def test_an_administrator_password_confirms_only_where_it_opens_the_backups_key_slot(
        admin: Ctx, place: Path, tmp_path: Path, memory_keyring: MemoryKeyring, community_template: Template) -> None:
    from guanlan_desk.services import accounts
    from guanlan_desk.services.errors import PermissionDenied
    from guanlan_desk.store.errors import DeviceKeyMissing

    accounts.add_user(admin, username="li", display_name="李", role=Role.MEDIATOR, password="Mediator123")
    made = backups.run_backup(admin)
    with pytest.raises(PermissionDenied):  # a right password, but not an administrator's
        restore.restore_with_password(admin, made.path, tmp_path / "r", username="li", password="Mediator123")
    memory_keyring.store.clear()  # another computer (or a lost profile): this device secret is not here
    with pytest.raises(DeviceKeyMissing):
        restore.restore_with_password(admin, made.path, tmp_path / "r", username="admin", password=ADMIN_PASSWORD)
    assert not (tmp_path / "r" / DB_NAME).exists()
    db, actor = restore.restore_with_code(made.path, tmp_path / "r", community_template.recovery_code,
                                          username="admin", password=ADMIN_PASSWORD)  # the code works anywhere
    try:
        assert actor.username == "admin" and db.unlocked
    finally:
        db.close()


def test_a_changed_backup_is_refused_before_anything_is_written(admin: Ctx, place: Path, tmp_path: Path,
                                                                 community_template: Template) -> None:
    made = backups.run_backup(admin)
    data = bytearray(made.path.read_bytes())
    data[-100] ^= 0xFF
    made.path.write_bytes(bytes(data))
    with pytest.raises(ValidationError):
        restore.restore_with_code(made.path, tmp_path / "r", community_template.recovery_code, username="admin",
                                  password=ADMIN_PASSWORD)
    assert not (tmp_path / "r").exists()


def test_after_a_failed_check_an_administrator_password_still_confirms_a_restore(
        admin: Ctx, place: Path, tmp_path: Path) -> None:
    from guanlan_desk.services.errors import LoginFailed
    from guanlan_desk.store import integrity

    made = backups.run_backup(admin)
    integrity.block(admin.db.data_dir / DB_NAME, "a search index no longer matches its table")
    try:
        with pytest.raises(LoginFailed):
            restore.restore_with_password(admin, made.path, tmp_path / "r", username="admin", password="nope-nope1")
        with pytest.raises(LoginFailed):
            restore.restore_with_password(admin, made.path, tmp_path / "r", username="nobody", password=ADMIN_PASSWORD)
        db, _actor = restore.restore_with_password(admin, made.path, tmp_path / "r", username="admin",
                                                   password=ADMIN_PASSWORD)
        db.close()
    finally:
        integrity.unblock(admin.db.data_dir / DB_NAME)
