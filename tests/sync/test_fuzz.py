"""Seeded mutation fuzzing of a valid bundle: no uncaught exception, nothing tampered accepted, nothing partial."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guanlan_desk.sync.errors import SyncError
from guanlan_desk.sync.importer import import_bytes
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Trio
from tests.sync.helpers import db_digest


@st.composite
def mutations(draw: st.DrawFn, size: int) -> list[tuple[str, int, int]]:
    kinds = st.sampled_from(["flip", "set", "truncate", "append", "delete", "duplicate", "swap"])
    return draw(st.lists(st.tuples(kinds, st.integers(0, size - 1), st.integers(0, 255)), min_size=1, max_size=4))


def mutate(data: bytes, steps: list[tuple[str, int, int]]) -> bytes:
    out = bytearray(data)
    for kind, pos, value in steps:
        if not out and kind != "append":
            continue
        pos %= max(len(out), 1)
        if kind == "flip":
            out[pos] ^= 1 << (value % 8)
        elif kind == "set":
            out[pos] = value
        elif kind == "truncate":
            del out[pos:]
        elif kind == "append":
            out += bytes([value]) * (1 + value % 7)
        elif kind == "delete":
            del out[pos:pos + 1 + value % 16]
        elif kind == "duplicate":
            out[pos:pos] = out[pos:pos + 1 + value]
        elif kind == "swap" and len(out) > 2:
            other = (pos + 1 + value) % len(out)
            out[pos], out[other] = out[other], out[pos]
    return bytes(out)


@pytest.fixture
def target(trio: Trio) -> tuple[Trio, bytes, str]:
    new_case(trio.gc.ctx, a="王小明")
    [made] = trio.gc.export()
    return trio, Path(made.path).read_bytes(), db_digest(trio.office.db)


def test_mutated_bundles_are_all_refused(target: tuple[Trio, bytes, str]) -> None:
    trio, valid, before = target
    seen: list[int] = [0]

    @settings(max_examples=300, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(mutations(len(valid)))
    def check(steps: list[tuple[str, int, int]]) -> None:
        bad = mutate(valid, steps)
        if bad == valid:
            return
        seen[0] += 1
        try:
            result = import_bytes(trio.office.ctx, bad)
        except SyncError:
            return
        raise AssertionError(f"a tampered bundle was accepted: {result}")

    check()
    assert seen[0] > 250
    assert db_digest(trio.office.db) == before
    # The untouched bundle still imports: the refusals were about the mutations, not the set-up.
    assert import_bytes(trio.office.ctx, valid).status == "applied"


def test_mutated_content_from_an_enrolled_sender_never_crashes_the_importer(target: tuple[Trio, bytes, str]) -> None:
    """A buggy (not malicious) sender signs damaged content: refused cleanly or applied whole, never a crash."""
    from guanlan_desk.sync import envelope, peers
    from tests.sync.helpers import forge

    trio, valid, _ = target
    keys = peers.my_keys(trio.office.ctx)
    sender = peers.my_keys(trio.gc.ctx).public
    _, inner = envelope.open_bundle(valid, me=trio.office.db.workstation.id, my_box=keys.box,
                                    sender_key=lambda h: sender.verify_key())
    outcomes: dict[str, int] = {}

    @settings(max_examples=150, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(mutations(len(inner)))
    def check(steps: list[tuple[str, int, int]]) -> None:
        bad = mutate(inner, steps)
        before = db_digest(trio.office.db)
        try:
            result = import_bytes(trio.office.ctx, forge(trio.gc, trio.office, zip_bytes=bad))
        except SyncError as exc:
            assert db_digest(trio.office.db) == before
            outcomes[type(exc).__name__] = outcomes.get(type(exc).__name__, 0) + 1
            return
        outcomes[result.status] = outcomes.get(result.status, 0) + 1

    check()
    assert outcomes.get("BundleInvalid", 0) > 50, outcomes
