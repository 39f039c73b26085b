"""Records every call the UI makes into the services (and sync, reports, printing) on the GUI thread.

A profile hook on the GUI thread sees each call whatever way the function was imported: a call counts when
a module-level public function of ``guanlan_desk.services``/``sync``/``reports``/``printing`` is called
straight from code under ``guanlan_desk/ui``. Methods (``ctx.can``, ``ctx.today``) and DTO constructors are
not service calls; the few pure helpers the UI may call on the GUI thread are listed in ``PURE``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import guanlan_desk

ROOT = Path(guanlan_desk.__file__).resolve().parent
UI = str(ROOT / "ui") + "/"
WATCHED = tuple(str(ROOT / area) + "/" for area in ("services", "sync", "reports", "printing"))
# pure functions (no database, no files, no audit): formatting, labels and constants the widgets need
PURE = frozenset({
    "guanlan_desk.reports.statistics:table", "guanlan_desk.reports.statistics:default_scope",
    "guanlan_desk.reports.year_end:segments", "guanlan_desk.reports.year_end:html",
    "guanlan_desk.reports.year_end:plain_text",
    "guanlan_desk.services.committees:can_edit",  # the workstation's role and the user's permission, in memory
})


class GuiThreadCalls:
    """The service calls seen on the GUI thread: ``module:function  <- ui caller``."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def _hook(self, frame: FrameType, event: str, _arg: Any) -> None:
        if event != "call":
            return
        code = frame.f_code
        if not code.co_filename.startswith(WATCHED) or "." in code.co_qualname or code.co_name.startswith("_"):
            return
        caller = frame.f_back
        if caller is None or not caller.f_code.co_filename.startswith(UI):
            return
        module = str(frame.f_globals.get("__name__", ""))
        name = f"{module}:{code.co_name}"
        if name in PURE:
            return
        where = f"{Path(caller.f_code.co_filename).relative_to(ROOT).as_posix()}:{caller.f_code.co_qualname}"
        self.calls.append(f"{name}  <- {where}")

    def distinct(self) -> list[str]:
        """Each call site once, in the order first seen."""
        return list(dict.fromkeys(self.calls))

    @contextmanager
    def recording(self) -> Iterator[GuiThreadCalls]:
        """Record on the current (GUI) thread while the block runs."""
        previous = sys.getprofile()
        sys.setprofile(self._hook)
        try:
            yield self
        finally:
            sys.setprofile(previous)
