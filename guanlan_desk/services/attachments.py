"""Attachments (scans, photos): encrypted files under ``attachments/<sha256>`` in the data folder.

The bytes are AES-GCM encrypted with the workstation's key; the row records name, type, size and hash.
Opening one is audited (scans of ID cards are sensitive personal information).

A file's name is display text only, never part of a path (a name may arrive in a bundle from another
workstation): stored files are named by their hash (checked to be 64 hex digits), and a file opened for
viewing is written under a name the app makes, the attachment's id plus an extension from an allow list.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import select

from guanlan_desk import fileops
from guanlan_desk.domain.enums import AuditAction
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, UserFacingError, ValidationError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.errors import NotFound
from guanlan_desk.store.crypto import DecryptionFailed
from guanlan_desk.store.engine import Database
from guanlan_desk.store.models import Attachment

MAX_BYTES = 25 * 1024 * 1024  # every file must fit one sync bundle (sync/payload.py caps a bundle's memory)
OWNER_TYPES = {"dispute": Permission.DISPUTE_WRITE, "risk": Permission.RISK_WRITE, "lcp": Permission.LCP_WRITE,
               "party": Permission.PARTY_WRITE}
KINDS = ("身份证明", "授权委托书", "证据", "履行凭证", "司法确认材料", "照片", "其他")
# Extensions a file opened for viewing may carry (documents, pictures, sound and video); anything else,
# executables and scripts included, is written as ".bin" and never run by a double click.
SAFE_EXTENSIONS = frozenset({
    ".pdf", ".ofd", ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic", ".txt", ".csv",
    ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".wps", ".et", ".dps", ".odt", ".ods", ".rtf", ".mp3", ".m4a",
    ".wav", ".amr", ".aac", ".mp4", ".mov", ".avi", ".3gp", ".zip", ".rar", ".7z",
})
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class AttachmentDamaged(UserFacingError):
    """The stored file is missing or was altered."""


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    """An attachment as the editors list it."""

    id: str
    owner_type: str
    owner_id: str
    kind: str
    filename: str
    media_type: str
    size: int
    sha256: str


def is_sha256(value: object) -> bool:
    """Whether ``value`` is a SHA-256 in hex as the app writes it (64 lower-case hex digits)."""
    return isinstance(value, str) and _SHA256.match(value) is not None


def blob_path(db: Database, sha256: str) -> Path:
    """Where the encrypted bytes of a file with this hash live (anything but a hash is refused)."""
    if not is_sha256(sha256):
        raise AttachmentDamaged(QT_TRANSLATE_NOOP("errors", "The attached file {name} is missing or damaged."),
                                name=str(sha256)[:12])
    return db.attachments_dir / sha256[:2] / f"{sha256}.bin"


def safe_file_name(attachment_id: str, filename: str) -> str:
    """The name a file is written under for viewing: its id and an allowed extension (the name is display text)."""
    suffix = os.path.splitext(filename.replace("\\", "/").rsplit("/", 1)[-1])[1].lower()
    return f"{uuid.UUID(attachment_id)}{suffix if suffix in SAFE_EXTENSIONS else '.bin'}"


def write_blob(db: Database, data: bytes | bytearray) -> str:
    """Encrypt and store ``data`` (temporary name, fsync, rename); returns its SHA-256."""
    digest = hashlib.sha256(data).hexdigest()
    path = blob_path(db, digest)
    if path.exists():
        return digest
    path.parent.mkdir(parents=True, exist_ok=True)
    # A bundle's file arrives as a bytearray (read once, not copied): the cipher takes any bytes-like object.
    fileops.write_atomic(path, db.cipher.encrypt_bytes(f"attachment:{digest}", cast(bytes, data)),
                         tmp=path.with_suffix(".tmp"))
    return digest


def read_blob(db: Database, sha256: str) -> bytes:
    """Decrypt a stored file and check its hash."""
    path = blob_path(db, sha256)
    message = QT_TRANSLATE_NOOP("errors", "The attached file {name} is missing or damaged.")
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        raise AttachmentDamaged(message, name=sha256[:12]) from None
    try:
        data = db.cipher.decrypt_bytes(f"attachment:{sha256}", blob)
    except DecryptionFailed:
        raise AttachmentDamaged(message, name=sha256[:12]) from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise AttachmentDamaged(message, name=sha256[:12])
    return data


def add_attachment(ctx: Ctx, *, owner_type: str, owner_id: str, filename: str, data: bytes,
                   kind: str = "其他") -> AttachmentRow:
    """Attach a file to a record."""
    permission = OWNER_TYPES.get(owner_type)
    if permission is None:
        raise ValidationError("owner_type", QT_TRANSLATE_NOOP("errors", "Files cannot be attached to {kind}."),
                              kind=owner_type)
    ctx.require(permission, QT_TRANSLATE_NOOP("terms", "attach files"))
    if len(data) > MAX_BYTES:
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "The file is larger than {mb} MB."),
                              mb=MAX_BYTES // 2**20)
    if not data:
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "The file is empty."))
    name = Path(filename).name[:200] or "file"
    digest = write_blob(ctx.db, data)
    media = mimetypes.guess_type(name)[0] or "application/octet-stream"
    with ctx.write() as session:
        row = Attachment(owner_type=owner_type, owner_id=uuid.UUID(owner_id), kind=kind if kind in KINDS else "其他",
                         filename=name, media_type=media, sha256=digest, size=len(data))
        session.add(row)
        session.flush()
        audit.record(session, ctx, AuditAction.CREATE, "attachment", str(row.id),
                     {"owner": owner_id, "filename": name, "sha256": digest, "size": len(data)})
        session.commit()
        return _row(row)


def _row(a: Attachment) -> AttachmentRow:
    return AttachmentRow(str(a.id), a.owner_type, str(a.owner_id), a.kind, a.filename, a.media_type, a.size, a.sha256)


READ_PERMISSION = {"dispute": Permission.DISPUTE_READ, "risk": Permission.RISK_READ, "lcp": Permission.LCP_READ,
                   "party": Permission.PARTY_READ}


def list_attachments(ctx: Ctx, owner_id: str) -> list[AttachmentRow]:
    """The files attached to one record (their names need the permission that reading the record needs)."""
    with ctx.read() as session:
        rows = [_row(a) for a in session.scalars(select(Attachment).where(
            Attachment.owner_id == uuid.UUID(owner_id), Attachment.deleted_at.is_(None))
            .order_by(Attachment.created_at))]
    for owner_type in sorted({r.owner_type for r in rows}):
        ctx.require(READ_PERMISSION[owner_type], QT_TRANSLATE_NOOP("terms", "see attachments"))
    return rows


def open_attachment(ctx: Ctx, attachment_id: str) -> tuple[AttachmentRow, bytes]:
    """The file's bytes (audited; the permission that reading the record needs)."""
    with ctx.write() as session:
        row = session.get(Attachment, uuid.UUID(attachment_id))
        if row is None or row.deleted_at is not None:
            raise NotFound("attachment", attachment_id)
        ctx.require(READ_PERMISSION[row.owner_type], QT_TRANSLATE_NOOP("terms", "open attachments"))
        data = read_blob(ctx.db, row.sha256)
        audit.record(session, ctx, AuditAction.UNMASK, "attachment", attachment_id, {"filename": row.filename})
        session.commit()
        return _row(row), data


