"""Three workstations in temporary folders (two communities and the street office), enrolled with each other."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from guanlan_desk.domain.enums import Role, WorkstationRole
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.engine import Database
from guanlan_desk.sync import enrolment, peers
from guanlan_desk.sync.exporter import ExportResult, export_bundles
from guanlan_desk.sync.importer import ImportResult, import_path
from tests.conftest import FakeClock, Template, _make_template, actor, open_copy
from tests.helpers.keyring_memory import MemoryKeyring


@pytest.fixture(scope="session")
def kk_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return _make_template(tmp_path_factory.mktemp("tpl") / "kk", WorkstationRole.COMMUNITY, "KK")


@dataclass
class Station:
    """One workstation: its database, an admin context and its outbox folder."""

    db: Database
    ctx: Ctx
    outbox: Path

    def export(self, *, peer: str | None = None, full: bool = False) -> tuple[ExportResult, ...]:
        return export_bundles(self.ctx, self.outbox, peer=peer, full=full)

    def take(self, path: Path) -> tuple[ImportResult, ...]:
        return import_path(self.ctx, path)


@dataclass
class Trio:
    """观城 (GC) and 库坑 (KK) community workstations and the street office, enrolled."""

    gc: Station
    kk: Station
    office: Station
    clock: FakeClock
    root: Path


def _station(template: Template, root: Path, name: str, keyring: MemoryKeyring, clock: FakeClock, role: Role) -> Station:
    db = open_copy(template, root / name, keyring, clock)
    outbox = root / f"{name}-out"
    outbox.mkdir()
    return Station(db, Ctx(db, actor(role, "admin")), outbox)


def enrol(office: Station, community: Station, code: str, root: Path) -> None:
    """The whole enrolment handshake through files."""
    invite = root / f"invite-{code}"
    invite.mkdir()
    made = enrolment.create_enrolment(office.ctx, community_code=code, folder=invite)
    answer = root / f"answer-{code}"
    answer.mkdir()
    got = enrolment.import_enrolment(community.ctx, Path(made.path), answer_to=answer, confirm=made.fingerprint)
    assert got.fingerprint == made.fingerprint
    back = enrolment.import_answer(office.ctx, Path(got.answer_path), confirm=peers.my_keys(community.ctx).public.fingerprint)
    assert back.community_code == code


@pytest.fixture
def trio(community_template: Template, kk_template: Template, office_template: Template, tmp_path: Path,
         memory_keyring: MemoryKeyring, clock: FakeClock) -> Iterator[Trio]:
    office = _station(office_template, tmp_path, "office", memory_keyring, clock, Role.OFFICE_ADMIN)
    gc = _station(community_template, tmp_path, "gc", memory_keyring, clock, Role.ADMIN)
    kk = _station(kk_template, tmp_path, "kk", memory_keyring, clock, Role.ADMIN)
    enrol(office, gc, "GC", tmp_path)
    enrol(office, kk, "KK", tmp_path)
    try:
        yield Trio(gc, kk, office, clock, tmp_path)
    finally:
        for s in (gc, kk, office):
            s.db.close()
