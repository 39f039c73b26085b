"""Open the data folder on a background thread while the login dialog is already on screen.

The store checks the whole database file at every start (``quick_check``, about a second for 100,000
disputes); the user types the password meanwhile instead of watching an empty screen.
"""

from __future__ import annotations

import threading
from pathlib import Path

from guanlan_desk.services import workstation
from guanlan_desk.services.workstation import Database


class BackgroundOpen:
    """``open_workstation(data_dir)`` started at once on its own thread; ``result()`` waits for it."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._db: Database | None = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._work, name="open-data-folder", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        try:
            self._db = workstation.open_workstation(self.data_dir)
        except BaseException as exc:  # handed to whoever asks for the result
            self.error = exc

    def done(self) -> bool:
        """Whether the opening has finished (either way)."""
        return not self._thread.is_alive()

    def result(self) -> Database:
        """The open database (waits for it); re-raises the opening's error."""
        self._thread.join()
        if self.error is not None:
            raise self.error
        assert self._db is not None
        return self._db
