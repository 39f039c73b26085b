"""Key slots: the login unlocks the data key; nothing on disk opens the records without a password (and this
computer's device secret) or the recovery code; older workstations and demo folders move over at login."""

from __future__ import annotations

import base64
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from guanlan_desk.domain.enums import PartyKind, Role
from guanlan_desk.services import accounts, keys, parties
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.services.setup import restore_key
from guanlan_desk.store.crypto import DEMO_KEY_FILE, KEYRING_SERVICE, DemoFileKeyStore, recovery_code
from guanlan_desk.store.engine import DB_NAME, DEMO_MARKER, Database, open_database
from guanlan_desk.store.errors import DataKeyLocked, DataKeyMissing, DeviceKeyMissing
from tests.conftest import ADMIN_PASSWORD, FakeClock, Template
from tests.helpers.keyring_memory import MemoryKeyring

PHONE = "13912345678"


def _reopen(folder: Path, clock: FakeClock) -> Database:
    return open_database(folder, clock=clock)


def _login(db: Database, username: str = "admin", password: str = ADMIN_PASSWORD) -> Ctx:
    return Ctx(db, accounts.login(Ctx(db, Actor.system()), username=username, password=password))


@pytest.fixture
def folder(db: Database, admin: Ctx) -> Iterator[Path]:
    """The test workstation with one party (a phone number), closed."""
    parties.find_or_create(admin, parties.PartyInput(kind=PartyKind.PERSON, name="王小明", phone=PHONE))
    db.close()
    yield db.data_dir


def test_the_store_opens_locked_and_a_login_unlocks_it(folder: Path, clock: FakeClock) -> None:
    db = _reopen(folder, clock)
    try:
        assert not db.unlocked
        with pytest.raises(DataKeyLocked):
            parties.list_parties(Ctx(db, Actor.system()), "王小明", limit=5)
        ctx = _login(db)
        assert db.unlocked
        assert parties.list_parties(ctx, "王小明", limit=5).rows[0].phone  # decrypts (masked or not)
    finally:
        db.close()


def test_nothing_on_disk_or_in_the_keyring_is_the_data_key(folder: Path, community_template: Template,
                                                          memory_keyring: MemoryKeyring) -> None:
    master = base64.b64decode(community_template.master_b64)
    raw = (folder / DB_NAME).read_bytes() + b"".join(p.read_bytes() for p in folder.glob("*-wal"))
    assert master not in raw and base64.b64encode(master) not in raw
    assert all(not name.endswith(":master") for _, name in memory_keyring.store)
    assert community_template.master_b64 not in memory_keyring.store.values()


def test_a_copied_database_and_password_open_nothing_on_another_computer(
    folder: Path, tmp_path: Path, clock: FakeClock, memory_keyring: MemoryKeyring, community_template: Template
) -> None:
    stolen = tmp_path / "stolen"
    shutil.copytree(folder, stolen)
    other = MemoryKeyring()  # another computer: its keyring has its own device secret for the same workstation
    other.set_password(KEYRING_SERVICE, f"{community_template.workstation_id}:device",
                       base64.b64encode(b"x" * 32).decode())
    keyring.set_keyring(other)
    copy = _reopen(stolen, clock)
    try:
        with pytest.raises(DeviceKeyMissing):
            _login(copy)
        assert not copy.unlocked
    finally:
        copy.close()
    keyring.set_keyring(fail.Keyring())  # or a computer without any keyring
    copy = _reopen(stolen, clock)
    try:
        with pytest.raises(DeviceKeyMissing):
            _login(copy)
    finally:
        copy.close()
    keyring.set_keyring(memory_keyring)  # the original computer still opens it
    home = _reopen(folder, clock)
    try:
        _login(home)
        assert home.unlocked
    finally:
        home.close()


@pytest.mark.parametrize("backend", ["empty", "none"])
def test_the_recovery_code_restores_anywhere(folder: Path, tmp_path: Path, clock: FakeClock, backend: str,
                                             community_template: Template) -> None:
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(folder, elsewhere)
    keyring.set_keyring(MemoryKeyring() if backend == "empty" else fail.Keyring())
    db, actor = restore_key(elsewhere, community_template.recovery_code, username="admin", password=ADMIN_PASSWORD)
    try:
        ctx = Ctx(db, actor)
        found = parties.list_parties(ctx, "王小明", limit=5)
        assert found.rows
    finally:
        db.close()
    again = _reopen(elsewhere, clock)  # the admin's slot was rewritten for this computer
    try:
        _login(again)
        assert again.unlocked
    finally:
        again.close()


def test_a_password_change_rewraps_the_slot(folder: Path, clock: FakeClock) -> None:
    db = _reopen(folder, clock)
    ctx = _login(db)
    accounts.change_password(ctx, old_password=ADMIN_PASSWORD, new_password="Changed2026")
    db.close()
    db = _reopen(folder, clock)
    try:
        _login(db, password="Changed2026")
        assert db.unlocked
    finally:
        db.close()


