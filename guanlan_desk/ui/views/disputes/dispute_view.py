"""Everything the dispute editor shows about one dispute, read in one go off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import disputes, ledger_import, risks
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.disputes import DisputeDetail, StatusChange
from guanlan_desk.services.ledger_import import ImportOrigin
from guanlan_desk.services.risks import RiskRow


@dataclass(frozen=True, slots=True)
class DisputeView:
    """The dispute, its status history, the ledger row it was imported from (if it was), its risk items."""

    detail: DisputeDetail
    history: tuple[StatusChange, ...]
    origin: ImportOrigin | None
    risks: tuple[RiskRow, ...]  # none for a role without ledger access


def read_view(ctx: Ctx, dispute_id: str, detail: DisputeDetail | None = None) -> DisputeView:
    """Read what the editor shows (``detail``: what a save just returned, not read again). Worker thread."""
    shown = detail if detail is not None else disputes.get_dispute(ctx, dispute_id)
    linked = tuple(risks.risks_of_dispute(ctx, dispute_id)) if ctx.can(Permission.RISK_READ) else ()
    return DisputeView(shown, tuple(disputes.status_history(ctx, dispute_id)),
                       ledger_import.import_origin(ctx, dispute_id), linked)
