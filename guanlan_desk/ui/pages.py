"""The main window's areas: each is a page widget built from the app session.

A page that shows records of a kind (``dispute``, ``risk``, ``lcp``, ``party``) implements
:class:`RecordPage` so the dashboard, search results and links can open a record on it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from guanlan_desk.ui.session import AppSession

RECORD_KINDS = ("dispute", "risk", "lcp", "party")


@runtime_checkable
class RecordPage(Protocol):
    """A page that can open one record and tell whether it holds unsaved edits."""

    def open_record(self, record_id: str) -> None:
        """Show the record with ``record_id``."""

    def has_unsaved_changes(self) -> bool:
        """Whether an editor on this page holds edits that are not saved."""

    def save_changes(self, then: Callable[[], None]) -> None:
        """Save the unsaved edits; ``then`` runs once they are saved (never when the save fails)."""


@dataclass(frozen=True, slots=True)
class PageSpec:
    """One navigation entry: key, translated title (called after the translators are installed), factory."""

    key: str
    title: Callable[[], str]
    factory: Callable[[AppSession, QWidget | None], QWidget]
    record_kind: str | None = None
    shortcut: str = ""
