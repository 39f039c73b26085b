"""交办 / 督办 round trips: office → community (签收, 反馈) → office (办结), through real bundles."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from guanlan_desk.domain.enums import ReviewKind, RiskCategory, Role
from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.domain.supervision import TaskKind, TaskState, TaskSubject
from guanlan_desk.services import reference, risks, supervision
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.services.errors import NotFound, PermissionDenied, RuleViolation
from guanlan_desk.store.models import AuditEvent, RiskItem
from guanlan_desk.sync import peers, status, ui_api
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Station, Trio
from tests.sync.helpers import get


def person(station: Station, username: str, display: str, role: Role) -> Ctx:
    """A named user of ``station`` (audits and tasks must carry real names, not "admin")."""
    return Ctx(station.db, Actor(f"00000000-0000-0000-0000-{abs(hash(username)) % 10**12:012d}", username,
                                 display, role))


def send(src: Station, dst: Station) -> None:
    """Export from ``src`` for ``dst`` and import the bundle there."""
    for made in src.export(peer=dst.db.workstation.id):
        for got in dst.take(Path(made.path)):
            assert got.status in ("applied", "duplicate"), got.message


def report(station: Station, title: str = "观城工业区出租屋消防通道堵塞") -> str:
    return risks.report_risk(station.ctx, risks.RiskInput(
        category=RiskCategory.SAFETY, title=title, level="yellow", found_on=date(2026, 3, 2))).id


def test_an_instruction_travels_to_its_community_is_signed_answered_and_closed(trio: Trio) -> None:
    risk_id = report(trio.gc)
    case = new_case(trio.gc.ctx)
    report(trio.kk, "库坑某厂欠薪苗头")
    send(trio.gc, trio.office)
    send(trio.kk, trio.office)
    zhang = person(trio.office, "zhang", "张振华", Role.OFFICE_STAFF)
    due = trio.office.ctx.today() + timedelta(days=3)
    task_id = supervision.issue_task(zhang, supervision.TaskInput(
        TaskSubject.RISK, risk_id, "请三日内落实消防通道清理，并反馈整改照片。", due, addressee="李卫东"))
    supervision.issue_task(zhang, supervision.TaskInput(
        TaskSubject.DISPUTE, case.id, "该案已超调解期限，请说明原因。", due, kind=TaskKind.SUPERVISE))
    [open_row, _] = supervision.list_tasks(trio.office.ctx)
    assert (open_row.community_name, open_row.state, open_row.issued_by_name) == ("观城社区", TaskState.ISSUED, "张振华")
    assert supervision.counts(trio.office.ctx) == supervision.TaskCounts(open=2, overdue=0, answered=0)

    send(trio.office, trio.kk)
    assert supervision.list_tasks(trio.kk.ctx, supervision.TaskFilter(show="all")) == []
    send(trio.office, trio.gc)
    at_gc = supervision.list_tasks(trio.gc.ctx)
    assert {r.subject_code for r in at_gc} == {get(trio.gc, RiskItem, risk_id).code, case.case_no}
    li = person(trio.gc, "li", "李卫东", Role.ADMIN)
    supervision.sign_task(li, task_id)
    supervision.answer_task(li, task_id, "已清理通道并张贴警示标识，照片存档。")
    # The community's 稳控措施 are still its own: the office's instruction did not touch the risk item.
    assert get(trio.gc, RiskItem, risk_id).control_measures == ""

    send(trio.gc, trio.office)
    [answered] = supervision.list_tasks(trio.office.ctx, supervision.TaskFilter(show="answered"))
    assert (answered.id, answered.state, answered.signed_by_name, answered.answered_by_name) == (
        task_id, TaskState.ANSWERED, "李卫东", "李卫东")
    assert answered.answer.startswith("已清理通道")
    assert supervision.counts(trio.office.ctx) == supervision.TaskCounts(open=1, overdue=0, answered=1)
    supervision.close_task(zhang, task_id)
    send(trio.office, trio.gc)
    [closed] = [r for r in supervision.list_tasks(trio.gc.ctx, supervision.TaskFilter(show="all")) if r.id == task_id]
    assert (closed.state, closed.closed_by_name) == (TaskState.CLOSED, "张振华")
    # Both sides audited under the real names.
    with trio.gc.ctx.read() as s:
        names = {e.username for e in s.scalars(select(AuditEvent).where(AuditEvent.entity == "supervision"))}
    assert names == {"li"}
    with trio.office.ctx.read() as s:
        details = [e.detail for e in s.scalars(select(AuditEvent).where(AuditEvent.entity == "supervision"))]
    assert all(d["by"] == "张振华" for d in details) and len(details) == 3


def test_overdue_and_the_rules_of_who_does_what(trio: Trio) -> None:
    risk_id = report(trio.gc)
    send(trio.gc, trio.office)
    office = trio.office.ctx
    with pytest.raises(ValidationError):
        supervision.issue_task(office, supervision.TaskInput(TaskSubject.RISK, risk_id, "", office.today()))
    with pytest.raises(ValidationError):
        supervision.issue_task(office, supervision.TaskInput(
            TaskSubject.RISK, risk_id, "请核查", office.today() - timedelta(days=1)))
    with pytest.raises(RuleViolation):
        supervision.issue_task(trio.gc.ctx, supervision.TaskInput(TaskSubject.RISK, risk_id, "请核查", office.today()))
    task_id = supervision.issue_task(office, supervision.TaskInput(TaskSubject.RISK, risk_id, "请核查", office.today()))
    with pytest.raises(RuleViolation):
        supervision.close_task(office, task_id)  # not answered yet
    with pytest.raises(RuleViolation):
        supervision.answer_task(office, task_id, "办完了")  # the office does not answer its own instruction
    trio.clock.advance(days=2)
    assert supervision.counts(office).overdue == 1
    [late] = supervision.list_tasks(office, supervision.TaskFilter(show="overdue"))
    assert late.overdue and late.addressee == ""
    send(trio.office, trio.gc)
    viewer = person(trio.gc, "v", "王查看", Role.VIEWER)
    with pytest.raises(PermissionDenied):
        supervision.sign_task(viewer, task_id)
    with pytest.raises(NotFound):
        supervision.sign_task(trio.kk.ctx, task_id)  # KK never received it


def test_a_risk_the_office_records_on_a_community_grid_is_that_communitys_and_reaches_it(trio: Trio) -> None:
    grid = reference.grids(trio.office.ctx, "GC")[0]
    made = risks.report_risk(trio.office.ctx, risks.RiskInput(
        category=RiskCategory.SAFETY, title="综治中心巡查发现：观城市场电线私拉乱接", level="yellow",
        found_on=date(2026, 3, 3), grid_id=grid.id))
    mine = report(trio.gc)
    at_office = get(trio.office, RiskItem, made.id)
    assert at_office.community_code == "GC" and at_office.code != get(trio.gc, RiskItem, mine).code
    send(trio.office, trio.kk)
    with pytest.raises(NotFound):
        risks.get_risk(trio.kk.ctx, made.id)
    send(trio.office, trio.gc)
    assert risks.get_risk(trio.gc.ctx, made.id).title.startswith("综治中心巡查")
    assert {r.code for r in risks.list_risks(trio.gc.ctx).rows} == {made.code, get(trio.gc, RiskItem, mine).code}


def _written(results: tuple[Any, ...]) -> int:
    return sum(r.rows for r in results)


def test_pending_counts_are_what_the_next_export_writes(trio: Trio) -> None:
    from guanlan_desk.sync import pending

    new_case(trio.gc.ctx)
    new_case(trio.gc.ctx, "李四")
    report(trio.kk)
    before = pending.counts(trio.gc.ctx)
    assert before.next_export == before.unsent > 0
    assert _written(trio.gc.export()) == before.next_export
    # Exported, no receipt yet: the next export repeats it, none of it is new.
    again = pending.counts(trio.gc.ctx)
    assert (again.next_export, again.unsent, again.awaiting_receipt) == (before.next_export, 0, before.next_export)
    assert _written(trio.gc.export()) == again.next_export
    office_before = pending.counts(trio.office.ctx)  # its reference data (communities, grids, venues)
    send(trio.gc, trio.office)
    send(trio.kk, trio.office)
    # The office carries nothing back of what it only received (echoes), and nothing of GC to KK.
    at_office = pending.counts(trio.office.ctx)
    assert at_office == office_before and ui_api.unexported_changes(trio.office.ctx) == office_before.unsent
    assert _written(trio.office.export()) == at_office.next_export
    # A change at the office on a GC record goes to GC only, and is counted once.
    zhang = person(trio.office, "zhang", "张振华", Role.OFFICE_STAFF)
    supervision.issue_task(zhang, supervision.TaskInput(
        TaskSubject.DISPUTE, _first_case(trio.office), "请说明进展",
        trio.office.ctx.today()))
    counted = pending.counts(trio.office.ctx)
    assert counted.unsent == 1
    assert _written(trio.office.export()) == counted.next_export
    # Receipts come back: GC's next export carries only what is new since.
    send(trio.office, trio.gc)
    send(trio.gc, trio.office)
    send(trio.office, trio.gc)
    settled = pending.counts(trio.gc.ctx)
    assert _written(trio.gc.export()) == settled.next_export
    overview = status.sync_overview(trio.gc.ctx)
    assert overview.pending_changes == settled.next_export


def _first_case(station: Station) -> str:
    from guanlan_desk.store.models import Dispute

    with station.ctx.read() as s:
        return str(s.scalars(select(Dispute.id).where(Dispute.community_code == "GC").limit(1)).one())


@pytest.mark.parametrize("keep", ["kept", "other"])
def test_a_conflict_resolved_at_the_office_is_closed_at_the_community(trio: Trio, keep: str) -> None:
    from tests.sync.helpers import edit

    risk_id = report(trio.gc)
    send(trio.gc, trio.office)
    edit(trio.gc, RiskItem, risk_id, control_measures="社区：每日巡查")
    trio.clock.advance(seconds=5)
    edit(trio.office, RiskItem, risk_id, control_measures="街道：专人盯守")
    send(trio.gc, trio.office)
    send(trio.office, trio.gc)
    [at_gc] = ui_api.conflict_views(trio.gc.ctx)
    [at_office] = ui_api.conflict_views(trio.office.ctx)
    # Rows name the record by its code, its community and the other side, never a raw id.
    code = get(trio.gc, RiskItem, risk_id).code
    assert at_gc.record_label.startswith(code) and at_gc.community == "观城社区" and risk_id not in at_gc.record_label
    # The office's later edit won on both sides; each side names where each value was written.
    assert (at_gc.kept_origin, at_gc.conflict.other_origin) == (trio.office.db.workstation.name,
                                                                trio.gc.db.workstation.name)
    with trio.office.ctx.read() as s:
        gc_there = peers.by_workstation(s, trio.gc.db.workstation.id).name
    assert (at_office.kept_origin, at_office.conflict.other_origin) == (trio.office.db.workstation.name, gc_there)
    assert at_gc.conflict.kept_value == at_office.conflict.kept_value == "街道：专人盯守"
    status.resolve_conflict(trio.office.ctx, at_office.conflict.id, keep=keep)  # type: ignore[arg-type]
    chosen = get(trio.office, RiskItem, risk_id).control_measures
    send(trio.office, trio.gc)
    assert ui_api.conflict_views(trio.gc.ctx) == ()
    [closed] = ui_api.conflict_views(trio.gc.ctx, include_resolved=True)
    assert closed.conflict.resolved and closed.conflict.resolution == "remote"
    assert get(trio.gc, RiskItem, risk_id).control_measures == chosen
    assert status.sync_overview(trio.gc.ctx).open_conflicts == 0
    # And nothing new opens on the way back.
    send(trio.gc, trio.office)
    assert status.sync_overview(trio.office.ctx).open_conflicts == 0


def _renumber(station: Station, number: int) -> Station:
    """Change a workstation's number (its settings) and open it again."""
    from guanlan_desk.store.engine import open_database
    from guanlan_desk.store.models import Workstation

    with station.ctx.write() as s:
        s.scalars(select(Workstation)).one().number = number
        s.commit()
    folder, actor, key = station.db.data_dir, station.ctx.actor, station.db.master_key
    station.db.close()
    db = open_database(folder, clock=station.db.clock, master_key=key)
    return Station(db, Ctx(db, actor), station.outbox)


