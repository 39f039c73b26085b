"""Import: verify, decrypt, check versions and order, then apply in one transaction with the ledger row.

The import ledger (``import_log``, keyed by the bundle's SHA-256) is written in the same transaction as
the data, so a replay is a no-op that says "already imported". Bundles must follow each other (the
``prev_sha256`` chain); one that arrives early waits in a backlog folder until the gap is filled, and the
gap is named. A full re-export applies whatever came before.
"""

from __future__ import annotations

from dataclasses import replace

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from nacl.signing import VerifyKey
from sqlalchemy import exc as sa_exc
from sqlalchemy import select

from guanlan_desk import fileops
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain.enums import AuditAction
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import ImportLog, Setting, SyncExport, SyncPeer
from guanlan_desk.store.uow import GuanlanSession
from guanlan_desk.sync import apply, audit_chain, clocks, envelope, payload, peers, schema, scope, tables
from guanlan_desk.sync.errors import (
    BrokenChain,
    BundleConflictsWithData,
    BundleInvalid,
    Cancelled,
    DanglingReference,
    SequenceTooFarAhead,
    FileInUse,
    StaleBundle,
    SyncError,
)
from guanlan_desk.sync.exporter import ASK_FULL, SEND_FULL, SUFFIX, id_totals
from guanlan_desk.sync.keys import PublicKeys
from guanlan_desk.sync.progress import Cancel, Progress, Steps, bulk_objects

BACKLOG_DIR = "sync_backlog"
# How many bundles may be missing before a later one (parked until the gap fills, or a full one filling it);
# a number beyond is refused, never parked forever nor allowed to jump the chain.
MAX_SEQ_GAP = 100
MAX_CLOCK_AHEAD_HOURS = 24
APPLIED = "applied"
ALREADY = "already imported"
WAITING = "waiting"
REFUSED = "refused"
SKIPPED = "skipped"
SUPERSEDED = "superseded"  # a missing bundle whose changes a later one repeated (import_log status)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What happened to one bundle file."""

    path: str
    status: str
    message: str
    sender_name: str = ""
    seq: int = 0
    counts: tuple[tuple[str, int], ...] = ()
    inserted: int = 0
    updated: int = 0
    conflicts: int = 0
    attachments: int = 0
    warnings: tuple[str, ...] = ()
    superseded: tuple[int, ...] = ()  # missing bundles this one made unnecessary


def backlog_dir(ctx: Ctx) -> Path:
    """Where early bundles wait (still encrypted, as they arrived)."""
    return ctx.db.data_dir / BACKLOG_DIR


def gap_text(name: str, first: int, last: int) -> str:
    """``库坑社区: bundles 13–14 missing``."""
    span = f"bundle {first}" if first == last else f"bundles {first}–{last}"
    return f"{name}: {span} missing"


def _verify_key(ctx: Ctx, header: envelope.Header) -> VerifyKey:
    with ctx.read() as session:
        peer = peers.by_workstation(session, header.sender)
        return PublicKeys(peer.sign_public_key, peer.box_public_key).verify_key()


def _open(ctx: Ctx, data: bytes) -> tuple[envelope.Header, payload.Payload]:
    keys = peers.my_keys(ctx)
    header, body = envelope.open_bundle(data, me=ctx.db.workstation.id, my_box=keys.box,
                                        sender_key=lambda h: _verify_key(ctx, h))
    if header.kind != "data":
        raise BundleInvalid("not a data bundle")
    schema.check(header.schema_version)
    pl = payload.read(body)
    m = pl.manifest
    if (m.get("sender") != header.sender or m.get("recipient") != header.recipient
            or m.get("schema_version") != header.schema_version or m.get("since_seq") != header.since_seq
            or not isinstance(m.get("full"), bool) or not isinstance(m.get("totals"), dict)
            or not isinstance(m.get("receipt"), dict)):
        raise BundleInvalid("the manifest does not match the envelope")
    return header, pl


def _stash(ctx: Ctx, header: envelope.Header, data: bytes, digest: str) -> None:
    folder = backlog_dir(ctx)
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"{header.sender}-{header.seq:06d}-{digest[:16]}{SUFFIX}"
    if final.exists():
        return
    fileops.write_atomic(final, data, tmp=final.with_suffix(".part"))


