"""Qt-free helpers the sync page needs on top of :mod:`status` and :mod:`enrolment` (plain dataclasses).

- imports of several files and folders that keep each refusal as its error object (so the UI can translate
  it), rather than the English text :func:`status.import_path` puts in a folder's results;
- the gaps as numbers (the UI words them), conflicts with the record they belong to and when each side
  changed the field, invitations still waiting for an answer;
- previews of enrolment and answer files (signature checked, nothing stored) so a person compares the
  fingerprint *before* accepting.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import select

from guanlan_desk import fileops
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain.hlc import Hlc
from guanlan_desk.domain.masking import mask_name
from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import SyncPeer
from guanlan_desk.sync import enrolment, envelope, exporter, importer, peers, pending, status, tables
from guanlan_desk.sync.errors import Cancelled, FileInUse, SyncError
from guanlan_desk.sync.importer import ImportResult
from guanlan_desk.sync.merge import clock_origin
from guanlan_desk.sync.progress import Cancel, Progress
from guanlan_desk.sync.status import ConflictRow

# Messages the sync package raises without a translation mark: marked here so lupdate finds them.
UNMARKED_MESSAGES = (
    QT_TRANSLATE_NOOP("errors", "Another import ran at the same time; import the bundle again."),
    QT_TRANSLATE_NOOP("errors", "Another export to {peer} ran at the same time; export again."),
    QT_TRANSLATE_NOOP("errors", "The file {path} does not exist."),
    QT_TRANSLATE_NOOP("errors", "The file {path} cannot be read ({reason})."),
)

# The fixed ``{detail}`` texts inside refusals; the UI translates a parameter found here (context sync_details).
DETAIL_TEXTS = (
    QT_TRANSLATE_NOOP("sync_details", "not a bundle file"),
    QT_TRANSLATE_NOOP("sync_details", "header length"),
    QT_TRANSLATE_NOOP("sync_details", "header"),
    QT_TRANSLATE_NOOP("sync_details", "header fields"),
    QT_TRANSLATE_NOOP("sync_details", "unknown format"),
    QT_TRANSLATE_NOOP("sync_details", "signature does not match"),
    QT_TRANSLATE_NOOP("sync_details", "content hash"),
    QT_TRANSLATE_NOOP("sync_details", "encryption tag"),
    QT_TRANSLATE_NOOP("sync_details", "signer key"),
    QT_TRANSLATE_NOOP("sync_details", "signer does not match the keys inside"),
    QT_TRANSLATE_NOOP("sync_details", "not a data bundle"),
    QT_TRANSLATE_NOOP("sync_details", "the manifest does not match the envelope"),
    QT_TRANSLATE_NOOP("sync_details", "manifest totals"),
    QT_TRANSLATE_NOOP("sync_details", "manifest counts"),
    QT_TRANSLATE_NOOP("sync_details", "the file is incomplete"),
    QT_TRANSLATE_NOOP("sync_details", "only the street office enrols workstations"),
    QT_TRANSLATE_NOOP("sync_details", "only a community workstation imports an enrolment file"),
    QT_TRANSLATE_NOOP("sync_details", "this is not an enrolment file"),
    QT_TRANSLATE_NOOP("sync_details", "this is not an answer file"),
    QT_TRANSLATE_NOOP("sync_details", "the file does not name its workstation's keys"),
    QT_TRANSLATE_NOOP("sync_details", "this workstation is already enrolled with that office under other keys"),
    QT_TRANSLATE_NOOP("sync_details", "no enrolment file was issued for this answer (or it was answered already)"),
    QT_TRANSLATE_NOOP("sync_details", "the answer comes from a workstation of another community"),
    QT_TRANSLATE_NOOP("sync_details", "a workstation with this id is already enrolled under other keys"),
    QT_TRANSLATE_NOOP("sync_details", "this workstation is already enrolled with another office; only an "
                      "administrator can replace it"),
)

APPLIED = importer.APPLIED
ALREADY = importer.ALREADY
WAITING = importer.WAITING
REFUSED = importer.REFUSED
SKIPPED = importer.SKIPPED
BUNDLE_SUFFIX = exporter.SUFFIX
ENROL_SUFFIX = enrolment.ENROL_SUFFIX
ANSWER_SUFFIX = enrolment.ANSWER_SUFFIX

# Record kinds the UI can open, by the table that holds them and the column that names them.
_RECORD_TABLES = {"dispute": ("dispute", "case_no"), "risk_item": ("risk", "title"),
                  "legal_clarity_person": ("lcp", "name"), "party": ("party", "name")}
_PARENT_COLUMNS = (("dispute_id", "dispute"), ("risk_id", "risk_item"), ("person_id", "legal_clarity_person"),
                   ("party_id", "party"))


class UnreadableFile(SyncError):
    """A bundle file that cannot be read (permissions, a removed stick)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(UNMARKED_MESSAGES[3], path=path, reason=reason)