def test_a_second_workstation_with_the_same_community_and_number_is_refused(
        trio: Trio, memory_keyring: Any, tmp_path: Path) -> None:
    from guanlan_desk.domain.enums import WorkstationRole
    from guanlan_desk.sync.errors import EnrolmentRefused
    from tests.conftest import _make_template
    from tests.sync.conftest import _station, enrol

    template = _make_template(tmp_path / "tpl-gc2", WorkstationRole.COMMUNITY, "GC")  # a second GC installation
    twin = _station(template, tmp_path, "gc-twin", memory_keyring, trio.clock, Role.ADMIN)
    try:
        assert twin.db.workstation.number == 1 and twin.db.workstation.id != trio.gc.db.workstation.id
        (tmp_path / "again").mkdir()
        with pytest.raises(EnrolmentRefused, match="same number"):
            enrol(trio.office, twin, "GC", tmp_path / "again")
        # Numbered 2 in its settings, it is enrolled, and named by community and number.
        twin = _renumber(twin, 2)
        (tmp_path / "third").mkdir()
        enrol(trio.office, twin, "GC", tmp_path / "third")
        names = {p.name for p in status.sync_overview(trio.office.ctx).peers}
        assert {"观城社区 1号机", "观城社区 2号机", "库坑社区 1号机"} <= names
    finally:
        twin.db.close()


