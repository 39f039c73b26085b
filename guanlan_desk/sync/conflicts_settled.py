"""A conflict decided on the other side is closed here when the decision arrives.

Whoever resolves a conflict writes the field again with a new clock whose base is the value both sides kept
(``status.resolve_conflict``). When such a change arrives and wins here without a new clash, the sender had seen
this side's value: the open conflict on that field is settled, and is closed with the sender named.
"""

from __future__ import annotations

from sqlalchemy import select

from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import SyncConflict
from guanlan_desk.store.uow import GuanlanSession
from guanlan_desk.sync.merge import RowMerge

RESOLVED_THERE = "remote"


def open_fields(session: GuanlanSession, table_name: str) -> dict[tuple[str, str], list[SyncConflict]]:
    """The open conflicts of a table, by (row id, field)."""
    out: dict[tuple[str, str], list[SyncConflict]] = {}
    for c in session.scalars(select(SyncConflict).where(
            SyncConflict.table_name == table_name, SyncConflict.resolved_at.is_(None))):
        out.setdefault((c.row_id, c.field_names), []).append(c)
    return out


def close_answered(ctx: Ctx, session: GuanlanSession, table_name: str, row_id: str, merged: RowMerge,
                   open_conflicts: dict[tuple[str, str], list[SyncConflict]], sender: str) -> None:
    """Close this row's open conflicts on fields the incoming change settled (taken without a new clash)."""
    clashing = {c.field for c in merged.conflicts}
    for field in merged.take:
        if field in clashing:
            continue
        for conflict in open_conflicts.pop((row_id, field), []):
            conflict.resolved_at = ctx.now()
            conflict.resolved_by = sender[:64]
            conflict.resolution = RESOLVED_THERE
