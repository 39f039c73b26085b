"""The seeded mutation loop: 10,000 damaged bundles per CI run (100,000 with ``--long``) against one open
database: 0 accepted, 0 exceptions other than a refusal, and the database digest unchanged. Every tenth case
and every re-sealed one goes through the whole ``import_bytes``; the others through the importer's own
verify-and-open step (``importer._open``) with the key lookups memoized, which is what keeps 10,000 cheap. Mutations: bit flips, byte changes, truncations, appended and deleted bytes,
swapped segments, a header of one bundle over the body of another (re-signed by the real sender or not),
a content key wrapped to the wrong recipient, and members swapped inside a bundle that is then validly
signed and encrypted by the enrolled sender (with the manifest left as it was, or rebuilt to match).
(Random damage inside validly signed content is ``test_fuzz.py``'s: refused or applied whole.)

Reproduce one failure: the assertion names the seed and the case number; ``mutate(rng_for(seed, n), ...)``.
"""

from __future__ import annotations

import base64
import io
import json
import random
import struct
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from nacl.public import PrivateKey, SealedBox

from guanlan_desk.sync import envelope, jsonsafe, payload, peers
from guanlan_desk.sync.errors import SyncError
from guanlan_desk.sync import importer
from guanlan_desk.sync.importer import import_bytes
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Trio
from tests.sync.helpers import db_digest, forge

SEED = 20261203
CI_COUNT, LONG_COUNT = 10_000, 100_000
KINDS = ("flip", "set", "truncate", "append", "delete", "duplicate", "swap", "mixed", "mixed_resigned",
         "wrong_key", "swap_members", "swap_members_raw")
SIGNED = ("swap_members", "swap_members_raw")  # re-sealed by the real sender: one case in twenty


def rng_for(seed: int, n: int) -> random.Random:
    """The generator of case ``n`` (every case reproducible on its own)."""
    return random.Random(seed * 1_000_003 + n)


def _split(data: bytes) -> tuple[bytes, dict[str, object], bytes, bytes]:
    prefix = len(envelope.MAGIC) + 4
    (length,) = struct.unpack(">I", data[len(envelope.MAGIC):prefix])
    raw = data[prefix:prefix + length]
    return data[:prefix + length], json.loads(raw), data[prefix + length:prefix + length + 64], data[prefix + length + 64:]


def _reseal(fields: dict[str, object], body: bytes, signing: object) -> bytes:
    raw = jsonsafe.dumps(fields)
    signed = envelope.MAGIC + struct.pack(">I", len(raw)) + raw
    signature: bytes = signing.sign(signed).signature  # type: ignore[attr-defined]
    return signed + signature + body


