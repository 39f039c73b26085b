"""Enumeration labels follow the UI language: Chinese labels in zh_CN, the English glosses in English."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from guanlan_desk.domain.enums import DisputeStatus, DisputeType, Role, gloss, label
from guanlan_desk.ui.enum_text import enum_text
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.disputes.list_panel import DisputeListPanel
from guanlan_desk.ui.widgets.status_bar import StatusBar
from tests.ui.dispute_helpers import register


def test_enum_text_picks_the_language(qapp: QApplication, zh_ui: QApplication) -> None:
    assert enum_text(DisputeStatus.ACCEPTED) == label(DisputeStatus.ACCEPTED)
    assert enum_text(Role.MEDIATOR) == label(Role.MEDIATOR)


def test_the_english_ui_shows_english_states_types_and_roles(qtbot: QtBot, app_session: AppSession) -> None:
    assert enum_text(DisputeStatus.ACCEPTED) == gloss(DisputeStatus.ACCEPTED) != label(DisputeStatus.ACCEPTED)
    register(app_session.ctx, "王芳")
    panel = DisputeListPanel(app_session)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    keys = [c.key for c in panel.model.columns]
    row = [str(panel.model.data(panel.model.index(0, i))) for i in range(len(keys))]
    assert row[keys.index("status")] == gloss(DisputeStatus.REGISTERED)
    assert row[keys.index("type")] == gloss(DisputeType.LABOUR)
    texts = [panel.filter_bar.type_combo.itemText(i) for i in range(panel.filter_bar.type_combo.count())]
    assert gloss(DisputeType.LABOUR) in texts and label(DisputeType.LABOUR) not in texts
    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.set_user(app_session.actor)
    assert gloss(app_session.actor.role) in bar.user_label.text()


def test_qt_own_dialogs_speak_chinese(qapp: QApplication, zh_ui: QApplication) -> None:
    """The file dialogs' own words come from Qt's catalogue (qtbase_zh_CN.qm, kept in the bundle too)."""
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "文件类型："
