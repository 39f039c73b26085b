"""The periodic export: the timer exports when due (fired by hand, no sleeping), and the export on exit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from guanlan_desk.ui.views.sync.page import SyncPage
from guanlan_desk.ui.views.sync.scheduler import (
    EXPORT_FOLDER_KEY,
    EXPORT_ON_EXIT_KEY,
    SCHEDULE_KEY,
    SyncScheduler,
    export_on_exit_enabled,
    schedule_minutes,
)
from tests.ui.sync_fixtures import Pair, pair, report_risk  # noqa: F401 - fixture

WAIT = 10_000
_made: list[SyncScheduler] = []


@pytest.fixture(autouse=True)
def _stop_timers() -> Iterator[None]:
    """A scheduler outliving its test must not tick into a later one (its database is closed by then)."""
    yield
    while _made:
        scheduler = _made.pop()
        scheduler.timer.stop()
        scheduler.deleteLater()


def scheduler_for(qtbot: Any, pair: Pair, minutes: int) -> SyncScheduler:
    settings = pair.gc.session.settings
    settings.setValue(EXPORT_FOLDER_KEY, str(pair.gc.folder))
    settings.setValue(SCHEDULE_KEY, minutes)
    scheduler = SyncScheduler(pair.gc.session)
    _made.append(scheduler)
    assert scheduler.timer.isActive()
    return scheduler


def fire(qtbot: Any, scheduler: SyncScheduler) -> list[tuple[int, object]]:
    states: list[tuple[int, object]] = []
    scheduler.sync_state_changed.connect(lambda n, at: states.append((n, at)))
    scheduler.timer.timeout.emit()
    if scheduler.running is not None:
        with qtbot.waitSignal(scheduler.running.finished, timeout=WAIT):
            pass
    return states


def test_the_timer_exports_pending_changes_when_due(qtbot: Any, pair: Pair) -> None:
    scheduler = scheduler_for(qtbot, pair, 30)
    report_risk(pair.gc)
    with qtbot.waitSignal(scheduler.exported, timeout=WAIT) as blocker:
        scheduler.timer.timeout.emit()
    [result] = blocker.args[0]
    assert result.rows > 0 and len(list(pair.gc.folder.glob("*.glbundle"))) == 1
    qtbot.waitUntil(lambda: scheduler.running is None, timeout=WAIT)
    # Nothing new: the next tick does not write another bundle.
    states = fire(qtbot, scheduler)
    assert states[-1][0] == 0 and states[-1][1] is not None
    assert len(list(pair.gc.folder.glob("*.glbundle"))) == 1


def test_new_changes_wait_for_the_interval(qtbot: Any, pair: Pair) -> None:
    scheduler = scheduler_for(qtbot, pair, 30)
    report_risk(pair.gc)
    with qtbot.waitSignal(scheduler.exported, timeout=WAIT):
        scheduler.timer.timeout.emit()
    qtbot.waitUntil(lambda: scheduler.running is None, timeout=WAIT)
    report_risk(pair.gc, "新发现的隐患")
    pair.clock.advance(minutes=10)
    states = fire(qtbot, scheduler)
    assert states[-1][0] > 0 and len(list(pair.gc.folder.glob("*.glbundle"))) == 1  # not yet due
    pair.clock.advance(minutes=25)
    with qtbot.waitSignal(scheduler.exported, timeout=WAIT):
        scheduler.timer.timeout.emit()
    assert len(list(pair.gc.folder.glob("*.glbundle"))) == 2


def test_a_schedule_of_zero_is_off(qtbot: Any, pair: Pair) -> None:
    scheduler = scheduler_for(qtbot, pair, 0)
    report_risk(pair.gc)
    states = fire(qtbot, scheduler)
    assert scheduler.running is None and states[-1][0] > 0
    assert list(pair.gc.folder.glob("*.glbundle")) == []


def test_a_missing_stick_is_reported_and_the_export_stays_pending(qtbot: Any, pair: Pair) -> None:
    scheduler = scheduler_for(qtbot, pair, 15)
    pair.gc.session.settings.setValue(EXPORT_FOLDER_KEY, str(pair.root / "no-stick"))
    report_risk(pair.gc)
    with qtbot.waitSignal(scheduler.export_failed, timeout=WAIT) as blocker:
        scheduler.timer.timeout.emit()
    assert "USB stick" in blocker.args[0]
    qtbot.waitUntil(lambda: scheduler.running is None, timeout=WAIT)
    assert scheduler.state()[0].export_pending


def test_export_on_exit_writes_what_is_pending_when_asked(qtbot: Any, pair: Pair) -> None:
    scheduler = scheduler_for(qtbot, pair, 0)
    report_risk(pair.gc)
    assert scheduler.export_on_exit() is False  # the setting is off
    pair.gc.session.settings.setValue(EXPORT_ON_EXIT_KEY, True)
    assert scheduler.export_on_exit() is True
    assert len(list(pair.gc.folder.glob("*.glbundle"))) == 1
    assert scheduler.export_on_exit() is False  # nothing left to write


def test_the_page_controls_write_the_schedule_settings(qtbot: Any, pair: Pair) -> None:
    page = SyncPage(pair.gc.session)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    assert page.schedule.text() == "off"
    page.schedule.setFocus()
    qtbot.keyClick(page.schedule, Qt.Key.Key_Up)
    assert schedule_minutes(pair.gc.session) == 15
    qtbot.mouseClick(page.on_exit, Qt.MouseButton.LeftButton)
    assert export_on_exit_enabled(pair.gc.session)
    again = SyncPage(pair.gc.session)
    qtbot.addWidget(again)
    assert again.schedule.value() == 15 and again.on_exit.isChecked()


def test_scheduled_exports_act_as_the_logged_in_user(qtbot: Any, pair: Pair) -> None:
    from sqlalchemy import select

    from guanlan_desk.domain.enums import Role
    from guanlan_desk.services.context import Actor
    from guanlan_desk.store.models import AuditEvent

    scheduler = scheduler_for(qtbot, pair, 30)
    report_risk(pair.gc)
    pair.gc.session.switch_user(Actor("00000000-0000-0000-0000-000000000042", "chen", "陈志强", Role.MEDIATOR))
    fire(qtbot, scheduler)  # a mediator may not export: nothing is written while they are logged in
    assert not list(pair.gc.folder.glob("*.glbundle"))
    pair.gc.session.switch_user(Actor("00000000-0000-0000-0000-000000000043", "wang", "王丽", Role.ADMIN))
    with qtbot.waitSignal(scheduler.exported, timeout=WAIT):
        scheduler.timer.timeout.emit()
    with pair.gc.station.ctx.read() as session:
        names = set(session.scalars(select(AuditEvent.username).where(AuditEvent.action == "export",
                                                                    AuditEvent.entity == "bundle")))
    assert names == {"wang"}  # not "system"
