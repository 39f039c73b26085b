"""What the spec leaves out of the bundle: unused Qt plugins, libraries and translations, and orphaned libraries.

Plain functions over bundle paths, so they are unit-tested (tests/installer/test_bundle_trim.py) for both
Linux and Windows layouts without running PyInstaller. ``installer/guanlan_desk.spec`` applies them.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Sequence

# Plugin folders the app never loads. platforminputcontexts pulls in QtQuick/Qml (virtual keyboard).
DROP_PLUGIN_DIRS = frozenset({
    "platforminputcontexts", "egldeviceintegrations", "networkinformation", "tls", "generic", "qmltooling",
    "designer", "sqldrivers", "vectorimageformats",
})
KEEP_PLATFORMS = frozenset({"offscreen", "xcb", "windows"})
DROP_PLUGINS: dict[str, frozenset[str]] = {"platformthemes": frozenset({"gtk3"}), "imageformats": frozenset({"pdf"})}
# Qt libraries of modules the app never imports. Not Network: libQt6Pdf links it. Not Charts (the office
# overview's charts, issue 14) nor OpenGL/OpenGLWidgets, which libQt6Charts links: about 4.1 MB on Linux.
DROP_QT_LIBS = re.compile(
    r"Qt6(\w*Quick|\w*Qml|VirtualKeyboard|Wayland|Wl|WebEngine|3D|Multimedia|EglFS|EglFs|Designer|"
    r"Labs|Lottie|Sql|Test|Help|UiTools|ChartsQml)", re.IGNORECASE)
KEEP_TRANSLATION = re.compile(r"^qt(base)?_(zh_CN|en)\.qm$")
# Windows: the software OpenGL renderer and ANGLE that PyInstaller's Qt hook adds (~25 MB). A widgets app
# paints with the raster engine; put them back if the UI ever uses QOpenGLWidget or Qt Quick.
DROP_WINDOWS_GL = re.compile(r"^(opengl32sw|d3dcompiler_\d+|libEGL|libGLESv2)\.dll$", re.IGNORECASE)
# Folders whose shared libraries are only dependencies (never loaded by name), for prune_orphans.
LIBRARY_DIRS = frozenset({"", "PySide6/Qt/lib", "pillow.libs"})

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (path in the bundle, source path, type code)


def plugin_name(filename: str) -> str:
    """``libqxcb.so`` / ``qwindows.dll`` → ``xcb`` / ``windows``."""
    stem = filename.split(".")[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return stem[1:] if stem.startswith("q") else stem


def keep(dest: str, platform: str) -> bool:
    """Whether the file at ``dest`` (its path inside the bundle) stays in a build for ``platform``."""
    parts = dest.replace("\\", "/").split("/")
    name = parts[-1]
    if "plugins" in parts[:-1]:
        at = parts.index("plugins")
        folder = parts[at + 1] if at + 1 < len(parts) - 1 else ""
        if folder in DROP_PLUGIN_DIRS or folder.startswith("wayland-"):
            return False
        if folder == "platforms":
            return plugin_name(name) in KEEP_PLATFORMS
        if plugin_name(name) in DROP_PLUGINS.get(folder, frozenset()):
            return False
        if folder == "xcbglintegrations" and not platform.startswith("linux"):
            return False
    if "translations" in parts[:-1] and name.endswith(".qm") and "PySide6" in parts:
        return bool(KEEP_TRANSLATION.match(name))
    if DROP_QT_LIBS.search(name) and "resources" not in parts:
        return False
    return not (platform == "win32" and DROP_WINDOWS_GL.match(name))


def _prunable(entry: Entry) -> bool:
    dest = entry[0].replace("\\", "/")
    name = posixpath.basename(dest)
    return entry[2] == "BINARY" and posixpath.dirname(dest) in LIBRARY_DIRS and not name.startswith("libpython")


def prune_orphans(binaries: Sequence[Entry],
                  imports: Callable[[str], Iterable[tuple[str, str | None]]]) -> tuple[list[Entry], list[str]]:
    """Drop the shared libraries nothing kept links any more; returns (kept entries, dropped paths).

    PyInstaller collects a plugin's dependencies before the spec can trim the plugin (libqgtk3 alone brings
    GTK, cairo, pango, gdk-pixbuf). Roots are the extension modules, the kept plugins and every binary outside
    :data:`LIBRARY_DIRS`; a library stays if a root links it, directly or through another library.
    ``imports(source_path)`` lists a binary's (name, resolved path) imports (PyInstaller's ``get_imports``).
    Used on Linux, where the frozen self-test and the library check verify the result.
    """
    candidates = {posixpath.basename(e[0].replace("\\", "/")): e for e in binaries if _prunable(e)}
    queue = [e for e in binaries if not _prunable(e) and e[2] in ("BINARY", "EXTENSION")]
    reachable: set[str] = set()
    while queue:
        entry = queue.pop()
        for name, _path in imports(entry[1]):
            base = posixpath.basename(name.replace("\\", "/"))
            if base in candidates and base not in reachable:
                reachable.add(base)
                queue.append(candidates[base])
    kept = [e for e in binaries if not _prunable(e) or posixpath.basename(e[0].replace("\\", "/")) in reachable]
    dropped = [e[0] for e in binaries if _prunable(e) and posixpath.basename(e[0].replace("\\", "/")) not in reachable]
    return kept, dropped