def _zip_raw(manifest: dict[str, object], members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(payload.MANIFEST, jsonsafe.dumps(manifest))
        for name, data in sorted(members.items()):
            zf.writestr(name, data)
    return out.getvalue()


class Mutator:
    """Damages valid bundles in the ways a disk, a stick, a mail gateway or an attacker would."""

    def __init__(self, trio: Trio, first: bytes, second: bytes) -> None:
        self.first, self.second = first, second
        self.signing = peers.my_keys(trio.gc.ctx).signing
        keys = peers.my_keys(trio.office.ctx)
        sender = peers.my_keys(trio.gc.ctx).public
        _, inner = envelope.open_bundle(first, me=trio.office.db.workstation.id, my_box=keys.box,
                                        sender_key=lambda h: sender.verify_key())
        self.inner = payload.read(inner)
        # Members are read on demand against one inflation budget: take them once, not once per mutation.
        self.members = {n: bytes(data) for n, data in self.inner.members.items()}
        self.swappable = sorted(n for n, data in self.members.items() if data)
        self.trio = trio
        self.stranger = PrivateKey.generate().public_key

    def mutate(self, rng: random.Random, kind: str) -> bytes:
        data = bytearray(self.first)
        if kind == "flip":
            for _ in range(rng.randint(1, 8)):
                pos = rng.randrange(len(data))
                data[pos] ^= 1 << rng.randrange(8)
        elif kind == "set":
            data[rng.randrange(len(data))] = rng.randrange(256)
        elif kind == "truncate":
            del data[rng.randrange(len(data)):]
        elif kind == "append":
            data += rng.randbytes(rng.randint(1, 64))
        elif kind == "delete":
            pos = rng.randrange(len(data))
            del data[pos:pos + rng.randint(1, 32)]
        elif kind == "duplicate":
            pos = rng.randrange(len(data))
            data[pos:pos] = data[pos:pos + rng.randint(1, 64)]
        elif kind == "swap":
            a, b = sorted(rng.sample(range(len(data)), 2))
            size = rng.randint(1, min(64, b - a) or 1)
            data[a:a + size], data[b:b + size] = data[b:b + size], data[a:a + size]
        elif kind in ("mixed", "mixed_resigned"):
            _, fields, sig, _ = _split(self.first)
            _, _, _, other_body = _split(self.second)
            if kind == "mixed":
                return self.first[:len(self.first) - len(_split(self.first)[3])] + other_body
            return _reseal(fields, other_body, self.signing)
        elif kind == "wrong_key":
            _, fields, _, body = _split(self.first)
            fields = dict(fields)
            fields["wrapped_key"] = base64.b64encode(SealedBox(self.stranger).encrypt(rng.randbytes(32))).decode()
            return _reseal(fields, body, self.signing)
        elif kind in SIGNED:  # members swapped, then validly signed and encrypted by the enrolled sender
            members = dict(self.members)
            one, two = rng.sample(self.swappable, 2)
            members[one], members[two] = members[two], members[one]
            if kind == "swap_members":
                manifest = {k: v for k, v in self.inner.manifest.items() if k != "entries"}
                body = payload.build(manifest, members)
            else:  # the old manifest's hashes no longer match
                body = _zip_raw(self.inner.manifest, members)
            return forge(self.trio.gc, self.trio.office, zip_bytes=body, seq=1)
        return bytes(data)


@pytest.fixture
def bundles(trio: Trio) -> tuple[bytes, bytes]:
    new_case(trio.gc.ctx, a="王小明")
    [first] = trio.gc.export()
    new_case(trio.gc.ctx, a="李四")
    [second] = trio.gc.export()
    return Path(first.path).read_bytes(), Path(second.path).read_bytes()


def test_ten_thousand_mutated_bundles_are_all_refused_and_change_nothing(
        trio: Trio, bundles: tuple[bytes, bytes], long_mode: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = bundles
    my_keys, verify_key = peers.my_keys, importer._verify_key
    keys_of: dict[str, object] = {}

    def cached_my_keys(ctx: object) -> object:
        ws = ctx.db.workstation.id  # type: ignore[attr-defined]
        if ws not in keys_of:
            keys_of[ws] = my_keys(ctx)  # type: ignore[arg-type]
        return keys_of[ws]

    monkeypatch.setattr(peers, "my_keys", cached_my_keys)
    senders: dict[str, object] = {}

    def cached_verify_key(ctx: object, header: envelope.Header) -> object:
        if header.sender not in senders:
            senders[header.sender] = verify_key(ctx, header)  # type: ignore[arg-type]
        return senders[header.sender]

    monkeypatch.setattr(importer, "_verify_key", cached_verify_key)
    count = LONG_COUNT if long_mode else CI_COUNT
    mutator = Mutator(trio, first, second)
    before = db_digest(trio.office.db)
    refused: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    started = time.perf_counter()
    for n in range(count):
        rng = rng_for(SEED, n)
        # Re-sealed cases cost a signature and an encryption each: one in twenty.
        kind = SIGNED[n // 20 % 2] if n % 20 == 19 else KINDS[rng.randrange(len(KINDS) - len(SIGNED))]
        bad = mutator.mutate(rng, kind)
        if bad in (first, second):
            continue
        kinds[kind] += 1
        whole = n % 10 == 0 or kind in SIGNED
        try:
            result = import_bytes(trio.office.ctx, bad) if whole else importer._open(trio.office.ctx, bad)
        except SyncError as exc:
            refused[type(exc).__name__] += 1
            continue
        except Exception as exc:  # a traceback would reach the user
            raise AssertionError(f"case {n} (seed {SEED}, {kind}) raised {exc!r}") from exc
        raise AssertionError(f"case {n} (seed {SEED}, {kind}) was accepted: {result}")
    elapsed = time.perf_counter() - started
    assert sum(refused.values()) == sum(kinds.values()) >= count * 0.99
    assert set(kinds) == set(KINDS)
    assert db_digest(trio.office.db) == before
    print(f"\nfuzz loop: {sum(kinds.values())} mutated bundles refused in {elapsed:.1f} s; {dict(refused)}")
    # The valid bundles still import: the refusals were about the damage, not the set-up.
    assert import_bytes(trio.office.ctx, first).status == "applied"
    assert import_bytes(trio.office.ctx, second).status == "applied"

