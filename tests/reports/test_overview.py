"""The office overview: each community's last bundle, its age and gaps, conflicts and overdue work; stale flagged."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import update

from guanlan_desk.domain.enums import Role
from guanlan_desk.reports import overview
from guanlan_desk.reports.settings import ReportSettings
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.engine import Database
from guanlan_desk.store.models import Dispute, FollowUp, ImportLog, SyncConflict, SyncPeer
from tests.conftest import actor
from tests.reports.fixture import _id, seed

GC_WS, KK_WS = str(uuid.uuid4()), str(uuid.uuid4())


@pytest.fixture
def office(office_db: Database) -> Ctx:
    ctx = Ctx(office_db, actor(Role.OFFICE_ADMIN, "admin"))
    seed(ctx)
    now = ctx.now()
    with ctx.write() as session:
        for ws, code in ((GC_WS, "GC"), (KK_WS, "KK")):
            session.add(SyncPeer(workstation_id=ws, role="community", community_code=code, name=f"{code} 1号机",
                                 enrolled_at=now - timedelta(days=60), last_bundle_seq=3))
        for seq, days in ((1, 20), (2, 10), (3, 1)):
            session.add(ImportLog(bundle_sha256=f"gc{seq}".ljust(64, "0"), sender=GC_WS, seq=seq,
                                  imported_at=now - timedelta(days=days), counts={}, status="applied"))
        session.add(ImportLog(bundle_sha256="kk1".ljust(64, "0"), sender=KK_WS, seq=1,
                              imported_at=now - timedelta(days=10), counts={}, status="applied"))
        session.add(SyncConflict(table_name="dispute", row_id=str(_id("G1")), kept={}, other={}, kept_hlc="a",
                                 other_hlc="b", other_origin=GC_WS, bundle_sha256="x" * 64, detected_at=now))
        session.execute(update(Dispute).where(Dispute.id == _id("G4")).values(mediation_due=date(2026, 3, 1)))
        session.add(FollowUp(dispute_id=_id("G1"), due_on=date(2026, 3, 1)))
        session.add(FollowUp(dispute_id=_id("K2"), due_on=date(2026, 3, 20)))
        session.commit()
    return ctx


def test_each_community_s_health_and_the_stale_ones(office: Ctx) -> None:
    view = overview.office_overview(office, ReportSettings(bundle_max_age_days=7), {KK_WS: (2, 4)})
    lines = {line.code: line for line in view.lines}
    gc, kk, df = lines["GC"], lines["KK"], lines["DF"]
    assert (gc.last_bundle_seq, round(gc.age_days or 0, 3), gc.stale) == (3, 1.0, False)
    assert (gc.conflicts, gc.open_disputes, gc.follow_ups_due, gc.overdue_risks, gc.past_deadline) == (1, 3, 1, 1, 1)
    assert (kk.last_bundle_seq, round(kk.age_days or 0, 3), kk.gap, kk.stale) == (1, 10.0, (2, 4), True)
    assert (kk.follow_ups_due, kk.open_disputes) == (0, 0)  # K2's follow-up is not due yet
    assert (df.enrolled, df.last_bundle_at, df.stale, df.open_disputes) == (False, None, True, 2)
    assert {line.code for line in view.stale} == set(lines) - {"GC"}
    assert view.lines[0].attention >= view.lines[-1].attention
    relaxed = overview.office_overview(office, ReportSettings(bundle_max_age_days=30))
    assert not {line.code: line for line in relaxed.lines}["KK"].stale
