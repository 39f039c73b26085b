"""Who may act: every sync command logs in and is audited under the real user; enrolment is confirmed by a
person; a second office is refused unless an administrator replaces the first."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from guanlan_desk import cli
from guanlan_desk.domain.enums import Role, WorkstationRole
from guanlan_desk.services import accounts
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.services.errors import PermissionDenied
from guanlan_desk.services.setup import set_up_workstation
from tests.conftest import TEST_COMMUNITIES
from guanlan_desk.store.models import AuditEvent
from guanlan_desk.sync import enrolment, peers, status
from guanlan_desk.sync.errors import EnrolmentNotConfirmed, EnrolmentRefused, UnknownSender
from tests.conftest import ADMIN_PASSWORD
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Station, Trio
from tests.sync.helpers import db_digest


def _rogue_office(trio: Trio) -> Station:
    made = set_up_workstation(trio.root / "rogue", role=WorkstationRole.OFFICE, community_code="GLJD",
                              name="假街道", admin_username="admin", admin_name="x", admin_password=ADMIN_PASSWORD,
                              communities=TEST_COMMUNITIES)
    outbox = trio.root / "rogue-out"
    outbox.mkdir()
    return Station(made.db, Ctx(made.db, Actor.system(Role.OFFICE_ADMIN)), outbox)


def test_a_rogue_enrolment_needs_a_person_and_an_admin_replacing_the_office(trio: Trio) -> None:
    rogue = _rogue_office(trio)
    try:
        folder = trio.root / "rogue-invite"
        folder.mkdir()
        made = enrolment.create_enrolment(rogue.ctx, community_code="GC", folder=folder)
        before = db_digest(trio.gc.db)
        with pytest.raises(EnrolmentNotConfirmed) as told:  # nobody compared the fingerprint
            enrolment.import_enrolment(trio.gc.ctx, Path(made.path), answer_to=folder, confirm="")
        assert made.fingerprint in told.value.render() and "假街道" in told.value.render()
        with pytest.raises(EnrolmentNotConfirmed):  # a wrong fingerprint is no confirmation
            enrolment.import_enrolment(trio.gc.ctx, Path(made.path), answer_to=folder,
                                       confirm=status.sync_overview(trio.office.ctx).fingerprint)
        with pytest.raises(EnrolmentRefused, match="another office"):  # confirmed, but GC has an office
            enrolment.import_enrolment(trio.gc.ctx, Path(made.path), answer_to=folder, confirm=made.fingerprint)
        assert db_digest(trio.gc.db) == before
        mediator = Ctx(trio.gc.db, Actor(trio.gc.ctx.actor.user_id, "m", "m", Role.MEDIATOR))
        with pytest.raises(PermissionDenied):
            enrolment.import_enrolment(mediator, Path(made.path), answer_to=folder, confirm=made.fingerprint,
                                       replace=True)
        assert db_digest(trio.gc.db) == before
        # An administrator replaces the office on purpose: the old one is revoked and audited.
        enrolment.import_enrolment(trio.gc.ctx, Path(made.path), answer_to=folder, confirm=made.fingerprint,
                                   replace=True)
        with trio.gc.ctx.read() as session:
            old = session.execute(select(peers.SyncPeer).where(
                peers.SyncPeer.workstation_id == trio.office.db.workstation.id)).scalar_one()
            assert old.role == peers.REVOKED
            revoked = session.execute(select(AuditEvent).where(AuditEvent.entity == "sync_peer")).scalar_one()
            assert revoked.username == "admin" and revoked.detail["event"] == "office replaced and revoked"
        [bundle] = trio.office.export(peer="GC")
        with pytest.raises(UnknownSender):  # the revoked office's bundles are no longer taken
            trio.gc.take(Path(bundle.path))
    finally:
        rogue.db.close()


def test_the_revoked_peer_is_unknown(trio: Trio) -> None:
    with trio.gc.ctx.write() as session:
        office = peers.by_workstation(session, trio.office.db.workstation.id)
        office.role = peers.REVOKED
        session.commit()
    with trio.gc.ctx.read() as session, pytest.raises(UnknownSender):
        peers.by_workstation(session, trio.office.db.workstation.id)


@pytest.mark.parametrize("command", [
    ["export", "--full", "--to", "{out}"], ["import", "{out}"], ["sync-status"],
    ["enrol", "import", "{out}/x.glenrol", "--answer-to", "{out}"]])
def test_every_sync_command_logs_in(trio: Trio, command: list[str], monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    new_case(trio.gc.ctx)
    out = trio.root / "stick"
    out.mkdir()
    args = [part.format(out=out) for part in command] + ["--data-dir", str(trio.gc.db.data_dir)]
    monkeypatch.delenv(cli.PASSWORD_ENV, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal to ask in
    assert cli.main(args) == cli.EXIT_USER_ERROR
    assert "No password given" in capsys.readouterr().err
    monkeypatch.setenv(cli.PASSWORD_ENV, "not-the-password1")
    assert cli.main(args) == cli.EXIT_USER_ERROR
    assert "Wrong user name or password" in capsys.readouterr().err
    assert not list(out.iterdir())  # nothing left the workstation


def test_export_full_needs_the_permission_and_is_audited_under_the_user(trio: Trio, monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    new_case(trio.gc.ctx)
    accounts.add_user(trio.gc.ctx, username="chen", display_name="陈志强", role=Role.MEDIATOR, password="Mediator2026")
    out = trio.root / "stick"
    out.mkdir()
    gc_dir = str(trio.gc.db.data_dir)
    monkeypatch.setenv(cli.PASSWORD_ENV, "Mediator2026")
    assert cli.main(["export", "--full", "--to", str(out), "--user", "chen", "--data-dir", gc_dir]) == 2
    assert "does not allow" in capsys.readouterr().err and not list(out.iterdir())
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)
    assert cli.main(["export", "--full", "--to", str(out), "--data-dir", gc_dir]) == 0
    with trio.gc.ctx.read() as session:
        names = set(session.scalars(select(AuditEvent.username).where(AuditEvent.action == "export",
                                                                        AuditEvent.entity == "bundle")))
    assert names == {"admin"}
