"""The bundle file: a small signed header around an encrypted body (PyNaCl, no home-made constructions).

Layout: ``GLBUNDLE`` | header length (4 bytes, big-endian) | header (canonical JSON) | Ed25519 signature of
everything before it (64 bytes) | body. The header names format, kind, sender, recipient, sequence number,
the previous bundle's SHA-256 (a chain), the body's SHA-256 and length, and the per-bundle key wrapped to
the recipient's X25519 key with a ``SealedBox``. The body is XChaCha20-Poly1305 (IETF AEAD) under that key.
Enrolment files use the same layout with a plain body and the signer's public key in place of the wrapped key.

Opening checks, in order and before any parsing of the body: size, magic, header length, the signature over
the raw header bytes, the body hash, the key unwrap and the AEAD tag. Only then is the plaintext returned.
"""

from __future__ import annotations

import base64
import hashlib
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import nacl.bindings
from nacl import _sodium
import nacl.exceptions
import nacl.utils
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey

from guanlan_desk.sync import jsonsafe
from guanlan_desk.sync.errors import BundleDamaged, BundleTooBig, BundleTruncated, UnknownSender, WrongRecipient

MAGIC = b"GLBUNDLE"
FORMAT = 1
MAX_HEADER = 16 * 1024
MAX_FILE = 40 * 1024 * 1024  # held in memory twice (as read and decrypted): see payload's caps
_PREFIX = len(MAGIC) + 4
_SIG = 64
_NONCE = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
_HEADER_FIELDS: dict[str, type] = {
    "format": int, "kind": str, "bundle_id": str, "sender": str, "sender_name": str, "recipient": str, "seq": int,
    "since_seq": int, "prev_sha256": str, "created_at": str, "schema_version": int, "payload_sha256": str,
    "body_len": int, "wrapped_key": str,
}


@dataclass(frozen=True, slots=True)
class Header:
    """The signed header of a bundle."""

    kind: str
    bundle_id: str
    sender: str
    sender_name: str
    recipient: str
    seq: int
    since_seq: int
    prev_sha256: str
    created_at: str
    schema_version: int
    payload_sha256: str = ""
    body_len: int = 0
    wrapped_key: str = ""
    format: int = FORMAT

    def as_dict(self) -> dict[str, Any]:
        """The header's fields."""
        return {name: getattr(self, name) for name in _HEADER_FIELDS}


def _aad(header: Header) -> bytes:
    return f"{header.bundle_id}\n{header.sender}\n{header.recipient}\n{header.seq}\n{header.kind}".encode()


def seal(header: Header, body: bytes, signing: SigningKey, recipient_box: PublicKey | None) -> bytes:
    """Encrypt ``body`` to ``recipient_box`` (or leave it plain when ``None``: enrolment files) and sign."""
    if recipient_box is not None:
        key = nacl.utils.random(32)
        nonce = nacl.utils.random(_NONCE)
        cipher = nonce + nacl.bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(body, _aad(header), nonce, key)
        wrapped = base64.b64encode(SealedBox(recipient_box).encrypt(key)).decode("ascii")
    else:
        # Enrolment files are signed, not encrypted (nothing secret; the recipient has no keys yet): the field
        # carries the signer's own public key, which a person confirms by comparing fingerprints.
        cipher, wrapped = body, base64.b64encode(bytes(signing.verify_key)).decode("ascii")
    fields = header.as_dict()
    fields.update(payload_sha256=hashlib.sha256(cipher).hexdigest(), body_len=len(cipher), wrapped_key=wrapped)
    raw = jsonsafe.dumps(fields)
    signed = MAGIC + struct.pack(">I", len(raw)) + raw
    return signed + signing.sign(signed).signature + cipher


