"""The audit chain detects an edited, deleted or inserted row; sensitive values never enter it."""

from __future__ import annotations

import sqlite3

import pytest

from guanlan_desk.domain.enums import AuditAction
from guanlan_desk.services import audit
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.errors import PermissionDenied


def write_events(ctx: Ctx, n: int) -> None:
    with ctx.write() as session:
        for i in range(n):
            audit.record(session, ctx, AuditAction.PRINT, "dispute", f"d{i}", {"document": "notice", "i": i})
        session.commit()


def raw(ctx: Ctx, *, drop_guards: bool = True) -> sqlite3.Connection:
    """The database file opened directly, as an attacker with the file would (who first drops the triggers)."""
    ctx.db.engine.dispose()
    conn = sqlite3.connect(ctx.db.data_dir / "guanlan.db", isolation_level=None)
    if drop_guards:
        conn.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        conn.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    return conn


@pytest.mark.parametrize("statement", ["UPDATE audit_event SET username = 'mallory'", "DELETE FROM audit_event",
                                       "DELETE FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)"])
def test_the_table_refuses_update_and_delete(admin: Ctx, statement: str) -> None:
    write_events(admin, 3)
    conn = raw(admin, drop_guards=False)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(statement)
    conn.close()
    assert audit.verify(admin).ok


@pytest.mark.parametrize("rows", [1, 3, "all"])
def test_removing_the_newest_rows_or_all_of_them_is_found(admin: Ctx, rows: int | str) -> None:
    write_events(admin, 5)
    conn = raw(admin)
    if rows == "all":
        conn.execute("DELETE FROM audit_event")
    else:
        conn.execute("DELETE FROM audit_event WHERE seq > (SELECT max(seq) FROM audit_event) - ?", (rows,))
    conn.close()
    result = audit.verify(admin)
    assert not result.ok and "newest rows were removed" in result.problem


def test_a_removed_or_rewound_head_is_found(admin: Ctx) -> None:
    write_events(admin, 2)
    conn = raw(admin)
    old = conn.execute("SELECT int_value, text_value FROM local_state WHERE key = 'audit_head'").fetchone()
    conn.close()
    write_events(admin, 2)
    conn = raw(admin)
    conn.execute("DELETE FROM audit_event WHERE seq > ?", (old[0],))
    conn.execute("UPDATE local_state SET int_value = ?, text_value = ? WHERE key = 'audit_head'", old)
    conn.close()
    assert audit.verify(admin).ok  # a replayed older head and a matching cut: only a peer's copy can tell
    conn = raw(admin)
    conn.execute("UPDATE local_state SET int_value = int_value + 1 WHERE key = 'audit_head'")
    conn.close()
    assert "altered" in audit.verify(admin).problem
    conn = raw(admin)
    conn.execute("DELETE FROM local_state WHERE key = 'audit_head'")
    conn.close()
    assert "missing" in audit.verify(admin).problem


def test_an_intact_chain_verifies(admin: Ctx) -> None:
    write_events(admin, 5)
    result = audit.verify(admin)
    assert result.ok and result.checked >= 5


@pytest.mark.parametrize("column,value", [("username", "mallory"), ("detail", '{"document":"other"}'),
                                          ("action", "update"), ("at", "2020-01-01 00:00:00.000000")])
def test_an_edited_row_is_found(admin: Ctx, column: str, value: str) -> None:
    write_events(admin, 5)
    conn = raw(admin)
    target = conn.execute("SELECT max(seq) - 2 FROM audit_event").fetchone()[0]
    conn.execute(f"UPDATE audit_event SET {column} = ? WHERE seq = ?", (value, target))
    conn.close()
    result = audit.verify(admin)
    assert not result.ok and result.first_bad_seq == target


def test_a_deleted_row_is_found(admin: Ctx) -> None:
    write_events(admin, 5)
    conn = raw(admin)
    target = conn.execute("SELECT max(seq) - 1 FROM audit_event").fetchone()[0]
    conn.execute("DELETE FROM audit_event WHERE seq = ?", (target,))
    conn.close()
    result = audit.verify(admin)
    assert not result.ok and "missing" in result.problem


def test_a_rehashed_forgery_is_found(admin: Ctx) -> None:
    """Recomputing plain SHA-256 hashes does not help a forger: the chain is keyed (HMAC)."""
    import hashlib

    write_events(admin, 3)
    conn = raw(admin)
    seq = conn.execute("SELECT max(seq) FROM audit_event").fetchone()[0]
    conn.execute("UPDATE audit_event SET username = 'mallory', hash = ? WHERE seq = ?",
                 (hashlib.sha256(b"forged").hexdigest(), seq))
    conn.close()
    assert not audit.verify(admin).ok


def test_only_auditors_verify(mediator: Ctx) -> None:
    with pytest.raises(PermissionDenied):
        audit.verify(mediator)


def test_prints_and_exports_register_hash_count_and_destination(admin: Ctx, viewer: Ctx) -> None:
    import hashlib

    pdf = b"%PDF-1.4 notice"
    digest = audit.record_output(admin, AuditAction.PRINT, what="notice_to_attend", entity_id="d1", content=pdf,
                                 count=2, destination="printer HP-M1136")
    assert digest == hashlib.sha256(pdf).hexdigest()
    event = audit.recent(admin, limit=1)[0]
    assert event.action == "print" and event.detail["records"] == 2
    assert event.detail["destination"] == "printer HP-M1136" and event.detail["sha256"] == digest
    with pytest.raises(PermissionDenied):
        audit.record_output(viewer, AuditAction.EXPORT, what="bundle", content=pdf, count=1, destination="E:/")
    assert audit.verify(admin).ok
