"""Shared pieces of the risk and roster UI tests: the Chinese app, screenshots, fake dialogs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from guanlan_desk.ui.fonts import use_app_font
from guanlan_desk.ui.i18n import install_translators

SCREENS = Path("/work/screens/ui-records")


@pytest.fixture
def zh(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The app in Chinese with the bundled font, as users see it; the translators are removed afterwards."""
    use_app_font(qapp)
    translators = install_translators(qapp)
    yield translators
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def screenshot(widget: QWidget, tmp_path: Path, name: str) -> QImage:
    """Grab ``widget`` at 1366×768, save it under ``tmp_path`` (and the shared screens folder) and check it."""
    widget.resize(1366, 768)
    widget.show()
    QApplication.processEvents()
    path = tmp_path / f"{name}.png"
    image = widget.grab().toImage()
    assert image.save(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}
    assert len(colours) > 5, "the screenshot is blank"
    if SCREENS.is_dir():
        shutil.copy(path, SCREENS / path.name)
    return image


def test_the_screenshot_helper_refuses_a_blank_widget(qtbot: object, tmp_path: Path) -> None:
    blank = QWidget()
    blank.setStyleSheet("background: white;")
    qtbot.addWidget(blank)  # type: ignore[attr-defined]
    with pytest.raises(AssertionError):
        screenshot(blank, tmp_path, "blank")


def type_text(qtbot: object, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget``: keystrokes for ASCII, an input-method commit for Chinese (QTest cannot
    synthesise non-Latin-1 key events)."""
    from PySide6.QtGui import QInputMethodEvent

    if text.isascii():
        qtbot.keyClicks(widget, text)  # type: ignore[attr-defined]
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture(autouse=True)
def gc_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """Collect garbage only on the GUI thread: a collection that starts on an op's worker thread could free
    Python-owned Qt objects of earlier tests there."""
    import gc

    from PySide6.QtCore import QEvent

    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.enable()
        gc.collect()
