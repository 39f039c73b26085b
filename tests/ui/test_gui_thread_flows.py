"""No service call runs on the GUI thread while the app is driven through its main flows.

The recorder (a profile hook on the GUI thread) sees every call from ``guanlan_desk/ui`` into the services,
sync, reports and printing. The flows: every page shown, a dispute opened, edited and saved, a quick search
typed, personal data unmasked on the dispute and on the party page, the party dialog's search and ID lookup,
a new dispute started, a risk item and a person opened.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from guanlan_desk.domain.enums import DisputeRole, DisputeStatus
from guanlan_desk.domain.lifecycle import DisputeAction
from guanlan_desk.services import disputes, reference
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.engine import Database
from guanlan_desk.ui import ops
from guanlan_desk.ui.dialogs.confirm import DiscardChanges
from guanlan_desk.ui.main_window import MainWindow
from guanlan_desk.ui.navigation import default_pages
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes.page import DisputesPage
from guanlan_desk.ui.views.disputes import schedule_dialogs, step_dialogs
from guanlan_desk.ui.views.disputes.party_dialog import PartyDialog
from guanlan_desk.ui.views.parties.page import PartiesPage
from guanlan_desk.ui.widgets.ledger_page import ListEditorPage
from tests.services.test_lcp_core import person
from tests.services.test_risks_core import report
from tests.ui.dispute_helpers import ZHANG_ID, register
from tests.ui.gui_thread_recorder import UI, GuiThreadCalls
from tests.ui.shell_helpers import real_session


@pytest.fixture
def session(qapp: QApplication, db: Database, qsettings: QSettings) -> AppSession:
    started = real_session(db, qsettings)
    started.preload()  # as the app does after the login: the reference lists, read off the GUI thread
    return started


@pytest.fixture
def window(qtbot: QtBot, session: AppSession, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)  # the unmasked details: not shown offscreen
    win = MainWindow(session, default_pages())
    win.show()
    qtbot.waitExposed(win)
    yield win
    monkeypatch.setattr(DiscardChanges, "ask", classmethod(lambda cls, parent, titles, action: True))
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10000)
    win.close()
    win.deleteLater()


def settle(qtbot: QtBot) -> None:
    """Wait until every background call has come back."""
    qtbot.wait(1)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10000)


def drive(qtbot: QtBot, win: MainWindow, admin: Ctx) -> None:
    """The main flows a mediator goes through in a day."""
    session = win.session
    dispute_id = register(admin, "张伟", applicant_id=ZHANG_ID)
    party_id = disputes.get_dispute(admin, dispute_id).parties[0].party_id
    risk_id = report(admin, "工地围挡安全隐患").id
    lcp_id = person(admin, "黄丽娟", grid_id=reference.grids(admin, "GC")[0].id)
    for spec in win.specs:
        win.show_page(spec.key)
        settle(qtbot)
    session.open_record("dispute", dispute_id)
    page = win.page("disputes")
    assert isinstance(page, DisputesPage)
    qtbot.waitUntil(lambda: page.editor.record_id == dispute_id, timeout=5000)
    settle(qtbot)
    page.editor.facts.title.setText("张伟与五金厂工资纠纷")
    page.editor.save()
    qtbot.waitUntil(lambda: not page.editor.is_dirty() and page.editor.save_button.isEnabled(), timeout=5000)
    settle(qtbot)
    # Lifecycle steps: accepting, then the scheduling dialog with the defaults read for it (cancelled here).
    page.editor._on_action_bar_step_requested(DisputeAction.ACCEPT.value)
    qtbot.waitUntil(lambda: page.editor.detail is not None
                    and page.editor.detail.status == DisputeStatus.ACCEPTED, timeout=5000)
    settle(qtbot)
    page.editor._on_action_bar_step_requested(DisputeAction.SCHEDULE_MEDIATION.value)
    settle(qtbot)
    page.list.search.setText("张伟")
    page.list.search.flush()
    settle(qtbot)
    page.editor.parties.table.selectRow(0)
    page.editor.parties.show_button.click()
    settle(qtbot)
    dialog = PartyDialog(session, DisputeRole.THIRD_PARTY, page)  # adding a party: search as you type, ID lookup
    dialog.search.setText("张")
    dialog.search.flush()
    settle(qtbot)
    dialog.id_number.setText(ZHANG_ID)
    dialog.id_number.editingFinished.emit()
    qtbot.waitUntil(lambda: dialog.name.text() == "张伟", timeout=5000)
    dialog.reject()
    page.new_record()  # registering: the pickers come from the session's reference lists
    settle(qtbot)
    session.open_record("party", party_id)
    parties_page = win.page("parties")
    assert isinstance(parties_page, PartiesPage)
    qtbot.waitUntil(lambda: parties_page.detail.party_id == party_id, timeout=5000)
    settle(qtbot)
    parties_page.detail.unmask_button.click()
    settle(qtbot)
    for kind, record_id, key in (("risk", risk_id, "risks"), ("lcp", lcp_id, "lcp")):
        session.open_record(kind, record_id)
        ledger = win.page(key)
        assert isinstance(ledger, ListEditorPage)
        qtbot.waitUntil(lambda ledger=ledger, record_id=record_id: ledger.editor.record_id == record_id, timeout=5000)
        settle(qtbot)
    win.show_page("dashboard")
    settle(qtbot)


def test_the_recorder_sees_a_service_call_made_on_the_gui_thread(session: AppSession) -> None:
    namespace: dict[str, object] = {}  # a caller that looks like UI code
    exec(compile("from guanlan_desk.services import disputes\n"
                 "def count(session):\n    return disputes.count_disputes(session.ctx)\n",
                 UI + "probe.py", "exec"), namespace)
    calls = GuiThreadCalls()
    with calls.recording():
        namespace["count"](session)  # type: ignore[operator]
    assert [c.split("  <-")[0] for c in calls.calls] == ["guanlan_desk.services.disputes.listing:count_disputes"]


def test_no_service_call_runs_on_the_gui_thread_in_the_main_flows(qtbot: QtBot, window: MainWindow,
                                                                   admin: Ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(step_dialogs.ConfirmStep, "ask", classmethod(lambda cls, *a: True))
    monkeypatch.setattr(schedule_dialogs.ScheduleMediationDialog, "ask",
                        classmethod(lambda cls, *a: asked.append(a[2]) or None))
    calls = GuiThreadCalls()
    with calls.recording():
        drive(qtbot, window, admin)
    assert len(asked) == 1 and asked[0] is not None  # the dialog got the defaults read off the GUI thread
    found = calls.distinct()
    print(f"\n{len(found)} service call sites ran on the GUI thread:\n" + "\n".join(found))
    assert found == []
