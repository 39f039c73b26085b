"""The workstation's sync key pairs: Ed25519 for signing, X25519 for receiving bundle keys (PyNaCl).

Both come from seeds that :class:`~guanlan_desk.store.crypto.FieldCipher` derives from the keyring-held
master key, so nothing secret is ever written to a file and the printed recovery code restores them too.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from nacl.public import PrivateKey, PublicKey
from nacl.signing import SigningKey, VerifyKey

from guanlan_desk.store.crypto import FieldCipher


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def fingerprint(sign_public: str, box_public: str) -> str:
    """A short, comparable fingerprint of a workstation's two public keys (8 groups of 4 hex digits)."""
    digest = hashlib.sha256(b"guanlan-sync-keys\x00" + sign_public.encode() + b"\x00" + box_public.encode())
    text = digest.hexdigest()[:32].upper()
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


@dataclass(frozen=True, slots=True)
class PublicKeys:
    """The public halves, as base64 text (what enrolment files carry and peers store)."""

    sign: str
    box: str

    @property
    def fingerprint(self) -> str:
        """The fingerprint a person compares on both screens."""
        return fingerprint(self.sign, self.box)

    def verify_key(self) -> VerifyKey:
        """The Ed25519 key that checks this workstation's signatures."""
        return VerifyKey(base64.b64decode(self.sign, validate=True))

    def box_key(self) -> PublicKey:
        """The X25519 key bundle keys are wrapped to."""
        return PublicKey(base64.b64decode(self.box, validate=True))


@dataclass(frozen=True, slots=True)
class SyncKeys:
    """This workstation's private sync keys (in memory only)."""

    signing: SigningKey
    box: PrivateKey

    @classmethod
    def from_cipher(cls, cipher: FieldCipher) -> SyncKeys:
        """Derive both key pairs from the seeds of the workstation's data key."""
        if len(cipher.sign_seed) != 32 or len(cipher.box_seed) != 32:
            raise ValueError("the data key has no sync seeds")
        return cls(SigningKey(cipher.sign_seed), PrivateKey.from_seed(cipher.box_seed))

    @property
    def public(self) -> PublicKeys:
        """The public halves."""
        return PublicKeys(_b64(bytes(self.signing.verify_key)), _b64(bytes(self.box.public_key)))


def valid_public_key(text: str) -> bool:
    """Whether ``text`` is a base64 32-byte key."""
    try:
        return len(base64.b64decode(text, validate=True)) == 32
    except ValueError:
        return False