@dataclass(frozen=True, slots=True)
class BundleOutcome:
    """What happened to one bundle file: ``status`` is applied, already imported, waiting, refused or skipped."""

    path: str
    status: str
    result: ImportResult | None = None
    error: SyncError | None = None

    @property
    def name(self) -> str:
        """The file name."""
        return Path(self.path).name


@dataclass(frozen=True, slots=True)
class Gap:
    """Bundles ``first``..``last`` of a peer have not arrived; later ones wait for them."""

    peer_name: str
    first: int
    last: int
    first_file: str = ""  # the file name the first missing bundle has (to look for it on the stick or share)


@dataclass(frozen=True, slots=True)
class ConflictView:
    """A conflict with the record it belongs to and when (and where) each value was written."""

    conflict: ConflictRow
    record_kind: str
    record_id: str
    record_label: str
    kept_at: datetime | None
    kept_origin: str
    other_at: datetime | None
    community: str = ""


@dataclass(frozen=True, slots=True)
class Invitation:
    """An enrolment file issued by the office whose answer has not come back yet."""

    community_code: str
    name: str
    issued_at: datetime


@dataclass(frozen=True, slots=True)
class EnrolmentPreview:
    """The checked content of an enrolment or answer file, before anything is stored."""

    path: str
    kind: str
    workstation_id: str
    workstation_name: str
    community_code: str
    community_name: str
    fingerprint: str
    created_at: str


def _import_one(ctx: Ctx, file: Path, progress: Progress | None, cancel: Cancel | None) -> list[BundleOutcome]:
    try:
        results = status.import_path(ctx, file, progress=progress, cancel=cancel)
    except Cancelled:
        raise
    except FileInUse as exc:  # held by a scanner or a copy still running: try again later, not refused
        return [BundleOutcome(str(file), SKIPPED, None, exc)]
    except SyncError as exc:
        return [BundleOutcome(str(file), REFUSED, None, exc)]
    except OSError as exc:
        return [BundleOutcome(str(file), REFUSED, None, UnreadableFile(str(file), exc.strerror or str(exc)))]
    return [BundleOutcome(r.path, r.status, r) for r in results]


def _peek(file: Path) -> envelope.Header:
    with open(file, "rb") as fh:
        return envelope.peek(fh.read(envelope.MAX_HEADER + 64))


def import_bundles(ctx: Ctx, paths: Sequence[Path], *, progress: Progress | None = None,
                   cancel: Cancel | None = None) -> tuple[BundleOutcome, ...]:
    """Import bundle files and every bundle of folders; each refusal is kept with its error (Cancelled raises)."""
    me = ctx.db.workstation.id
    out: list[BundleOutcome] = []
    for path in paths:
        if not path.is_dir():
            out += _import_one(ctx, path, progress, cancel)
            continue
        for file in importer.bundle_files(path):
            try:
                head = fileops.retry_locked(partial(_peek, file))
            except SyncError as exc:
                out.append(BundleOutcome(str(file), REFUSED, None, exc))
                continue
            except OSError as exc:
                # A file held by a scanner is skipped and named; the rest of the folder is imported.
                out.append(BundleOutcome(str(file), SKIPPED, None, FileInUse(str(file))) if fileops.is_locked(exc)
                           else BundleOutcome(str(file), REFUSED, None, UnreadableFile(str(file), exc.strerror or "")))
                continue
            if head.sender == me or head.recipient != me:
                out.append(BundleOutcome(str(file), SKIPPED))
                continue
            out += _import_one(ctx, file, progress, cancel)
    return tuple(out)


def unexported_changes(ctx: Ctx) -> int:
    """Changed rows not yet written into any bundle (``sync_overview`` counts those not yet *confirmed*)."""
    return pending.counts(ctx).unsent


def gaps(ctx: Ctx) -> tuple[Gap, ...]:
    """Missing bundle ranges per peer (bundles after them wait in the backlog)."""
    folder = importer.backlog_dir(ctx)
    waiting: dict[str, int] = {}
    if folder.is_dir():
        for file in folder.glob(f"*{BUNDLE_SUFFIX}"):
            try:
                head = envelope.peek(file.read_bytes())
            except (SyncError, OSError):
                continue
            waiting[head.sender] = min(head.seq, waiting.get(head.sender, head.seq))
    out: list[Gap] = []
    me = ctx.db.workstation
    with ctx.read() as session:
        for peer in peers.enrolled(session):
            first = waiting.get(peer.workstation_id)
            if first is not None and first > peer.last_bundle_seq + 1:
                missing = peer.last_bundle_seq + 1
                out.append(Gap(peer.name, missing, first - 1, exporter.bundle_name(
                    peer.community_code, peer.workstation_id, me.community_code, me.id, missing)))
    return tuple(out)


def invitations(ctx: Ctx) -> tuple[Invitation, ...]:
    """Enrolment files issued by this office that no workstation has answered yet."""
    with ctx.read() as session:
        rows = session.execute(select(SyncPeer.community_code, SyncPeer.name, SyncPeer.enrolled_at).where(
            SyncPeer.role == peers.PENDING).order_by(SyncPeer.enrolled_at))
        return tuple(Invitation(code, name, at) for code, name, at in rows)


