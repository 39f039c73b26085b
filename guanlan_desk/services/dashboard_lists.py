"""The dashboard's lists, one page at a time with the true total (a COUNT, never the length of a capped list).

Each list orders what needs doing first: today's entries, then the coming ones (soonest first), then the
overdue ones (the most recently overdue first, so the newest never fall off a long list). A list offers the
windows (今天/本周/逾期) that make sense for it; :data:`WINDOWS` names them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, case, func, select

from guanlan_desk.domain.enums import DisputeStatus
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit, risks
from guanlan_desk.services.context import LOCAL_TZ, Ctx
from guanlan_desk.services.disputes import DueItem, ScheduledItem
from guanlan_desk.services.risks import RiskFilter, RiskRow
from guanlan_desk.store.models import Agreement, Dispute, FollowUp, MediationSchedule

T = TypeVar("T")
PAGE_SIZE = 50  # rows per page of every dashboard list
JC_WITHIN_DAYS = 7  # the judicial-confirmation list shows windows closing within this many days


class Section(StrEnum):
    """The dashboard's paged lists."""

    FOLLOW_UPS = "follow_ups"
    MEDIATIONS = "mediations"
    JC_WINDOWS = "jc_windows"
    LATE_RISKS = "late_risks"
    ACTIVITY = "activity"


class Window(StrEnum):
    """Which part of a list to show; ``ALL`` is each list's own default (see the list functions)."""

    ALL = "all"
    TODAY = "today"
    WEEK = "week"
    OVERDUE = "overdue"


# The windows each list offers besides ALL (a list of risk items past their deadline is all overdue).
WINDOWS: dict[Section, tuple[Window, ...]] = {
    Section.FOLLOW_UPS: (Window.TODAY, Window.WEEK, Window.OVERDUE),
    Section.MEDIATIONS: (Window.TODAY, Window.OVERDUE),  # ALL is this week
    Section.JC_WINDOWS: (Window.TODAY,),
    Section.LATE_RISKS: (),
    Section.ACTIVITY: (Window.TODAY, Window.WEEK),
}


@dataclass(frozen=True, slots=True)
class PageRequest:
    """Which window of a list and which page (``offset`` rows skipped) to load."""

    window: Window = Window.ALL
    offset: int = 0


@dataclass(frozen=True, slots=True)
class ListPage(Generic[T]):
    """One page of a dashboard list: its rows, how many the whole window holds, where the page starts."""

    rows: tuple[T, ...]
    total: int
    offset: int = 0
    window: Window = Window.ALL
    page_size: int = PAGE_SIZE

    @property
    def has_previous(self) -> bool:
        """Whether a page comes before this one."""
        return self.offset > 0

    @property
    def has_next(self) -> bool:
        """Whether rows follow this page."""
        return self.offset + len(self.rows) < self.total


def _check(section: Section, request: PageRequest) -> None:
    if request.window != Window.ALL and request.window not in WINDOWS[section]:
        raise ValidationError("window", QT_TRANSLATE_NOOP("errors", "This list cannot be filtered that way."))
    if request.offset < 0:
        raise ValidationError("offset", QT_TRANSLATE_NOOP("errors", "A page cannot start before the first row."))


def _week(today: date) -> tuple[date, date]:
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def _utc(day: date) -> datetime:
    """The start of a local day, in UTC (how times are stored)."""
    return datetime.combine(day, time(0), LOCAL_TZ).astimezone(timezone.utc)


def _today_first(column: Any, today_from: Any, today_to: Any) -> tuple[ColumnElement[Any], ...]:
    """ORDER BY terms: [today_from, today_to) first, then later ones soonest first, then earlier ones latest first."""
    bucket = case(((column >= today_from) & (column < today_to), 0), (column >= today_to, 1), else_=2)
    coming = case((column >= today_from, column), else_=None)
    return bucket, coming, column.desc()


