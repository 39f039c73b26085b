"""The dashboard (工作台) in one call: what is due, what is late, what is open, what happened lately.

Each section is ``None`` when the user's role may not see it. Recent activity carries no personal data:
who did what to which kind of record, never the record's content.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from guanlan_desk.domain.enums import OPEN_DISPUTE_STATUSES, AuditAction, DisputeStatus, label
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit, dashboard_lists, disputes, risks
from guanlan_desk.services.context import Ctx, load_config
from guanlan_desk.services.dashboard_lists import PAGE_SIZE, ListPage, PageRequest, Section, Window
from guanlan_desk.services.disputes import DueItem, ScheduledItem
from guanlan_desk.services.risks import RiskRow
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
    """Everything the dashboard shows (``None``: the role may not see that section).

    Each list is one page with the true total of its window; the headline counts are those of each list's
    default window whatever page or window is shown.
    """

    today: date
    follow_ups: ListPage[DueItem] | None
    jc_windows: ListPage[DueItem] | None
    open_by_status: tuple[StatusCount, ...] | None
    overdue_levels: tuple[LevelCount, ...] | None
    overdue_risks: ListPage[RiskRow] | None
    activity: ListPage[ActivityRow] | None
    # 今日调解 / 本周调解: scheduled this week (Monday to Sunday) and not yet held, today's first.
    mediations: ListPage[ScheduledItem] | None = None
    follow_ups_total: int = 0  # due today or overdue
    overdue_risks_total: int = 0
    mediations_today_total: int = 0
    mediations_week_total: int = 0  # the whole week, today's included
    jc_windows_total: int = 0  # closing within 7 days


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


def _activity_rows(ctx: Ctx, rows: list[audit.AuditRow]) -> tuple[ActivityRow, ...]:
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


def activity(ctx: Ctx, request: PageRequest = PageRequest(), *, page_size: int = PAGE_SIZE) -> ListPage[ActivityRow]:
    """One page of recent activity, the newest first, in the words the dashboard shows."""
    return dashboard_lists.activity_page(ctx, request, lambda rows: _activity_rows(ctx, rows), page_size=page_size)


def section_page(ctx: Ctx, section: Section, request: PageRequest, *, page_size: int = PAGE_SIZE) -> ListPage[Any]:
    """One page of one dashboard list (the dashboard loads a list alone when its window or page changes)."""
    loaders: dict[Section, Callable[..., ListPage[Any]]] = {
        Section.FOLLOW_UPS: dashboard_lists.follow_ups, Section.MEDIATIONS: dashboard_lists.mediations,
        Section.JC_WINDOWS: dashboard_lists.jc_windows, Section.LATE_RISKS: dashboard_lists.late_risks,
        Section.ACTIVITY: activity}
    return loaders[section](ctx, request, page_size=page_size)


def overview(ctx: Ctx, requests: Mapping[Section, PageRequest] | None = None, *,
             page_size: int = PAGE_SIZE) -> Overview:
    """The dashboard's sections for the logged-in user; ``requests`` picks a list's window and page (the first
    page of each list's default window otherwise)."""
    today = ctx.today()
    wanted = requests or {}
    can_disputes = ctx.can(Permission.DISPUTE_READ)
    can_risks = ctx.can(Permission.RISK_READ)

    def page(section: Section, allowed: bool) -> ListPage[Any] | None:
        return section_page(ctx, section, wanted.get(section, PageRequest()), page_size=page_size) if allowed else None

    follow_ups = page(Section.FOLLOW_UPS, can_disputes)
    jc = page(Section.JC_WINDOWS, can_disputes)
    meetings = page(Section.MEDIATIONS, can_disputes)
    late = page(Section.LATE_RISKS, can_risks)
    events = page(Section.ACTIVITY, ctx.can(Permission.AUDIT_READ))
    by_status = _open_by_status(ctx) if can_disputes else None
    levels = _overdue_levels(ctx) if can_risks else None

    def default_total(shown: ListPage[Any] | None, count: Callable[[], int]) -> int:
        """The total of the list's default window (counted again when another window is shown)."""
        if shown is None:
            return 0
        return shown.total if shown.window == Window.ALL else count()

    return Overview(
        today, follow_ups, jc, by_status, levels, late, events, meetings,
        follow_ups_total=default_total(follow_ups,
                                       lambda: disputes.count_due_follow_ups(ctx, today)),
        overdue_risks_total=sum(level.count for level in levels) if levels is not None else 0,
        mediations_today_total=dashboard_lists.count_mediations(ctx, Window.TODAY) if can_disputes else 0,
        mediations_week_total=default_total(meetings,
                                            lambda: dashboard_lists.count_mediations(ctx, Window.WEEK)),
        jc_windows_total=default_total(jc,
                                       lambda: dashboard_lists.jc_windows(ctx, page_size=0).total))