def _split(data: bytes) -> tuple[bytes, Header, bytes, memoryview]:
    """Split a file into the signed prefix, the parsed header, the signature and the body (no checks of trust)."""
    if len(data) > MAX_FILE:
        raise BundleTooBig("file size")
    if len(data) < _PREFIX:
        if MAGIC.startswith(data[:len(MAGIC)]) and data:
            raise BundleTruncated()
        raise BundleDamaged("not a bundle file")
    if data[:len(MAGIC)] != MAGIC:
        raise BundleDamaged("not a bundle file")
    (length,) = struct.unpack(">I", data[len(MAGIC):_PREFIX])
    if length > MAX_HEADER:
        raise BundleDamaged("header length")
    if len(data) < _PREFIX + length + _SIG:
        raise BundleTruncated()
    raw = data[_PREFIX:_PREFIX + length]
    try:
        fields = jsonsafe.loads(raw, "header")
    except Exception:
        raise BundleDamaged("header") from None
    if not isinstance(fields, dict) or set(fields) != set(_HEADER_FIELDS):
        raise BundleDamaged("header fields")
    for name, kind in _HEADER_FIELDS.items():
        value = fields[name]
        if type(value) is not kind or (isinstance(value, str) and len(value) > 200):
            raise BundleDamaged(f"header field {name}")
    if fields["format"] != FORMAT:
        raise BundleDamaged("unknown format")
    header = Header(**fields)
    signed = data[:_PREFIX + length]
    signature = data[_PREFIX + length:_PREFIX + length + _SIG]
    body = memoryview(data)[_PREFIX + length + _SIG:]  # not copied: a bundle is held in memory once
    return signed, header, signature, body


def peek(data: bytes) -> Header:
    """The header, unverified: only for sorting files and naming them in messages, never for trust."""
    return _split(data)[1]


def open_bundle(
    data: bytes, *, me: str, my_box: PrivateKey | None, sender_key: Callable[[Header], VerifyKey],
) -> tuple[Header, bytes | bytearray]:
    """Verify and decrypt a bundle addressed to ``me``; returns the header and the plaintext body.

    ``sender_key`` returns the sender's verify key or raises :class:`UnknownSender`. With ``my_box`` ``None``
    the body is expected in the clear (enrolment files, whose signer is checked by the caller).
    """
    signed, header, signature, body = _split(data)
    if me and header.recipient != me:
        raise WrongRecipient(header.recipient)
    verify = sender_key(header)
    try:
        verify.verify(signed, signature)
    except (nacl.exceptions.BadSignatureError, ValueError, TypeError):
        raise BundleDamaged("signature does not match") from None
    if len(body) < header.body_len:
        raise BundleTruncated()
    if len(body) != header.body_len or hashlib.sha256(body).hexdigest() != header.payload_sha256:
        raise BundleDamaged("content hash")
    if my_box is None:
        return header, bytes(body)
    try:
        key = SealedBox(my_box).decrypt(base64.b64decode(header.wrapped_key, validate=True))
    except (nacl.exceptions.CryptoError, ValueError, TypeError):
        raise WrongRecipient(header.recipient) from None
    if len(body) < _NONCE + 16:
        raise BundleTruncated()
    return header, _decrypt(body[_NONCE:], _aad(header), bytes(body[:_NONCE]), key)


def _decrypt(cipher: memoryview, aad: bytes, nonce: bytes, key: bytes) -> bytearray:
    """XChaCha20-Poly1305 decryption straight into one buffer (PyNaCl's own libsodium binding; its wrapper copies
    the ciphertext and the plaintext once more each, which a big bundle would pay in memory)."""
    if len(nonce) != _NONCE or len(key) != nacl.bindings.crypto_aead_xchacha20poly1305_ietf_KEYBYTES:
        raise BundleDamaged("encryption key")
    plain = bytearray(len(cipher) - nacl.bindings.crypto_aead_xchacha20poly1305_ietf_ABYTES)
    res = _sodium.lib.crypto_aead_xchacha20poly1305_ietf_decrypt(
        _sodium.ffi.from_buffer(plain), _sodium.ffi.NULL, _sodium.ffi.NULL, _sodium.ffi.from_buffer(cipher),
        len(cipher), aad, len(aad), nonce, key)
    if res != 0:
        raise BundleDamaged("encryption tag")
    return plain


__all__ = ["FORMAT", "Header", "MAGIC", "UnknownSender", "open_bundle", "peek", "seal"]