# -- follow-up visits --------------------------------------------------------------------------------------
def _follow_up_where(window: Window, today: date) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [
        FollowUp.done_on.is_(None), FollowUp.deleted_at.is_(None), Dispute.deleted_at.is_(None),
        Dispute.status != DisputeStatus.ARCHIVED.value]
    monday, sunday = _week(today)
    if window == Window.TODAY:
        return where + [FollowUp.due_on == today]
    if window == Window.WEEK:
        return where + [FollowUp.due_on >= monday, FollowUp.due_on <= sunday]
    if window == Window.OVERDUE:
        return where + [FollowUp.due_on < today]
    return where + [FollowUp.due_on <= today]


def follow_ups(ctx: Ctx, request: PageRequest = PageRequest(), *, page_size: int = PAGE_SIZE) -> ListPage[DueItem]:
    """Follow-up visits not yet made: ALL is those due today or overdue; TODAY, WEEK (Monday to Sunday, the
    coming days included) and OVERDUE narrow it. Today's first, then the coming, then the most recently overdue."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    _check(Section.FOLLOW_UPS, request)
    today = ctx.today()
    where = _follow_up_where(request.window, today)
    with ctx.read() as session:
        total = int(session.execute(select(func.count()).select_from(FollowUp)
                                    .join(Dispute, FollowUp.dispute_id == Dispute.id).where(*where)).scalar_one())
        rows = session.execute(
            select(Dispute.id, Dispute.case_no, Dispute.title, FollowUp.due_on)
            .join(FollowUp, FollowUp.dispute_id == Dispute.id).where(*where)
            .order_by(*_today_first(FollowUp.due_on, today, today + timedelta(days=1)), Dispute.case_no)
            .limit(page_size).offset(request.offset))
        items = tuple(DueItem(str(i), n, t, due, due < today) for i, n, t, due in rows)
    return ListPage(items, total, request.offset, request.window, page_size)


# -- scheduled mediations ----------------------------------------------------------------------------------
def _mediation_where(window: Window, today: date, now: datetime) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [
        MediationSchedule.superseded_at.is_(None), MediationSchedule.session_id.is_(None),
        MediationSchedule.deleted_at.is_(None), Dispute.deleted_at.is_(None),
        Dispute.status.in_([DisputeStatus.ACCEPTED.value, DisputeStatus.MEDIATING.value])]
    at = MediationSchedule.scheduled_at
    if window == Window.TODAY:
        return where + [at >= _utc(today), at < _utc(today + timedelta(days=1))]
    if window == Window.OVERDUE:  # the time has passed and no session is recorded
        return where + [at < now]
    monday, sunday = _week(today)
    return where + [at >= _utc(monday), at < _utc(sunday + timedelta(days=1))]


def mediations(ctx: Ctx, request: PageRequest = PageRequest(), *,
               page_size: int = PAGE_SIZE) -> ListPage[ScheduledItem]:
    """Mediations scheduled and not yet held: ALL and WEEK are this week (Monday to Sunday), TODAY today's,
    OVERDUE those whose time has passed without a recorded session. Today's first (by the hour), then the coming
    ones, then the past ones, the latest first."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    _check(Section.MEDIATIONS, request)
    today = ctx.today()
    where = _mediation_where(request.window, today, ctx.now())
    at = MediationSchedule.scheduled_at
    with ctx.read() as session:
        total = int(session.execute(
            select(func.count()).select_from(MediationSchedule)
            .join(Dispute, MediationSchedule.dispute_id == Dispute.id).where(*where)).scalar_one())
        rows = session.execute(
            select(Dispute.id, Dispute.case_no, Dispute.title, at, MediationSchedule.place,
                   MediationSchedule.mediators)
            .join(MediationSchedule, MediationSchedule.dispute_id == Dispute.id).where(*where)
            .order_by(*_today_first(at, _utc(today), _utc(today + timedelta(days=1))), MediationSchedule.id)
            .limit(page_size).offset(request.offset))
        items = tuple(ScheduledItem(str(i), n, t, when, place, who) for i, n, t, when, place, who in rows)
    return ListPage(items, total, request.offset, request.window, page_size)


