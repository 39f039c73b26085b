"""The audit chain head travels in every bundle: a community log cut back behind what the office saw is found
at the community (``audit verify``) and at the office (the next bundle's head went back)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from guanlan_desk.services import audit
from guanlan_desk.store.engine import DB_NAME
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Station, Trio


def _cut_back(station: Station, to_seq: int, head: tuple[int, str]) -> None:
    """An attacker with the file: drop the guards, delete the newest rows, put back an older (valid) head."""
    station.db.engine.dispose()
    conn = sqlite3.connect(station.db.data_dir / DB_NAME, isolation_level=None)
    conn.execute("DROP TRIGGER audit_event_no_delete")
    conn.execute("DELETE FROM audit_event WHERE seq > ?", (to_seq,))
    conn.execute("UPDATE local_state SET int_value = ?, text_value = ? WHERE key = 'audit_head'", head)
    conn.close()


def _head(station: Station) -> tuple[int, str]:
    conn = sqlite3.connect(station.db.data_dir / DB_NAME)
    try:
        row = conn.execute("SELECT int_value, text_value FROM local_state WHERE key = 'audit_head'").fetchone()
        return int(row[0]), str(row[1])
    finally:
        conn.close()


def test_a_log_cut_back_behind_what_the_office_saw_fails_verify_and_warns_the_office(trio: Trio) -> None:
    old_head = _head(trio.gc)
    new_case(trio.gc.ctx)
    [sent] = trio.gc.export()
    assert not trio.office.take(Path(sent.path))[0].warnings
    [back] = trio.office.export(peer="GC")  # carries what the office saw of GC's log
    trio.gc.take(Path(back.path))
    assert audit.verify(trio.gc.ctx).ok

    _cut_back(trio.gc, old_head[0], old_head)
    result = audit.verify(trio.gc.ctx)
    assert not result.ok and "already received it up to row" in result.problem

    new_case(trio.gc.ctx, a="赵六")  # the cut log goes on; its next bundle announces a head that went back
    [again] = trio.gc.export(full=True)
    [imported] = trio.office.take(Path(again.path))
    assert any("rows were removed" in w or "audit log" in w for w in imported.warnings), imported.warnings
