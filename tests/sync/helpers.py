"""Helpers for the sync tests: database digests, direct edits, forged bundles signed with real keys."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import inspect as sa_inspect

from guanlan_desk.domain.ids import new_id
from guanlan_desk.store.engine import DB_NAME, Database
from guanlan_desk.sync import envelope, jsonsafe, payload, peers, schema
from tests.sync.conftest import Station

# Tables a refused import must leave exactly as they were (all of them).
def db_digest(db: Database) -> str:
    """A hash of every row of every table (a refused import must not change it)."""
    conn = sqlite3.connect(db.data_dir / DB_NAME)
    try:
        h = hashlib.sha256()
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for name in names:
            h.update(name.encode())
            for line in sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{name}"')):
                h.update(line.encode())
        return h.hexdigest()
    finally:
        conn.close()


def edit(station: Station, model: type, row_id: str, **values: Any) -> None:
    """Change fields of one record through the ORM (the tracking hook stamps clocks and change_seq)."""
    with station.ctx.write() as s:
        obj = s.get(model, uuid.UUID(row_id))
        assert obj is not None
        for key, value in values.items():
            setattr(obj, key, value)
        s.commit()


def get(station: Station, model: type, row_id: str) -> Any:
    """A record's column values, loaded in its own read unit."""
    with station.ctx.read() as s:
        obj = s.get(model, uuid.UUID(row_id))
        assert obj is not None
        return SimpleNamespace(**{a.key: getattr(obj, a.key) for a in sa_inspect(obj).mapper.column_attrs})


def forge(sender: Station, recipient: Station, *, members: dict[str, bytes] | None = None,
          manifest: dict[str, Any] | None = None, zip_bytes: bytes | None = None, seq: int | None = None,
          schema_version: int | None = None, kind: str = "data", since_seq: int = 0,
          prev_sha256: str | None = None) -> bytes:
    """A bundle signed and encrypted with the sender's real keys around any content (hostile-payload tests)."""
    me = sender.db.workstation
    with sender.ctx.read() as s:
        peer = peers.by_workstation(s, recipient.db.workstation.id)
        next_seq = peer.sent_seq + 1 if seq is None else seq
        box = peers.public_keys(peer).box_key()
        prev = peer.last_sent_sha256 if prev_sha256 is None else prev_sha256
    version = schema.current() if schema_version is None else schema_version
    body_manifest = {"schema_version": version, "sender": me.id, "recipient": recipient.db.workstation.id,
                     "created_at": sender.ctx.now().isoformat(), "full": False, "since_seq": since_seq, "counts": {},
                     "totals": {}, "receipt": {"seq": 0, "sha256": ""}}
    body_manifest.update(manifest or {})
    body = zip_bytes if zip_bytes is not None else payload.build(body_manifest, members or {})
    header = envelope.Header(kind=kind, bundle_id=new_id().hex, sender=me.id, sender_name=me.name,
                             recipient=recipient.db.workstation.id, seq=next_seq, since_seq=since_seq, prev_sha256=prev,
                             created_at=sender.ctx.now().isoformat(), schema_version=version)
    return envelope.seal(header, body, peers.my_keys(sender.ctx).signing, box)


def write(root: Path, name: str, data: bytes) -> Path:
    """Put bytes in a file."""
    path = root / name
    path.write_bytes(data)
    return path


__all__ = ["db_digest", "edit", "forge", "get", "jsonsafe", "write"]
