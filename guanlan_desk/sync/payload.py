"""The decrypted payload: a zip with ``manifest.json``, one JSON-lines file per table and attachments.

Read defensively even though the sender was authenticated (a buggy or stolen workstation must not hurt the
receiver): never ``extractall``, only the members the manifest lists, into memory, with hard caps on entry
count, bytes per member, total bytes and compression ratio, counting bytes actually inflated. Names are
plain (no ``..``, no separators, no drive letters, no directories) and unique.
"""

from __future__ import annotations

import hashlib
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from guanlan_desk.sync import jsonsafe
from guanlan_desk.sync.errors import BundleInvalid, BundleTooBig, Cancelled

MANIFEST = "manifest.json"
MAX_ENTRIES = 20_000
MAX_MEMBER = 64 * 1024 * 1024
MAX_MANIFEST = 4 * 1024 * 1024
MAX_TOTAL = 1024 * 1024 * 1024
MAX_RATIO = 200
_CHUNK = 1 << 16
# What zipfile and zlib raise on damaged archives (found by the fuzz tests; zlib.error is not an OSError).
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, struct.error, EOFError, OSError, ValueError,
               NotImplementedError, RuntimeError, KeyError, IndexError)
_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$")


@dataclass(frozen=True, slots=True)
class Payload:
    """What a bundle carries once opened: the manifest and the listed members' bytes."""

    manifest: dict[str, Any]
    members: dict[str, bytes]


def build(manifest: dict[str, Any], members: dict[str, bytes]) -> bytes:
    """Zip ``members`` with a manifest listing each one's SHA-256 and size."""
    listed = dict(manifest)
    listed["entries"] = {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                         for name, data in sorted(members.items())}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr(MANIFEST, jsonsafe.dumps(listed))
        for name, data in sorted(members.items()):
            if not _NAME.match(name) or ".." in name:
                raise ValueError(f"bad member name {name!r}")
            zf.writestr(name, data)
    return out.getvalue()


def _check_name(name: str) -> None:
    if not _NAME.match(name) or ".." in name:
        raise BundleInvalid(f"forbidden entry name {name[:60]!r}")


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, budget: list[int],
                 cancel: Callable[[], bool] | None) -> bytes:
    chunks: list[bytes] = []
    size = 0
    try:
        with zf.open(info) as fh:
            while True:
                if cancel is not None and cancel():
                    raise Cancelled()
                chunk = fh.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                budget[0] -= len(chunk)
                if size > limit:
                    raise BundleTooBig(f"entry {info.filename[:60]}")
                if budget[0] < 0:
                    raise BundleTooBig("total unpacked size")
                chunks.append(chunk)
    except _ZIP_ERRORS as exc:
        raise BundleInvalid(f"entry {info.filename[:60]} cannot be read ({type(exc).__name__})") from None
    return b"".join(chunks)


def read(data: bytes, *, cancel: Callable[[], bool] | None = None) -> Payload:
    """Open the zip in memory with every cap and check; raises a :class:`SyncError` subclass."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS:
        raise BundleInvalid("not a readable archive") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise BundleTooBig("number of entries")
        by_name: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if info.is_dir():
                raise BundleInvalid(f"directory entry {info.filename[:60]!r}")
            _check_name(info.filename)
            if info.filename in by_name:
                raise BundleInvalid(f"duplicate entry {info.filename[:60]!r}")
            if info.flag_bits & 0x1:
                raise BundleInvalid("encrypted entry")
            by_name[info.filename] = info
        if MANIFEST not in by_name:
            raise BundleInvalid("no manifest")
        budget = [min(MAX_TOTAL, max(len(data), 1) * MAX_RATIO)]
        manifest = jsonsafe.loads(_read_member(zf, by_name[MANIFEST], MAX_MANIFEST, budget, cancel), MANIFEST)
        if not isinstance(manifest, dict) or not isinstance(manifest.get("entries"), dict):
            raise BundleInvalid("manifest has no entry list")
        entries: dict[str, Any] = manifest["entries"]
        if set(entries) != set(by_name) - {MANIFEST}:
            raise BundleInvalid("manifest and archive list different entries")
        members: dict[str, bytes] = {}
        for name, meta in sorted(entries.items()):
            if not isinstance(meta, dict) or not isinstance(meta.get("sha256"), str):
                raise BundleInvalid(f"manifest entry {name[:60]}")
            content = _read_member(zf, by_name[name], MAX_MEMBER, budget, cancel)
            if hashlib.sha256(content).hexdigest() != meta["sha256"]:
                raise BundleInvalid(f"entry {name[:60]} does not match its hash")
            members[name] = content
    return Payload(manifest, members)


def jsonl(data: bytes, what: str) -> list[Any]:
    """Parse a JSON-lines member strictly (each line one JSON document)."""
    return jsonsafe.loads_lines(data, what)
