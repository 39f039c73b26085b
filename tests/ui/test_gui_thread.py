"""Service calls the UI runs through ui/ops.py stay off the GUI thread: the test fails when one runs on it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import wraps
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from guanlan_desk.services import dashboard, disputes
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.dashboard import DashboardPage
from guanlan_desk.ui.views.disputes.list_panel import DisputeListPanel
from tests.ui.dispute_helpers import register

# (module, function) pairs the UI must only call from a worker thread
WATCHED: list[tuple[Any, str]] = [(dashboard, "overview"), (disputes, "count_disputes")]


class ThreadLog:
    """Which watched calls ran, and on which thread."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, bool]] = []  # (name, on the GUI thread)

    def watch(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, threading.current_thread() is threading.main_thread()))
            return func(*args, **kwargs)
        return wrapper

    def on_gui(self) -> list[str]:
        return [name for name, gui in self.calls if gui]


@pytest.fixture
def log(monkeypatch: pytest.MonkeyPatch) -> ThreadLog:
    found = ThreadLog()
    for module, name in WATCHED:
        monkeypatch.setattr(module, name, found.watch(name, getattr(module, name)))
    return found


def test_the_watcher_sees_a_call_on_the_gui_thread(log: ThreadLog, app_session: AppSession) -> None:
    disputes.count_disputes(app_session.ctx, disputes.DisputeFilter())
    assert log.on_gui() == ["count_disputes"]


def test_the_dashboard_and_the_list_count_load_off_the_gui_thread(qtbot: QtBot, log: ThreadLog,
                                                                   app_session: AppSession) -> None:
    register(app_session.ctx, "王芳")
    page = DashboardPage(app_session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.overview is not None, timeout=5000)
    panel = DisputeListPanel(app_session)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.count_label.text().endswith(" of 1"), timeout=5000)
    assert {name for name, _gui in log.calls} == {"overview", "count_disputes"}
    assert log.on_gui() == []
