"""Apply a verified bundle's rows inside the importer's transaction: bulk inserts, per-field merges, conflicts.

Everything here runs in the caller's write transaction; an exception anywhere rolls the whole bundle back.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import bindparam, select, text, update

from guanlan_desk.domain import hlc as hlc_mod
from guanlan_desk.domain.ids import new_id
from guanlan_desk.services import attachments, changes
from guanlan_desk.services.context import Ctx
from guanlan_desk.store import tracking
from guanlan_desk.store.crypto_types import Encrypted
from guanlan_desk.store.models import SyncConflict
from guanlan_desk.store.uow import GuanlanSession
from guanlan_desk.sync import conflicts_settled as settled
from guanlan_desk.sync import number_clashes, tables
from guanlan_desk.sync.errors import BundleInvalid
from guanlan_desk.sync.merge import Clock, merge_row
from guanlan_desk.sync.payload import AUDIT, Payload
from guanlan_desk.sync.progress import Steps
from guanlan_desk.sync.rows import ParsedRow
from guanlan_desk.sync.rows import decode_lines

_CHUNK = 500
ROWS_PER_STEP = 2000  # rows decoded, checked and applied at a time (memory stays flat for any bundle)
_ATTACHMENT_FILE = re.compile(r"^att_[0-9a-f]{64}\.bin$")
Check = Callable[[str, list[ParsedRow]], None]


@dataclass
class Applied:
    """What applying changed."""

    counts: dict[str, int] = field(default_factory=dict)
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    attachments: int = 0
    warnings: list[str] = field(default_factory=list)
    newest_hlc: str = ""


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def plan(pl: Payload, allowed: set[str]) -> list[str]:
    """The tables to apply, in order (parents first, attachments last), checked against the manifest before the
    transaction opens: every member is a counted table, an attachment file (used or refused later) or the audit
    chain; anything else is refused."""
    counts = pl.manifest.get("counts")
    if not isinstance(counts, dict) or not all(type(v) is int and v >= 0 for v in counts.values()):
        raise BundleInvalid("manifest counts")
    found: set[str] = set()
    for member in pl.members:
        if member == AUDIT or _ATTACHMENT_FILE.match(member):
            continue
        if not member.startswith("t_") or not member.endswith(".jsonl"):
            raise BundleInvalid(f"unexpected entry {member[:60]}")
        name = member[2:-6]
        if name not in allowed:
            raise BundleInvalid(f"table {name[:40]} is not accepted from this sender")
        tables.table(name)
        found.add(name)
    if set(counts) != found:
        raise BundleInvalid("manifest counts name tables the bundle does not hold")
    order = [t.name for t in tables.synced_tables() if t.name in found and t.name != "attachment"]
    return order + (["attachment"] if "attachment" in found else [])


def _table_rows(pl: Payload, name: str, version: int) -> Iterator[list[ParsedRow]]:
    """A table member's rows in chunks, checked and converted; the count must match the manifest's."""
    member = f"t_{name}.jsonl"
    total = 0
    for chunk in decode_lines(name, pl.lines(member), version, member, ROWS_PER_STEP):
        total += len(chunk)
        yield chunk
    expected = pl.manifest["counts"].get(name)
    if expected != total:
        raise BundleInvalid(f"{member}: the manifest counts {expected} rows, the file holds {total}")


def _conflict_value(t: Any, name: str, value: Any, ctx: Ctx) -> dict[str, Any]:
    column_type = t.c[name].type
    if isinstance(column_type, Encrypted) and value is not None:
        # Never plaintext personal data at rest: a conflicting phone or ID number is kept encrypted.
        blob = ctx.db.cipher.encrypt(column_type.column, str(value))
        return {"encrypted": base64.b64encode(blob).decode("ascii")}
    return {"value": tables.to_wire(value)}


def decode_conflict_value(t: Any, name: str, stored: dict[str, Any], ctx: Ctx) -> Any:
    """Reverse :func:`_conflict_value` (for the side-by-side view and resolution)."""
    if "encrypted" in stored:
        column_type = t.c[name].type
        assert isinstance(column_type, Encrypted)
        return ctx.db.cipher.decrypt(column_type.column, base64.b64decode(stored["encrypted"]))
    return tables.from_wire_value(t, name, stored.get("value"))


def _local_clocks(session: GuanlanSession, name: str, ids: list[str]) -> dict[str, dict[str, Clock]]:
    out: dict[str, dict[str, Clock]] = {}
    for chunk in _chunks(ids):
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        params: dict[str, Any] = {f"i{n}": v for n, v in enumerate(chunk)}
        params["t"] = name
        for row_id, fname, hlc, base in session.execute(text(
                f"SELECT row_id, field, hlc, base_hlc FROM sync_field_clock WHERE table_name = :t AND row_id IN ({marks})"),
                params):
            out.setdefault(row_id, {})[fname] = (hlc, base)
    return out


def apply_rows(ctx: Ctx, session: GuanlanSession, order: list[str], pl: Payload, version: int,
               bundle_sha256: str, sender: str, steps: Steps, check: Check) -> Applied:
    """Insert new rows and merge existing ones, table by table and chunk by chunk (a bundle is never held in
    memory as rows), with bulk statements; ``check`` sees every chunk before it applies and may refuse it."""
    result = Applied()
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    used_files: set[str] = set()
    for index, name in enumerate(order):
        steps.step("applying", index, len(order))
        for rows in _table_rows(pl, name, version):
            check(name, rows)
            _apply_chunk(ctx, session, name, rows, pl, bundle_sha256, sender, result)
            if name == "attachment":
                used_files.update(f"att_{row['sha256']}.bin" for row, _ in rows if row["deleted_at"] is None)
    unused = sorted(n for n in pl.members if _ATTACHMENT_FILE.match(n) and n not in used_files)
    if unused:
        raise BundleInvalid(f"entry {unused[0][:60]} is not used by the bundle")
    _receive_clock(ctx, session, result.newest_hlc)
    return result


def _apply_chunk(ctx: Ctx, session: GuanlanSession, name: str, rows: list[ParsedRow], pl: Payload,
                 bundle_sha256: str, sender: str, result: Applied) -> None:
    conn = session.connection()
    cipher = ctx.db.cipher
    t = tables.table(name)
    fields = tables.data_fields(name)
    existing: dict[Any, dict[str, Any]] = {}
    for chunk in _chunks([r["id"] for r, _ in rows]):
        for rec in conn.execute(select(t).where(t.c.id.in_(chunk))):
            existing[rec.id] = dict(rec._mapping)
    local_clocks = _local_clocks(session, name, [str(i) for i in existing])
    open_conflicts = settled.open_fields(session, name)
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    clock_rows: list[dict[str, Any]] = []
    for row, clocks in rows:
        row_id = str(row["id"])
        current = existing.get(row["id"])
        if current is None:
            tables.derive(name, row, cipher)
            inserts.append(row)
            clock_rows.extend({"t": name, "r": row_id, "f": f, "h": h, "b": b} for f, (h, b) in clocks.items())
            continue
        merged = merge_row(fields, current, local_clocks.get(row_id, {}), row, clocks)
        for c in merged.conflicts:
            _record_conflict(ctx, session, t, row_id, c.field, c.kept, c.other, c.kept_hlc, c.other_hlc,
                             bundle_sha256, sender)
            result.conflicts += 1
        if open_conflicts:
            settled.close_answered(ctx, session, name, row_id, merged, open_conflicts, sender)
        if not merged.take:
            result.unchanged += 1
            continue
        new = dict(current)
        new.update(merged.take)
        new["hlc"] = max(current["hlc"], row["hlc"])
        new["version"] = max(current["version"], row["version"])
        new["updated_at"] = max(current["updated_at"], row["updated_at"])
        tables.derive(name, new, cipher)
        updates.append(new)
        clock_rows.extend({"t": name, "r": row_id, "f": f, "h": h, "b": b} for f, (h, b) in merged.clocks.items())
    changed = len(inserts) + len(updates)
    if changed:
        seq = tracking.reserve_seq(session, changed)
        for item in [*inserts, *updates]:
            item["change_seq"] = seq
            seq += 1
        result.counts[name] = result.counts.get(name, 0) + changed
    if changed:
        changes.note(session, name)  # bulk statements bypass the flush: the views learn of them from here
    if inserts:
        _bulk_insert(conn, t, inserts)
    if updates:
        columns = [c.name for c in t.columns if c.name != "id"]
        stmt = update(t).where(t.c.id == bindparam("v_id")).values({c: bindparam(f"v_{c}") for c in columns})
        conn.execute(stmt, [{f"v_{k}": v for k, v in u.items()} for u in updates])
    if clock_rows:
        session.execute(text(
            "INSERT INTO sync_field_clock (table_name, row_id, field, hlc, base_hlc) VALUES (:t, :r, :f, :h, :b) "
            "ON CONFLICT (table_name, row_id, field) DO UPDATE SET hlc = excluded.hlc, base_hlc = excluded.base_hlc"),
            clock_rows)
    result.inserted += len(inserts)
    result.updated += len(updates)
    result.warnings.extend(number_clashes.clashes(session, t, [*inserts, *updates]))
    if name == "attachment":
        _store_attachments(ctx, [*inserts, *updates], pl, result)
    for row, clocks in rows:
        result.newest_hlc = max(result.newest_hlc, row["hlc"], *(c[0] for c in clocks.values()))


def _receive_clock(ctx: Ctx, session: GuanlanSession, newest: str) -> None:
    """Move this workstation's clock past the newest change seen, so later local edits sort after it."""
    try:
        remote = hlc_mod.Hlc.decode(newest) if newest else None
    except ValueError:
        remote = None
    if remote is None:
        return
    current = session.execute(text("SELECT text_value FROM local_state WHERE key = 'hlc'")).scalar_one()
    last = hlc_mod.Hlc.decode(current) if current else None
    if last is not None and last >= remote:
        return
    now = int(ctx.now().timestamp() * 1000)
    stamp = hlc_mod.receive(last, remote, now, ctx.db.workstation.id).encode()
    session.execute(text("UPDATE local_state SET text_value = :v WHERE key = 'hlc'"), {"v": stamp})


