"""Field encryption (AES-GCM), blind indexes (HMAC-SHA256) and the keys behind them.

One 32-byte master key per workstation, kept only wrapped in key slots (``store.keyslots``): per user under
the password, and once under the printed recovery code. Sub-keys for encryption, blind indexes and the audit
chain are derived with HKDF, so each purpose has its own key. The key stores below are where workstations
kept the key before key slots (the OS keyring; a demo file): read once at the next login, then removed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import keyring
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.store.errors import (
    DataKeyMissing,
    DemoKeyFileDamaged,
    KeyringUnavailable,
    StoreError,
    WrongRecoveryCode,
)

KEYRING_SERVICE = "guanlan_desk"
DEMO_KEY_FILE = "DEMO-KEYS-NOT-SECRET.json"
_FORMAT = b"\x01"
_NONCE = 12


def _derive(master: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"guanlan_desk/" + purpose).derive(master)


class DecryptionFailed(StoreError):
    """A stored value does not decrypt with this workstation's key."""

    def __init__(self, column: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "A protected value ({column}) could not be decrypted: wrong key or damaged data."), column=column)


@dataclass(frozen=True, slots=True)
class FieldCipher:
    """Encrypts single values with AES-GCM; the column name is bound as associated data."""

    enc_key: bytes
    index_key: bytes
    audit_key: bytes
    key_check: str
    sign_seed: bytes = b""
    box_seed: bytes = b""

    @classmethod
    def from_master(cls, master: bytes) -> FieldCipher:
        """Derive the purpose keys from a 32-byte master key."""
        if len(master) != 32:
            raise ValueError("master key must be 32 bytes")
        check = hmac.new(_derive(master, b"check"), b"key-check", hashlib.sha256).hexdigest()[:32]
        # The sync key pairs (Ed25519 signing, X25519 encryption) come from the same master key, so the keyring
        # holds them with it and the printed recovery code restores them too.
        return cls(_derive(master, b"field-enc"), _derive(master, b"blind-index"), _derive(master, b"audit"), check,
                   _derive(master, b"sync-sign"), _derive(master, b"sync-box"))

    def encrypt(self, column: str, plaintext: str) -> bytes:
        """``01 | nonce | ciphertext+tag``."""
        nonce = os.urandom(_NONCE)
        return _FORMAT + nonce + AESGCM(self.enc_key).encrypt(nonce, plaintext.encode("utf-8"), column.encode())

    def decrypt(self, column: str, blob: bytes) -> str:
        """Reverse :meth:`encrypt`; raises :class:`DecryptionFailed` on a wrong key or tampering."""
        if blob[:1] != _FORMAT or len(blob) < 1 + _NONCE + 16:
            raise DecryptionFailed(column)
        try:
            plain = AESGCM(self.enc_key).decrypt(blob[1:1 + _NONCE], blob[1 + _NONCE:], column.encode())
        except InvalidTag as exc:
            raise DecryptionFailed(column) from exc
        return plain.decode("utf-8")

    def encrypt_bytes(self, context: str, data: bytes) -> bytes:
        """Encrypt a file's bytes (attachments); ``context`` is bound as associated data."""
        nonce = os.urandom(_NONCE)
        return _FORMAT + nonce + AESGCM(self.enc_key).encrypt(nonce, data, context.encode())

    def decrypt_bytes(self, context: str, blob: bytes) -> bytes:
        """Reverse :meth:`encrypt_bytes`; raises :class:`DecryptionFailed` on tampering or a wrong key."""
        if blob[:1] != _FORMAT or len(blob) < 1 + _NONCE + 16:
            raise DecryptionFailed(context)
        try:
            return AESGCM(self.enc_key).decrypt(blob[1:1 + _NONCE], blob[1 + _NONCE:], context.encode())
        except InvalidTag as exc:
            raise DecryptionFailed(context) from exc

    def blind_index(self, kind: str, canonical: str) -> str:
        """A keyed, truncated hash for exact lookup (CipherSweet-style): 16 bytes hex."""
        mac = hmac.new(self.index_key, f"{kind}\x00{canonical}".encode(), hashlib.sha256)
        return mac.hexdigest()[:32]