def test_an_admin_reset_writes_a_slot_the_user_opens_alone(folder: Path, clock: FakeClock) -> None:
    db = _reopen(folder, clock)
    ctx = _login(db)
    accounts.add_user(ctx, username="chen", display_name="陈志强", role=Role.MEDIATOR, password="Mediator2026")
    accounts.set_password(ctx, username="chen", new_password="Reset2026x")
    db.close()
    db = _reopen(folder, clock)
    try:
        with pytest.raises(Exception):
            _login(db, "chen", "Mediator2026")
        assert not db.unlocked
        _login(db, "chen", "Reset2026x")
        assert db.unlocked
    finally:
        db.close()


def _make_legacy(folder: Path, template: Template, *, demo: bool, backend: MemoryKeyring) -> None:
    """Turn a data folder into one from before key slots: no slots, the key in the keyring or the demo file."""
    conn = sqlite3.connect(folder / DB_NAME)
    conn.execute("DELETE FROM key_slot")
    conn.commit()
    conn.close()
    master = base64.b64decode(template.master_b64)
    if demo:
        (folder / DEMO_MARKER).write_text("demo")
        DemoFileKeyStore(folder).save(template.workstation_id, master)
    else:
        backend.set_password(KEYRING_SERVICE, f"{template.workstation_id}:master", template.master_b64)


def test_an_older_workstation_moves_to_slots_at_each_login(folder: Path, clock: FakeClock,
                                                           community_template: Template,
                                                           memory_keyring: MemoryKeyring) -> None:
    db = _reopen(folder, clock)
    accounts.add_user(_login(db), username="chen", display_name="陈志强", role=Role.MEDIATOR,
                      password="Mediator2026")
    db.close()
    _make_legacy(folder, community_template, demo=False, backend=memory_keyring)
    entry = (KEYRING_SERVICE, f"{community_template.workstation_id}:master")
    db = _reopen(folder, clock)
    _login(db)  # the old keyring copy is read; admin's slot is written; chen has none yet: the copy stays
    db.close()
    assert entry in memory_keyring.store
    db = _reopen(folder, clock)
    _login(db, "chen", "Mediator2026")
    db.close()
    assert entry not in memory_keyring.store  # every account has its slot: the keyring copy is gone
    for user, password in (("admin", ADMIN_PASSWORD), ("chen", "Mediator2026")):
        db = _reopen(folder, clock)
        try:
            _login(db, user, password)
            assert db.unlocked
        finally:
            db.close()
    db = _reopen(folder, clock)
    try:
        from guanlan_desk.services import audit

        assert audit.verify(_login(db)).ok
    finally:
        db.close()
    old_code = recovery_code(base64.b64decode(community_template.master_b64))  # as printed before key slots
    restored, _ = restore_key(folder, old_code, username="admin", password=ADMIN_PASSWORD)  # still works
    restored.close()


def test_a_demo_folder_moves_over_and_drops_its_key_file(folder: Path, clock: FakeClock,
                                                        community_template: Template,
                                                        memory_keyring: MemoryKeyring) -> None:
    from guanlan_desk.services.demo import DEMO_PASSWORD

    db = _reopen(folder, clock)
    ctx = _login(db)
    accounts.add_user(ctx, username="grid", display_name="刘网格", role=Role.GRID_OFFICER, password=DEMO_PASSWORD)
    accounts.set_password(ctx, username="admin", new_password=DEMO_PASSWORD)
    db.close()
    _make_legacy(folder, community_template, demo=True, backend=memory_keyring)
    db = _reopen(folder, clock)
    _login(db, "admin", DEMO_PASSWORD)
    db.close()
    assert not (folder / DEMO_KEY_FILE).exists()
    db = _reopen(folder, clock)
    try:
        _login(db, "grid", DEMO_PASSWORD)  # its slot was written at the admin's login
        assert db.unlocked
    finally:
        db.close()


def test_protection_is_said_in_plain_words(db: Database, memory_keyring: MemoryKeyring) -> None:
    said = keys.protection(db)
    assert said.ok and said.summary == keys.PROTECTED
    keyring.set_keyring(fail.Keyring())
    said = keys.protection(db)
    assert not said.ok and said.summary == keys.PASSWORDS_ONLY
    for word in ("keyring", "Keyring", "fail.", "Error", "$", "--"):
        assert word not in said.summary


def test_a_disabled_account_loses_its_slot_and_a_reset_gives_it_back(folder: Path, clock: FakeClock) -> None:
    db = _reopen(folder, clock)
    ctx = _login(db)
    accounts.add_user(ctx, username="chen", display_name="陈志强", role=Role.MEDIATOR, password="Mediator2026")
    accounts.set_active(ctx, username="chen", active=False)
    accounts.set_active(ctx, username="chen", active=True)
    db.close()
    db = _reopen(folder, clock)
    try:
        with pytest.raises(DataKeyMissing):  # the old password no longer opens anything on disk
            _login(db, "chen", "Mediator2026")
        _login(db)
        accounts.set_password(Ctx(db, accounts.login(Ctx(db, Actor.system()), username="admin",
                                                      password=ADMIN_PASSWORD)), username="chen",
                              new_password="Again2026x")
    finally:
        db.close()
    db = _reopen(folder, clock)
    try:
        _login(db, "chen", "Again2026x")
        assert db.unlocked
    finally:
        db.close()
