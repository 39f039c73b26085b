"""The desktop app's start: QApplication, bundled font, translators, crash hook; then the setup wizard or the
login; then the main window.

The login window comes first and fast: this module and the login dialog import nothing of the database
layer; the folder opens (and the main window's modules load) on a thread once the login window is up.

``GUANLAN_BENCHMARK_READY=1`` (benchmarks only, demo folders only) prints ``LOGIN <unix time>`` when the
login window is on screen, types the demo administrator's password once the background opening is done (as
a person would, seconds later), prints ``ACCEPTED`` when the password was accepted, ``SHOWN`` when the main
window is on screen and ``READY`` when its first page has loaded, and quits.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.paths import resource_dir
from guanlan_desk.services.demo_account import DEMO_PASSWORD
from guanlan_desk.ui import decrypted
from guanlan_desk.ui.dialogs.login import PRODUCT_NAME, LoginDialog
from guanlan_desk.ui.errors import show_error
from guanlan_desk.ui.fonts import use_app_font
from guanlan_desk.ui.i18n import error_text, install_translators
from guanlan_desk.ui.opening import BackgroundOpen, folder_is_demo, folder_is_set_up
from guanlan_desk.ui.preferences import Preferences
from guanlan_desk.ui.session import APPLICATION, ORGANISATION, AppSession

if TYPE_CHECKING:
    from guanlan_desk.services.context import Actor
    from guanlan_desk.services.workstation import Database
    from guanlan_desk.ui.main_window import MainWindow

BENCHMARK_ENV = "GUANLAN_BENCHMARK_READY"
WATCH_DELAY_MS = 3000
log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the app's names and high-DPI friendly scaling (reuses a running one)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(PRODUCT_NAME)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The app's icon (a 调 on official blue), also used by the installers."""
    return QIcon(str(resource_dir() / "icons" / "guanlan_desk.png"))


def apply_look(app: QApplication, prefs: Preferences) -> list[object]:
    """Bundled font at the chosen size and the translators of the chosen language (keep the result alive)."""
    translators: list[object] = list(install_translators(app, prefs.language))
    if use_app_font(app) is not None:
        font = QFont(app.font())
        font.setPointSize(prefs.font_size)
        app.setFont(font)
    return translators


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Bugs that reach the event loop go to the crash dialog instead of vanishing on stderr."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    try:
        show_error(QApplication.activeWindow(), value.with_traceback(tb))
    except Exception:  # the crash dialog itself failed: at least print both
        traceback.print_exception(kind, value, tb)
        traceback.print_exc()


def install_excepthook() -> None:
    """Route uncaught exceptions to the crash dialog."""
    sys.excepthook = _excepthook


class StartupError:
    """A known fault while opening the data folder (no keyring, locked, corrupt, unsafe folder)."""

    @classmethod
    def ask(cls, exc: UserFacingError, data_dir: Path, parent: QWidget | None = None) -> None:
        """Tell the user what is wrong and how to get out of it."""
        title = QCoreApplication.translate("StartupError", "Cannot open the data folder")
        where = QCoreApplication.translate("StartupError", "Data folder: {path}").format(path=str(data_dir))
        box = QMessageBox(QMessageBox.Icon.Critical, title, error_text(exc), QMessageBox.StandardButton.Close, parent)
        box.setInformativeText(where)
        box.exec()


def _finish(opening: BackgroundOpen) -> Database:
    """The opened database, or (after telling the user about a known fault) :class:`StartupFailed`."""
    try:
        return opening.result()
    except UserFacingError as exc:
        log.warning("cannot open %s: %s", opening.data_dir, exc)
        StartupError.ask(exc, opening.data_dir)
        raise StartupFailed(str(opening.data_dir)) from exc


class StartupFailed(Exception):
    """The data folder could not be opened (the user has been told why)."""


