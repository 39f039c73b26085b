"""A quick-search line edit that waits for a short pause in typing before it searches."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 250


class SearchBox(QLineEdit):
    """Emits ``query_changed`` once the user stops typing for ``DEBOUNCE_MS`` (or presses Enter)."""

    query_changed = Signal(str)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None, *, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._last = ""
        self.textChanged.connect(self._on_self_text_changed)
        self.returnPressed.connect(self._on_timer_timeout)

    @property
    def query(self) -> str:
        """The text searched for last (stripped)."""
        return self._last

    def flush(self) -> None:
        """Search for the current text now, without waiting for the pause."""
        self._on_timer_timeout()

    @Slot(str)
    def _on_self_text_changed(self, _text: str) -> None:
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if text != self._last:
            self._last = text
            self.query_changed.emit(text)
