"""The UI font: Microsoft YaHei UI on Windows PCs that have it, the bundled WenQuanYi elsewhere and as fallback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QGuiApplication

from guanlan_desk.ui import fonts


@pytest.fixture
def keep_font(qapp: QGuiApplication) -> Iterator[QGuiApplication]:
    before = QFont(qapp.font())
    yield qapp
    qapp.setFont(before)


def test_yahei_ui_is_used_where_windows_has_it(keep_font: QGuiApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "installed_families", lambda: {"Microsoft YaHei UI", "Microsoft YaHei", "SimSun"})
    assert fonts.use_app_font(keep_font) == "Microsoft YaHei UI"
    assert keep_font.font().families()[:2] == ["Microsoft YaHei UI", "WenQuanYi Micro Hei"]


def test_the_bundled_face_without_yahei(keep_font: QGuiApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "installed_families", lambda: {"DejaVu Sans"})
    assert fonts.use_app_font(keep_font) == "WenQuanYi Micro Hei"
    assert keep_font.font().families()[0] == "WenQuanYi Micro Hei"
    assert "Microsoft YaHei UI" not in keep_font.font().families()
    assert keep_font.font().pointSize() == fonts.UI_POINT_SIZE
