"""The street office's overview (街道 dashboard): per community the last bundle received and its age, a
gap in the bundles, open sync conflicts, open disputes, follow-ups due, overdue risk items and cases past
their mediation deadline; a community whose last bundle is older than the agreed export schedule is flagged.

Counts only (no personal field). Gaps come from the sync layer (``sync.status.waiting_gaps``), passed in
by the caller, since reports do not depend on sync.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from guanlan_desk.domain.enums import OPEN_DISPUTE_STATUSES, DisputeStatus, RiskStatus
from guanlan_desk.reports.settings import ReportSettings
from guanlan_desk.reports.statistics import communities
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import Dispute, FollowUp, ImportLog, RiskItem, SyncConflict, SyncPeer

_OPEN_RISK = [s.value for s in (RiskStatus.UNRESOLVED, RiskStatus.IN_PROGRESS, RiskStatus.RELAPSED,
                                RiskStatus.CLOSE_REQUESTED)]
_MEDIATING = [s.value for s in (DisputeStatus.REGISTERED, DisputeStatus.ACCEPTED, DisputeStatus.MEDIATING)]


@dataclass(frozen=True, slots=True)
class CommunityHealth:
    """One community's line of the overview."""

    code: str
    name: str
    enrolled: bool
    last_bundle_at: datetime | None
    last_bundle_seq: int
    age_days: float | None
    gap: tuple[int, int] | None
    conflicts: int
    open_disputes: int
    follow_ups_due: int
    overdue_risks: int
    past_deadline: int
    stale: bool

    @property
    def attention(self) -> int:
        """How many problems the line shows (for sorting: the worst first)."""
        return (int(self.stale) + int(self.gap is not None) + int(self.conflicts > 0) + int(self.overdue_risks > 0)
                + int(self.past_deadline > 0) + int(self.follow_ups_due > 0))


@dataclass(frozen=True, slots=True)
class OfficeOverview:
    """The overview's lines and the threshold used for "stale"."""

    today: date
    max_age_days: int
    lines: tuple[CommunityHealth, ...]

    @property
    def stale(self) -> tuple[CommunityHealth, ...]:
        """The communities whose last bundle is too old (or that never sent one)."""
        return tuple(line for line in self.lines if line.stale)


def _by_community(rows: object) -> dict[str, int]:
    return {str(code): int(n) for code, n in rows}  # type: ignore[attr-defined]


def office_overview(ctx: Ctx, settings: ReportSettings,
                    gaps: Mapping[str, tuple[int, int]] | None = None) -> OfficeOverview:
    """Every community's health; ``gaps`` maps a sending workstation id to its missing bundle range."""
    names = communities(ctx)
    today = ctx.today()
    now = ctx.now()
    gaps = gaps or {}
    with ctx.read() as session:
        peers = [(p.workstation_id, p.community_code) for p in session.scalars(
            select(SyncPeer).where(SyncPeer.role == "community"))]
        last = {str(s): (at, int(seq)) for s, at, seq in session.execute(
            select(ImportLog.sender, func.max(ImportLog.imported_at), func.max(ImportLog.seq))
            .group_by(ImportLog.sender))}
        conflicts = {str(o): int(n) for o, n in session.execute(
            select(SyncConflict.other_origin, func.count()).where(SyncConflict.resolved_at.is_(None))
            .group_by(SyncConflict.other_origin))}
        open_disputes = _by_community(session.execute(
            select(Dispute.community_code, func.count()).where(
                Dispute.deleted_at.is_(None), Dispute.status.in_([s.value for s in OPEN_DISPUTE_STATUSES]))
            .group_by(Dispute.community_code)))
        past = _by_community(session.execute(
            select(Dispute.community_code, func.count()).where(
                Dispute.deleted_at.is_(None), Dispute.status.in_(_MEDIATING), Dispute.mediation_due < today)
            .group_by(Dispute.community_code)))
        follow = _by_community(session.execute(
            select(Dispute.community_code, func.count()).select_from(FollowUp)
            .join(Dispute, Dispute.id == FollowUp.dispute_id).where(
                FollowUp.deleted_at.is_(None), Dispute.deleted_at.is_(None), FollowUp.done_on.is_(None),
                FollowUp.due_on <= today).group_by(Dispute.community_code)))
        overdue = _by_community(session.execute(
            select(RiskItem.community_code, func.count()).where(
                RiskItem.deleted_at.is_(None), RiskItem.status.in_(_OPEN_RISK), RiskItem.deadline < today)
            .group_by(RiskItem.community_code)))
    lines = []
    for code, name in sorted(names.items()):
        stations = [w for w, c in peers if c == code]
        received = [last[w] for w in stations if w in last]
        at = max((r[0] for r in received), default=None)
        seq = max((r[1] for r in received), default=0)
        age = (now - at).total_seconds() / 86400 if at is not None else None
        gap = next((gaps[w] for w in stations if w in gaps), None)
        lines.append(CommunityHealth(
            code, name, bool(stations), at, seq, age, gap, sum(conflicts.get(w, 0) for w in stations),
            open_disputes.get(code, 0), follow.get(code, 0), overdue.get(code, 0), past.get(code, 0),
            stale=age is None or age > settings.bundle_max_age_days))
    lines.sort(key=lambda line: (-line.attention, line.code))
    return OfficeOverview(today, settings.bundle_max_age_days, tuple(lines))
