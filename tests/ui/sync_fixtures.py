"""Two workstations for the sync page tests: the 观城 community (GC) and the street office, each with a session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from guanlan_desk.domain.enums import RiskCategory, Role
from guanlan_desk.services import risks
from guanlan_desk.ui.session import AppSession
from tests.conftest import FakeClock, Template
from tests.helpers.keyring_memory import MemoryKeyring
from tests.sync.conftest import Station, _station, enrol

SCREENS = Path("/work/screens/ui-sync")


@dataclass
class Side:
    """One workstation with its app session and the folder its bundles go to."""

    station: Station
    session: AppSession
    folder: Path


@dataclass
class Pair:
    """A community workstation and the street office (enrolled with each other, or not yet)."""

    gc: Side
    office: Side
    clock: FakeClock
    root: Path


def _side(station: Station, root: Path, name: str) -> Side:
    settings = QSettings(os.path.join(str(root), f"{name}.ini"), QSettings.Format.IniFormat)
    folder = root / f"{name}-stick"
    folder.mkdir()
    return Side(station, AppSession(station.db, station.ctx.actor, settings), folder)


def _pair(community_template: Template, office_template: Template, root: Path, keyring: MemoryKeyring,
          clock: FakeClock, enrolled: bool) -> Pair:
    office = _station(office_template, root, "office", keyring, clock, Role.OFFICE_ADMIN)
    gc = _station(community_template, root, "gc", keyring, clock, Role.ADMIN)
    if enrolled:
        enrol(office, gc, "GC", root)
    return Pair(_side(gc, root, "gc"), _side(office, root, "office"), clock, root)


@pytest.fixture
def pair(community_template: Template, office_template: Template, tmp_path: Path, memory_keyring: MemoryKeyring,
         clock: FakeClock) -> Iterator[Pair]:
    """GC and the office, enrolled through the enrolment files."""
    made = _pair(community_template, office_template, tmp_path, memory_keyring, clock, True)
    try:
        yield made
    finally:
        for side in (made.gc, made.office):
            side.session.settings.clear()
            side.station.db.close()


@pytest.fixture
def strangers(community_template: Template, office_template: Template, tmp_path: Path,
              memory_keyring: MemoryKeyring, clock: FakeClock) -> Iterator[Pair]:
    """GC and the office before enrolment."""
    made = _pair(community_template, office_template, tmp_path, memory_keyring, clock, False)
    try:
        yield made
    finally:
        for side in (made.gc, made.office):
            side.session.settings.clear()
            side.station.db.close()


def report_risk(side: Side, title: str = "观城工业区出租屋消防通道堵塞") -> str:
    """A risk item reported at ``side``; returns its id."""
    return risks.report_risk(side.station.ctx, risks.RiskInput(
        category=RiskCategory.SAFETY, title=title, level="yellow", found_on=date(2026, 3, 2))).id
