"""Open the data folder on a background thread while the login window is already on screen.

Nothing of the database layer is imported before the login window shows: the opening (which imports
SQLAlchemy and the store, then opens the file) starts once the window is up, and afterwards the thread
imports the main window's modules too, so that the dashboard comes up at once after the password is
accepted. The integrity checks run later, after login (:mod:`guanlan_desk.ui.backup_watch`).
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from guanlan_desk.paths import DB_FILE, DEMO_MARKER_FILE

if TYPE_CHECKING:
    from guanlan_desk.services.workstation import Database

# Imported on the opening thread after the folder is open (the first window after login needs them).
PRELOAD = ("guanlan_desk.services.accounts", "guanlan_desk.ui.session", "guanlan_desk.ui.main_window",
           "guanlan_desk.ui.navigation")


def folder_is_set_up(data_dir: Path) -> bool:
    """Whether ``data_dir`` holds a database (as ``workstation.is_set_up``, without loading the store)."""
    db_path = data_dir / DB_FILE
    return db_path.is_file() and db_path.stat().st_size > 0


def folder_is_demo(data_dir: Path) -> bool:
    """Whether ``data_dir`` is a generated demo folder (as ``workstation.is_demo``, without the store)."""
    return (data_dir / DEMO_MARKER_FILE).exists()


class BackgroundOpen:
    """``open_workstation(data_dir)`` on its own thread (started by :meth:`start`); ``result()`` waits for it."""

    def __init__(self, data_dir: Path, *, preload: tuple[str, ...] = PRELOAD) -> None:
        self.data_dir = data_dir
        self._db: Database | None = None
        self.error: BaseException | None = None
        self._preload = preload
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.preloaded = threading.Event()

    def start(self) -> None:
        """Start the opening (once; later calls do nothing)."""
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="open-data-folder", daemon=True)
                self._thread.start()

    def _work(self) -> None:
        try:
            from guanlan_desk.services import workstation

            self._db = workstation.open_workstation(self.data_dir)
        except BaseException as exc:  # handed to whoever asks for the result
            self.error = exc
        try:
            if self.error is None:
                for name in self._preload:
                    importlib.import_module(name)
        finally:
            self.preloaded.set()

    def done(self) -> bool:
        """Whether the opening has finished (either way)."""
        return self._thread is not None and (self._db is not None or self.error is not None)

    def result(self) -> Database:
        """The open database (starts the opening if needed, waits for it); re-raises the opening's error."""
        self.start()
        assert self._thread is not None
        while not self.done():
            self._thread.join(0.01)
            if not self._thread.is_alive():
                break
        if self.error is not None:
            raise self.error
        assert self._db is not None
        return self._db
