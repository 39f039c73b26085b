"""Autogenerate hooks shared by the Alembic environment and the drift test."""

from __future__ import annotations

from typing import Any, Literal

from guanlan_desk.store.base import UtcDateTime
from guanlan_desk.store.crypto_types import Encrypted


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Leave the FTS5 tables and the search queue (created by hand in migrations) out of autogenerate."""
    if type_ == "table" and name is not None and ("_fts" in name or name == "search_pending"):
        return False
    return True


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Render the project's column types as their plain SQL types, so migrations stand alone."""
    if type_ == "type" and isinstance(obj, Encrypted):
        return "sa.LargeBinary()"
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime()"
    return False
