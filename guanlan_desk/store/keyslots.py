"""Key slots (as LUKS and password managers do): the data key wrapped once per user and once by the recovery code.

A password slot's wrapping key is argon2id(password, salt) — where the OS keyring works, mixed by HKDF with a
random device secret kept in the keyring, so a copied database plus a password opens nothing on another
computer. The recovery slot's key is derived from the recovery code alone, so the code restores anywhere.
Every slot is AES-GCM with its owner (user id or ``recovery``), KDF parameters and device tag bound as
associated data. The keyring never holds the data key itself.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from enum import StrEnum

import keyring
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from guanlan_desk.store.crypto import KEYRING_SERVICE, KeyringKeyStore

RECOVERY_SLOT = "recovery"
_NONCE = 12
_SALT = 16


@dataclass(frozen=True, slots=True)
class KdfParams:
    """argon2id cost parameters (the same as the accounts' password hashes)."""

    time_cost: int
    memory_cost: int
    parallelism: int

    def text(self) -> str:
        """The form kept in the slot, e.g. ``argon2id$t=2$m=19456$p=1``."""
        return f"argon2id$t={self.time_cost}$m={self.memory_cost}$p={self.parallelism}"

    @classmethod
    def parse(cls, text: str) -> KdfParams:
        """Read :meth:`text` back."""
        parts = dict(part.split("=", 1) for part in text.split("$")[1:])
        return cls(int(parts["t"]), int(parts["m"]), int(parts["p"]))


class SlotOpenFailed(Exception):
    """The slot does not open with this secret (wrong password, wrong device secret or damaged slot)."""


def _hkdf(ikm: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"guanlan_desk/" + info).derive(ikm)


def password_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    """argon2id over the password (the expensive step of every login)."""
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=params.time_cost,
                           memory_cost=params.memory_cost, parallelism=params.parallelism, hash_len=32,
                           type=Type.ID)


def device_tag(device_secret: bytes | None) -> str:
    """A short public name of a device secret ("" for none), kept in the slot to say which one it needs."""
    if not device_secret:
        return ""
    return hashlib.sha256(b"guanlan_desk/device-tag\x00" + device_secret).hexdigest()[:16]


def _slot_key(password_derived: bytes, device_secret: bytes | None) -> bytes:
    return _hkdf(password_derived, device_secret or None, b"password-slot")


def _aad(owner: str, kdf: str, tag: str) -> bytes:
    return f"guanlan_desk/key-slot/v1\x00{owner}\x00{kdf}\x00{tag}".encode()


@dataclass(frozen=True, slots=True)
class SealedSlot:
    """What a slot row holds."""

    kdf: str
    salt: bytes
    device_tag: str
    wrapped: bytes


def _seal(key: bytes, master: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(_NONCE)
    return nonce + AESGCM(key).encrypt(nonce, master, aad)


def _open(key: bytes, wrapped: bytes, aad: bytes) -> bytes:
    try:
        master = AESGCM(key).decrypt(wrapped[:_NONCE], wrapped[_NONCE:], aad)
    except (InvalidTag, ValueError) as exc:
        raise SlotOpenFailed() from exc
    if len(master) != 32:
        raise SlotOpenFailed()
    return master


def seal_password_slot(master: bytes, owner: str, password: str, params: KdfParams,
                       device_secret: bytes | None) -> SealedSlot:
    """Wrap ``master`` for ``owner`` (a user id) under the password (and the device secret, when given)."""
    salt = os.urandom(_SALT)
    kdf, tag = params.text(), device_tag(device_secret)
    key = _slot_key(password_key(password, salt, params), device_secret)
    return SealedSlot(kdf, salt, tag, _seal(key, master, _aad(owner, kdf, tag)))


def open_password_slot(slot: SealedSlot, owner: str, password: str, device_secret: bytes | None) -> bytes:
    """Unwrap a password slot; :class:`SlotOpenFailed` when the password or the device secret is wrong."""
    key = _slot_key(password_key(password, slot.salt, KdfParams.parse(slot.kdf)), device_secret)
    return _open(key, slot.wrapped, _aad(owner, slot.kdf, slot.device_tag))


def _recovery_key(code_secret: bytes, salt: bytes) -> bytes:
    return _hkdf(code_secret, salt, b"recovery-slot")


def seal_recovery_slot(master: bytes, code_secret: bytes) -> SealedSlot:
    """Wrap ``master`` under the 32 random bytes the printed recovery code spells (no device secret)."""
    salt = os.urandom(_SALT)
    kdf = "hkdf-sha256"
    return SealedSlot(kdf, salt, "", _seal(_recovery_key(code_secret, salt), master, _aad(RECOVERY_SLOT, kdf, "")))


def open_recovery_slot(slot: SealedSlot, code_secret: bytes) -> bytes:
    """Unwrap the recovery slot with the code's bytes."""
    return _open(_recovery_key(code_secret, slot.salt), slot.wrapped, _aad(RECOVERY_SLOT, slot.kdf, ""))


# -- the device secret in the OS keyring -----------------------------------------------------------------


class KeyringState(StrEnum):
    """Whether this computer's keyring can hold the device secret."""

    USABLE = "usable"
    UNAVAILABLE = "unavailable"


def _entry(workstation_id: str) -> str:
    return f"{workstation_id}:device"


def keyring_state() -> KeyringState:
    """:attr:`KeyringState.USABLE` when a real keyring answers; any failure means unavailable."""
    try:
        KeyringKeyStore().check_usable()
        keyring.get_password(KEYRING_SERVICE, "probe")
    except Exception:  # fail.Keyring, NoKeyringError, a dead D-Bus, a locked collection: all mean "not here"
        return KeyringState.UNAVAILABLE
    return KeyringState.USABLE


def load_device_secret(workstation_id: str) -> bytes | None:
    """The device secret of this workstation on this computer (``None`` without a keyring or an entry)."""
    try:
        KeyringKeyStore().check_usable()
        value = keyring.get_password(KEYRING_SERVICE, _entry(workstation_id))
    except Exception:  # any keyring fault: passwords alone (the caller says so in plain words)
        return None
    try:
        return base64.b64decode(value) if value else None
    except ValueError:
        return None


def ensure_device_secret(workstation_id: str) -> bytes | None:
    """The device secret, created in the keyring when missing; ``None`` when the keyring does not work."""
    existing = load_device_secret(workstation_id)
    if existing is not None:
        return existing
    secret = os.urandom(32)
    try:
        KeyringKeyStore().check_usable()
        keyring.set_password(KEYRING_SERVICE, _entry(workstation_id), base64.b64encode(secret).decode())
    except Exception:  # no keyring: slots are written with the password alone
        return None
    return secret if load_device_secret(workstation_id) == secret else None


def forget_legacy_master(workstation_id: str) -> None:
    """Remove the pre-slot copy of the data key from the keyring (after every account has its slot)."""
    try:
        keyring.delete_password(KEYRING_SERVICE, f"{workstation_id}:master")
    except Exception:  # already gone, or no keyring: nothing to remove
        return
