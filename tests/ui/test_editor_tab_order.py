"""Tab in the dispute editor goes top to bottom: the step strip, the tabs, the parties first, then the facts; one
Tab leaves a table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes.page import DisputesPage
from tests.ui.dispute_helpers import Boxes, register
from tests.ui.waiting import settle


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


def next_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from ``widget``: the next visible widget in the focus chain that takes Tab focus."""
    nxt = widget.nextInFocusChain()
    while nxt is not None and not (nxt.isVisible() and nxt.isEnabled() and nxt.focusPolicy() & Qt.FocusPolicy.TabFocus):
        nxt = nxt.nextInFocusChain()
    assert nxt is not None
    return nxt


def test_tab_goes_from_the_tabs_to_the_parties_and_leaves_tables_at_once(qtbot: QtBot, app_session: AppSession,
                                                                         boxes: Boxes) -> None:
    dispute = register(app_session.ctx, "王芳")
    page = DisputesPage(app_session)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.open_record(dispute)
    settle(qtbot)
    QApplication.processEvents()
    editor = page.editor
    # the heading's buttons, then the strip's steps, then the tab bar
    assert next_stop(editor.save_button) is editor.next_steps.buttons["accept"]
    stop: QWidget = editor.next_steps.buttons["accept"]
    while editor.next_steps.isAncestorOf(stop):
        stop = next_stop(stop)
    assert stop is editor.tabs.tabBar()
    # from the tab bar straight to the parties (the first thing on the 基本情况 tab), not to the facts
    assert next_stop(editor.tabs.tabBar()) is editor.parties.add_buttons[next(iter(editor.parties.add_buttons))]
    # tables give Tab back at once (arrow keys move inside them)
    table = editor.parties.table
    assert not table.tabKeyNavigation()
    after = next_stop(table)
    assert after is not table and editor.facts.isAncestorOf(after)  # from the parties on to the case facts