def save_for_viewing(ctx: Ctx, attachment_id: str, folder: Path) -> Path:
    """Decrypt a file (audited, as :func:`open_attachment`) into ``folder`` under :func:`safe_file_name`."""
    row, data = open_attachment(ctx, attachment_id)
    target = folder / safe_file_name(row.id, row.filename)
    if target.resolve().parent != folder.resolve():  # cannot happen with an id-made name; kept as a guard
        raise AttachmentDamaged(QT_TRANSLATE_NOOP("errors", "The attached file {name} is missing or damaged."),
                                name=row.filename[:40])
    folder.mkdir(parents=True, exist_ok=True)
    fileops.write_atomic(target, data, tmp=target.with_name(f".{target.name}.part"))
    return target


def remove_attachment(ctx: Ctx, attachment_id: str) -> None:
    """Take a file off its record (tombstoned; the encrypted bytes stay until retention ends)."""
    with ctx.write() as session:
        row = session.get(Attachment, uuid.UUID(attachment_id))
        if row is None or row.deleted_at is not None:
            raise NotFound("attachment", attachment_id)
        ctx.require(OWNER_TYPES[row.owner_type], QT_TRANSLATE_NOOP("terms", "remove attachments"))
        row.deleted_at = ctx.now()
        audit.record(session, ctx, AuditAction.DELETE, "attachment", attachment_id, {"filename": row.filename})
        session.commit()
