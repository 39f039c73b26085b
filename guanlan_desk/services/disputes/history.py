"""A case's status history (受理, 调解, 结案 … with dates and who): one synced row per lifecycle transition."""

from __future__ import annotations

from sqlalchemy import select

from guanlan_desk.domain.enums import DisputeStatus
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.disputes.loading import load_dispute
from guanlan_desk.services.disputes.rows import StatusChange
from guanlan_desk.store.models import Dispute, DisputeStatusChange
from guanlan_desk.store.uow import GuanlanSession


def record_status_change(session: GuanlanSession, ctx: Ctx, dispute: Dispute, action: str,
                         before: DisputeStatus | None, after: DisputeStatus) -> None:
    """Write one step of the history; called by the transition helper (and by registration for the first)."""
    session.add(DisputeStatusChange(
        dispute_id=dispute.id, action=action, from_status=before.value if before is not None else "",
        to_status=after.value, changed_at=ctx.now(), changed_on=ctx.today(), by_user=ctx.actor.username,
        by_name=ctx.actor.display_name[:50]))


def status_history(ctx: Ctx, dispute_id: str, *, with_registration: bool = False) -> list[StatusChange]:
    """The status changes of one dispute, oldest first (readable by every dispute reader, also at the office,
    since the history travels with the case); ``with_registration`` includes the first step (登记)."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    statuses = {s.value for s in DisputeStatus}
    with ctx.read() as session:
        dispute = load_dispute(session, dispute_id)
        rows = session.scalars(select(DisputeStatusChange).where(
            DisputeStatusChange.dispute_id == dispute.id, DisputeStatusChange.deleted_at.is_(None))
            .order_by(DisputeStatusChange.changed_at, DisputeStatusChange.created_at))
        out = []
        for row in rows:
            if row.to_status not in statuses or (row.from_status and row.from_status not in statuses):
                continue
            if not row.from_status and not with_registration:
                continue
            out.append(StatusChange(
                row.changed_at, row.by_user, row.action,
                DisputeStatus(row.from_status) if row.from_status else None, DisputeStatus(row.to_status),
                name=row.by_name or row.by_user, on=row.changed_on))
        return out
