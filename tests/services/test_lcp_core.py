"""Legal-clarity persons: status history, trainings and services, consent for the culture wall."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from guanlan_desk.domain.enums import LcpIdentity, LcpStatus, ServiceKind, Sex, TrainingMode
from guanlan_desk.domain.errors import ValidationError
from guanlan_desk.services import lcp
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.errors import PermissionDenied, RuleViolation
from guanlan_desk.services.lcp import LcpFilter, LcpInput

TODAY = date(2026, 3, 4)


def person(ctx: Ctx, name: str = "黄丽娟", **kw: object) -> str:
    data = LcpInput(name=name, sex=Sex.FEMALE, phone="13712345678", identities=(LcpIdentity.MEDIATOR,
                                                                                 LcpIdentity.PARTY_MEMBER))
    return lcp.create_lcp(ctx, replace(data, **kw))  # type: ignore[arg-type]


def test_status_history_and_illegal_changes(admin: Ctx) -> None:
    pid = person(admin)
    with pytest.raises(RuleViolation):
        lcp.change_status(admin, pid, LcpStatus.CANDIDATE, reason="")
    lcp.change_status(admin, pid, LcpStatus.REGISTERED, reason="培训考核合格", on=TODAY)
    with pytest.raises(ValidationError):
        lcp.change_status(admin, pid, LcpStatus.REMOVED, reason=" ")
    lcp.change_status(admin, pid, LcpStatus.REMOVED, reason="长期不履职")
    detail = lcp.get_lcp(admin, pid)
    assert [h.to_status for h in detail.history] == [LcpStatus.CANDIDATE, LcpStatus.REGISTERED, LcpStatus.REMOVED]
    assert detail.recognised_on == TODAY
    with pytest.raises(RuleViolation):
        lcp.add_service(admin, pid, served_on=TODAY, kind=ServiceKind.PUBLICITY)


def test_trainings_sum_and_services(admin: Ctx) -> None:
    pid = person(admin)
    lcp.add_training(admin, pid, held_on=TODAY, topic="民法典", hours=2.5, mode=TrainingMode.OFFLINE)
    lcp.add_training(admin, pid, held_on=TODAY, topic="调解技巧", hours=Decimal("1.5"), mode=TrainingMode.ONLINE)
    with pytest.raises(ValidationError):
        lcp.add_training(admin, pid, held_on=TODAY, topic="x", hours=0, mode=TrainingMode.ONLINE)
    lcp.add_service(admin, pid, served_on=TODAY, kind=ServiceKind.PUBLICITY, people_served=40)
    detail = lcp.get_lcp(admin, pid)
    assert detail.training_hours == Decimal("4.0")
    assert [s.people_served for s in detail.services] == [40]
    assert "*" in detail.data.phone


def test_the_wall_shows_only_consenting_registered_persons(admin: Ctx) -> None:
    shown = person(admin, "黄丽娟")
    hidden = person(admin, "陈建国")
    for pid in (shown, hidden):
        lcp.change_status(admin, pid, LcpStatus.REGISTERED, reason="认定")
    lcp.set_display_consent(admin, shown, consent=True, on=TODAY, show_phone=True)
    wall = lcp.wall_entries(admin)
    assert [w.name for w in wall] == ["黄丽娟"] and wall[0].phone == "13712345678"
    lcp.set_display_consent(admin, shown, consent=False, on=TODAY)
    assert lcp.wall_entries(admin) == []


def test_search_by_name_initials_and_filters(admin: Ctx, viewer: Ctx) -> None:
    person(admin, "黄丽娟")
    person(admin, "欧阳建华", identities=(LcpIdentity.GRID_OFFICER,))
    assert [r.name for r in lcp.list_lcps(viewer, LcpFilter(query="hlj")).rows] == ["黄丽娟"]
    assert [r.name for r in lcp.list_lcps(viewer, LcpFilter(query="建")).rows] == ["欧阳建华"]
    assert [r.name for r in lcp.list_lcps(viewer, LcpFilter(query="欧阳建")).rows] == ["欧阳建华"]
    assert [r.name for r in lcp.list_lcps(viewer, LcpFilter(identity=LcpIdentity.GRID_OFFICER)).rows] == ["欧阳建华"]
    with pytest.raises(PermissionDenied):
        person(viewer, "查看者不能新建")


def test_roster_rows_count_trainings_and_services(admin: Ctx) -> None:
    from guanlan_desk.services import reference

    grid = reference.grids(admin, "GC")[1]
    pid = person(admin, grid_id=grid.id)
    person(admin, "陈建国")
    lcp.add_training(admin, pid, held_on=TODAY, topic="民法典", hours=2.5, mode=TrainingMode.OFFLINE)
    lcp.add_training(admin, pid, held_on=TODAY, topic="调解技巧", hours=1, mode=TrainingMode.ONLINE)
    lcp.add_service(admin, pid, served_on=TODAY, kind=ServiceKind.PUBLICITY, people_served=40)
    rows = {r.name: r for r in lcp.list_lcps(admin).rows}
    assert (rows["黄丽娟"].training_count, rows["黄丽娟"].training_hours, rows["黄丽娟"].service_count) == \
        (2, Decimal("3.5"), 1)
    assert rows["黄丽娟"].grid_name == grid.name
    assert (rows["陈建国"].training_count, rows["陈建国"].service_count, rows["陈建国"].grid_name) == (0, 0, "")