# -- recovery code --------------------------------------------------------------------------------


def recovery_code(master: bytes) -> str:
    """32 secret bytes as 14 groups of 4 base32 characters (32 bytes + 3 checksum bytes).

    Since key slots the bytes open the recovery slot; codes printed before spell the master key itself.
    """
    raw = master + hashlib.sha256(master).digest()[:3]
    text = base64.b32encode(raw).decode()
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def master_from_recovery_code(code: str) -> bytes:
    """Decode a recovery code typed by a person (case, spaces and dashes do not matter)."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum()).replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(cleaned)
    except ValueError as exc:  # binascii.Error is a ValueError
        raise WrongRecoveryCode() from exc
    if len(raw) != 35 or hashlib.sha256(raw[:32]).digest()[:3] != raw[32:]:
        raise WrongRecoveryCode()
    return raw[:32]


# -- where the master key lives -------------------------------------------------------------------


class KeyStore(Protocol):
    """Somewhere to keep a workstation's master key."""

    def load(self, workstation_id: str) -> bytes | None:
        """The key, or ``None`` if there is none."""

    def save(self, workstation_id: str, master: bytes) -> None:
        """Keep the key."""

    def describe(self) -> str:
        """A human-readable name of the backend."""


class KeyringKeyStore:
    """The OS keyring (Windows Credential Manager, macOS Keychain, Secret Service). Never plaintext on disk."""

    def _backend_name(self) -> str:
        backend = keyring.get_keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def check_usable(self) -> None:
        """Raise :class:`KeyringUnavailable` for the fail backend or a plaintext-on-disk one (keyrings.alt)."""
        backend = keyring.get_keyring()
        parts = [backend, *getattr(backend, "backends", [])]
        for part in parts:
            module = type(part).__module__
            if module.startswith(("keyring.backends.fail", "keyrings.alt")):
                raise KeyringUnavailable(self._backend_name())

    def load(self, workstation_id: str) -> bytes | None:
        """Read the key from the keyring."""
        self.check_usable()
        try:
            value = keyring.get_password(KEYRING_SERVICE, f"{workstation_id}:master")
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(self._backend_name()) from exc
        return base64.b64decode(value) if value else None

    def save(self, workstation_id: str, master: bytes) -> None:
        """Store the key (44 characters: fits Windows' 2,560-byte limit)."""
        self.check_usable()
        try:
            keyring.set_password(KEYRING_SERVICE, f"{workstation_id}:master", base64.b64encode(master).decode())
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(self._backend_name()) from exc

    def describe(self) -> str:
        """The keyring backend's name."""
        return self._backend_name()


class DemoFileKeyStore:
    """Demo folders only: keys in a file inside the folder, named so nobody mistakes it for a secret."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / DEMO_KEY_FILE

    def load(self, workstation_id: str) -> bytes | None:
        """Read the demo key."""
        if not self.path.exists():
            return None
        value = self._keys().get(workstation_id)
        if not value:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except (ValueError, TypeError):
            raise DemoKeyFileDamaged(str(self.path)) from None

    def _keys(self) -> dict[str, Any]:
        try:
            keys = json.loads(self.path.read_text("utf-8"))
        except (ValueError, UnicodeDecodeError):
            raise DemoKeyFileDamaged(str(self.path)) from None
        if not isinstance(keys, dict):
            raise DemoKeyFileDamaged(str(self.path))
        return keys

    def save(self, workstation_id: str, master: bytes) -> None:
        """Write the demo key (temporary name, fsync, rename)."""
        keys = self._keys() if self.path.exists() else {
            "_warning": "DEMO DATA ONLY. These keys are not secret. Never use this folder for real records."}
        keys[workstation_id] = base64.b64encode(master).decode()
        tmp = self.path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(keys, fh, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def describe(self) -> str:
        """Say plainly that this is the demo store."""
        return f"demo key file {self.path}"
