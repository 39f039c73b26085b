"""The dashboard tells the truth: true totals (not the shown rows), the newest due first, the rest counted."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from guanlan_desk.services import dashboard, disputes
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import FollowUp
from guanlan_desk.ui.session import AppSession
from tests.services.test_disputes_core import TODAY, new_case, settle
from tests.ui.test_dashboard import loaded_page, rows


def five_due(ctx: Ctx) -> list[str]:
    """Five cases whose follow-up visits fell due today, 1, 2, 3 and 4 days ago (newest first)."""
    ids = []
    for k, name in enumerate(["张三", "李四", "王五", "赵六", "钱七"]):
        ref = new_case(ctx, name, received=TODAY - timedelta(days=40))
        day = TODAY - timedelta(days=15 + k)
        settle(ctx, ref.id, signed=day, sealed=day)
        ids.append(ref.id)
    return ids


def test_the_totals_equal_the_database_and_the_newest_come_first(admin: Ctx) -> None:
    ids = five_due(admin)
    view = dashboard.overview(admin, follow_up_limit=3)
    with admin.read() as session:
        in_db = session.execute(select(func.count()).select_from(FollowUp).where(
            FollowUp.done_on.is_(None), FollowUp.due_on <= TODAY)).scalar_one()
    assert view.follow_ups_total == in_db == 5
    assert view.follow_ups is not None and [d.dispute_id for d in view.follow_ups] == ids[:3]
    assert view.follow_ups[0].due_on == TODAY and not view.follow_ups[0].overdue
    assert disputes.count_due_follow_ups(admin, TODAY, since=TODAY - timedelta(days=1)) == 2


def test_the_box_shows_the_true_count_and_how_many_more(qtbot: QtBot, app_session: AppSession, admin: Ctx,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    five_due(admin)
    monkeypatch.setattr(dashboard, "overview", partial(dashboard.overview, follow_up_limit=3))
    page = loaded_page(qtbot, app_session)
    assert "(5)" in page.follow_box.title()
    shown = rows(page.follow_ups)
    assert len(shown) == 4 and shown[0][3] == "Today" and "2 more" in shown[3][0]
