"""Windows conditions simulated on Linux: a demo folder and a way to run ``main.py`` in a child process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEMO_PASSWORD = "demo1234"


def run_main(*args: str, env: dict[str, str] | None = None, prelude: str = "",
             timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """Run ``main.py args`` in a child Python (``prelude`` runs first, to simulate a Windows condition)."""
    child_env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    child_env.update({"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "GUANLAN_PASSWORD": DEMO_PASSWORD})
    child_env.update(env or {})
    code = f"{prelude}\nimport sys\nfrom guanlan_desk.cli import main\nsys.exit(main({list(args)!r}))\n"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, env=child_env, cwd=ROOT,
                          timeout=timeout, check=False)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo folder (its keys in the demo key file, so a child process needs no keyring)."""
    folder = tmp_path_factory.mktemp("win") / "demo"
    done = run_main("demo", "--data-dir", str(folder), "--records", "12", "--seed", "3")
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return folder


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo folder for one test."""
    dest = tmp_path / "demo"
    shutil.copytree(demo_template, dest)
    return dest
