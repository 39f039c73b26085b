"""The self-test's Windows-readiness checks fail when what they check is missing."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from guanlan_desk import selftest
from guanlan_desk.domain import localtime
from guanlan_desk.ui import selfcheck

WS = selftest.Workspace(Path("/nonexistent"))


def _checks(*names: str) -> list[selftest.Check]:
    return [c for c in selftest.CHECKS if c.name in names]


def test_the_new_checks_are_part_of_the_self_test() -> None:
    assert len(_checks("Qt modules", "translation", "time zone", "console")) == 4


def test_a_missing_translation_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selfcheck, "catalog_path", lambda language: str(tmp_path / "missing.qm"))
    with pytest.raises(FileNotFoundError):
        selftest.check_translation(WS)
    (tmp_path / "missing.qm").write_bytes(b"not a qm file")
    with pytest.raises(FileNotFoundError):
        selftest.check_translation(WS)


def test_a_missing_qt_module_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selfcheck, "QT_MODULES", ("QtWidgets", "QtNoSuchModule"))
    with pytest.raises(ModuleNotFoundError):
        selftest.check_qt_modules(WS)


def test_the_fixed_offset_fallback_fails_the_time_zone_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(localtime, "LOCAL_TZ", localtime.UTC_PLUS_8)
    with pytest.raises(selftest.SelfTestFailure, match="fallback"):
        selftest.check_time_zone(WS)


def test_a_frozen_build_without_utf8_mode_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    if not sys.flags.utf8_mode:
        with pytest.raises(selftest.SelfTestFailure, match="UTF-8 mode"):
            selftest.check_console(WS)
    monkeypatch.setattr(sys, "frozen", False)
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="cp1252"))
    with pytest.raises(selftest.SelfTestFailure, match="cp1252"):
        selftest.check_console(WS)
