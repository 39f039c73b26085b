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
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from guanlan_desk.sync import jsonsafe
from guanlan_desk.sync.errors import BundleInvalid, BundleTooBig, Cancelled

MANIFEST = "manifest.json"
AUDIT = "audit.jsonl"
# Caps sized to what real bundles need, so that a hostile bundle within them is refused or applied in at most
# 256 MB of memory (tests/sync/test_memory.py measures it): the decrypted archive stays in memory once, table
# members are streamed line by line (never inflated whole), and only attachment files and the audit chain are
# read whole, one at a time.
MAX_ENTRIES = 10_000
MAX_MEMBER = 26 * 1024 * 1024  # an attachment file (at most 25 MB: services/attachments.py), read whole
MAX_AUDIT = 8 * 1024 * 1024  # the audit chain, read and parsed whole
MAX_TABLE = 256 * 1024 * 1024  # a table member, streamed
MAX_LINE = 4 * 1024 * 1024  # one row of a table member
MAX_MANIFEST = 2 * 1024 * 1024
MAX_TOTAL = 512 * 1024 * 1024
MAX_RATIO = 200
_CHUNK = 1 << 16
# What zipfile and zlib raise on damaged archives (found by the fuzz tests; zlib.error is not an OSError).
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, struct.error, EOFError, OSError, ValueError,
               NotImplementedError, RuntimeError, KeyError, IndexError)
_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$")


Blob = bytes | bytearray


class _Members(Mapping[str, Blob]):
    """The archive's members by name, each read (with the caps) and checked against its hash when asked for."""

    def __init__(self, zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], hashes: dict[str, str],
                 budget: list[int], cancel: Callable[[], bool] | None) -> None:
        self._zf, self._infos, self._hashes, self._budget, self._cancel = zf, infos, hashes, budget, cancel

    def __getitem__(self, name: str) -> Blob:
        limit = MAX_AUDIT if name == AUDIT else MAX_MEMBER
        content = _read_member(self._zf, self._infos[name], limit, self._budget, self._cancel)
        if hashlib.sha256(content).hexdigest() != self._hashes[name]:
            raise BundleInvalid(f"entry {name[:60]} does not match its hash")
        return content

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._infos))

    def __len__(self) -> int:
        return len(self._infos)

    def lines(self, name: str) -> Iterator[bytes]:
        """A member's lines, streamed (the hash is checked after the last line: callers work in a transaction)."""
        info = self._infos[name]
        digest = hashlib.sha256()
        size = 0
        pending = b""
        try:
            with self._zf.open(info) as fh:
                while True:
                    if self._cancel is not None and self._cancel():
                        raise Cancelled()
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    self._budget[0] -= len(chunk)
                    if size > MAX_TABLE:
                        raise BundleTooBig(f"entry {name[:60]}")
                    if self._budget[0] < 0:
                        raise BundleTooBig("total unpacked size")
                    digest.update(chunk)
                    parts = (pending + chunk).split(b"\n")
                    pending = parts.pop()
                    if len(pending) > MAX_LINE:
                        raise BundleTooBig(f"a line of {name[:60]}")
                    yield from parts
        except _ZIP_ERRORS as exc:
            raise BundleInvalid(f"entry {name[:60]} cannot be read ({type(exc).__name__})") from None
        if pending:
            yield pending
        if digest.hexdigest() != self._hashes[name]:
            raise BundleInvalid(f"entry {name[:60]} does not match its hash")


@dataclass(frozen=True, slots=True)
class Payload:
    """What a bundle carries once opened: the manifest and the listed members (read on demand, checked)."""

    manifest: dict[str, Any]
    members: Mapping[str, Blob]

    def lines(self, name: str) -> Iterator[bytes]:
        """A table member's lines, streamed."""
        if isinstance(self.members, _Members):
            return self.members.lines(name)
        return iter(bytes(self.members[name]).split(b"\n"))


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
                 cancel: Callable[[], bool] | None) -> Blob:
    content = bytearray()  # grown in place: the member is held once, not as chunks and their join
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
                content += chunk
    except _ZIP_ERRORS as exc:
        raise BundleInvalid(f"entry {info.filename[:60]} cannot be read ({type(exc).__name__})") from None
    return content


class _View(io.RawIOBase):
    """A read-only, seekable file over a buffer (the decrypted archive is not copied once more for zipfile)."""

    def __init__(self, buffer: bytes | bytearray | memoryview) -> None:
        super().__init__()
        self._view = memoryview(buffer)
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, b: Any) -> int:
        chunk = self._view[self._pos:self._pos + len(b)]
        n = len(chunk)
        memoryview(b).cast("B")[:n] = chunk
        self._pos += n
        return n


def read(data: bytes | bytearray, *, cancel: Callable[[], bool] | None = None) -> Payload:
    """Open the zip in memory with every cap and check; raises a :class:`SyncError` subclass.

    Members are read when used (:class:`_Members`); the importer refuses members the manifest does not use.
    """
    try:
        zf = zipfile.ZipFile(io.BufferedReader(_View(data), buffer_size=_CHUNK))
    except _ZIP_ERRORS:
        raise BundleInvalid("not a readable archive") from None
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
    manifest = jsonsafe.loads(_read_member(zf, by_name.pop(MANIFEST), MAX_MANIFEST, budget, cancel), MANIFEST)
    if not isinstance(manifest, dict) or not isinstance(manifest.get("entries"), dict):
        raise BundleInvalid("manifest has no entry list")
    entries: dict[str, Any] = manifest["entries"]
    if set(entries) != set(by_name):
        raise BundleInvalid("manifest and archive list different entries")
    hashes: dict[str, str] = {}
    for name, meta in entries.items():
        if not isinstance(meta, dict) or not isinstance(meta.get("sha256"), str):
            raise BundleInvalid(f"manifest entry {name[:60]}")
        hashes[name] = meta["sha256"]
    return Payload(manifest, _Members(zf, by_name, hashes, budget, cancel))


def jsonl(data: bytes | bytearray, what: str) -> list[Any]:
    """Parse a JSON-lines member strictly (each line one JSON document)."""
    return jsonsafe.loads_lines(data, what)
