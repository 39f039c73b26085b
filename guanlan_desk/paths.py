"""Where the data folder and the bundled resources live."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "guanlan_desk"
APP_AUTHOR = "Guanlan"


def default_data_dir() -> Path:
    """The per-user data folder of the platform (never a network or removable drive)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resource_dir() -> Path:
    """The bundled ``resources/`` folder, also inside a frozen (PyInstaller) build."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
