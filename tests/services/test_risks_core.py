"""Risk ledger: reporting, assignment, reviews and levels, maker-checker closing, relapse, key persons."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from guanlan_desk.domain.config import THREE_COLOUR_LEVELS, LocalityConfig
from guanlan_desk.domain.enums import KeyPersonKind, PartyKind, ReviewKind, RiskCategory, RiskStatus, Role
from guanlan_desk.domain.errors import IllegalTransition, ValidationError
from guanlan_desk.domain.lifecycle import RISK_TRANSITIONS, RiskAction
from guanlan_desk.services import audit, risks
from guanlan_desk.services.context import Ctx, save_config
from guanlan_desk.services.errors import NotFound, PermissionDenied, RuleViolation
from guanlan_desk.services.parties import PartyInput
from guanlan_desk.services.risks import AssignInput, KeyPersonInput, RiskFilter, RiskInput
from guanlan_desk.store.engine import Database
from guanlan_desk.store.models import RiskItem
from tests.conftest import FakeClock, actor

TODAY = date(2026, 3, 4)


def report(ctx: Ctx, title: str = "城中村消防通道堵塞", level: str = "orange", **kw: object) -> risks.RiskRef:
    data = RiskInput(category=RiskCategory.SAFETY, title=title, level=level, found_on=TODAY,
                     parties=(PartyInput(kind=PartyKind.PERSON, name="刘房东"),))
    return risks.report_risk(ctx, replace(data, **kw))  # type: ignore[arg-type]


def assign(ctx: Ctx, risk_id: str, leader_user: str = "") -> None:
    risks.assign_risk(ctx, risk_id, AssignInput(leader_name="周海峰", leader_title="社区党委书记",
                                                leader_user=leader_user, responsible_person="李网格",
                                                responsible_phone="13912345678", control_measures="每日巡查"))


def test_report_numbers_and_defaults_the_deadline(grid_officer: Ctx) -> None:
    ref = report(grid_officer)
    assert ref.code == "FX2026-GC-0001"
    assert report(grid_officer, "电动车违规充电").code == "FX2026-GC-0002"
    detail = risks.get_risk(grid_officer, ref.id)
    assert detail.deadline == TODAY + timedelta(days=30)
    assert detail.level.label == "橙" and detail.status == RiskStatus.UNRESOLVED
    assert [name for _, name in detail.parties] == ["刘房东"]


def test_unknown_level_and_a_three_colour_palette(db: Database, admin: Ctx) -> None:
    with pytest.raises(ValidationError):
        report(admin, level="purple")
    with db.writes() as session:
        save_config(session, replace(LocalityConfig(), risk_levels=THREE_COLOUR_LEVELS))
        session.commit()
    with pytest.raises(ValidationError):
        report(admin, level="blue")
    assert report(admin, level="yellow").code


def test_the_whole_closing_workflow_with_maker_checker(db: Database, grid_officer: Ctx, admin: Ctx,
                                                       clock: FakeClock) -> None:
    ref = report(grid_officer)
    assign(grid_officer, ref.id, leader_user="admin")
    with pytest.raises(RuleViolation):
        risks.request_close(grid_officer, ref.id, basis="已整改", evidence="现场照片")  # no review yet
    risks.add_review(grid_officer, ref.id, kind=ReviewKind.VISIT, reviewed_on=TODAY, content="通道已清理")
    risks.request_close(grid_officer, ref.id, basis="已整改", evidence="现场照片")
    with pytest.raises(RuleViolation):
        risks.approve_close(admin, ref.id)  # admin is the responsible leader here
    other = Ctx(db, actor(Role.ADMIN, "chief"))
    risks.approve_close(other, ref.id)
    detail = risks.get_risk(other, ref.id)
    assert detail.status == RiskStatus.CLOSED and detail.closed_by == "chief"
    assert detail.allowed == frozenset({RiskAction.REOPEN})
    risks.reopen_risk(grid_officer, ref.id, reason="又有住户堆放杂物")
    assert risks.get_risk(grid_officer, ref.id).status == RiskStatus.RELAPSED
    with pytest.raises(PermissionDenied):
        risks.approve_close(grid_officer, ref.id)


def test_level_changes_are_logged(grid_officer: Ctx) -> None:
    ref = report(grid_officer, level="yellow")
    risks.change_level(grid_officer, ref.id, new_level="red", reason="涉及人数增加")
    detail = risks.get_risk(grid_officer, ref.id)
    assert detail.level.code == "red"
    assert (detail.reviews[-1].level_before, detail.reviews[-1].level_after) == ("yellow", "red")


def set_status(db: Database, risk_id: str, status: RiskStatus) -> None:
    import uuid

    with db.writes() as session:
        item = session.get(RiskItem, uuid.UUID(risk_id))
        assert item is not None
        item.status = status.value
        item.close_requested_by = "someone"
        session.commit()


STEPS = {
    RiskAction.ASSIGN: lambda c, i: assign(c, i),
    RiskAction.ADD_REVIEW: lambda c, i: risks.add_review(c, i, kind=ReviewKind.PROGRESS, reviewed_on=TODAY,
                                                         content="继续跟进"),
    RiskAction.CHANGE_LEVEL: lambda c, i: risks.change_level(c, i, new_level="red", reason="升级"),
    RiskAction.APPROVE_CLOSE: lambda c, i: risks.approve_close(c, i),
    RiskAction.REJECT_CLOSE: lambda c, i: risks.reject_close(c, i, reason="证据不足"),
    RiskAction.REOPEN: lambda c, i: risks.reopen_risk(c, i, reason="反弹"),
}


@pytest.mark.parametrize("action", list(STEPS))
@pytest.mark.parametrize("status", list(RiskStatus))
def test_every_step_allowed_and_forbidden(db: Database, admin: Ctx, status: RiskStatus, action: RiskAction) -> None:
    ref = report(admin)
    set_status(db, ref.id, status)
    if status in RISK_TRANSITIONS[action].sources:
        STEPS[action](admin, ref.id)
        assert risks.get_risk(admin, ref.id).status == (RISK_TRANSITIONS[action].target or status)
    else:
        with pytest.raises(IllegalTransition):
            STEPS[action](admin, ref.id)


def test_key_persons_are_visible_to_the_restricted_role_only(admin: Ctx, mediator: Ctx, viewer: Ctx) -> None:
    ref = risks.report_risk(admin, RiskInput(
        category=RiskCategory.KEY_PERSON, title="社区矫正对象走访", level="yellow", found_on=TODAY,
        key_person=KeyPersonInput(KeyPersonKind.COMMUNITY_CORRECTION, notes="每周报到一次", monitor="王社工")))
    report(admin, "普通隐患")
    for ctx in (mediator, viewer):
        assert [r.title for r in risks.list_risks(ctx).rows] == ["普通隐患"]
        with pytest.raises(NotFound):
            risks.get_risk(ctx, ref.id)
    detail = risks.get_risk(admin, ref.id)
    assert detail.key_person is not None and detail.key_person.notes == "每周报到一次"
    assert "unmask" in audit.actions_for(admin, ref.id)
    with pytest.raises(PermissionDenied):
        risks.report_risk(mediator, RiskInput(
            category=RiskCategory.KEY_PERSON, title="x", level="yellow", found_on=TODAY,
            key_person=KeyPersonInput(KeyPersonKind.DRUG_USER)))


def test_list_filters_search_and_overdue(grid_officer: Ctx, clock: FakeClock) -> None:
    for i in range(7):
        report(grid_officer, f"工地围挡安全隐患{i}", level="red" if i % 2 else "blue")
    assert len(risks.list_risks(grid_officer, RiskFilter(level="red")).rows) == 3
    assert len(risks.list_risks(grid_officer, RiskFilter(query="围挡")).rows) == 7
    assert len(risks.list_risks(grid_officer, RiskFilter(query="围挡安全隐患3")).rows) == 1
    page = risks.list_risks(grid_officer, sort="code", descending=False, limit=4)
    rest = risks.list_risks(grid_officer, sort="code", descending=False, after=page.next_cursor, limit=4)
    codes = [r.code for r in page.rows + rest.rows]
    assert codes == sorted(codes) and len(set(codes)) == 7
    clock.advance(days=20)
    assert risks.overdue_by_level(grid_officer) == {"red": 3}
    assert all(r.overdue for r in risks.list_risks(grid_officer, RiskFilter(overdue=True)).rows)


def test_update_risk_corrects_the_facts_and_checks_the_version(grid_officer: Ctx) -> None:
    ref = report(grid_officer)
    detail = risks.get_risk(grid_officer, ref.id)
    grid = risks.ledger_config(grid_officer)  # the palette the editor offers
    assert [lvl.code for lvl in grid.risk_levels][:2] == ["red", "orange"]
    edit = risks.RiskEdit(category=RiskCategory.LATENT_DISPUTE, title="租户与房东押金争议", found_on=TODAY,
                          description="押金未退", involved_count=3, deadline=TODAY + timedelta(days=10))
    risks.update_risk(grid_officer, ref.id, edit, expected_version=detail.version)
    after = risks.get_risk(grid_officer, ref.id)
    assert (after.title, after.category, after.involved_count) == ("租户与房东押金争议", RiskCategory.LATENT_DISPUTE, 3)
    assert after.version > detail.version
    from guanlan_desk.store.errors import StaleRecord
    with pytest.raises(StaleRecord):
        risks.update_risk(grid_officer, ref.id, edit, expected_version=detail.version)
    with pytest.raises(ValidationError):
        risks.update_risk(grid_officer, ref.id, replace(edit, category=RiskCategory.KEY_PERSON),
                          expected_version=after.version)
    with pytest.raises(ValidationError):  # orange needs a deadline
        risks.update_risk(grid_officer, ref.id, replace(edit, deadline=None), expected_version=after.version)


def test_a_masked_responsible_phone_is_kept_and_rows_name_the_grid(grid_officer: Ctx) -> None:
    from guanlan_desk.services import reference

    grid = reference.grids(grid_officer, "GC")[0]
    ref = report(grid_officer, grid_id=grid.id)
    assign(grid_officer, ref.id)
    detail = risks.get_risk(grid_officer, ref.id)
    assert "*" in detail.assignment.responsible_phone
    risks.assign_risk(grid_officer, ref.id, replace(detail.assignment, control_measures="每日巡查两次"))
    again = risks.get_risk(grid_officer, ref.id)
    assert again.assignment.responsible_phone == detail.assignment.responsible_phone
    assert again.assignment.control_measures == "每日巡查两次"
    row = risks.list_risks(grid_officer).rows[0]
    assert row.grid_name == grid.name and row.community_code == "GC"


def test_sorting_by_severity_follows_the_palette_across_pages(grid_officer: Ctx) -> None:
    for i, level in enumerate(["blue", "red", "yellow", "orange", "red", "blue", "yellow"]):
        report(grid_officer, f"隐患{i}", level=level)
    order = ["red", "orange", "yellow", "blue"]
    for descending in (False, True):
        seen: list[str] = []
        after = None
        while True:
            page = risks.list_risks(grid_officer, sort=risks.SEVERITY, descending=descending, after=after, limit=2)
            seen += [r.level.code for r in page.rows]
            after = page.next_cursor
            if after is None:
                break
        expected = sorted(seen, key=order.index, reverse=descending)
        assert seen == expected and len(seen) == 7
