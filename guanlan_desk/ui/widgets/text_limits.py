"""Editors show the length a field may have (the limits of :mod:`guanlan_desk.domain.text`).

One-line fields stop taking characters at the limit (``QLineEdit.setMaxLength``); long text editors get a small
"123 / 5000" counter that turns red past the limit (the service refuses the save with a message then).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from guanlan_desk.domain.text import limit_of

_NORMAL = "color: #6b6b6b; font-size: 11px;"
_OVER = "color: #c0392b; font-size: 11px; font-weight: bold;"


def limit_line(edit: QLineEdit, field: str) -> QLineEdit:
    """Cap ``edit`` at ``field``'s limit; returns ``edit``."""
    edit.setMaxLength(limit_of(field).chars)
    return edit


def limit_lines(fields: dict[str, QLineEdit]) -> None:
    """Cap several one-line editors, keyed by field name."""
    for field, edit in fields.items():
        limit_line(edit, field)


class CharCounter(QLabel):
    """"n / limit" under a long-text editor, red when the text is longer than the field allows."""

    def __init__(self, editor: QPlainTextEdit | QTextEdit, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{field}_counter")
        self._editor = editor
        self.limit = limit_of(field).chars
        editor.textChanged.connect(self._on_editor_text_changed)
        self._on_editor_text_changed()

    @property
    def over(self) -> bool:
        """Whether the text is longer than the limit."""
        return self._length() > self.limit

    def _length(self) -> int:
        return len(self._editor.toPlainText())

    @Slot()
    def _on_editor_text_changed(self) -> None:
        length = self._length()
        self.setText(f"{length} / {self.limit}")
        self.setStyleSheet(_OVER if length > self.limit else _NORMAL)


def counter_for(editor: QPlainTextEdit | QTextEdit, field: str, parent: QObject | None = None) -> CharCounter:
    """A :class:`CharCounter` for ``editor`` (parented to the editor's parent widget)."""
    owner = parent if isinstance(parent, QWidget) else editor.parentWidget()
    return CharCounter(editor, field, owner)
