"""An encrypted column type: AES-GCM per value, the column name as associated data.

The cipher belongs to the database (engine), not to the process: it hangs on the engine's dialect, so
several databases with different keys can be open at once (the three-workstation sync tests do that).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import LargeBinary
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from guanlan_desk.store.crypto import FieldCipher
from guanlan_desk.store.errors import DataKeyLocked

CIPHER_ATTR = "guanlan_cipher"


def attach_cipher(dialect: Dialect, cipher: FieldCipher) -> None:
    """Make ``cipher`` the key of every encrypted column read or written through ``dialect``."""
    setattr(dialect, CIPHER_ATTR, cipher)


def cipher_of(dialect: Dialect) -> FieldCipher:
    """The cipher attached to ``dialect``; raises if no login has unwrapped the data key yet."""
    cipher = getattr(dialect, CIPHER_ATTR, None)
    if not isinstance(cipher, FieldCipher):
        raise DataKeyLocked()
    return cipher


class Encrypted(TypeDecorator[str]):
    """A text value stored as AES-GCM ciphertext (``LargeBinary``); ``None`` stays ``NULL``."""

    impl = LargeBinary
    cache_ok = True

    def __init__(self, column: str) -> None:
        super().__init__()
        self.column = column

    def process_bind_param(self, value: str | None, dialect: Dialect) -> bytes | None:
        """Encrypt on the way in."""
        if value is None or value == "":
            return None
        return cipher_of(dialect).encrypt(self.column, value)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        """Decrypt on the way out."""
        if value is None:
            return None
        return cipher_of(dialect).decrypt(self.column, bytes(value))

    @property
    def python_type(self) -> type[str]:
        """Values are ``str`` in Python."""
        return str
