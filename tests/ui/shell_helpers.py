"""Helpers of the shell's UI tests: the Chinese UI for screenshots, a real logged-in session, screenshots."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from guanlan_desk.domain.enums import Role
from guanlan_desk.services import accounts
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.store.engine import Database
from guanlan_desk.ui.fonts import use_app_font
from guanlan_desk.ui.i18n import install_translators
from guanlan_desk.ui.session import AppSession
from tests.conftest import ADMIN_PASSWORD

SCREENS = Path("/work/screens/ui-shell")
SIZE = (1366, 768)


@pytest.fixture
def zh_ui(qapp: QApplication) -> Iterator[QApplication]:
    """The bundled font and the zh_CN translators, removed again afterwards (other tests read English)."""
    use_app_font(qapp)
    translators = install_translators(qapp, "zh_CN")
    try:
        yield qapp
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


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
