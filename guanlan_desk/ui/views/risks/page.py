"""The risk ledger area (风险台账): the list and, in the same place, the editor of one item."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from guanlan_desk.ui.pages import PageSpec
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.risks.risk_editor import RiskEditor
from guanlan_desk.ui.views.risks.risk_list import RiskList
from guanlan_desk.ui.widgets.ledger_page import ListEditorPage


class RisksPage(ListEditorPage):
    """The ledger page; implements :class:`~guanlan_desk.ui.pages.RecordPage` for ``risk`` records."""

    list: RiskList
    editor: RiskEditor

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, RiskList(session), RiskEditor(session), lambda changes: changes.risks, parent)


def risks_page_spec() -> PageSpec:
    """The navigation entry of the risk ledger."""
    return PageSpec(key="risks", title=lambda: QCoreApplication.translate("RisksPage", "Risk ledger"),
                    factory=lambda session, parent: RisksPage(session, parent), record_kind="risk",
                    shortcut="Ctrl+3")
