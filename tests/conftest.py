"""Shared fixtures: an in-memory keyring, a fake clock, and a real SQLite data folder per test.

The data folder is copied from a template set up once per session (Anki's pattern), never ``:memory:``.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import base64
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import keyring
import pytest

from guanlan_desk.domain.enums import Role, WorkstationRole
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.services.reference import GUANLAN_COMMUNITIES
from guanlan_desk.store.crypto import KEYRING_SERVICE
from guanlan_desk.store.engine import Database, open_database
from tests.helpers.keyring_memory import MemoryKeyring

ADMIN_PASSWORD = "Admin12345"
LONG_ENV = "GUANLAN_LONG"


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--long``: the reliability loops at nightly strength (also ``GUANLAN_LONG=1``)."""
    parser.addoption("--long", action="store_true", default=False,
                     help="run the crash, fuzz and fault loops at nightly strength")


@pytest.fixture(scope="session")
def long_mode(request: pytest.FixtureRequest) -> bool:
    """Whether the loops run their long (nightly) counts."""
    return bool(request.config.getoption("--long")) or os.environ.get(LONG_ENV) == "1"


class FakeClock:
    """A settable UTC clock."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keyring; the OS store is never touched."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def data_dir_pointer(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The "switch to the restored folder" pointer lives in a temporary folder, never the user's config."""
    from guanlan_desk import paths

    pointer = tmp_path_factory.mktemp("config") / "data-folder.txt"
    monkeypatch.setattr(paths, "_pointer_file", lambda: pointer)
    return pointer


@dataclass
class Template:
    path: Path
    workstation_id: str
    master_b64: str
    recovery_code: str
    device_b64: str  # this "computer's" keyring entry: every password slot of the template needs it


# The seeded list plus a fixture community the tests have always used (GC, 观城社区: a 观湖 community in reality,
# kept here only as test data); the app's own seed is reference.GUANLAN_COMMUNITIES.
TEST_COMMUNITIES = (*GUANLAN_COMMUNITIES, ("GC", "观城社区", "观城"))


def _make_template(root: Path, role: WorkstationRole, community: str) -> Template:
    from guanlan_desk.services.setup import set_up_workstation

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        result = set_up_workstation(
            root, role=role, community_code=community, name=f"{community} 1号机", admin_username="admin",
            admin_name="管理员", admin_password=ADMIN_PASSWORD, communities=TEST_COMMUNITIES,
        )
        ws_id = result.db.workstation.id
        master_b64 = base64.b64encode(result.db.master_key).decode()
        result.db.close()
    finally:
        keyring.set_keyring(previous)
    return Template(root, ws_id, master_b64, result.recovery_code, backend.store[(KEYRING_SERVICE, f"{ws_id}:device")])


@pytest.fixture(scope="session")
def community_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return _make_template(tmp_path_factory.mktemp("tpl") / "community", WorkstationRole.COMMUNITY, "GC")


@pytest.fixture(scope="session")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return _make_template(tmp_path_factory.mktemp("tpl") / "office", WorkstationRole.OFFICE, "GLJD")


@pytest.fixture
def clock() -> FakeClock:
    # 10:00 in Shenzhen on a Wednesday.
    return FakeClock(datetime(2026, 3, 4, 2, 0, tzinfo=timezone.utc))


def open_copy(template: Template, dest: Path, backend: MemoryKeyring, clock: FakeClock) -> Database:
    """Copy a template folder onto this "computer" (its device secret in ``backend``) and open it unlocked."""
    shutil.copytree(template.path, dest)
    backend.set_password(KEYRING_SERVICE, f"{template.workstation_id}:device", template.device_b64)
    return open_database(dest, clock=clock, master_key=base64.b64decode(template.master_b64))


@pytest.fixture
def db(community_template: Template, tmp_path: Path, memory_keyring: MemoryKeyring, clock: FakeClock) -> Iterator[Database]:
    """A community workstation's data folder (GC, 观城社区) with an admin user."""
    database = open_copy(community_template, tmp_path / "data", memory_keyring, clock)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def office_db(office_template: Template, tmp_path: Path, memory_keyring: MemoryKeyring, clock: FakeClock) -> Iterator[Database]:
    """The street office's data folder."""
    database = open_copy(office_template, tmp_path / "office", memory_keyring, clock)
    try:
        yield database
    finally:
        database.close()


def actor(role: Role, username: str | None = None) -> Actor:
    """An actor with ``role`` (services check roles, not user rows)."""
    name = username or role.value
    return Actor(f"00000000-0000-0000-0000-{abs(hash(name)) % 10**12:012d}", name, name, role)


@pytest.fixture
def admin(db: Database) -> Ctx:
    return Ctx(db, actor(Role.ADMIN, "admin"))


@pytest.fixture
def mediator(db: Database) -> Ctx:
    return Ctx(db, actor(Role.MEDIATOR, "mediator1"))


@pytest.fixture
def viewer(db: Database) -> Ctx:
    return Ctx(db, actor(Role.VIEWER, "viewer1"))


@pytest.fixture
def grid_officer(db: Database) -> Ctx:
    return Ctx(db, actor(Role.GRID_OFFICER, "grid1"))


__all__ = ["ADMIN_PASSWORD", "FakeClock", "Template", "actor", "base64", "open_copy"]
