"""The next-step strip under the dispute heading (on every tab) and the state before the risk item's steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from guanlan_desk.domain.enums import DisputeStatus
from guanlan_desk.services.context import Ctx
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes import step_dialogs
from guanlan_desk.ui.views.disputes.page import DisputesPage
from tests.ui.dispute_helpers import Boxes, register
from tests.ui.waiting import settle


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


def dispute_page(qtbot: QtBot, session: AppSession) -> DisputesPage:
    page = DisputesPage(session)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def test_the_strip_shows_the_next_step_on_every_tab_and_runs_it(qtbot: QtBot, zh_ui: QApplication,
                                                               app_session: AppSession, boxes: Boxes,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    dispute = register(app_session.ctx, "王芳")
    page = dispute_page(qtbot, app_session)
    strip = page.editor.next_steps
    assert strip.state.text().startswith("新纠纷") and strip.steps_shown() == []
    page.open_record(dispute)
    settle(qtbot)
    from guanlan_desk.domain.enums import label

    assert strip.state.text() == f"{label(DisputeStatus.REGISTERED)} · 下一步："
    assert strip.steps_shown()[0] == "accept" and "decline" in strip.steps_shown()
    assert "record_agreement" not in strip.steps_shown()  # not yet: the case is not accepted
    for tab in range(page.editor.tabs.count()):  # in sight whatever tab is open
        page.editor.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        assert strip.isVisible() and strip.buttons["accept"].isVisible()
    monkeypatch.setattr(step_dialogs.ConfirmStep, "ask", classmethod(lambda cls, parent, title, text: True))
    qtbot.mouseClick(strip.buttons["accept"], Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: page.editor.detail is not None and page.editor.detail.status == DisputeStatus.ACCEPTED)
    assert strip.state.text().startswith("已受理")
    assert "accept" not in strip.steps_shown() and "add_session" in strip.steps_shown()
    assert strip.reason.isHidden()


def test_a_viewer_sees_the_steps_disabled_with_the_reason(qtbot: QtBot, admin: Ctx, viewer: Ctx,
                                                          qsettings: QSettings, boxes: Boxes) -> None:
    dispute = register(admin, "王芳")
    page = dispute_page(qtbot, AppSession(viewer.db, viewer.actor, qsettings))
    page.open_record(dispute)
    settle(qtbot)
    strip = page.editor.next_steps
    assert strip.state.text() == "Registered · Next:"  # English UI: the English state name
    assert "accept" in strip.steps_shown() and not strip.buttons["accept"].isEnabled()
    assert strip.reason.isVisible() and strip.reason.text() == "Your role may not change disputes."


def test_the_risk_editor_names_the_state_before_its_steps(qtbot: QtBot, zh_ui: QApplication,
                                                          app_session: AppSession) -> None:
    from guanlan_desk.ui.views.risks.risk_actions import RiskActions
    from guanlan_desk.services import risks

    bar = RiskActions(app_session, risks.ledger_config(app_session.ctx))
    qtbot.addWidget(bar)
    bar.update_for(None, dirty=False)
    assert bar.state.text() == "新风险隐患 · 下一步："
    from PySide6.QtCore import QCoreApplication

    saved_first = QCoreApplication.translate("RiskActions", "Save the new item first.")
    assert saved_first != "Save the new item first." and bar.reason.text() == saved_first
    assert not bar.reason.isHidden()
