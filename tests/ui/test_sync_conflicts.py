"""Conflicts on the sync page: listed, shown side by side, resolved either way, resolved ones on request."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from guanlan_desk.services import risks
from guanlan_desk.services.dto import Changes
from guanlan_desk.store.models import RiskItem
from guanlan_desk.sync import status
from guanlan_desk.ui.views.sync.page import SyncPage
from guanlan_desk.ui.views.sync.scheduler import EXPORT_FOLDER_KEY
from tests.sync.helpers import edit
from tests.ui.sync_fixtures import Pair, Side, pair, report_risk  # noqa: F401 - fixture
from tests.ui.waiting import settle

WAIT = 10_000


def page_of(qtbot: Any, side: Side) -> SyncPage:
    side.session.settings.setValue(EXPORT_FOLDER_KEY, str(side.folder))
    page = SyncPage(side.session)
    qtbot.addWidget(page)
    return page


def send(qtbot: Any, src: SyncPage, src_side: Side, dst: SyncPage) -> None:
    with qtbot.waitSignal(src.sync_state_changed, timeout=WAIT):
        qtbot.mouseClick(src.export_button, Qt.MouseButton.LeftButton)
    newest = max(src_side.folder.glob("*.glbundle"), key=lambda p: p.stat().st_mtime_ns)
    with qtbot.waitSignal(dst.sync_state_changed, timeout=WAIT):
        dst.import_paths([Path(newest)])


def make_conflict(qtbot: Any, pair: Pair) -> tuple[SyncPage, SyncPage, str]:
    """Both sides retitle the same risk item; the office's (newer) title wins, the community's waits."""
    gc, office = page_of(qtbot, pair.gc), page_of(qtbot, pair.office)
    rid = report_risk(pair.gc)
    send(qtbot, gc, pair.gc, office)
    edit(pair.gc.station, RiskItem, rid, title="社区版标题：消防通道堵塞")
    pair.clock.advance(minutes=5)
    edit(pair.office.station, RiskItem, rid, title="街道版标题：工业区消防通道堵塞")
    send(qtbot, gc, pair.gc, office)
    return gc, office, rid


def test_a_conflict_is_listed_and_shown_side_by_side(qtbot: Any, pair: Pair) -> None:
    _, office, rid = make_conflict(qtbot, pair)
    panel = office.conflicts
    assert panel.list.count() == 1
    assert office.tabs.tabText(0) == "Conflicts (1)"
    assert office.overview.conflicts.text() == "1"
    assert "街道版标题" in panel.list.item(0).text() and "title" in panel.list.item(0).text()
    assert panel.kept.value.toPlainText() == "街道版标题：工业区消防通道堵塞"
    assert panel.other.value.toPlainText() == "社区版标题：消防通道堵塞"
    # The other value came from the community; the kept one was written here, at the office.
    assert "观城社区" in panel.other.origin.text() and "GLJD 1号机" in panel.kept.origin.text()
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", panel.kept.origin.text())
    assert "risk items" in panel.record.text()
    opened: list[tuple[str, str]] = []
    pair.office.session.record_requested.connect(lambda kind, record: opened.append((kind, record)))
    qtbot.mouseClick(panel.open_record, Qt.MouseButton.LeftButton)
    assert opened == [("risk", rid)]


def test_using_the_other_value_writes_it_back_and_announces_the_change(qtbot: Any, pair: Pair) -> None:
    _, office, rid = make_conflict(qtbot, pair)
    panel = office.conflicts
    applied: list[Changes] = []
    pair.office.session.changes_applied.connect(lambda changes, initiator: applied.append(changes))
    with qtbot.waitSignal(panel.conflict_resolved, timeout=WAIT):
        qtbot.mouseClick(panel.other.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.list.count() == 0, timeout=WAIT)
    assert risks.get_risk(pair.office.station.ctx, rid).title == "社区版标题：消防通道堵塞"
    assert applied and applied[-1].risks and applied[-1].ids == (rid,)
    settle(qtbot)
    assert office.tabs.tabText(0) == "Conflicts"
    assert panel.empty.isVisibleTo(panel) and not panel.splitter.isVisibleTo(panel)
    panel.show_resolved.setChecked(True)
    settle(qtbot)
    assert panel.list.count() == 1 and "(resolved)" in panel.list.item(0).text()
    assert not panel.kept.button.isEnabled() and not panel.other.button.isEnabled()
    assert "put back" in panel.state.text()


def test_keeping_the_current_value_changes_nothing_but_the_list(qtbot: Any, pair: Pair) -> None:
    _, office, rid = make_conflict(qtbot, pair)
    panel = office.conflicts
    with qtbot.waitSignal(office.sync_state_changed, timeout=WAIT):
        qtbot.mouseClick(panel.kept.button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 0 and status.list_conflicts(pair.office.station.ctx) == ()
    assert risks.get_risk(pair.office.station.ctx, rid).title == "街道版标题：工业区消防通道堵塞"
