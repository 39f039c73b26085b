"""Encrypted personal data: no plaintext on disk, key recovery on a new machine, no silent plaintext keyring."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from guanlan_desk.domain.enums import PartyKind, WorkstationRole
from guanlan_desk.services import accounts, keys
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.services.restore import restore_with_code as restore_backup
from guanlan_desk.services.setup import restore_key, set_up_workstation
from guanlan_desk.store import backup
from guanlan_desk.store.crypto import (
    DEMO_KEY_FILE,
    DecryptionFailed,
    FieldCipher,
    master_from_recovery_code,
    recovery_code,
)
from guanlan_desk.store.engine import DB_NAME, Database, open_database
from guanlan_desk.store.errors import DeviceKeyMissing, WrongRecoveryCode
from guanlan_desk.store.models import Party
from guanlan_desk.store.uow import unit_of_work
from tests.conftest import ADMIN_PASSWORD, Template
from tests.helpers.keyring_memory import MemoryKeyring

SECRETS = {
    "id_number": "44030919850317241X",
    "phone": "13926458813",
    "address": "深圳市龙华区观澜街道库坑社区凹背新村十二巷7号",
    "notes": "当事人之子未满十四周岁",
}
NAME = "欧阳秀兰"


def add_party(db: Database) -> str:
    with unit_of_work(db.writes) as session:
        party = Party(kind=PartyKind.PERSON.value, name=NAME, **SECRETS)
        session.add(party)
        session.commit()
        return str(party.id)


def encodings(value: str) -> list[bytes]:
    return [value.encode("utf-8"), value.encode("utf-16-le"), value.encode("gbk")]


def test_field_cipher_round_trip_and_tamper() -> None:
    cipher = FieldCipher.from_master(os.urandom(32))
    blob = cipher.encrypt("party.phone", "13800138000")
    assert cipher.decrypt("party.phone", blob) == "13800138000"
    with pytest.raises(DecryptionFailed):
        cipher.decrypt("party.address", blob)  # bound to its column
    tampered = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(DecryptionFailed):
        cipher.decrypt("party.phone", tampered)
    other = FieldCipher.from_master(os.urandom(32))
    with pytest.raises(DecryptionFailed):
        other.decrypt("party.phone", blob)


def test_blind_index_is_keyed_and_separate_from_encryption() -> None:
    master = os.urandom(32)
    a, b = FieldCipher.from_master(master), FieldCipher.from_master(os.urandom(32))
    assert a.blind_index("phone", "13800138000") == a.blind_index("phone", "13800138000")
    assert a.blind_index("phone", "13800138000") != b.blind_index("phone", "13800138000")
    assert a.index_key != a.enc_key != a.audit_key


def test_recovery_code_round_trip_and_typos() -> None:
    master = os.urandom(32)
    code = recovery_code(master)
    assert len(code.split("-")) == 14
    assert master_from_recovery_code(code.lower().replace("-", " ")) == master
    broken = ("A" if code[0] != "A" else "B") + code[1:]
    with pytest.raises(WrongRecoveryCode):
        master_from_recovery_code(broken)


def test_no_plaintext_personal_data_in_the_database_files(db: Database) -> None:
    add_party(db)
    raw = b""
    for name in (DB_NAME, DB_NAME + "-wal"):
        path = db.data_dir / name
        if path.exists():
            raw += path.read_bytes()
    db.engine.dispose()
    with sqlite3.connect(db.data_dir / DB_NAME) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw += (db.data_dir / DB_NAME).read_bytes()
    made = backup.backup_database(db.data_dir / DB_NAME, db.data_dir / "backups")
    raw += made.path.read_bytes()
    assert NAME.encode("utf-8") in raw  # the scan works: names are stored in clear for search
    for value in SECRETS.values():
        for encoded in encodings(value):
            assert encoded not in raw, value


def test_restore_a_backup_on_a_new_machine_with_the_recovery_code(
    community_template: Template, db: Database, tmp_path: Path
) -> None:
    party_id = add_party(db)
    made = backup.backup_database(db.data_dir / DB_NAME, tmp_path / "stick")
    keyring.set_keyring(MemoryKeyring())  # the new machine: an empty keyring
    new_dir = tmp_path / "new-machine"
    with pytest.raises(WrongRecoveryCode):
        restore_backup(made.path, tmp_path / "wrong", recovery_code(os.urandom(32)), username="admin",
                       password=ADMIN_PASSWORD)
    restored, actor = restore_backup(made.path, new_dir, community_template.recovery_code, username="admin",
                                     password=ADMIN_PASSWORD)
    try:
        assert actor.username == "admin"
        with unit_of_work(restored.reads) as session:
            party = session.get(Party, __import__("uuid").UUID(party_id))
            assert party is not None and party.phone == SECRETS["phone"]
    finally:
        restored.close()


def test_a_lost_keyring_entry_names_the_way_back(db: Database, community_template: Template) -> None:
    db.close()
    keyring.set_keyring(MemoryKeyring())  # a new Windows profile: the device secret is gone
    again = open_database(db.data_dir)
    with pytest.raises(DeviceKeyMissing) as info:
        accounts.login(Ctx(again, Actor.system()), username="admin", password=ADMIN_PASSWORD)
    again.close()
    assert "recovery code" in info.value.render() and "keyring" not in info.value.render().lower()
    restored, _ = restore_key(db.data_dir, community_template.recovery_code, username="admin",
                              password=ADMIN_PASSWORD)
    restored.close()
    reopened = open_database(db.data_dir)
    try:
        accounts.login(Ctx(reopened, Actor.system()), username="admin", password=ADMIN_PASSWORD)
        assert reopened.unlocked
    finally:
        reopened.close()


def test_without_a_keyring_setup_and_start_go_on_with_passwords_alone(tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    result = set_up_workstation(tmp_path / "real", role=WorkstationRole.COMMUNITY, community_code="GC", name="x",
                                admin_username="admin", admin_name="管理员", admin_password="Admin12345")
    said = keys.protection(result.db)
    result.db.close()
    assert not said.ok and "passwords alone" in said.summary
    assert "Keyring" not in said.summary and "gnome" not in said.summary
    leftovers = [p.name for p in (tmp_path / "real").glob("*")]
    assert DEMO_KEY_FILE not in leftovers
    again = open_database(tmp_path / "real")
    try:
        accounts.login(Ctx(again, Actor.system()), username="admin", password="Admin12345")
        assert again.unlocked
    finally:
        again.close()


def test_plaintext_keyring_backends_are_never_used(tmp_path: Path) -> None:
    class PlaintextLike(MemoryKeyring):
        pass

    PlaintextLike.__module__ = "keyrings.alt.file"
    backend = PlaintextLike()
    keyring.set_keyring(backend)
    result = set_up_workstation(tmp_path / "real", role=WorkstationRole.COMMUNITY, community_code="GC", name="x",
                                admin_username="admin", admin_name="管理员", admin_password="Admin12345")
    assert not keys.protection(result.db).ok
    result.db.close()
    assert backend.store == {}


def test_demo_folders_need_no_keyring_and_no_key_file(tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())  # a demo needs no keyring
    result = set_up_workstation(tmp_path / "demo", role=WorkstationRole.COMMUNITY, community_code="GC", name="演示",
                                admin_username="admin", admin_name="管理员", admin_password="Admin12345", demo=True)
    assert keys.protection(result.db).summary == keys.DEMO
    result.db.close()
    assert not (tmp_path / "demo" / DEMO_KEY_FILE).exists()
    again = open_database(tmp_path / "demo")
    try:
        accounts.login(Ctx(again, Actor.system()), username="admin", password="Admin12345")
        assert again.unlocked
    finally:
        again.close()
