"""The data format version of bundle rows, and how rows from older versions are brought up to date."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from guanlan_desk.store import migrate
from guanlan_desk.sync.errors import SchemaTooNew, SchemaTooOld

# Revision 0003 already had every synced table as it was at 0004; later changes add an upgrade step here.
OLDEST = 3

# Columns of synced tables added after revision 0004 (by 0007: scheduling, committees, the end of a case), with
# the value a row written before them gets. They carry no field clock, so they never overwrite a newer value.
_ADDED_AFTER_4: dict[str, dict[str, Any]] = {
    "dispute": {"accepted_on": None, "court_deadline": None, "extended_due": None, "extension_consent": "",
                "end_kind": ""},
    "mediation_notice": {"schedule_id": None, "superseded": False, "delivered_at": None, "receiver": "",
                         "refused": False, "server": ""},
    "community": {"committee_name": "", "seal_text": "", "case_number_pattern": "", "committee_phone": "",
                  "committee_address": "", "active": True},
}


def _from_4(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row written at schema 4: the columns added since, at their defaults (only those the wire carries).

    The listed ones first; any other column a later migration added is filled from the model's own default
    (its scalar default, else empty for text, 0 for numbers, false for flags, ``None`` where it may be empty).
    """
    from guanlan_desk.sync import tables

    wire = tables.wire_columns(table)
    missing = [c for c in wire if c not in row]
    if not missing:
        return row
    added = _ADDED_AFTER_4.get(table, {})
    columns = tables.table(table).c
    filled: dict[str, Any] = {}
    for name in missing:
        if name in added:
            filled[name] = added[name]
            continue
        col = columns[name]
        default = getattr(col.default, "arg", None)
        if default is not None and not callable(default):
            filled[name] = default
        elif col.nullable:
            filled[name] = None
        else:
            python_type = getattr(col.type, "python_type", str)
            filled[name] = {str: "", int: 0, bool: False}.get(python_type, None)
    return {**filled, **row}


_UPGRADES: dict[int, Callable[[str, dict[str, Any]], dict[str, Any]]] = {4: _from_4}


@cache
def current() -> int:
    """This app's schema version (the Alembic head revision as a number)."""
    return int(migrate.head_revision())


def check(version: int) -> None:
    """Refuse a newer schema (upgrade this workstation) or one too old to migrate."""
    if version > current():
        raise SchemaTooNew(version, current())
    if version < OLDEST:
        raise SchemaTooOld(version)


def upgrade_row(version: int, table: str, row: dict[str, Any]) -> dict[str, Any]:
    """Apply the row upgrades from ``version`` to the current schema, in order."""
    if version == current():
        return row
    for step in range(version, current()):
        upgrade = _UPGRADES.get(step)
        if upgrade is not None:
            row = upgrade(table, row)
    return row
