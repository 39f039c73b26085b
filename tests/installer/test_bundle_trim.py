"""The spec's trim rules on Linux and Windows bundle layouts (no PyInstaller run; the build tests the rest)."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "installer"))
from bundle_trim import Entry, keep, plugin_name, prune_orphans  # noqa: E402

KEPT_LINUX = [
    "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so", "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6", "PySide6/Qt/lib/libQt6DBus.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6",
    "PySide6/Qt/translations/qtbase_zh_CN.qm", "PySide6/Qt/translations/qt_en.qm",
    "resources/fonts/uming.ttc", "resources/i18n/guanlan_desk_zh_CN.qm", "resources/build_info.json",
    # The office overview's charts (issue 14): QtCharts and the OpenGL libraries it links.
    "PySide6/Qt/lib/libQt6Charts.so.6", "PySide6/Qt/lib/libQt6OpenGL.so.6", "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6",
]
DROPPED_LINUX = [
    "PySide6/Qt/plugins/platforms/libqwayland.so", "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so", "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Qml.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6PdfQuick.so.6",
    "PySide6/Qt/translations/qtbase_de.qm", "PySide6/Qt/translations/qt_help_zh_CN.qm",
    "PySide6/Qt/lib/libQt6ChartsQml.so.6",
]
KEPT_WINDOWS = [
    "PySide6\\plugins\\platforms\\qwindows.dll", "PySide6\\plugins\\platforms\\qoffscreen.dll",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", "PySide6\\plugins\\imageformats\\qico.dll",
    "PySide6\\Qt6Pdf.dll", "PySide6\\Qt6Network.dll", "PySide6\\Qt6PrintSupport.dll",
    "PySide6\\translations\\qtbase_zh_CN.qm", "python311.dll", "resources\\fonts\\wqy-microhei.ttc",
    "PySide6\\Qt6Charts.dll", "PySide6\\Qt6OpenGL.dll", "PySide6\\Qt6OpenGLWidgets.dll",
]
DROPPED_WINDOWS = [
    "PySide6\\plugins\\platforms\\qdirect2d.dll", "PySide6\\plugins\\platforms\\qminimal.dll",
    "PySide6\\plugins\\imageformats\\qpdf.dll", "PySide6\\plugins\\tls\\qschannelbackend.dll",
    "PySide6\\plugins\\networkinformation\\qnetworklistmanager.dll", "PySide6\\plugins\\generic\\qtuiotouchplugin.dll",
    "PySide6\\opengl32sw.dll", "PySide6\\d3dcompiler_47.dll", "PySide6\\Qt6Quick.dll", "PySide6\\Qt6Qml.dll",
    "PySide6\\translations\\qt_ja.qm",
]


@pytest.mark.parametrize("dest", KEPT_LINUX)
def test_linux_keeps(dest: str) -> None:
    assert keep(dest, "linux")


@pytest.mark.parametrize("dest", DROPPED_LINUX)
def test_linux_drops(dest: str) -> None:
    assert not keep(dest, "linux")


@pytest.mark.parametrize("dest", KEPT_WINDOWS)
def test_windows_keeps(dest: str) -> None:
    assert keep(dest, "win32")


@pytest.mark.parametrize("dest", DROPPED_WINDOWS)
def test_windows_drops(dest: str) -> None:
    assert not keep(dest, "win32")


def test_plugin_names() -> None:
    assert [plugin_name(n) for n in ("libqxcb.so", "qwindows.dll", "libqoffscreen.so", "libcupsprintersupport.so")] == [
        "xcb", "windows", "offscreen", "cupsprintersupport"]


def test_orphaned_libraries_are_pruned_and_linked_ones_kept() -> None:
    links = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6", "libfontconfig.so.1"],
        "/src/libQt6Core.so.6": ["libicuuc.so.73"],
        "/src/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/src/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0"],
    }
    binaries: list[Entry] = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/lib/libicuuc.so.73", "/src/libicuuc.so.73", "BINARY"),
        ("libfontconfig.so.1", "/src/libfontconfig.so.1", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),  # only the trimmed libqgtk3 linked it
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
    ]

    def imports(path: str) -> Iterable[tuple[str, str | None]]:
        return [(name, f"/src/{name}") for name in links.get(path, [])]

    kept, dropped = prune_orphans(binaries, imports)
    assert sorted(dropped) == ["libcairo.so.2", "libgtk-3.so.0"]
    assert len(kept) == len(binaries) - 2
