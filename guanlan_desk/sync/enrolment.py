"""Enrolment: the office invites a community workstation, the workstation answers with its public keys.

1. The office creates an enrolment file per community workstation: its own public keys, the community's
   code and name, and the reference data (communities, grids, venues). A pending peer waits for the answer.
2. The community workstation imports it (it must belong to that community), takes the reference data and
   writes an answer file with its own public keys.
3. The office imports the answer; from then on bundles flow both ways. Both screens show the fingerprints
   so a person can compare them (by phone, on paper): the files are signed but nobody vouches for the keys,
   so steps 2 and 3 take effect only with the fingerprint confirmed by that person. A community workstation
   has one office; a second one is refused unless an administrator replaces the first (which is revoked).
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nacl.signing import VerifyKey
from sqlalchemy import select

from guanlan_desk import fileops
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain.enums import AuditAction
from guanlan_desk.domain.ids import new_id
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit, reference
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import Community, SyncPeer
from guanlan_desk.sync import apply, envelope, payload, peers, rows, schema, tables, workstation_numbers
from guanlan_desk.sync.errors import BundleDamaged, EnrolmentNotConfirmed, EnrolmentRefused
from guanlan_desk.sync.exporter import field_clocks, fsync_dir
from guanlan_desk.sync.keys import PublicKeys, valid_public_key
from guanlan_desk.sync.progress import Steps

ENROL_SUFFIX = ".glenrol"
ANSWER_SUFFIX = ".glanswer"
_REFERENCE = ("community", "grid", "venue")


@dataclass(frozen=True, slots=True)
class EnrolmentFile:
    """A file written for the other side, and the fingerprint to read out to its person."""

    path: str
    community_code: str
    fingerprint: str


@dataclass(frozen=True, slots=True)
class EnrolledPeer:
    """The peer an enrolment step registered, with its fingerprint for comparison."""

    workstation_id: str
    name: str
    community_code: str
    fingerprint: str
    answer_path: str = ""


@dataclass(frozen=True, slots=True)
class _Named:
    code: str
    name: str


def _write(folder: Path, name: str, data: bytes) -> Path:
    if not folder.is_dir():
        raise EnrolmentRefused(f"the folder {folder} does not exist")
    final = folder / name
    tmp = folder / f".{name}.part"
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    fileops.replace(tmp, final)
    fsync_dir(folder)
    return final


def _reference_members(ctx: Ctx) -> tuple[dict[str, bytes], dict[str, int]]:
    members: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    with ctx.read() as session:
        for name in _REFERENCE:
            t = tables.table(name)
            columns = tables.wire_columns(name)
            clocks = field_clocks(session, name)
            picked = [(values, clocks.get(str(values[columns.index("id")]), {}))
                      for values in session.execute(select(*[t.c[c] for c in columns]))]
            if picked:
                members[f"t_{name}.jsonl"] = rows.encode(name, picked)
                counts[name] = len(picked)
    return members, counts


def create_enrolment(ctx: Ctx, *, community_code: str, folder: Path, name: str = "") -> EnrolmentFile:
    """Office: write an enrolment file for one community workstation and wait for its answer."""
    ctx.require(Permission.SETTINGS, QT_TRANSLATE_NOOP("terms", "enrol workstations"))
    me = ctx.db.workstation
    if me.role != "office":
        raise EnrolmentRefused("only the street office enrols workstations")
    with ctx.read() as session:
        found = session.execute(select(Community.code, Community.name).where(Community.code == community_code)).first()
    if found is None:
        raise EnrolmentRefused(f"there is no community with the code {community_code}")
    community = _Named(found[0], found[1])
    keys = peers.my_keys(ctx).public
    token = str(new_id())
    members, counts = _reference_members(ctx)
    manifest = {"kind": "enrolment", "token": token, "counts": counts, "schema_version": schema.current(),
                "office": {"workstation_id": me.id, "name": me.name, "sign": keys.sign, "box": keys.box},
                "community": {"code": community.code, "name": community.name}}
    body = payload.build(manifest, members)
    header = envelope.Header(kind="enrolment", bundle_id=new_id().hex, sender=me.id, sender_name=me.name,
                             recipient=token, seq=0, since_seq=0, prev_sha256="", created_at=ctx.now().isoformat(),
                             schema_version=schema.current())
    data = envelope.seal(header, body, peers.my_keys(ctx).signing, None)
    path = _write(folder, f"enrol-{community.code}-{token[-8:]}{ENROL_SUFFIX}", data)
    with ctx.write() as session:
        session.add(SyncPeer(id=new_id(), workstation_id=token, role=peers.PENDING, community_code=community.code,
                             name=name or community.name, enrolled_at=ctx.now(), enrolment_token=token))
        audit.record(session, ctx, AuditAction.EXPORT, "enrolment", community.code, {
            "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data), "records": sum(counts.values()),
            "destination": str(path)})
        session.commit()
    return EnrolmentFile(str(path), community.code, keys.fingerprint)


def _open_signed(data: bytes, kind: str) -> tuple[envelope.Header, payload.Payload, PublicKeys]:
    def signer(header: envelope.Header) -> VerifyKey:
        if not valid_public_key(header.wrapped_key):
            raise BundleDamaged("signer key")
        return VerifyKey(base64.b64decode(header.wrapped_key))

    header, body = envelope.open_bundle(data, me="", my_box=None, sender_key=signer)
    if header.kind != kind:
        raise EnrolmentRefused(f"this is not an {kind} file")
    schema.check(header.schema_version)
    pl = payload.read(body)
    side = pl.manifest.get("office" if kind == "enrolment" else "workstation")
    if not isinstance(side, dict) or not all(isinstance(side.get(k), str) for k in ("workstation_id", "sign", "box")):
        raise EnrolmentRefused("the file does not name its workstation's keys")
    keys = PublicKeys(str(side["sign"]), str(side["box"]))
    if (keys.sign != header.wrapped_key or side["workstation_id"] != header.sender
            or not valid_public_key(keys.box)):
        raise BundleDamaged("signer does not match the keys inside")
    return header, pl, keys


def _fingerprint_text(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _require_confirmed(confirm: str, name: str, community: str, fingerprint: str) -> None:
    """A person compared the fingerprint read out by the other side and typed or ticked it."""
    if not confirm or _fingerprint_text(confirm) != _fingerprint_text(fingerprint):
        raise EnrolmentNotConfirmed(name, community, fingerprint)


def import_enrolment(ctx: Ctx, path: Path, *, answer_to: Path, confirm: str, replace: bool = False) -> EnrolledPeer:
    """Community: take the office's enrolment file (keys, reference data) and write the answer into ``answer_to``.

    ``confirm`` is the office's fingerprint as a person read it out; ``replace`` lets an administrator replace
    the office this workstation is enrolled with (the old one is revoked).
    """
    ctx.require(Permission.SETTINGS, QT_TRANSLATE_NOOP("terms", "enrol this workstation"))
    me = ctx.db.workstation
    header, pl, office_keys = _open_signed(path.read_bytes(), "enrolment")
    m = pl.manifest
    community: Any = m.get("community")
    office: Any = m.get("office")
    token = m.get("token")
    if not isinstance(community, dict) or not isinstance(token, str) or header.recipient != token:
        raise EnrolmentRefused("the file is incomplete")
    office_name = str(office.get("name", "")) if isinstance(office, dict) else ""
    _require_confirmed(confirm, office_name or header.sender_name, str(community.get("name", "")),
                       office_keys.fingerprint)
    if me.role != "community":
        raise EnrolmentRefused("only a community workstation imports an enrolment file")
    if community.get("code") != me.community_code:
        raise EnrolmentRefused(f"the file is for {community.get('name')}, this workstation belongs to another community")
    order = apply.plan(pl, set(_REFERENCE))
    with ctx.write() as session:
        peer = session.execute(select(SyncPeer).where(SyncPeer.workstation_id == header.sender)).scalar_one_or_none()
        if peer is not None and peer.sign_public_key not in ("", office_keys.sign):
            raise EnrolmentRefused("this workstation is already enrolled with that office under other keys")
        others = list(session.scalars(select(SyncPeer).where(
            SyncPeer.role == "office", SyncPeer.workstation_id != header.sender)))
        if others and not replace:
            raise EnrolmentRefused("this workstation is already enrolled with another office; only an administrator "
                                   "can replace it")
        for old in others:
            ctx.require(Permission.USER_ADMIN, QT_TRANSLATE_NOOP("terms", "replace the enrolled office"))
            old.role = peers.REVOKED
            audit.record(session, ctx, AuditAction.KEY, "sync_peer", old.workstation_id, {
                "event": "office replaced and revoked", "name": old.name,
                "fingerprint": peers.public_keys(old).fingerprint if old.sign_public_key else "",
                "replaced_by": header.sender})
        if peer is None:
            peer = SyncPeer(id=new_id(), workstation_id=header.sender, role="office", community_code="GLJD",
                            name=str(office.get("name", "")) or header.sender_name, enrolled_at=ctx.now())
            session.add(peer)
        peer.sign_public_key, peer.box_public_key, peer.enrolment_token = office_keys.sign, office_keys.box, token
        apply.apply_rows(ctx, session, order, pl, header.schema_version, hashlib.sha256(path.read_bytes()).hexdigest(),
                         header.sender, Steps(None, None), lambda _table, _rows: None)  # reference data only
        audit.record(session, ctx, AuditAction.IMPORT, "enrolment", header.sender, {"fingerprint": office_keys.fingerprint})
        session.commit()
    answer = _write_answer(ctx, token, header.sender, answer_to)
    return EnrolledPeer(header.sender, header.sender_name, "GLJD", office_keys.fingerprint, str(answer))


def enrolled_offices(ctx: Ctx) -> list[tuple[str, str]]:
    """Community: the offices this workstation is enrolled with now, as (workstation id, name)."""
    with ctx.read() as session:
        return [(p.workstation_id, p.name) for p in session.scalars(select(SyncPeer).where(SyncPeer.role == "office"))]


def _write_answer(ctx: Ctx, token: str, office_id: str, folder: Path) -> Path:
    me = ctx.db.workstation
    keys = peers.my_keys(ctx)
    manifest = {"kind": "answer", "token": token, "counts": {}, "schema_version": schema.current(),
                "workstation": {"workstation_id": me.id, "name": me.name, "community_code": me.community_code,
                                "number": me.number,
                                "sign": keys.public.sign, "box": keys.public.box}}
    header = envelope.Header(kind="answer", bundle_id=new_id().hex, sender=me.id, sender_name=me.name,
                             recipient=token, seq=0, since_seq=0, prev_sha256="", created_at=ctx.now().isoformat(),
                             schema_version=schema.current())
    data = envelope.seal(header, payload.build(manifest, {}), keys.signing, None)
    return _write(folder, f"answer-{me.community_code}-{me.id[-8:]}{ANSWER_SUFFIX}", data)


def import_answer(ctx: Ctx, path: Path, *, confirm: str) -> EnrolledPeer:
    """Office: register the community workstation that answered an enrolment file, once a person confirmed its
    fingerprint (``confirm``) as read out by the community."""
    ctx.require(Permission.SETTINGS, QT_TRANSLATE_NOOP("terms", "enrol workstations"))
    header, pl, keys = _open_signed(path.read_bytes(), "answer")
    side: Any = pl.manifest["workstation"]
    _require_confirmed(confirm, str(side.get("name", "")) or header.sender_name, str(side.get("community_code", "")),
                       keys.fingerprint)
    with ctx.write() as session:
        pending = session.execute(select(SyncPeer).where(
            SyncPeer.enrolment_token == header.recipient, SyncPeer.role == peers.PENDING)).scalar_one_or_none()
        known = session.execute(select(SyncPeer).where(SyncPeer.workstation_id == header.sender)).scalar_one_or_none()
        if known is not None and known.sign_public_key == keys.sign:
            return EnrolledPeer(known.workstation_id, known.name, known.community_code, keys.fingerprint)
        if pending is None:
            raise EnrolmentRefused("no enrolment file was issued for this answer (or it was answered already)")
        if side.get("community_code") != pending.community_code:
            raise EnrolmentRefused("the answer comes from a workstation of another community")
        if known is not None:
            raise EnrolmentRefused("a workstation with this id is already enrolled under other keys")
        number = side.get("number")
        if isinstance(number, int) and not isinstance(number, bool) and 0 < number < 1000:
            workstation_numbers.claim(session, pending.community_code, header.sender, number)
            community = reference.community_of(session, pending.community_code)
            pending.name = workstation_numbers.peer_name(community.name if community else pending.community_code,
                                                         number)
        pending.workstation_id = header.sender
        pending.role = "community"
        pending.sign_public_key, pending.box_public_key = keys.sign, keys.box
        pending.enrolled_at = ctx.now()
        audit.record(session, ctx, AuditAction.IMPORT, "enrolment", header.sender, {"fingerprint": keys.fingerprint})
        session.commit()
        return EnrolledPeer(pending.workstation_id, pending.name, pending.community_code, keys.fingerprint)
