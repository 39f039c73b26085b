"""The data format version of bundle rows, and how rows from older versions are brought up to date."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from guanlan_desk.store import migrate
from guanlan_desk.sync.errors import SchemaTooNew, SchemaTooOld

# Revision 0003 already had every synced table as it is now; later changes add an upgrade step here.
OLDEST = 3
_UPGRADES: dict[int, Callable[[str, dict[str, Any]], dict[str, Any]]] = {}


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
