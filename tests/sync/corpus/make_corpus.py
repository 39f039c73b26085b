"""Write the hostile-archive corpus (``python -m tests.sync.corpus.make_corpus``); the files are checked in.

Each file is what a hostile or broken sender could put inside a bundle (the test seals it with an enrolled
sender's real keys, so the archive checks themselves are reached) or hand over as a file. Deterministic: the
same bytes on every run. The names say what each one tries.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
MANIFEST = "manifest.json"


def _zip(members: list[tuple[str | zipfile.ZipInfo, bytes]], *, method: int = zipfile.ZIP_DEFLATED,
         comment: bytes = b"") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=method) as zf:
        for name, data in members:
            zf.writestr(name, data)
        zf.comment = comment
    return out.getvalue()


def _manifest(entries: dict[str, bytes], **extra: object) -> bytes:
    import hashlib

    body = {"schema_version": 1, "sender": "x", "recipient": "y", "full": False, "since_seq": 0, "totals": {},
            "receipt": {}, "counts": {},
            "entries": {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in entries.items()}}
    body.update(extra)
    return json.dumps(body).encode()


def _with_manifest(members: dict[str, bytes], **kw: object) -> bytes:
    return _zip([(MANIFEST, _manifest(members))] + list(members.items()), **kw)  # type: ignore[arg-type]


def _patch_sizes(data: bytes, name: bytes, size: int) -> bytes:
    """Make the local and central headers of ``name`` declare ``size`` uncompressed bytes."""
    out = bytearray(data)
    pos = 0
    while (pos := out.find(b"PK\x03\x04", pos)) >= 0:
        n = struct.unpack("<H", out[pos + 26:pos + 28])[0]
        if out[pos + 30:pos + 30 + n] == name:
            out[pos + 22:pos + 26] = struct.pack("<I", size)
        pos += 4
    pos = 0
    while (pos := out.find(b"PK\x01\x02", pos)) >= 0:
        n = struct.unpack("<H", out[pos + 28:pos + 30])[0]
        if out[pos + 46:pos + 46 + n] == name:
            out[pos + 24:pos + 28] = struct.pack("<I", size)
        pos += 4
    return bytes(out)


def _flag(data: bytes, bits: int) -> bytes:
    out = bytearray(data)
    for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        pos = 0
        while (pos := out.find(sig, pos)) >= 0:
            out[pos + off:pos + off + 2] = struct.pack("<H", struct.unpack("<H", out[pos + off:pos + off + 2])[0] | bits)
            pos += 4
    return bytes(out)


def _method(data: bytes, method: int) -> bytes:
    out = bytearray(data)
    for sig, off in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        pos = 0
        while (pos := out.find(sig, pos)) >= 0:
            out[pos + off:pos + off + 2] = struct.pack("<H", method)
            pos += 4
    return bytes(out)


def _overlapping_bomb() -> bytes:
    """David Fifield's overlapping-file bomb: many central entries pointing at one compressed kernel."""
    kernel = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = kernel.compress(b"\0" * (8 << 20)) + kernel.flush()
    crc = zlib.crc32(b"\0" * (8 << 20))
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(raw), 8 << 20, 1, 0) + b"a"
    body = local + raw
    central = b""
    for i in range(200):
        name = f"f{i}".encode()
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(raw), 8 << 20,
                               len(name), 0, 0, 0, 0, 0, 0) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 200, 200, len(central), len(body), 0)
    return body + central + end


def _symlink() -> bytes:
    info = zipfile.ZipInfo("dispute.jsonl")
    info.external_attr = (0o120777 << 16)
    return _zip([(MANIFEST, _manifest({"dispute.jsonl": b"/etc/passwd"})), (info, b"/etc/passwd")])


def _deep(n: int) -> bytes:
    return b"[" * n + b"]" * n


def _zip_in_zip() -> bytes:
    inner = _with_manifest({"dispute.jsonl": b"{}\n"})
    return _with_manifest({"dispute.jsonl": inner})


