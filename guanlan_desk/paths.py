"""Where the data folder and the bundled resources live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "guanlan_desk"
APP_AUTHOR = "Guanlan"
DB_FILE = "guanlan.db"  # the database inside a data folder
DEMO_MARKER_FILE = "DEMO-DATA-NOT-REAL.txt"  # present in generated demo folders only


def default_data_dir() -> Path:
    """The per-user data folder of the platform (never a network or removable drive)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def _pointer_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "data-folder.txt"


def chosen_data_dir() -> Path | None:
    """The data folder the app switched to (after a restore), if any; else ``None``."""
    try:
        text = _pointer_file().read_text("utf-8").strip()
    except OSError:
        return None
    return Path(text) if text else None


def remember_data_dir(path: Path) -> None:
    """Use ``path`` as the data folder from the next start on (temporary name, rename)."""
    pointer = _pointer_file()
    pointer.parent.mkdir(parents=True, exist_ok=True)
    tmp = pointer.with_name(pointer.name + ".tmp")
    tmp.write_text(str(path), "utf-8")
    os.replace(tmp, pointer)


def resource_dir() -> Path:
    """The bundled ``resources/`` folder, also inside a frozen (PyInstaller) build."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
