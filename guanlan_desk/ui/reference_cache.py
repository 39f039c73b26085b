"""The small reference lists the pickers need at once (communities, grids, venues, the roster, the ledger's
palette, the workstation), read once per user off the GUI thread and kept in the session.

A dialog or a form must fill its combos when it opens; reading them from the database there would block the
GUI thread. The session reads them in the background at login (and again after a write that touched them,
or another user's login) and the widgets take them from :attr:`AppSession.reference`.
"""

from __future__ import annotations

from dataclasses import dataclass

from guanlan_desk.domain.config import LocalityConfig
from guanlan_desk.domain.enums import Role, label
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain.roles import Permission
from guanlan_desk.reports import statistics
from guanlan_desk.services import mediators, reference, risks, workstation
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.errors import PermissionDenied
from guanlan_desk.services.mediators import RosterRow
from guanlan_desk.services.reference import OFFICE_CODE, CommunityRow, GridRow, VenueRow
from guanlan_desk.services.workstation import WorkstationSummary


@dataclass(frozen=True, slots=True)
class Reference:
    """The reference lists of one user's session."""

    summary: WorkstationSummary
    communities: tuple[CommunityRow, ...]  # in use, by code
    grids: tuple[GridRow, ...]  # every community's, by code
    venues: tuple[VenueRow, ...]  # active, by name
    roster: tuple[RosterRow, ...]  # active mediators the user may read (none without dispute access)
    ledger: LocalityConfig | None  # the ledger's palette and deadlines (None without ledger access)
    role: Role  # the user they were read for
    statistics_communities: dict[str, str]  # code → name of the communities statistics are kept for

    def ledger_config(self) -> LocalityConfig:
        """The ledger's palette and deadline rules; :class:`PermissionDenied` for a role without ledger access."""
        if self.ledger is None:
            raise PermissionDenied(QT_TRANSLATE_NOOP("terms", "view risk items"), label(self.role))
        return self.ledger

    def community_names(self) -> dict[str, str]:
        """Community code → name."""
        return {row.code: row.name for row in self.communities}

    def grids_of(self, community_code: str | None) -> list[GridRow]:
        """The grids of one community (every grid for ``None``)."""
        return [g for g in self.grids if not community_code or g.community_code == community_code]

    def venues_of(self, community_code: str | None) -> list[VenueRow]:
        """A community's own venues and the sub-district's (every venue for ``None``)."""
        return [v for v in self.venues if not community_code or v.community_code in (community_code, OFFICE_CODE)]


def read_reference(ctx: Ctx) -> Reference:
    """Read the lists (worker thread)."""
    roster = tuple(mediators.list_roster(ctx, include_inactive=False)) if ctx.can(Permission.DISPUTE_READ) else ()
    ledger = risks.ledger_config(ctx) if ctx.can(Permission.RISK_READ) else None
    return Reference(workstation.describe(ctx), tuple(reference.communities(ctx)), tuple(reference.grids(ctx)),
                     tuple(reference.venues(ctx)), roster, ledger, ctx.actor.role, statistics.communities(ctx))