def _flag(session: GuanlanSession, key: str, on: bool) -> None:
    row = session.get(Setting, key)
    if on and row is None:
        session.add(Setting(key=key, value="1"))
    elif not on and row is not None:
        session.delete(row)


def _receipt(session: GuanlanSession, peer: SyncPeer, receipt: dict[str, object], warnings: list[str]) -> None:
    if receipt.get("full_wanted") is True:
        # The peer found its copy of our records diverged: the next export to it is a full one.
        _flag(session, SEND_FULL + peer.workstation_id, True)
    seq, sha = receipt.get("seq"), receipt.get("sha256")
    if type(seq) is not int or not isinstance(sha, str) or seq <= 0:
        return
    ex = session.execute(select(SyncExport).where(SyncExport.peer_id == peer.workstation_id,
                                                  SyncExport.seq == seq)).scalar_one_or_none()
    if ex is None or ex.bundle_sha256 != sha:
        warnings.append(f"{peer.name} confirms a bundle {seq} that this workstation did not send")
        return
    if seq > peer.acked_seq:
        peer.acked_seq = seq
        peer.acked_created_at = ex.created_at


def _clock_skew(ctx: Ctx, header: envelope.Header) -> list[str]:
    try:
        made = datetime.fromisoformat(header.created_at)
    except ValueError:
        return []
    if made.tzinfo is None:
        return []
    ahead = (made - ctx.now()).total_seconds() / 3600
    if ahead > MAX_CLOCK_AHEAD_HOURS:
        return [f"the clock of {header.sender_name} is about {ahead:.0f} hours ahead of this one"]
    return []


def _divergence(session: GuanlanSession, header: envelope.Header, totals: dict[str, object]) -> list[str]:
    problems: list[str] = []
    for name, theirs in sorted(totals.items()):
        t = tables.table(name)
        if not isinstance(theirs, dict):
            raise BundleInvalid("manifest totals")
        ours = id_totals(session, t, header.sender, None)
        if ours != theirs:
            problems.append(f"{name}: {ours['count']} records here, {theirs.get('count')} at {header.sender_name}")
    return problems


def import_bytes(ctx: Ctx, data: bytes, *, path: str = "", progress: Progress | None = None,
                 cancel: Cancel | None = None, from_backlog: bool = False) -> ImportResult:
    """Import one bundle's bytes; raises a :class:`SyncError` subclass when it is refused (nothing changed)."""
    ctx.require(Permission.EXPORT, QT_TRANSLATE_NOOP("terms", "import bundles"))
    steps = Steps(progress, cancel)
    digest = hashlib.sha256(data).hexdigest()
    with ctx.read() as session:
        done = session.get(ImportLog, digest)
        if done is not None:
            return ImportResult(path, ALREADY, "already imported" if done.status != SUPERSEDED
                                else "already imported: a later bundle carried its changes", seq=done.seq)
    steps.step("verifying", 0, 1)
    header, pl = _open(ctx, data)
    with ctx.read() as session:
        peer = peers.by_workstation(session, header.sender)
        applied, last_sha, name, role = peer.last_bundle_seq, peer.last_received_sha256, peer.name, peer.role
    if header.seq <= applied:
        raise StaleBundle(name, header.seq, applied)
    if header.seq > applied + 1 + MAX_SEQ_GAP:
        raise SequenceTooFarAhead(name, header.seq, applied)
    full = bool(pl.manifest["full"])
    superseded: tuple[tuple[int, str], ...] = ()
    if header.seq != applied + 1 and not full:
        superseded = superseded_bundles(header, pl.manifest, applied, last_sha)
        if not superseded:
            if not from_backlog:
                _stash(ctx, header, data, digest)
            first_missing = applied + 1
            return ImportResult(path, WAITING, gap_text(name, first_missing, header.seq - 1), name, header.seq)
    if header.seq == applied + 1 and applied > 0 and header.prev_sha256 != last_sha and not full:
        raise BrokenChain(name, header.seq)
    with bulk_objects():
        return _apply(ctx, header, pl, data, digest, path, steps, applied, name, role, superseded)


