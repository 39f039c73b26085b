"""Everything the risk editor shows about one item, read in one go off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import attachments, risks
from guanlan_desk.services.attachments import AttachmentRow
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.risks import RiskDetail


@dataclass(frozen=True, slots=True)
class RiskView:
    """The item, its files and the disputes it is linked to (``None`` for a role that cannot see disputes)."""

    detail: RiskDetail
    files: tuple[AttachmentRow, ...]
    disputes: tuple[tuple[str, str, str], ...] | None


def read_risk(ctx: Ctx, risk_id: str) -> RiskView:
    """Read what the editor shows (worker thread)."""
    linked = tuple(risks.disputes_of_risk(ctx, risk_id)) if ctx.can(Permission.DISPUTE_READ) else None
    return RiskView(risks.get_risk(ctx, risk_id), tuple(attachments.list_attachments(ctx, risk_id)), linked)
