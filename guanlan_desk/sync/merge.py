"""Per-field merge of an incoming row with the local one, by field clocks (hybrid logical clocks).

Each field has a clock (the HLC of its last change; empty for "as created") and a base (the clock it
replaced). An incoming value *descends* from the local one when it was made on top of it (its base is the
local clock, the local field was never edited, or both clocks come from the same workstation, which saw its
own earlier edit). Then the newer clock wins silently. Otherwise both sides edited the field without seeing
each other: the newer clock (then origin, which is part of the clock) still wins, deterministically on every
workstation, and the losing value goes to the conflict list for a person. Nothing is dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Clock = tuple[str, str]  # (hlc, base_hlc)
NO_CLOCK: Clock = ("", "")


def clock_origin(hlc: str) -> str:
    """The workstation that made a change (the third part of an encoded HLC)."""
    parts = hlc.split("-", 2)
    return parts[2] if len(parts) == 3 else ""


def _descends(newer: Clock, older_hlc: str) -> bool:
    if older_hlc == "" or newer[1] == older_hlc:
        return True
    return clock_origin(newer[0]) == clock_origin(older_hlc) != ""


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """Both sides changed one field concurrently: ``kept`` won, ``other`` waits for a person."""

    field: str
    kept: Any
    other: Any
    kept_hlc: str
    other_hlc: str


@dataclass(frozen=True, slots=True)
class RowMerge:
    """The outcome for one existing row: fields to take from the bundle, with their clocks, and conflicts."""

    take: dict[str, Any]
    clocks: dict[str, Clock]
    conflicts: tuple[FieldConflict, ...]


def merge_row(
    fields: tuple[str, ...],
    local: dict[str, Any], local_clocks: dict[str, Clock],
    remote: dict[str, Any], remote_clocks: dict[str, Clock],
) -> RowMerge:
    """Decide field by field; the same inputs give the same result on every workstation."""
    take: dict[str, Any] = {}
    clocks: dict[str, Clock] = {}
    conflicts: list[FieldConflict] = []
    for name in fields:
        lc = local_clocks.get(name, NO_CLOCK)
        rc = remote_clocks.get(name, NO_CLOCK)
        if rc[0] == lc[0]:
            continue
        lv, rv = local.get(name), remote.get(name)
        if rc[0] > lc[0]:
            take[name] = rv
            clocks[name] = rc
            if lv != rv and not _descends(rc, lc[0]):
                conflicts.append(FieldConflict(name, rv, lv, rc[0], lc[0]))
        elif lv != rv and not _descends(lc, rc[0]):
            conflicts.append(FieldConflict(name, lv, rv, lc[0], rc[0]))
    return RowMerge(take, clocks, tuple(conflicts))
