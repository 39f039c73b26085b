"""The dashboard overview: due and overdue follow-ups, closing JC windows, open disputes, late risks, activity."""

from __future__ import annotations

from datetime import timedelta

from guanlan_desk.domain.enums import DisputeStatus
from guanlan_desk.services import dashboard
from guanlan_desk.services.context import Ctx
from tests.services.test_disputes_core import TODAY, new_case, settle
from tests.services.test_risks_core import report


def test_the_overview_collects_every_section(admin: Ctx) -> None:
    due_today = new_case(admin, "张三", received=TODAY - timedelta(days=30))
    settle(admin, due_today.id, signed=TODAY - timedelta(days=15), sealed=TODAY - timedelta(days=15))
    late = new_case(admin, "李四", received=TODAY - timedelta(days=30))
    settle(admin, late.id, signed=TODAY - timedelta(days=25), sealed=TODAY - timedelta(days=25))
    new_case(admin, "王五")  # registered, nothing due
    overdue_risk = report(admin, "出租屋电动车违规充电", found_on=TODAY - timedelta(days=40),
                          deadline=TODAY - timedelta(days=3))
    report(admin, "围墙开裂", level="yellow")  # not late

    view = dashboard.overview(admin)
    assert view.today == TODAY
    assert view.follow_ups is not None
    # today first, then the most recently overdue (the oldest would otherwise push the newest off a long list)
    assert [(d.dispute_id, d.overdue) for d in view.follow_ups.rows] == [(due_today.id, False), (late.id, True)]
    assert view.follow_ups_total == 2
    assert view.jc_windows is not None and [d.dispute_id for d in view.jc_windows.rows] == [late.id]
    assert view.open_by_status is not None
    counts = {c.status: c.count for c in view.open_by_status}
    assert counts[DisputeStatus.REGISTERED] == 1 and counts[DisputeStatus.SETTLED] == 2
    assert view.overdue_levels is not None
    assert {c.code: c.count for c in view.overdue_levels}["orange"] == 1
    assert [c.label for c in view.overdue_levels][:2] == ["红", "橙"]
    assert view.overdue_risks is not None and [r.id for r in view.overdue_risks.rows] == [overdue_risk.id]
    assert view.activity is not None and view.activity.rows[0].record_kind == "risk"
    assert view.activity.rows[0].record_label != ""  # the risk's code
    registered = {a.record_label for a in view.activity.rows if a.entity == "dispute" and a.action == "create"}
    assert {due_today.case_no, late.case_no} <= registered and "" not in registered
    assert all(a.entity_id for a in view.activity.rows if a.record_kind)


def test_sections_the_role_may_not_see_are_left_out(grid_officer: Ctx, viewer: Ctx) -> None:
    grid = dashboard.overview(grid_officer)
    assert grid.follow_ups is None and grid.open_by_status is None and grid.activity is None
    assert grid.overdue_levels is not None
    seen = dashboard.overview(viewer)
    assert seen.follow_ups is not None and seen.follow_ups.rows == () and seen.activity is None
