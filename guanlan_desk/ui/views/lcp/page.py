"""The legal-clarity person area (法律明白人): the roster and, in the same place, one person's profile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from guanlan_desk.ui.pages import PageSpec
from guanlan_desk.ui.session import AppSession
from guanlan_desk.ui.views.lcp.lcp_editor import LcpEditor
from guanlan_desk.ui.views.lcp.lcp_list import LcpList
from guanlan_desk.ui.widgets.ledger_page import ListEditorPage


class LcpPage(ListEditorPage):
    """The roster page; implements :class:`~guanlan_desk.ui.pages.RecordPage` for ``lcp`` records."""

    list: LcpList
    editor: LcpEditor

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, LcpList(session), LcpEditor(session), lambda changes: changes.lcps, parent)


def lcp_page_spec() -> PageSpec:
    """The navigation entry of the legal-clarity persons."""
    return PageSpec(key="lcp", title=lambda: QCoreApplication.translate("LcpPage", "Legal-clarity persons"),
                    factory=lambda session, parent: LcpPage(session, parent), record_kind="lcp",
                    shortcut="Ctrl+4")
