"""The explicitly chosen keyring backend of a frozen build."""

from __future__ import annotations

import keyring
import pytest

from guanlan_desk.store import keyring_backend
from guanlan_desk.store.crypto import KeyringKeyStore
from guanlan_desk.store.errors import KeyringUnavailable


def test_expected_backends_per_platform() -> None:
    assert keyring_backend.expected_backend_name("win32") == "keyring.backends.Windows.WinVaultKeyring"
    assert keyring_backend.expected_backend_name("darwin") == "keyring.backends.macOS.Keyring"
    assert keyring_backend.expected_backend_name("linux") == "keyring.backends.SecretService.Keyring"


def test_a_missing_backend_sets_the_fail_backend_so_the_app_stops_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(keyring_backend.EXPECTED_BACKENDS, "linux", ("keyring.backends.NotThere", "Keyring"))
    monkeypatch.setattr(keyring_backend.sys, "platform", "linux")
    status = keyring_backend.use_expected_backend()
    assert not status.importable and not status.usable and "NotThere" in status.reason
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.fail"
    with pytest.raises(KeyringUnavailable):
        KeyringKeyStore().check_usable()


def test_a_usable_backend_becomes_the_active_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(keyring_backend.EXPECTED_BACKENDS, "linux", ("tests.helpers.keyring_memory", "MemoryKeyring"))
    monkeypatch.setattr(keyring_backend.sys, "platform", "linux")
    status = keyring_backend.use_expected_backend()
    assert status.usable and status.reason == "ok"
    assert type(keyring.get_keyring()).__name__ == "MemoryKeyring"
