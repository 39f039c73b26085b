"""Which tables travel, in which direction and scope, and how their rows become JSON and back (type-checked)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Date, Integer, String, Table, Text, Uuid, or_, select, true

from guanlan_desk.domain import documents
from guanlan_desk.domain.enums import IdType
from guanlan_desk.services.reference import OFFICE_CODE
from guanlan_desk.store import models  # noqa: F401  (registers the tables)
from guanlan_desk.store.base import Base, UtcDateTime
from guanlan_desk.store.crypto import FieldCipher
from guanlan_desk.store.crypto_types import Encrypted
from guanlan_desk.store.tracking import DERIVED_FIELDS, META_FIELDS
from guanlan_desk.sync.errors import BundleInvalid

REFERENCE_TABLES = ("community", "grid")
# Tables scoped by their own community column, and children scoped through a parent.
_OWN_SCOPE = ("venue", "party", "dispute", "risk_item", "legal_clarity_person", "mediator", "legal_adviser",
              "supervision_task")
_PARENT_SCOPE = {
    "dispute": ("dispute_party", "dispute_mediator", "mediation_session", "agreement", "follow_up", "dispute_risk",
                "mediation_notice", "mediation_schedule", "judicial_confirmation", "dispute_status_change"),
    "risk_item": ("risk_review", "risk_party"),
    "legal_clarity_person": ("lcp_status_change", "lcp_training", "lcp_service"),
}
_PARENT_COLUMN = {"dispute": "dispute_id", "risk_item": "risk_id", "legal_clarity_person": "person_id"}


def own_scope() -> tuple[str, ...]:
    """The synced tables scoped by a community column of their own."""
    return _OWN_SCOPE


def parent_scope() -> dict[str, tuple[str, str]]:
    """Child table → (parent table, column): the synced tables whose community is their parent's."""
    return {child: (parent, _PARENT_COLUMN[parent]) for parent, children in _PARENT_SCOPE.items()
            for child in children}


@cache
def synced_tables() -> tuple[Table, ...]:
    """Every table with the sync columns, parents before children."""
    return tuple(t for t in Base.metadata.sorted_tables if "change_seq" in t.c and "hlc" in t.c)


@cache
def _by_name() -> dict[str, Table]:
    return {t.name: t for t in synced_tables()}


def table(name: str) -> Table:
    """A synced table by name; raises :class:`BundleInvalid` for any other name."""
    found = _by_name().get(name)
    if found is None:
        raise BundleInvalid(f"unknown table {name[:40]!r}")
    return found


@cache
def _derived(name: str) -> tuple[bool, bool]:
    t = table(name)
    return "phone_bidx" in t.c, "id_bidx" in t.c


# Reference data only the office sends (a community's copy of a venue is the office's, never its own edit).
OFFICE_ONLY = ("community", "grid", "venue")


def tables_for(sender_role: str) -> tuple[Table, ...]:
    """What a workstation of ``sender_role`` sends: communities leave the office's reference data to it."""
    if sender_role == "office":
        return synced_tables()
    return tuple(t for t in synced_tables() if t.name not in OFFICE_ONLY)


@cache
def data_fields(name: str) -> tuple[str, ...]:
    """The columns merged field by field (everything but the sync bookkeeping and derived indexes)."""
    return tuple(c.name for c in table(name).columns if c.name not in META_FIELDS and c.name not in DERIVED_FIELDS)


@cache
def wire_columns(name: str) -> tuple[str, ...]:
    """The columns a bundle carries for ``name`` (derived blind indexes are recomputed by the receiver)."""
    return tuple(c.name for c in table(name).columns if c.name not in DERIVED_FIELDS and c.name != "change_seq")


def scope(t: Table, community_code: str | None) -> ColumnElement[bool]:
    """Rows of ``t`` that concern ``community_code`` (``None``: every row)."""
    if community_code is None or t.name in REFERENCE_TABLES:
        return true()
    if t.name == "venue":
        return t.c.community_code.in_([community_code, OFFICE_CODE])
    if t.name in _OWN_SCOPE:
        return t.c.community_code == community_code
    for parent, children in _PARENT_SCOPE.items():
        if t.name in children:
            p = table(parent)
            return t.c[_PARENT_COLUMN[parent]].in_(select(p.c.id).where(p.c.community_code == community_code))
    if t.name == "attachment":
        owners = [select(table(n).c.id).where(table(n).c.community_code == community_code)
                  for n in ("dispute", "risk_item", "legal_clarity_person", "party")]
        return or_(*[t.c.owner_id.in_(o) for o in owners])
    return true()


# -- values to JSON and back -----------------------------------------------------------------------------