def superseded_bundles(header: envelope.Header, manifest: dict[str, object], applied: int,
                       last_sha: str) -> tuple[tuple[int, str], ...]:
    """The missing bundles ``applied+1 .. seq-1`` this early bundle makes unnecessary, or ``()`` if it must wait.

    A bundle repeats every change since the last bundle the receiver confirmed (``since_seq``). When that one was
    applied here, this bundle holds everything the missing ones held. The chain is still verified: the signed
    manifest lists the bundles sent since ``since_seq`` (``[[seq, sha256], …]``), which must run without a hole
    from the last bundle applied here (same hash) to the one this bundle names as its predecessor."""
    since = header.since_seq
    if not 0 < since <= applied < header.seq - 1:
        return ()
    listed = manifest.get("chain")
    if not isinstance(listed, list):
        return ()
    chain: dict[int, str] = {}
    for entry in listed:
        if (not isinstance(entry, list) or len(entry) != 2 or not isinstance(entry[0], int)
                or isinstance(entry[0], bool) or not isinstance(entry[1], str)):
            return ()
        chain[entry[0]] = entry[1]
    if sorted(chain) != list(range(since, header.seq)):
        return ()
    if chain[applied] != last_sha or chain[header.seq - 1] != header.prev_sha256:
        return ()
    return tuple((seq, chain[seq]) for seq in range(applied + 1, header.seq))


def _apply(ctx: Ctx, header: envelope.Header, pl: payload.Payload, data: bytes, digest: str, path: str,
           steps: Steps, applied: int, name: str, role: str,
           superseded: tuple[tuple[int, str], ...] = ()) -> ImportResult:
    # Every table is read; what the sender may send is decided row by row (scope names the first offence).
    order = apply.plan(pl, {t.name for t in tables.synced_tables()})
    events = audit_chain.parse(pl.members.get("audit.jsonl"))
    try:
        with ctx.write() as session:
            peer = peers.by_workstation(session, header.sender)
            if peer.last_bundle_seq != applied or session.get(ImportLog, digest) is not None:
                raise SyncError("Another import ran at the same time; import the bundle again.")
            check = scope.bundle_check(session, replace(scope.rights(role, peer.community_code, ctx.db.workstation.community_code),
                                                  legacy_reference=role != "office" and header.schema_version < scope.VENUES_OFFICE_ONLY),
                                       clocks.ClockCheck(session, ctx.now(), name), name)
            result = apply.apply_rows(ctx, session, order, pl, header.schema_version, digest, header.sender, steps,
                                      check)
            warnings = list(result.warnings)
            warnings += audit_chain.store(session, header.sender, name, events)
            warnings += audit_chain.note_heads(session, header.sender, name, pl.manifest)
            _receipt(session, peer, pl.manifest["receipt"], warnings)
            diverged = _divergence(session, header, pl.manifest["totals"])
            if diverged:
                warnings.append("records differ from the sender's (" + "; ".join(diverged[:5])
                                + "): a full re-export was requested with the next receipt")
            _flag(session, ASK_FULL + header.sender, bool(diverged))
            warnings.extend(_clock_skew(ctx, header))
            peer.problem = "; ".join(warnings)[:2000]
            peer.last_bundle_seq = header.seq
            peer.last_received_sha256 = digest
            session.add(ImportLog(bundle_sha256=digest, sender=header.sender, seq=header.seq, imported_at=ctx.now(),
                                  counts=dict(result.counts), status=APPLIED))
            for seq, sha in superseded:  # should a missing bundle still arrive, it is "already imported"
                if session.get(ImportLog, sha) is None:
                    session.add(ImportLog(bundle_sha256=sha, sender=header.sender, seq=seq, imported_at=ctx.now(),
                                          counts={}, status=SUPERSEDED))
            audit.record(session, ctx, AuditAction.IMPORT, "bundle", str(header.seq), {
                "sha256": digest, "sender": name, "records": result.inserted + result.updated,
                "conflicts": result.conflicts, "source": path,
                **({"superseded": [seq for seq, _ in superseded]} if superseded else {})})
            steps.step("saving", 1, 1)
            missing = scope.dangling(session, order)
            if missing is not None:
                raise DanglingReference(name, *missing)
            session.commit()
    except sa_exc.IntegrityError as exc:  # a dangling reference or a broken uniqueness rule
        raise BundleConflictsWithData(str(exc.orig)[:120]) from None
    outcome = ImportResult(path, APPLIED, f"bundle {header.seq} from {name} imported", name, header.seq,
                           tuple(sorted(result.counts.items())), result.inserted, result.updated, result.conflicts,
                           result.attachments, tuple(warnings), tuple(seq for seq, _ in superseded))
    for old in backlog_dir(ctx).glob(f"{header.sender}-*{SUFFIX}") if backlog_dir(ctx).is_dir() else []:
        if int(old.name.split("-")[-2]) <= header.seq:
            fileops.try_unlink(old)
    return outcome


