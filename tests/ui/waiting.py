"""Waiting for the UI's background calls (reads and writes run off the GUI thread)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from guanlan_desk.ui import ops


def settle(qtbot: QtBot, timeout: int = 10000) -> None:
    """Wait until every background call has come back and its callbacks (and the calls they start) ran."""
    qtbot.waitUntil(lambda: not ops.busy(), timeout=timeout)
