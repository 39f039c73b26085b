"""Flag an import that brings a case number (or risk item code) another record already holds.

Numbers come from per-workstation serial blocks; two workstations of one community set up with the same number
issue the same numbers. Such rows are still applied (they are different records), but never silently: each
clash becomes a warning of the import, shown with its result and on the sender's row of the workstations list.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from guanlan_desk.store.uow import GuanlanSession

_NUMBER_COLUMN = {"dispute": "case_no", "risk_item": "code"}
_CHUNK = 500
_LIMIT = 20  # warnings named one by one; the rest are counted


def clashes(session: GuanlanSession, t: Any, rows: list[dict[str, Any]]) -> list[str]:
    """Warnings for ``rows`` of ``t`` whose number another live record of the same community already holds."""
    column = _NUMBER_COLUMN.get(t.name)
    if column is None or not rows:
        return []
    wanted: dict[tuple[str, str], set[Any]] = {}
    for row in rows:
        if row.get("deleted_at") is None and row.get(column):
            wanted.setdefault((row["community_code"], row[column]), set()).add(row["id"])
    found: list[str] = []
    numbers = sorted({number for _, number in wanted})
    for start in range(0, len(numbers), _CHUNK):
        chunk = numbers[start:start + _CHUNK]
        holders: dict[tuple[str, str], set[Any]] = {}
        for rid, community, number in session.execute(select(t.c.id, t.c.community_code, t.c[column]).where(
                t.c[column].in_(chunk), t.c.deleted_at.is_(None))):
            holders.setdefault((community, number), set()).add(rid)
        for key, ids in holders.items():
            if key in wanted and len(ids) > 1:
                found.append(key[1])
    if not found:
        return []
    kind = "case number" if t.name == "dispute" else "risk item code"
    named = ", ".join(sorted(found)[:_LIMIT]) + (f" and {len(found) - _LIMIT} more" if len(found) > _LIMIT else "")
    return [f"{len(found)} {kind}(s) held by two records after this import: {named} "
            "(two workstations issue the same numbers: check their workstation numbers)"]
