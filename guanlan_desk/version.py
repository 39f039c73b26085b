"""The app's version, build date and commit, for ``--version`` and the About dialog.

A frozen build carries ``resources/build_info.json``, written by ``installer/guanlan_desk.spec`` at build
time. A source checkout says so, with the commit's hash and date when git is at hand.
"""

from __future__ import annotations

import functools
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from guanlan_desk import __version__
from guanlan_desk.paths import resource_dir

BUILD_INFO_FILE = "build_info.json"
SOURCE_CHECKOUT = "source checkout"


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """What the About dialog and ``--version`` show."""

    version: str
    build_date: str
    commit: str

    def line(self) -> str:
        """One line: ``guanlan_desk 0.1.0 (built 2026-12-01 08:30 UTC, commit d98c753)``."""
        built = self.build_date if self.build_date.startswith(SOURCE_CHECKOUT) else f"built {self.build_date}"
        return f"guanlan_desk {self.version} ({built}, commit {self.commit})"


def _from_build_info(path: Path) -> VersionInfo | None:
    try:
        raw = json.loads(path.read_text("utf-8"))
        return VersionInfo(str(raw["version"]), str(raw["build_date"]), str(raw["commit"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _git(root: Path, *args: str) -> str | None:
    git = shutil.which("git")
    if git is None or not (root / ".git").exists():
        return None
    try:
        done = subprocess.run([git, "-C", str(root), *args], capture_output=True, text=True, timeout=5, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None


def _from_source() -> VersionInfo:
    root = Path(__file__).resolve().parent.parent
    commit = _git(root, "log", "-1", "--format=%h %cs")
    if commit is None:
        return VersionInfo(__version__, SOURCE_CHECKOUT, "unknown")
    sha, _, day = commit.partition(" ")
    return VersionInfo(__version__, f"{SOURCE_CHECKOUT}, committed {day}", sha)


@functools.cache
def version_info() -> VersionInfo:
    """The version, the build date (or "source checkout ...") and the commit of the running app."""
    if getattr(sys, "frozen", False):
        stamped = _from_build_info(resource_dir() / BUILD_INFO_FILE)
        if stamped is not None:
            return stamped
        return VersionInfo(__version__, "unknown (no build stamp)", "unknown")
    return _from_source()