def to_wire(value: Any) -> Any:
    """A column value as JSON."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


_UUID, _BOOL, _INT, _DATETIME, _DATE, _TEXT = range(6)


@cache
def _specs(name: str) -> tuple[tuple[str, int, bool, int], ...]:
    """Per wire column: name, kind, nullable, maximum length (a flat table the row check loops over)."""
    t = table(name)
    out = []
    for column in wire_columns(name):
        c = t.c[column]
        kind_type = c.type
        if isinstance(kind_type, Uuid):
            kind = _UUID
        elif isinstance(kind_type, Boolean):
            kind = _BOOL
        elif isinstance(kind_type, Integer):
            kind = _INT
        elif isinstance(kind_type, UtcDateTime):
            kind = _DATETIME
        elif isinstance(kind_type, Date):
            kind = _DATE
        elif isinstance(kind_type, (String, Text, Encrypted)):
            kind = _TEXT
        else:
            raise BundleInvalid(f"column {column} cannot travel")
        limit = getattr(kind_type, "length", None) if isinstance(kind_type, (String, Text)) else None
        out.append((column, kind, bool(c.nullable), int(limit or 1_000_000)))
    return tuple(out)


def _convert(kind: int, cap: int, value: Any) -> Any:
    kind_of = type(value)
    if kind == _TEXT:
        if kind_of is str and len(value) <= cap:
            return value
    elif kind == _UUID:
        if kind_of is str and len(value) == 36:
            return uuid.UUID(value)
    elif kind == _INT:
        if kind_of is int and -(2**63) <= value < 2**63:
            return value
    elif kind == _BOOL:
        if kind_of is bool:
            return value
    elif kind == _DATETIME:
        if kind_of is str and len(value) <= 40:
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is not None:
                return parsed
    elif kind == _DATE:
        if kind_of is str and len(value) == 10:
            return date.fromisoformat(value)
    raise TypeError


@cache
def _needs_conversion(name: str) -> tuple[bool, ...]:
    return tuple(kind in (_UUID, _DATETIME, _DATE) for _, kind, _, _ in _specs(name))


def wire_row(name: str, values: Any) -> dict[str, Any]:
    """A row read with :func:`wire_columns`' order, as JSON values."""
    return {c: (to_wire(v) if conv and v is not None else v)
            for c, v, conv in zip(wire_columns(name), values, _needs_conversion(name))}


def from_wire_values(name: str, values: list[Any]) -> dict[str, Any]:
    """Check and convert a row given as values in :func:`wire_columns` order (the caller checked the count)."""
    out: dict[str, Any] = {}
    for (column, kind, nullable, cap), value in zip(_specs(name), values):
        if value is None:
            if not nullable:
                raise BundleInvalid(f"wrong type in column {name}.{column}")
            out[column] = None
            continue
        try:
            out[column] = value if kind == _TEXT and type(value) is str and len(value) <= cap else _convert(
                kind, cap, value)
        except (ValueError, TypeError):
            raise BundleInvalid(f"wrong type in column {name}.{column}") from None
    return out


def from_wire(name: str, raw: Any) -> dict[str, Any]:
    """Check a JSON row against the table's columns and convert it; raises :class:`BundleInvalid`."""
    if not isinstance(raw, dict):
        raise BundleInvalid(f"a row of {name} is not an object")
    specs = _specs(name)
    if len(raw) != len(specs):
        names = {c for c, _, _, _ in specs}
        raise BundleInvalid(f"row of {name}: unexpected {sorted(set(raw) - names)[:3]} "
                            f"missing {sorted(names - set(raw))[:3]}")
    out: dict[str, Any] = {}
    for column, kind, nullable, cap in specs:
        try:
            value = raw[column]
        except KeyError:
            raise BundleInvalid(f"row of {name}: missing column {column}") from None
        if value is None:
            if not nullable:
                raise BundleInvalid(f"wrong type in column {name}.{column}")
            out[column] = None
            continue
        try:
            out[column] = value if kind == _TEXT and type(value) is str and len(value) <= cap else _convert(
                kind, cap, value)
        except (ValueError, TypeError):
            raise BundleInvalid(f"wrong type in column {name}.{column}") from None
    return out


def derive(name: str, row: dict[str, Any], cipher: FieldCipher) -> None:
    """Recompute the receiver's blind indexes for a row (the sender's are keyed with the sender's key)."""
    has_phone, has_id = _derived(name)
    if has_phone:
        phone = row.get("phone")
        row["phone_bidx"] = cipher.blind_index("phone", phone) if phone else None
    if has_id:
        number = row.get("id_number")
        if not number:
            row["id_bidx"] = None
        else:
            kind = row.get("id_type") if name == "party" else ""
            try:
                id_type = IdType(kind) if kind else IdType.RESIDENT_ID
            except ValueError:
                id_type = IdType.RESIDENT_ID
            row["id_bidx"] = cipher.blind_index("id", documents.blind_index_form(id_type, number))


def from_wire_value(t: Table, name: str, value: Any) -> Any:
    """Convert one JSON value of column ``name`` back (conflict values)."""
    for column, kind, _nullable, cap in _specs(t.name):
        if column == name:
            return None if value is None else _convert(kind, cap, value)
    raise BundleInvalid(f"unknown column {name[:40]}")
