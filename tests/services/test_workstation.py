"""Opening the data folder for the desktop app: set-up state, known faults as user-facing errors, summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from guanlan_desk.domain.enums import WorkstationRole
from guanlan_desk.services import accounts, workstation
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.store.engine import DB_NAME
from guanlan_desk.store.errors import DatabaseCorrupt, DeviceKeyMissing, NotSetUp
from tests.conftest import ADMIN_PASSWORD


def test_an_empty_folder_is_not_set_up(tmp_path: Path) -> None:
    assert not workstation.is_set_up(tmp_path)
    (tmp_path / DB_NAME).write_bytes(b"")
    assert not workstation.is_set_up(tmp_path)
    assert not workstation.is_demo(tmp_path)


def test_a_set_up_folder_opens_and_describes_itself(admin: Ctx) -> None:
    data_dir = admin.db.data_dir
    assert workstation.is_set_up(data_dir)
    summary = workstation.describe(admin)
    assert summary.role == WorkstationRole.COMMUNITY and summary.role_label == "社区工作站"
    assert (summary.community_code, summary.community_name) == ("GC", "观城社区")
    assert summary.number == 1 and not summary.demo and summary.data_dir == data_dir


def test_a_file_that_is_not_a_database_is_reported_as_corrupt(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseCorrupt):
        workstation.open_workstation(tmp_path)


def test_a_missing_folder_is_not_set_up(tmp_path: Path) -> None:
    with pytest.raises(NotSetUp):
        workstation.open_workstation(tmp_path / "nowhere")


def test_a_lost_key_is_a_user_facing_error(admin: Ctx, memory_keyring: object) -> None:
    data_dir = admin.db.data_dir
    admin.db.close()
    memory_keyring.store.clear()  # type: ignore[attr-defined]
    db = workstation.open_workstation(data_dir)  # the store opens without the key ...
    try:
        with pytest.raises(DeviceKeyMissing):  # ... but the password alone does not unwrap it here
            accounts.login(Ctx(db, Actor.system()), username="admin", password=ADMIN_PASSWORD)
    finally:
        db.close()
