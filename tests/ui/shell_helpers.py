"""Helpers of the shell's UI tests: the Chinese UI for screenshots, a real logged-in session, screenshots."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from guanlan_desk.domain.enums import Role
from guanlan_desk.services import accounts
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.store.engine import Database
from guanlan_desk.ui.session import AppSession
from tests.conftest import ADMIN_PASSWORD

SCREENS = Path("/work/screens/ui-shell")
SIZE = (1366, 768)


def real_admin(db: Database) -> Actor:
    """Log in as the data folder's real administrator (a user row exists, so own-password changes work)."""
    return accounts.login(Ctx(db, Actor.system(Role.VIEWER)), username="admin", password=ADMIN_PASSWORD)


def real_session(db: Database, settings: QSettings) -> AppSession:
    """An app session of the real administrator."""
    return AppSession(db, real_admin(db), settings)


def screenshot(widget: QWidget, tmp_path: Path, name: str, *, size: tuple[int, int] | None = SIZE) -> QImage:
    """Save ``widget`` as ``name``.png (under tmp_path and the shared screens folder); check it is not blank."""
    if size is not None:
        widget.resize(*size)
    QApplication.processEvents()
    path = tmp_path / f"{name}.png"
    image = widget.grab().toImage()
    assert image.save(str(path))
    if SCREENS.is_dir():
        shutil.copyfile(path, SCREENS / path.name)
    colours = {image.pixel(x, y) for x in range(0, image.width(), max(1, image.width() // 40))
               for y in range(0, image.height(), max(1, image.height() // 40))}
    assert len(colours) > 3, f"{name} looks blank"
    return image
