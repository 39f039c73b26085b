"""Progress reports and cancellation for long exports and imports (the UI's dialog drives both)."""

from __future__ import annotations

from collections.abc import Callable

from guanlan_desk.sync.errors import Cancelled

# progress(stage, done, total): stage is an English word the UI may translate ("reading", "writing", …).
Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]


class Steps:
    """Calls the progress callback and raises :class:`Cancelled` when asked to stop (before any commit)."""

    def __init__(self, progress: Progress | None, cancel: Cancel | None) -> None:
        self.progress = progress
        self.cancel = cancel

    def step(self, stage: str, done: int, total: int) -> None:
        """Report a step and honour a cancel request."""
        if self.cancel is not None and self.cancel():
            raise Cancelled()
        if self.progress is not None:
            self.progress(stage, done, total)
