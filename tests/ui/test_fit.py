"""Every page fits the common community-office screen (1366×768) and 1920×1080 at 125 % and 150 % scaling, at the
smallest and the largest font size the app offers, in Chinese and in English: the window is never forced wider or
taller than the screen and no button or field is cut off or pushed outside the window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from guanlan_desk.services.context import Ctx
from guanlan_desk.ui.fonts import use_app_font
from guanlan_desk.ui.i18n import install_translators
from guanlan_desk.ui.main_window import MainWindow
from guanlan_desk.ui.navigation import default_pages
from guanlan_desk.ui.preferences import FONT_SIZES
from guanlan_desk.ui.session import AppSession
from tests.ui.dispute_helpers import register

# Logical screen sizes: 1366×768, and 1920×1080 with Windows scaling at 125 % and 150 %.
SCREENS = {"1366x768": (1366, 768), "1920x1080@125%": (1536, 864), "1920x1080@150%": (1280, 720)}
TASKBAR, TITLE_BAR = 40, 31  # what Windows takes from the height (logical pixels)


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The UI in one language with the app font (put back afterwards)."""
    font, locale = qapp.font(), QLocale()
    use_app_font(qapp)
    translators = install_translators(qapp, request.param)
    try:
        yield str(request.param)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        qapp.setFont(font)
        QLocale.setDefault(locale)


def set_font_size(app: QApplication, size: int) -> None:
    """What 设置 › 字号 does."""
    font = QFont(app.font())
    font.setPointSize(size)
    app.setFont(font)


def inside_a_scroller(widget: QWidget, page: QWidget) -> bool:
    """Whether ``widget`` sits in a scrolled viewport (a table cell editor, a scroll area) or a pane the user can
    drag shut (a collapsed splitter pane is zero wide): it may scroll or be dragged back into view."""
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractScrollArea) or parent.width() == 0:
            return True
        parent = parent.parentWidget()
    return False


def clipped(window: MainWindow, page: QWidget) -> list[str]:
    """The visible buttons and fields of ``page`` that are narrower than they need or stick out of the window."""
    found = []
    area = window.rect()
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QComboBox | QLineEdit) or not widget.isVisible():
            continue
        if inside_a_scroller(widget, page) or widget.parentWidget() is None:
            continue
        if type(widget).__name__ in ("QToolButton",) and widget.objectName().startswith("qt_"):
            continue  # scroll arrows of tab bars
        top_left = widget.mapTo(window, widget.rect().topLeft())
        rect = QRect(top_left, widget.size())
        name = widget.objectName() or getattr(widget, "text", lambda: "")() or type(widget).__name__
        if not area.contains(rect):
            found.append(f"{name!r} at {rect.getRect()} is outside the window {area.getRect()}")
        elif widget.width() < widget.minimumSizeHint().width():
            found.append(f"{name!r} is {widget.width()} px wide, needs {widget.minimumSizeHint().width()}")
    return found


@pytest.mark.parametrize("size", [FONT_SIZES[0], FONT_SIZES[-1]])
def test_every_page_fits_the_screen(qtbot: QtBot, qapp: QApplication, language: str, size: int,
                                    app_session: AppSession, admin: Ctx) -> None:
    set_font_size(qapp, size)
    dispute = register(admin, "王芳", title="观城社区某五金厂拖欠工人三个月工资纠纷，双方对加班费计算方式存在较大分歧")
    window = MainWindow(app_session, default_pages())
    qtbot.addWidget(window)
    window.show()
    problems: list[str] = []
    for spec in window.specs:
        page = window.show_page(spec.key)
        assert page is not None, spec.key
        if spec.key == "disputes":
            page.open_record(dispute)  # type: ignore[attr-defined]
        for screen, (width, height) in SCREENS.items():
            client = (width, height - TASKBAR - TITLE_BAR)
            hint = window.minimumSizeHint()
            if hint.width() > client[0] or hint.height() > client[1]:
                problems.append(f"{spec.key} @ {screen}: the window needs {hint.width()}×{hint.height()}, "
                                f"the screen leaves {client[0]}×{client[1]}")
                continue
            window.resize(*client)
            QApplication.processEvents()
            if window.width() > client[0] or window.height() > client[1]:
                problems.append(f"{spec.key} @ {screen}: the window is {window.width()}×{window.height()}")
            problems += [f"{spec.key} @ {screen}: {p}" for p in clipped(window, page)]
    assert not problems, f"{language} at {size} pt:\n" + "\n".join(problems)


def test_a_clipped_button_is_caught(qtbot: QtBot, app_session: AppSession) -> None:
    """The check above sees a button pushed outside the window (so a pass means something)."""
    window = MainWindow(app_session, default_pages())
    qtbot.addWidget(window)
    window.show()
    window.resize(900, 600)
    page = window.show_page("settings")
    assert page is not None
    QApplication.processEvents()
    assert clipped(window, page) == []
    from PySide6.QtWidgets import QPushButton

    stray = QPushButton("保存并退出", page)
    stray.move(page.width() - 10, 5)
    stray.show()
    assert any("保存并退出" in p for p in clipped(window, page))