CASES: dict[str, Callable[[], bytes]] = {
    "empty": lambda: b"",
    "random-bytes": lambda: bytes((i * 7919 + 13) % 256 for i in range(4096)),
    "gzip-not-zip": lambda: __import__("gzip").compress(b"x" * 1000, mtime=0),
    "pdf-not-zip": lambda: b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
    "tar-not-zip": lambda: b"dispute.jsonl".ljust(512, b"\0") + b"\0" * 1024,
    "only-end-record": lambda: struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0, 0, 0, 0, 0),
    "truncated-central-directory": lambda: _with_manifest({"dispute.jsonl": b"{}\n"})[:-30],
    "no-manifest": lambda: _zip([("dispute.jsonl", b"{}\n")]),
    "manifest-not-json": lambda: _zip([(MANIFEST, b"{not json")]),
    "manifest-invalid-utf8": lambda: _zip([(MANIFEST, b'{"a": "\xff\xfe"}')]),
    "manifest-duplicate-keys": lambda: _zip([(MANIFEST, b'{"entries": {}, "entries": {"x": 1}}')]),
    "manifest-nan": lambda: _zip([(MANIFEST, b'{"entries": {}, "full": NaN}')]),
    "manifest-infinity": lambda: _zip([(MANIFEST, b'{"entries": {}, "since_seq": Infinity}')]),
    "manifest-huge-integer": lambda: _zip([(MANIFEST, b'{"entries": {}, "since_seq": 1' + b"0" * 5000 + b"}")]),
    "manifest-deep-nesting": lambda: _zip([(MANIFEST, b'{"entries": {}, "x": ' + _deep(100_000) + b"}")]),
    "manifest-too-big": lambda: _zip([(MANIFEST, b'{"entries": {}, "x": "' + b"a" * (5 << 20) + b'"}')]),
    "manifest-not-an-object": lambda: _zip([(MANIFEST, b"[1, 2, 3]")]),
    "manifest-entries-not-a-dict": lambda: _zip([(MANIFEST, b'{"entries": ["dispute.jsonl"]}')]),
    "manifest-bom": lambda: _zip([(MANIFEST, b"\xef\xbb\xbf" + _manifest({}))]),
    "member-not-listed": lambda: _zip([(MANIFEST, _manifest({})), ("dispute.jsonl", b"{}\n")]),
    "listed-member-missing": lambda: _zip([(MANIFEST, _manifest({"dispute.jsonl": b"{}\n"}))]),
    "member-hash-mismatch": lambda: _zip([(MANIFEST, _manifest({"dispute.jsonl": b"{}\n"})),
                                          ("dispute.jsonl", b"[]\n")]),
    "path-traversal-dotdot": lambda: _with_manifest({"../../evil.jsonl": b"{}\n"}),
    "path-absolute-posix": lambda: _with_manifest({"/etc/cron.d/evil": b"{}\n"}),
    "path-windows-drive": lambda: _with_manifest({"C:\\Windows\\evil.dll": b"{}\n"}),
    "path-windows-unc": lambda: _with_manifest({"\\\\server\\share\\evil": b"{}\n"}),
    "path-with-separator": lambda: _with_manifest({"sub/dispute.jsonl": b"{}\n"}),
    "path-backslash": lambda: _with_manifest({"sub\\dispute.jsonl": b"{}\n"}),
    "path-nul-byte": lambda: _with_manifest({"dispute.jsonl\0.png": b"{}\n"}),
    "path-rtl-override": lambda: _with_manifest({"dispute\u202egnp.jsonl": b"{}\n"}),
    "path-very-long": lambda: _with_manifest({"a" * 4000: b"{}\n"}),
    "path-device-name": lambda: _with_manifest({"CON": b"{}\n", "aux.jsonl": b"{}\n"}),
    "directory-entry": lambda: _zip([(MANIFEST, _manifest({})), ("dir/", b"")]),
    "duplicate-names": lambda: _zip([(MANIFEST, _manifest({"dispute.jsonl": b"{}\n"})),
                                     ("dispute.jsonl", b"{}\n"), ("dispute.jsonl", b"{}\n")]),
    "duplicate-manifest": lambda: _zip([(MANIFEST, _manifest({})), (MANIFEST, _manifest({}))]),
    "symlink-entry": _symlink,
    "encrypted-flag": lambda: _flag(_with_manifest({"dispute.jsonl": b"{}\n"}), 0x1),
    "unsupported-method-aes": lambda: _method(_with_manifest({"dispute.jsonl": b"{}\n"}), 99),
    "unsupported-method-ppmd": lambda: _method(_with_manifest({"dispute.jsonl": b"{}\n"}), 98),
    "bzip2-bomb": lambda: _with_manifest({"dispute.jsonl": b"\0" * (64 << 20)}, method=zipfile.ZIP_BZIP2),
    "deflate-bomb": lambda: _with_manifest({"dispute.jsonl": b"\0" * (96 << 20)}),
    "lzma-bomb": lambda: _with_manifest({"dispute.jsonl": b"\0" * (64 << 20)}, method=zipfile.ZIP_LZMA),
    "declared-size-lies": lambda: _patch_sizes(_with_manifest({"dispute.jsonl": b"\0" * (8 << 20)}),
                                               b"dispute.jsonl", 10),
    "overlapping-files-bomb": _overlapping_bomb,
    "zip-in-zip": _zip_in_zip,
    "crc-mismatch": lambda: (lambda d: d[:d.find(b"{}\n", d.find(b"PK\x03\x04", 100))] + b"[]\n"
                             + d[d.find(b"{}\n", d.find(b"PK\x03\x04", 100)) + 3:])(
        _with_manifest({"dispute.jsonl": b"{}\n"}, method=zipfile.ZIP_STORED)),
    "too-many-entries": lambda: _zip([(MANIFEST, _manifest({}))] + [(f"e{i}", b"") for i in range(20_001)],
                                     method=zipfile.ZIP_STORED),
    "huge-comment": lambda: _with_manifest({"dispute.jsonl": b"{}\n"}, comment=b"\xff" * 65535),
    "jsonl-invalid-utf8": lambda: _with_manifest({"dispute.jsonl": b'{"title": "\xc3\x28"}\n'}),
    "jsonl-huge-line": lambda: _with_manifest({"dispute.jsonl": b'{"title": "' + b"x" * (2 << 20) + b'"}\n'}),
}


def main() -> None:
    """Write every case as ``<name>.zip`` beside this script."""
    for old in HERE.glob("*.zip"):
        old.unlink()
    for name, make in CASES.items():
        (HERE / f"{name}.zip").write_bytes(make())
    print(f"{len(CASES)} hostile archives written to {HERE}")


if __name__ == "__main__":
    main()