def start_session(data_dir: Path, settings: QSettings, *, demo: bool = False,
                  auto_login: bool = False) -> AppSession | None:
    """Setup wizard (new folder) or login (set-up folder); the session, or ``None`` when the user gave up.

    Raises :class:`StartupFailed` after telling the user about a known fault of the data folder.
    ``auto_login`` (benchmarks, demo folders only) types the demo password once the folder is open.
    """
    prefs = Preferences(settings)
    if not folder_is_set_up(data_dir):
        from guanlan_desk.services.workstation import Database
        from guanlan_desk.ui.dialogs.setup_wizard import SetupWizard

        outcome = SetupWizard.ask(data_dir)
        if outcome is None:
            return None
        if isinstance(outcome, Database):  # restored from a backup: log in to it
            restored = LoginDialog.ask(outcome)
            if restored is None:
                outcome.close()
                return None
            return AppSession(outcome, restored, settings)
        if outcome.export_folder:
            prefs.export_folder = outcome.export_folder
        return AppSession(outcome.db, outcome.actor, settings)
    opening = BackgroundOpen(data_dir)  # starts once the login window is on screen
    is_demo = demo or folder_is_demo(data_dir)
    actor: Actor | None
    if auto_login and is_demo:
        actor = _benchmark_login(opening)
    else:
        actor = LoginDialog.ask(opening, demo=is_demo)
    db = _finish(opening)
    if actor is None:
        db.close()
        return None
    return AppSession(db, actor, settings)


def _benchmark_login(opening: BackgroundOpen) -> Actor | None:
    """The login window as a user meets it; the password is typed once the background work is done."""
    dialog = LoginDialog(opening, demo=True)

    def type_password() -> None:
        if not opening.preloaded.is_set():
            QTimer.singleShot(10, type_password)
            return
        dialog.password.setText(DEMO_PASSWORD)
        print(f"TYPED {time.time():.6f}", flush=True)
        dialog.buttons.accepted.emit()

    def on_screen() -> None:
        print(f"LOGIN {time.time():.6f}", flush=True)
        type_password()

    dialog.show()
    QTimer.singleShot(0, on_screen)
    dialog.exec()
    print(f"ACCEPTED {time.time():.6f} {time.process_time():.6f}", flush=True)
    return dialog.actor


def _benchmark_marks(app: QApplication, window: MainWindow) -> None:
    shown = time.time()

    def ready() -> None:
        print(f"SHOWN {shown:.6f}", flush=True)
        print(f"READY {time.time():.6f} {time.process_time():.6f}", flush=True)
        QTimer.singleShot(0, app.quit)

    page = window.stack.currentWidget()
    loaded = getattr(page, "loaded", None)
    if loaded is not None and getattr(page, "overview", True) is None:
        loaded.connect(ready)
    else:
        QTimer.singleShot(0, ready)


def run(data_dir: Path, *, demo: bool = False) -> int:
    """Open the desktop app on ``data_dir``; returns the exit code."""
    app = make_application()
    settings = QSettings(ORGANISATION, APPLICATION)
    _translators = apply_look(app, Preferences(settings))
    install_excepthook()
    decrypted.sweep()  # attachments a crashed or still-open viewer kept in %TEMP% last time
    try:
        return _run(app, data_dir, settings, demo=demo)
    finally:
        del _translators
        decrypted.sweep(including_mine=True)


def _run(app: QApplication, data_dir: Path, settings: QSettings, *, demo: bool) -> int:
    benchmark = bool(os.environ.get(BENCHMARK_ENV))
    try:
        session = start_session(data_dir, settings, demo=demo, auto_login=benchmark)
    except StartupFailed:
        return 1
    if session is None:
        return 0
    from guanlan_desk.ui.main_window import MainWindow
    from guanlan_desk.ui.navigation import default_pages

    session.preload()  # the pickers' reference lists, read off the GUI thread before the first page is built
    window = MainWindow(session, default_pages())
    window.show()
    # The database check, then today's backup, in the background once the first page has loaded its data.
    QTimer.singleShot(WATCH_DELAY_MS, window.backup_watch.start)
    if benchmark:
        _benchmark_marks(app, window)
    try:
        return int(app.exec())
    finally:
        window.backup_watch.stop()
        QThreadPool.globalInstance().waitForDone()  # a running check or backup finishes before the file closes
        session.db.close()