def test_an_import_that_brings_a_case_number_already_held_is_flagged(
        trio: Trio, memory_keyring: Any, tmp_path: Path) -> None:
    from guanlan_desk.domain.enums import WorkstationRole
    from guanlan_desk.store.models import LocalState
    from guanlan_desk.sync import workstation_numbers
    from tests.conftest import _make_template
    from tests.sync.conftest import _station, enrol

    # A GC workstation enrolled before numbers were recorded, and a second GC installation also numbered 1.
    with trio.office.ctx.write() as s:
        s.delete(s.get(LocalState, workstation_numbers.KEY + trio.gc.db.workstation.id))
        s.commit()
    twin = _station(_make_template(tmp_path / "tpl-gc2", WorkstationRole.COMMUNITY, "GC"), tmp_path, "gc-twin",
                    memory_keyring, trio.clock, Role.ADMIN)
    try:
        (tmp_path / "again").mkdir()
        enrol(trio.office, twin, "GC", tmp_path / "again")
        mine, theirs = new_case(trio.gc.ctx), new_case(twin.ctx, "赵六")
        assert mine.case_no == theirs.case_no
        send(trio.gc, trio.office)
        results = [got for made in twin.export(peer=trio.office.db.workstation.id)
                   for got in trio.office.take(Path(made.path))]
        [warning] = [w for r in results for w in r.warnings]
        assert mine.case_no in warning and "1 case number" in warning
        assert any(mine.case_no in p.problem for p in status.sync_overview(trio.office.ctx).peers)
    finally:
        twin.db.close()


