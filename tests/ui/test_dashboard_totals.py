"""The dashboard tells the truth: every list's total is the database's count (not the rows of a capped page), the
lists are paged, today's and the most recently overdue come first, and 今天/本周/逾期 narrow a list."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta, timezone

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from guanlan_desk.services import dashboard, dashboard_lists, dispute_steps
from guanlan_desk.services.context import LOCAL_TZ, Ctx
from guanlan_desk.services.dashboard_lists import PAGE_SIZE, PageRequest, Section, Window
from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.services.dispute_steps import ScheduleInput
from guanlan_desk.store.models import AuditEvent, Dispute, FollowUp, MediationSchedule
from guanlan_desk.ui.session import AppSession
from tests.services.test_disputes_core import TODAY, new_case, settle
from tests.services.test_risks_core import report
from tests.ui.test_dashboard import loaded_page, rows

MONDAY = TODAY - timedelta(days=TODAY.weekday())


def five_due(ctx: Ctx) -> list[str]:
    """Five cases whose follow-up visits fell due today, 1, 2, 3 and 4 days ago (newest first)."""
    ids = []
    for k, name in enumerate(["张三", "李四", "王五", "赵六", "钱七"]):
        ref = new_case(ctx, name, received=TODAY - timedelta(days=40))
        day = TODAY - timedelta(days=15 + k)
        settle(ctx, ref.id, signed=day, sealed=day)
        ids.append(ref.id)
    return ids


def many_due(ctx: Ctx, n: int = 677) -> list[str]:
    """``n`` follow-ups due today or overdue (five cases, the rest added straight to the database), plus visits
    due later, done, or on a deleted case that no list may count."""
    ids = five_due(ctx)
    with ctx.write() as session:
        for k in range(n - 5):
            session.add(FollowUp(dispute_id=uuid.UUID(ids[k % 5]), due_on=TODAY - timedelta(days=5 + k % 400)))
        session.add(FollowUp(dispute_id=uuid.UUID(ids[0]), due_on=TODAY + timedelta(days=1)))  # not due yet
        session.add(FollowUp(dispute_id=uuid.UUID(ids[0]), due_on=TODAY - timedelta(days=2), done_on=TODAY))
        session.commit()
    return ids


def _due_in_db(ctx: Ctx, *where: object) -> int:
    with ctx.read() as session:
        return int(session.execute(
            select(func.count()).select_from(FollowUp).join(Dispute, Dispute.id == FollowUp.dispute_id)
            .where(FollowUp.done_on.is_(None), FollowUp.deleted_at.is_(None), Dispute.deleted_at.is_(None),
                   *where)).scalar_one())


def test_677_due_follow_ups_are_counted_paged_and_the_newest_come_first(admin: Ctx) -> None:
    many_due(admin)
    in_db = _due_in_db(admin, FollowUp.due_on <= TODAY)
    view = dashboard.overview(admin)
    assert view.follow_ups is not None
    assert view.follow_ups_total == view.follow_ups.total == in_db == 677
    assert len(view.follow_ups.rows) == PAGE_SIZE < in_db and view.follow_ups.has_next
    first = view.follow_ups.rows
    assert first[0].due_on == TODAY and not first[0].overdue
    overdue = [d.due_on for d in first if d.overdue]
    assert overdue == sorted(overdue, reverse=True) and overdue[0] == TODAY - timedelta(days=1)
    # every page: the same total, no row twice, and together every due visit exactly once
    seen: list[tuple[str, date]] = []
    offset = 0
    while True:
        page = dashboard_lists.follow_ups(admin, PageRequest(Window.ALL, offset))
        assert page.total == in_db
        seen += [(d.dispute_id, d.due_on) for d in page.rows]
        if not page.has_next:
            break
        offset += PAGE_SIZE
    assert len(seen) == in_db and offset == (in_db - 1) // PAGE_SIZE * PAGE_SIZE
    days = [day for _, day in seen]
    assert days == sorted(days, reverse=True)  # the oldest last, not first


def test_today_this_week_and_overdue_windows_count_what_the_database_holds(admin: Ctx) -> None:
    many_due(admin)
    cases = {
        Window.TODAY: (FollowUp.due_on == TODAY,),
        Window.WEEK: (FollowUp.due_on >= MONDAY, FollowUp.due_on <= MONDAY + timedelta(days=6)),
        Window.OVERDUE: (FollowUp.due_on < TODAY,),
    }
    for window, where in cases.items():
        page = dashboard_lists.follow_ups(admin, PageRequest(window))
        assert page.total == _due_in_db(admin, *where) > 0, window
        assert all(MONDAY <= d.due_on <= MONDAY + timedelta(days=6) for d in page.rows) or window != Window.WEEK
    week = dashboard_lists.follow_ups(admin, PageRequest(Window.WEEK)).rows
    # this week: today's, then the one due tomorrow, then the most recently overdue
    assert [d.due_on for d in week[:2]] == [TODAY, TODAY + timedelta(days=1)] and week[2].due_on < TODAY
    with pytest.raises(ValidationError):
        dashboard_lists.late_risks(admin, PageRequest(Window.TODAY))  # a window the list does not offer


def test_late_risks_newest_overdue_first_with_the_true_total(admin: Ctx) -> None:
    items = [report(admin, f"隐患{k}", found_on=TODAY - timedelta(days=90), deadline=TODAY - timedelta(days=1 + k))
             for k in range(3)]
    report(admin, "围墙开裂", found_on=TODAY - timedelta(days=90), deadline=TODAY + timedelta(days=3))  # not late
    page = dashboard_lists.late_risks(admin, PageRequest(), page_size=2)
    assert page.total == 3 and [r.id for r in page.rows] == [items[0].id, items[1].id] and page.has_next
    assert [r.id for r in dashboard_lists.late_risks(admin, PageRequest(offset=2), page_size=2).rows] == [items[2].id]
    assert dashboard.overview(admin, page_size=2).overdue_risks_total == 3


def test_mediations_today_first_then_the_week_and_the_missed_ones(admin: Ctx) -> None:
    ids = [new_case(admin, name).id for name in ("张三", "李四", "王五")]
    for i in ids:
        dispute_steps.accept_dispute(admin, i)
    now = admin.now()
    later_today = now + timedelta(hours=2)
    dispute_steps.schedule_mediation(admin, ids[0], ScheduleInput(now + timedelta(days=2), place="A",
                                                                  mediators=("陈志强",), contact_person="陈志强"))
    dispute_steps.schedule_mediation(admin, ids[1], ScheduleInput(later_today, place="B", mediators=("陈志强",),
                                                                  contact_person="陈志强"))
    dispute_steps.schedule_mediation(admin, ids[2], ScheduleInput(now + timedelta(hours=1), place="C",
                                                                  mediators=("陈志强",), contact_person="陈志强"))
    with admin.write() as session:  # the third one's time has passed, nothing was recorded
        session.execute(update(MediationSchedule).where(MediationSchedule.dispute_id == uuid.UUID(ids[2]))
                        .values(scheduled_at=datetime.combine(MONDAY, time(9), LOCAL_TZ).astimezone(timezone.utc)))
        session.commit()
    week = dashboard_lists.mediations(admin)
    assert week.total == 3 and [m.place for m in week.rows] == ["B", "A", "C"]
    assert [m.place for m in dashboard_lists.mediations(admin, PageRequest(Window.TODAY)).rows] == ["B"]
    assert [m.place for m in dashboard_lists.mediations(admin, PageRequest(Window.OVERDUE)).rows] == ["C"]
    view = dashboard.overview(admin)
    assert (view.mediations_today_total, view.mediations_week_total) == (1, 3)


def test_activity_is_counted_and_paged(admin: Ctx) -> None:
    five_due(admin)
    with admin.read() as session:
        in_db = int(session.execute(select(func.count()).select_from(AuditEvent)).scalar_one())
    page = dashboard.activity(admin, PageRequest(), page_size=10)
    assert page.total == in_db > 10 and len(page.rows) == 10
    second = dashboard.activity(admin, PageRequest(offset=10), page_size=10)
    assert second.rows[0].at <= page.rows[-1].at and page.rows[0].at >= page.rows[-1].at
    assert dashboard.activity(admin, PageRequest(Window.TODAY)).total == in_db  # the fake clock: all today


def test_the_box_shows_the_true_count_and_pages(qtbot: QtBot, app_session: AppSession, admin: Ctx) -> None:
    many_due(admin)
    page = loaded_page(qtbot, app_session)
    assert "(677)" in page.follow_box.title()
    shown = rows(page.follow_ups)
    assert len(shown) == PAGE_SIZE and shown[0][3] == "Today" and shown[1][3] == "1 days overdue"
    pager = page.follow_box.pager
    assert pager.isVisible() and pager.label.text() == "1–50 of 677" and not pager.previous_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        pager.next_button.click()
    assert pager.label.text() == "51–100 of 677" and pager.previous_button.isEnabled()
    assert rows(page.follow_ups)[0][0] <= shown[-1][0]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.follow_box.chooser.choose("today")
    assert [r[3] for r in rows(page.follow_ups)] == ["Today"] and pager.label.text() == "1–1 of 1"
    assert "(677)" in page.follow_box.title()  # the title counts the default window
    with qtbot.waitSignal(page.loaded, timeout=5000):  # a refresh keeps the window the user chose
        page.refresh()
    assert [r[3] for r in rows(page.follow_ups)] == ["Today"]