def count_mediations(ctx: Ctx, window: Window) -> int:
    """How many mediations :func:`mediations` lists in ``window``."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    where = _mediation_where(window, ctx.today(), ctx.now())
    with ctx.read() as session:
        return int(session.execute(
            select(func.count()).select_from(MediationSchedule)
            .join(Dispute, MediationSchedule.dispute_id == Dispute.id).where(*where)).scalar_one())


# -- judicial-confirmation windows -------------------------------------------------------------------------
def jc_windows(ctx: Ctx, request: PageRequest = PageRequest(), *, page_size: int = PAGE_SIZE,
               within_days: int = JC_WITHIN_DAYS) -> ListPage[DueItem]:
    """Written agreements whose 30-day application window closes within ``within_days`` (TODAY: closes today)
    and no application yet; the soonest closing first."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    _check(Section.JC_WINDOWS, request)
    today = ctx.today()
    last = today if request.window == Window.TODAY else today + timedelta(days=within_days)
    where = [Agreement.jc_deadline.is_not(None), Agreement.jc_deadline >= today, Agreement.jc_deadline <= last,
             Dispute.jc_requested.is_(False), Dispute.deleted_at.is_(None), Agreement.deleted_at.is_(None)]
    with ctx.read() as session:
        total = int(session.execute(select(func.count()).select_from(Agreement)
                                    .join(Dispute, Agreement.dispute_id == Dispute.id).where(*where)).scalar_one())
        rows = session.execute(
            select(Dispute.id, Dispute.case_no, Dispute.title, Agreement.jc_deadline)
            .join(Agreement, Agreement.dispute_id == Dispute.id).where(*where)
            .order_by(Agreement.jc_deadline, Dispute.case_no).limit(page_size).offset(request.offset))
        items = tuple(DueItem(str(i), n, t, due, False) for i, n, t, due in rows if due is not None)
    return ListPage(items, total, request.offset, request.window, page_size)


# -- risk items past their deadline -----------------------------------------------------------------------
def late_risks(ctx: Ctx, request: PageRequest = PageRequest(), *, page_size: int = PAGE_SIZE) -> ListPage[RiskRow]:
    """Open risk items past their deadline, the most recently overdue first."""
    _check(Section.LATE_RISKS, request)
    f = RiskFilter(overdue=True)
    total = risks.count_risks(ctx, f)
    page = risks.list_risks(ctx, f, sort="deadline", descending=True, limit=page_size, offset=request.offset)
    return ListPage(page.rows, total, request.offset, request.window, page_size)


# -- recent activity ---------------------------------------------------------------------------------------
def activity_since(ctx: Ctx, window: Window) -> datetime | None:
    """The moment the activity list starts from in ``window`` (``None``: the whole log)."""
    today = ctx.today()
    if window == Window.TODAY:
        return _utc(today)
    if window == Window.WEEK:
        return _utc(_week(today)[0])
    return None


def activity_page(ctx: Ctx, request: PageRequest, rows_of: Callable[[list[audit.AuditRow]], tuple[T, ...]], *,
                  page_size: int = PAGE_SIZE) -> ListPage[T]:
    """The log's newest events first (ALL, TODAY, WEEK); ``rows_of`` turns audit rows into what the list shows."""
    ctx.require(Permission.AUDIT_READ, QT_TRANSLATE_NOOP("terms", "read the audit log"))
    _check(Section.ACTIVITY, request)
    since = activity_since(ctx, request.window)
    events = audit.recent(ctx, limit=page_size, since=since, offset=request.offset)
    return ListPage(rows_of(events), audit.count(ctx, since=since), request.offset, request.window, page_size)