def test_the_office_instructs_instead_of_changing_a_communitys_item(trio: Trio) -> None:
    from guanlan_desk.domain.lifecycle import RiskAction
    from guanlan_desk.services.errors import RuleViolation

    risk_id = report(trio.gc)
    send(trio.gc, trio.office)
    staff = person(trio.office, "zhang", "张振华", Role.OFFICE_ADMIN)
    detail = risks.get_risk(staff, risk_id)
    assert detail.instruct_only == "观城社区"
    assert not ({RiskAction.EDIT, RiskAction.ASSIGN, RiskAction.CHANGE_LEVEL} & detail.allowed)
    assert "观城社区" in detail.blocked[RiskAction.ASSIGN]
    before = get(trio.office, RiskItem, risk_id)
    with pytest.raises(RuleViolation, match="instruction"):
        risks.assign_risk(staff, risk_id, risks.AssignInput(leader_name="王主任", control_measures="街道：专人盯守"))
    with pytest.raises(RuleViolation, match="观城社区"):
        risks.update_risk(staff, risk_id, risks.RiskEdit(
            category=RiskCategory.SAFETY, title="街道改的标题", description="", involved_count=1,
            found_on=date(2026, 3, 2), reporter="", deadline=None), expected_version=before.version)
    after = get(trio.office, RiskItem, risk_id)
    assert (after.title, after.control_measures, after.version) == (before.title, before.control_measures,
                                                                    before.version)
    # A review in the 研判 log stays the office's supervision; the community keeps editing its own item.
    risks.add_review(staff, risk_id, kind=ReviewKind.INSTRUCTION, reviewed_on=date(2026, 3, 4), content="请加强巡查。")
    assert risks.get_risk(trio.gc.ctx, risk_id).instruct_only == ""
    risks.assign_risk(trio.gc.ctx, risk_id, risks.AssignInput(leader_name="李书记", control_measures="专人盯守"))


def test_instructions_due_today_then_the_most_recently_overdue_then_the_next_due_paged(trio: Trio) -> None:
    risk_id = report(trio.gc)
    send(trio.gc, trio.office)
    office = trio.office.ctx
    today = office.today()
    made = {}
    for days in (0, 1, 5, 3, 9):  # issued now, due in so many days
        made[days] = supervision.issue_task(office, supervision.TaskInput(
            TaskSubject.RISK, risk_id, f"请核查（{days}）", today + timedelta(days=days)))
    trio.clock.advance(days=4)  # now due 4 days ago (0), 3 (1), tomorrow (5), 1 day ago (3), in 5 days (9)
    later = supervision.issue_task(office, supervision.TaskInput(
        TaskSubject.RISK, risk_id, "请核查（今天）", office.today()))
    order = [r.id for r in supervision.list_tasks(office)]
    assert order == [later, made[3], made[1], made[0], made[5], made[9]]
    assert supervision.count_tasks(office) == 6 and supervision.count_tasks(
        office, supervision.TaskFilter(show="overdue")) == 3
    assert [r.id for r in supervision.list_tasks(office, limit=2, offset=2)] == [made[1], made[0]]
