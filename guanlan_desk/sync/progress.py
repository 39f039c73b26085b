"""Progress reports and cancellation for long exports and imports (the UI's dialog drives both)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

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


@contextmanager
def bulk_objects() -> Iterator[None]:
    """Pause the cyclic garbage collector while a bundle's rows are built.

    WORKAROUND: every generation-2 collection rescans all live objects, and a big bundle holds hundreds of
    thousands of small row objects (no cycles among them): imports of 10,000 cases became superlinear.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
