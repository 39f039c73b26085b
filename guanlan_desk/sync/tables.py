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
_OWN_SCOPE = ("venue", "party", "dispute", "risk_item", "legal_clarity_person")
_PARENT_SCOPE = {
    "dispute": ("dispute_party", "dispute_mediator", "mediation_session", "agreement", "follow_up", "dispute_risk",
                "mediation_notice"),
    "risk_item": ("risk_review", "risk_party"),
    "legal_clarity_person": ("lcp_status_change", "lcp_training", "lcp_service"),
}
_PARENT_COLUMN = {"dispute": "dispute_id", "risk_item": "risk_id", "legal_clarity_person": "person_id"}


@cache
def synced_tables() -> tuple[Table, ...]:
    """Every table with the sync columns, parents before children."""
    return tuple(t for t in Base.metadata.sorted_tables if "change_seq" in t.c and "hlc" in t.c)


def table(name: str) -> Table:
    """A synced table by name; raises :class:`BundleInvalid` for any other name."""
    for t in synced_tables():
        if t.name == name:
            return t
    raise BundleInvalid(f"unknown table {name[:40]!r}")


def tables_for(sender_role: str) -> tuple[Table, ...]:
    """What a workstation of ``sender_role`` sends: communities keep the office's reference data to itself."""
    if sender_role == "office":
        return synced_tables()
    return tuple(t for t in synced_tables() if t.name not in REFERENCE_TABLES)


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


def _decoder(column: Any) -> Callable[[Any], Any]:
    kind = column.type
    nullable = bool(column.nullable)
    name = column.name

    def bad() -> BundleInvalid:
        return BundleInvalid(f"wrong type in column {column.table.name}.{name}")

    def wrap(inner: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def decode(value: Any) -> Any:
            if value is None:
                if nullable:
                    return None
                raise bad()
            try:
                return inner(value)
            except (ValueError, TypeError, AttributeError):
                raise bad() from None
        return decode

    if isinstance(kind, Uuid):
        def as_uuid(value: Any) -> uuid.UUID:
            if type(value) is not str or len(value) != 36:
                raise TypeError
            return uuid.UUID(value)
        return wrap(as_uuid)
    if isinstance(kind, Boolean):
        def as_bool(value: Any) -> bool:
            if type(value) is not bool:
                raise TypeError
            return value
        return wrap(as_bool)
    if isinstance(kind, Integer):
        def as_int(value: Any) -> int:
            if type(value) is not int or not -(2**63) <= value < 2**63:
                raise TypeError
            return value
        return wrap(as_int)
    if isinstance(kind, UtcDateTime):
        def as_datetime(value: Any) -> datetime:
            if type(value) is not str or len(value) > 40:
                raise TypeError
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                raise ValueError
            return parsed
        return wrap(as_datetime)
    if isinstance(kind, Date):
        def as_date(value: Any) -> date:
            if type(value) is not str or len(value) != 10:
                raise TypeError
            return date.fromisoformat(value)
        return wrap(as_date)
    limit = getattr(kind, "length", None) if isinstance(kind, (String, Text)) else None
    if isinstance(kind, (String, Text, Encrypted)):
        cap = limit or 1_000_000

        def as_text(value: Any) -> str:
            if type(value) is not str or len(value) > cap:
                raise TypeError
            return value
        return wrap(as_text)
    raise BundleInvalid(f"column {name} cannot travel")


@cache
def decoders(name: str) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """Per wire column, the function that checks and converts its JSON value."""
    t = table(name)
    return tuple((c, _decoder(t.c[c])) for c in wire_columns(name))


def from_wire(name: str, raw: Any) -> dict[str, Any]:
    """Check a JSON row against the table's columns and convert it; raises :class:`BundleInvalid`."""
    if not isinstance(raw, dict):
        raise BundleInvalid(f"a row of {name} is not an object")
    specs = decoders(name)
    if len(raw) != len(specs):
        extra = set(raw) - {c for c, _ in specs}
        missing = {c for c, _ in specs} - set(raw)
        raise BundleInvalid(f"row of {name}: unexpected {sorted(extra)[:3]} missing {sorted(missing)[:3]}")
    try:
        return {column: decode(raw[column]) for column, decode in specs}
    except KeyError as exc:
        raise BundleInvalid(f"row of {name}: missing column {exc.args[0]}") from None


def derive(name: str, row: dict[str, Any], cipher: FieldCipher) -> None:
    """Recompute the receiver's blind indexes for a row (the sender's are keyed with the sender's key)."""
    if "phone_bidx" in table(name).c:
        phone = row.get("phone")
        row["phone_bidx"] = cipher.blind_index("phone", phone) if phone else None
    if "id_bidx" in table(name).c:
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
    return _decoder(t.c[name])(value)
