"""The sender's audit chain travels with its bundles; the receiver keeps a copy and checks every link.

The receiver cannot recompute the sender's MACs (their key never leaves the sender), but it can check that
sequence numbers have no gaps, that each row's ``prev_hash`` is the previous row's hash, and that rows it
already holds arrive unchanged: an edited or removed row at the sender shows up as a broken link here.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select

from guanlan_desk.services import audit
from guanlan_desk.services.audit import GENESIS
from guanlan_desk.store.models import LocalState, PeerAuditEvent
from guanlan_desk.store.uow import GuanlanSession
from guanlan_desk.sync import payload
from guanlan_desk.sync.errors import BundleInvalid

_FIELDS: dict[str, type] = {"seq": int, "at": str, "username": str, "action": str, "entity": str, "entity_id": str,
                            "detail": dict, "prev_hash": str, "hash": str}


def parse(data: bytes | bytearray | None) -> list[dict[str, Any]]:
    """Check the shape of ``audit.jsonl``."""
    if data is None:
        return []
    events = payload.jsonl(data, "audit.jsonl")
    for event in events:
        if not isinstance(event, dict) or set(event) != set(_FIELDS):
            raise BundleInvalid("audit.jsonl: a line is not an audit event")
        for name, kind in _FIELDS.items():
            if type(event[name]) is not kind or (kind is str and len(event[name]) > 200):
                raise BundleInvalid(f"audit.jsonl: wrong type of {name}")
    events.sort(key=lambda e: int(e["seq"]))
    return events


def store(session: GuanlanSession, origin: str, sender_name: str, events: list[dict[str, Any]]) -> list[str]:
    """Verify the links and keep the new rows; returns problems found (empty when the chain is intact)."""
    if not events:
        return []
    low, high = int(events[0]["seq"]), int(events[-1]["seq"])
    held = {seq: (prev, h) for seq, prev, h in session.execute(
        select(PeerAuditEvent.seq, PeerAuditEvent.prev_hash, PeerAuditEvent.hash).where(
            PeerAuditEvent.origin == origin, PeerAuditEvent.seq.between(low - 1, high)))}
    expected: str | None = GENESIS if low == 1 else (held[low - 1][1] if low - 1 in held else None)
    fresh: list[dict[str, Any]] = []
    previous_seq = low - 1
    for event in events:
        seq = int(event["seq"])
        if seq != previous_seq + 1:
            return [f"the audit log of {sender_name} skips from row {previous_seq} to row {seq}"]
        previous_seq = seq
        if seq in held:
            if held[seq] != (event["prev_hash"], event["hash"]):
                return [f"row {seq} of the audit log of {sender_name} differs from the copy received before"]
        elif expected is not None and event["prev_hash"] != expected:
            return [f"row {seq} of the audit log of {sender_name} does not follow row {seq - 1}"]
        else:
            fresh.append({"origin": origin, **event})
        expected = str(event["hash"])
    if fresh:
        session.execute(insert(PeerAuditEvent), fresh)
    return []


# -- chain heads in manifests: what the sender's log holds, and what the receiver last saw of it ----------------

PEER_HEAD_PREFIX = "peer_audit_head:"  # the newest head a peer's bundles announced (kept per peer)


def manifest_heads(session: GuanlanSession, recipient: str) -> dict[str, Any]:
    """Manifest entries: this log's head, and the head of ``recipient``'s log as this workstation last saw it."""
    head = audit.table_head(session)
    seen = session.get(LocalState, PEER_HEAD_PREFIX + recipient)
    return {"audit_head": {"seq": head.seq, "hash": head.hash} if head else {"seq": 0, "hash": GENESIS},
            "seen_audit_head": {"seq": int(seen.int_value), "hash": seen.text_value} if seen else None}


def _head(value: Any) -> audit.Head | None:
    if not isinstance(value, dict) or type(value.get("seq")) is not int or not isinstance(value.get("hash"), str):
        return None
    if value["seq"] < 0 or len(value["hash"]) != 64:
        return None
    return audit.Head(int(value["seq"]), str(value["hash"]))


def _keep(session: GuanlanSession, key: str, head: audit.Head) -> None:
    row = session.get(LocalState, key)
    if row is None:
        session.add(LocalState(key=key, int_value=head.seq, text_value=head.hash))
    else:
        row.int_value, row.text_value = head.seq, head.hash


def note_heads(session: GuanlanSession, sender: str, sender_name: str, manifest: dict[str, Any]) -> list[str]:
    """Keep the sender's announced head (warn when it went back), and what the sender last saw of this log."""
    problems: list[str] = []
    theirs = _head(manifest.get("audit_head"))
    if theirs is not None:
        before = session.get(LocalState, PEER_HEAD_PREFIX + sender)
        if before is not None and theirs.seq < int(before.int_value):
            problems.append(f"the audit log of {sender_name} ends at row {theirs.seq}, but it already reached row "
                            f"{before.int_value} in an earlier bundle: rows were removed")
        else:
            _keep(session, PEER_HEAD_PREFIX + sender, theirs)
    mine = _head(manifest.get("seen_audit_head"))
    if mine is not None and mine.seq > 0:
        before = session.get(LocalState, audit.SEEN_PREFIX + sender)
        if before is None or mine.seq >= int(before.int_value):
            _keep(session, audit.SEEN_PREFIX + sender, mine)
    return problems
