"""What the sync page shows, read in one go off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from guanlan_desk.services.context import Ctx
from guanlan_desk.sync import status, ui_api
from guanlan_desk.sync.status import HistoryRow, SyncOverview
from guanlan_desk.sync.ui_api import ConflictView, Gap, Invitation


@dataclass(frozen=True, slots=True)
class SyncView:
    """The overview, the missing bundles, the changes not exported yet, the history, the invitations sent and
    the conflicts (none for a role that does not sync)."""

    overview: SyncOverview
    gaps: tuple[Gap, ...]
    unexported: int
    history: tuple[HistoryRow, ...]
    invitations: tuple[Invitation, ...]
    conflicts: tuple[ConflictView, ...]


def read_sync(ctx: Ctx, *, with_conflicts: bool, include_resolved: bool) -> SyncView:
    """Read the sync page's figures (worker thread)."""
    conflicts = ui_api.conflict_views(ctx, include_resolved=include_resolved) if with_conflicts else ()
    return SyncView(status.sync_overview(ctx), ui_api.gaps(ctx), ui_api.unexported_changes(ctx), status.history(ctx),
                    ui_api.invitations(ctx), conflicts)
