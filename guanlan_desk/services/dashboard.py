"""The dashboard (工作台) in one call: what is due, what is late, what is open, what happened lately.

Each section is ``None`` when the user's role may not see it. Recent activity carries no personal data:
who did what to which kind of record, never the record's content.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from guanlan_desk.domain.enums import OPEN_DISPUTE_STATUSES, AuditAction, DisputeStatus, label
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit, disputes, risks
from guanlan_desk.services.context import LOCAL_TZ, Ctx, load_config
from guanlan_desk.services.display_names import display_names
from guanlan_desk.services.disputes import DueItem, ScheduledItem
from guanlan_desk.services.risks import RiskFilter, RiskRow
from guanlan_desk.store.models import Dispute, RiskItem, User

RECORD_ENTITIES = ("dispute", "risk", "lcp", "party")
_STATUS_ORDER = (DisputeStatus.REGISTERED, DisputeStatus.ACCEPTED, DisputeStatus.MEDIATING, DisputeStatus.SETTLED)


@dataclass(frozen=True, slots=True)
class StatusCount:
    """Open disputes in one status."""

    status: DisputeStatus
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class LevelCount:
    """Overdue risk items of one level, with the level's palette colour."""

    code: str
    label: str
    colour: str
    count: int


@dataclass(frozen=True, slots=True)
class ActivityRow:
    """One recent event without personal data; ``record_kind`` is set when it names a record to open."""

    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    record_kind: str | None
    name: str = ""  # the display name of ``username`` (陈志强 rather than mediator1)
    record_label: str = ""  # the case number or risk code of the record it names (never personal data)


@dataclass(frozen=True, slots=True)
class Overview:
    """Everything the dashboard shows (``None``: the role may not see that section)."""

    today: date
    follow_ups: tuple[DueItem, ...] | None
    jc_windows: tuple[DueItem, ...] | None
    open_by_status: tuple[StatusCount, ...] | None
    overdue_levels: tuple[LevelCount, ...] | None
    overdue_risks: tuple[RiskRow, ...] | None
    activity: tuple[ActivityRow, ...] | None
    # 今日调解 / 本周调解 (Monday to Sunday of this week, today's excluded): scheduled and not yet held.
    mediations_today: tuple[ScheduledItem, ...] | None = None
    mediations_week: tuple[ScheduledItem, ...] | None = None
    # the true sizes of the lists above (each shows at most its limit)
    follow_ups_total: int = 0
    overdue_risks_total: int = 0


def _open_by_status(ctx: Ctx) -> tuple[StatusCount, ...]:
    with ctx.read() as session:
        counts = {str(s): int(n) for s, n in session.execute(
            select(Dispute.status, func.count()).where(
                Dispute.deleted_at.is_(None), Dispute.status.in_([s.value for s in OPEN_DISPUTE_STATUSES]))
            .group_by(Dispute.status))}
    order = list(_STATUS_ORDER) + sorted(OPEN_DISPUTE_STATUSES - set(_STATUS_ORDER))
    return tuple(StatusCount(s, label(s), counts.get(s.value, 0)) for s in order)


def _overdue_levels(ctx: Ctx) -> tuple[LevelCount, ...]:
    counts = risks.overdue_by_level(ctx)
    with ctx.read() as session:
        palette = load_config(session).risk_levels
    known = {lvl.code for lvl in palette}
    out = [LevelCount(lvl.code, lvl.label, lvl.colour, counts.get(lvl.code, 0)) for lvl in palette]
    out += [LevelCount(code, code, "#888888", n) for code, n in sorted(counts.items()) if code not in known]
    return tuple(out)


def _activity(ctx: Ctx, limit: int) -> tuple[ActivityRow, ...]:
    rows = audit.recent(ctx, limit=limit)
    names = {r.username for r in rows}
    ids: dict[str, list[uuid.UUID]] = {}
    for r in rows:
        if r.entity in ("dispute", "risk") and r.entity_id:
            try:
                ids.setdefault(r.entity, []).append(uuid.UUID(r.entity_id))
            except ValueError:
                continue
    with ctx.read() as session:
        who = {u: n for u, n in session.execute(select(User.username, User.display_name).where(User.username.in_(names)))}
        labels = {str(i): n for i, n in session.execute(
            select(Dispute.id, Dispute.case_no).where(Dispute.id.in_(ids.get("dispute", []))))}
        labels.update({str(i): n for i, n in session.execute(
            select(RiskItem.id, RiskItem.code).where(RiskItem.id.in_(ids.get("risk", []))))})
    out = []
    for row in rows:
        kind = row.entity if (row.entity in RECORD_ENTITIES and row.entity_id
                              and row.action != AuditAction.DELETE.value) else None
        name = who.get(row.username, "" if row.username == "system" else row.username)
        out.append(ActivityRow(row.at, row.username, row.action, row.entity, row.entity_id, kind, name,
                               labels.get(row.entity_id or "", "")))
    return tuple(out)


def overview(ctx: Ctx, *, jc_within_days: int = 7, risk_limit: int = 50, activity_limit: int = 20,
             follow_up_limit: int = 200) -> Overview:
    """The dashboard's sections for the logged-in user."""
    today = ctx.today()
    can_disputes = ctx.can(Permission.DISPUTE_READ)
    can_risks = ctx.can(Permission.RISK_READ)
    follow_ups = (tuple(disputes.due_follow_ups(ctx, today, newest_first=True, limit=follow_up_limit))
                  if can_disputes else None)
    follow_ups_total = disputes.count_due_follow_ups(ctx, today) if can_disputes else 0
    jc_windows = tuple(disputes.jc_windows_closing(ctx, jc_within_days)) if can_disputes else None
    by_status = _open_by_status(ctx) if can_disputes else None
    levels = _overdue_levels(ctx) if can_risks else None
    late = (risks.list_risks(ctx, RiskFilter(overdue=True), sort="deadline", descending=False,
                             limit=risk_limit).rows if can_risks else None)
    activity = _activity(ctx, activity_limit) if ctx.can(Permission.AUDIT_READ) else None
    today_items = week_items = None
    if can_disputes:
        monday = today - timedelta(days=today.weekday())
        week = disputes.scheduled_mediations(ctx, monday, monday + timedelta(days=6))
        today_items = tuple(i for i in week if i.scheduled_at.astimezone(LOCAL_TZ).date() == today)
        week_items = tuple(i for i in week if i.scheduled_at.astimezone(LOCAL_TZ).date() != today)
    late_total = sum(level.count for level in levels) if levels is not None else 0
    return Overview(today, follow_ups, jc_windows, by_status, levels, late, activity, today_items, week_items,
                    follow_ups_total, late_total)