def _bulk_insert(conn: Any, t: Any, rows: list[dict[str, Any]]) -> None:
    """Insert through the driver's executemany with the columns' own bind processors (encryption, UUIDs, UTC
    times) applied: the Core statement machinery costs more than the insert itself for big bundles."""
    columns = list(t.columns)
    names = [c.name for c in columns]
    convert = [(i, p) for i, p in enumerate(c.type._cached_bind_processor(conn.dialect) for c in columns)
               if p is not None]
    get = itemgetter(*names)
    params: list[tuple[Any, ...]] = []
    for row in rows:
        values = list(get(row))
        for i, processor in convert:
            if values[i] is not None:
                values[i] = processor(values[i])
        params.append(tuple(values))
    sql = f"INSERT INTO {t.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
    conn.exec_driver_sql(sql, params)


def _record_conflict(ctx: Ctx, session: GuanlanSession, t: Any, row_id: str, name: str, kept: Any, other: Any,
                     kept_hlc: str, other_hlc: str, bundle_sha256: str, sender: str) -> None:
    known = session.execute(select(SyncConflict.id).where(
        SyncConflict.table_name == t.name, SyncConflict.row_id == row_id, SyncConflict.field_names == name,
        SyncConflict.other_hlc.in_([other_hlc, kept_hlc]), SyncConflict.kept_hlc.in_([other_hlc, kept_hlc]))).first()
    if known is not None:
        return  # the same clash seen again in an overlapping bundle
    other_origin = other_hlc.split("-", 2)[2] if other_hlc.count("-") >= 2 else sender
    session.add(SyncConflict(
        id=new_id(), table_name=t.name, row_id=row_id, field_names=name, kept={name: _conflict_value(t, name, kept, ctx)},
        other={name: _conflict_value(t, name, other, ctx)}, kept_hlc=kept_hlc, other_hlc=other_hlc,
        other_origin=other_origin, bundle_sha256=bundle_sha256, detected_at=ctx.now()))


def _store_attachments(ctx: Ctx, rows: list[dict[str, Any]], pl: Payload, result: Applied) -> None:
    for row in rows:
        sha = row["sha256"]
        if not attachments.is_sha256(sha):  # a hash names the stored file: never a path, never anything else
            raise BundleInvalid(f"attachment {str(row['id'])[:36]} has no valid SHA-256")
        if row["deleted_at"] is not None:
            continue
        data = pl.members.get(f"att_{sha}.bin")
        if data is None:
            if not attachments.blob_path(ctx.db, sha).exists():
                result.warnings.append(f"the file of attachment {row['filename']} was not in the bundle")
            continue
        if hashlib.sha256(data).hexdigest() != sha:
            raise BundleInvalid(f"attachment {str(row['filename'])[:40]} does not match its hash")
        # Content-addressed and re-encrypted with this workstation's key; an orphan left by a rollback is harmless.
        attachments.write_blob(ctx.db, data)
        result.attachments += 1