def _clock_time(hlc: str) -> datetime | None:
    try:
        return datetime.fromtimestamp(Hlc.decode(hlc).millis / 1000, tz=timezone.utc)
    except (ValueError, OSError, OverflowError):
        return None


def _record_of(session: Any, table_name: str, row_id: str) -> tuple[str, str, str]:
    name, rid = table_name, row_id
    if name not in _RECORD_TABLES:
        t = tables.table(name)
        parent = next(((col, p) for col, p in _PARENT_COLUMNS if col in t.c), None)
        if parent is None:
            return "", "", ""
        value = session.execute(select(t.c[parent[0]]).where(t.c.id == uuid.UUID(rid))).scalar()
        if value is None:
            return "", "", ""
        name, rid = parent[1], str(value)
    kind, column = _RECORD_TABLES[name]
    t = tables.table(name)
    cols = [t.c[column]] + ([t.c.title] if name == "dispute" else [])
    found = session.execute(select(*cols).where(t.c.id == uuid.UUID(rid))).first()
    if found is None:
        return kind, rid, ""
    if name == "dispute":
        return kind, rid, f"{found[0]} {found[1]}"
    if name == "risk_item":  # the item's code first, as lists show it
        code = session.execute(select(t.c.code).where(t.c.id == uuid.UUID(rid))).scalar()
        return kind, rid, f"{code} {found[0]}" if code else str(found[0])
    return kind, rid, mask_name(str(found[0])) if name in ("party", "legal_clarity_person") else str(found[0])


def _community_of(session: Any, record_id: str) -> str:
    """The name of the community a record belongs to (conflict rows say whose record it is)."""
    if not record_id:
        return ""
    for name in ("dispute", "risk_item", "party", "legal_clarity_person"):
        t = tables.table(name)
        code = session.execute(select(t.c.community_code).where(t.c.id == uuid.UUID(record_id))).scalar()
        if code is not None:
            c = tables.table("community")
            return str(session.execute(select(c.c.name).where(c.c.code == code)).scalar() or code)
    return ""


def conflict_views(ctx: Ctx, *, include_resolved: bool = False) -> tuple[ConflictView, ...]:
    """Conflicts (open ones, or all) with their records and the time and origin of both values."""
    rows = status.list_conflicts(ctx, include_resolved=include_resolved)
    me = ctx.db.workstation
    out: list[ConflictView] = []
    with ctx.read() as session:
        names = {p.workstation_id: p.name for p in session.scalars(select(SyncPeer))}
        names[me.id] = me.name
        for c in rows:
            try:
                kind, rid, label = _record_of(session, c.table_name, c.row_id)
            except (ValueError, SyncError):
                kind, rid, label = "", "", ""
            origin = clock_origin(c.kept_hlc)
            out.append(ConflictView(c, kind, rid, label, _clock_time(c.kept_hlc), names.get(origin, origin),
                                    _clock_time(c.other_hlc), _community_of(session, rid)))
    return tuple(out)


def _preview(path: Path, kind: str) -> EnrolmentPreview:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(str(path), exc.strerror or str(exc)) from None
    header, pl, keys = enrolment._open_signed(data, kind)  # noqa: SLF001 - same package, read-only use
    side: Any = pl.manifest.get("office" if kind == "enrolment" else "workstation")
    community: Any = pl.manifest.get("community") if kind == "enrolment" else {}
    code = str(community.get("code", "")) if isinstance(community, dict) else ""
    cname = str(community.get("name", "")) if isinstance(community, dict) else ""
    if kind == "answer" and isinstance(side, dict):
        code = str(side.get("community_code", ""))
    name = str(side.get("name", "")) if isinstance(side, dict) else ""
    return EnrolmentPreview(str(path), kind, header.sender, name or header.sender_name, code, cname,
                            keys.fingerprint, header.created_at)


def preview_enrolment(path: Path) -> EnrolmentPreview:
    """Community: check an office's enrolment file and show whom it is from, without storing anything."""
    return _preview(path, "enrolment")


def preview_answer(path: Path) -> EnrolmentPreview:
    """Office: check a community workstation's answer file, without storing anything."""
    return _preview(path, "answer")


def sync_progress(report: Callable[[int, int], bool]) -> tuple[Progress, Cancel]:
    """Adapt a UI progress callback ``(done, total) -> keep_going`` to the sync package's progress and cancel."""
    last = [0, 0]
    keep = [True]

    def progress(stage: str, done: int, total: int) -> None:
        last[:] = [done, total]
        keep[0] = report(done, total) and keep[0]

    def cancel() -> bool:
        # Asked before each step (and before the commit): re-report the last step to learn about Cancel.
        keep[0] = keep[0] and report(last[0], last[1])
        return not keep[0]

    return progress, cancel