def drain_backlog(ctx: Ctx) -> list[ImportResult]:
    """Apply waiting bundles whose turn has come (after a gap was filled)."""
    results: list[ImportResult] = []
    folder = backlog_dir(ctx)
    progressed = True
    while progressed and folder.is_dir():
        progressed = False
        for file in sorted(folder.glob(f"*{SUFFIX}")):
            try:
                outcome = import_bytes(ctx, file.read_bytes(), path=str(file), from_backlog=True)
            except SyncError as exc:
                fileops.try_unlink(file)
                results.append(ImportResult(str(file), REFUSED, exc.render()))
                continue
            if outcome.status == APPLIED:
                results.append(outcome)
                progressed = True
                break
            if outcome.status == ALREADY:
                fileops.try_unlink(file)
    return results


def bundle_files(folder: Path) -> list[Path]:
    """The bundle files of a folder, sorted by sender and number (their unverified headers)."""
    found: list[tuple[str, int, str, Path]] = []
    for file in folder.iterdir():
        if not file.is_file() or not file.name.endswith(SUFFIX) or file.name.startswith("."):
            continue
        try:
            with open(file, "rb") as fh:
                head = envelope.peek(fh.read(envelope.MAX_HEADER + 128))
            found.append((head.sender, head.seq, file.name, file))
        except (SyncError, OSError):
            found.append(("", 0, file.name, file))
    return [item[3] for item in sorted(found)]


def import_path(ctx: Ctx, path: Path, *, progress: Progress | None = None,
                cancel: Cancel | None = None) -> tuple[ImportResult, ...]:
    """Import one file (refusals raise) or every bundle of a folder (refusals are reported per file)."""
    if path.is_dir():
        results: list[ImportResult] = []
        me = ctx.db.workstation.id
        for file in bundle_files(path):
            try:
                data = fileops.retry_locked(file.read_bytes)
            except OSError as exc:
                # Held by antivirus or still being copied: the others are imported, this one next time.
                if not fileops.is_locked(exc):
                    raise
                results.append(ImportResult(str(file), SKIPPED, FileInUse(str(file)).render()))
                continue
            try:
                head = envelope.peek(data)
                if head.sender == me or head.recipient != me:
                    results.append(ImportResult(str(file), SKIPPED, "not addressed to this workstation"))
                    continue
                results.append(import_bytes(ctx, data, path=str(file), progress=progress, cancel=cancel))
            except Cancelled:
                raise
            except SyncError as exc:
                results.append(ImportResult(str(file), REFUSED, exc.render()))
        results.extend(drain_backlog(ctx))
        return tuple(results)
    try:
        data = fileops.retry_locked(path.read_bytes)
    except FileNotFoundError:
        raise SyncError("The file {path} does not exist.", path=str(path)) from None
    except PermissionError:
        raise FileInUse(str(path)) from None
    first = import_bytes(ctx, data, path=str(path), progress=progress, cancel=cancel)
    return (first, *drain_backlog(ctx)) if first.status == APPLIED else (first,)


def last_import(session: GuanlanSession) -> datetime | None:
    """When the last bundle was applied."""
    return session.execute(select(ImportLog.imported_at).order_by(ImportLog.imported_at.desc()).limit(1)).scalar()
