"""Inline validation messages shown right under the field they are about."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #c0392b;"
INVALID_STYLE = "border: 1px solid #c0392b;"


class FieldError(QLabel):
    """A red message under a field; hidden while there is nothing to say."""

    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str) -> None:
        """Show ``message`` (an empty one clears the error)."""
        if not message:
            self.clear_message()
            return
        self.setText(message)
        self.show()
        if self._field is not None:
            self._field.setStyleSheet(INVALID_STYLE)
            self._field.setToolTip(message)

    def clear_message(self) -> None:
        """Hide the message and the red frame."""
        self.setText("")
        self.hide()
        if self._field is not None:
            self._field.setStyleSheet("")
            self._field.setToolTip("")

    @property
    def has_error(self) -> bool:
        """Whether a message is showing."""
        return bool(self.text())
