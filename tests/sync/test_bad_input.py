"""Bad input is refused with a clear message and the database unchanged."""

from __future__ import annotations

import io
import warnings
import zipfile
from pathlib import Path
from typing import Any

import pytest

from guanlan_desk.sync import envelope, jsonsafe, payload, peers, schema, tables
from guanlan_desk.sync.errors import (
    BrokenChain,
    DanglingReference,
    BundleDamaged,
    BundleInvalid,
    BundleTooBig,
    BundleTruncated,
    SchemaTooNew,
    SchemaTooOld,
    StaleBundle,
    SyncError,
    UnknownSender,
    WrongRecipient,
)
from guanlan_desk.sync.importer import import_bytes
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Station, Trio
from tests.sync.helpers import db_digest, forge


@pytest.fixture
def bundle(trio: Trio) -> bytes:
    """A valid bundle from 观城 to the office, not yet imported."""
    new_case(trio.gc.ctx, a="王小明")
    [made] = trio.gc.export()
    return Path(made.path).read_bytes()


def opened(trio: Trio, data: bytes) -> payload.Payload:
    """Decrypt a bundle as the office would (to build hostile variants of real content)."""
    keys = peers.my_keys(trio.office.ctx)
    gc_keys = peers.my_keys(trio.gc.ctx).public
    _, body = envelope.open_bundle(data, me=trio.office.db.workstation.id, my_box=keys.box,
                                   sender_key=lambda h: gc_keys.verify_key())
    return payload.read(body)


def refused(station: Station, data: bytes, error: type[SyncError]) -> SyncError:
    before = db_digest(station.db)
    with pytest.raises(error) as caught:
        import_bytes(station.ctx, data)
    assert db_digest(station.db) == before
    assert caught.value.render()  # a message a person can read
    return caught.value


def raw_zip(entries: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we write on purpose
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in entries:
                zf.writestr(zipfile.ZipInfo(name), data)
    return out.getvalue()


def test_a_flipped_byte_anywhere_is_refused(trio: Trio, bundle: bytes) -> None:
    for position in (3, 20, len(bundle) // 3, len(bundle) - 70, len(bundle) - 1):
        bad = bytearray(bundle)
        bad[position] ^= 0x01
        error = refused(trio.office, bytes(bad), SyncError)
        assert isinstance(error, (BundleDamaged, BundleTruncated))


def test_a_truncated_file_says_it_is_incomplete(trio: Trio, bundle: bytes) -> None:
    for cut in (4, 30, len(bundle) // 2, len(bundle) - 1):
        error = refused(trio.office, bundle[:cut], SyncError)
        assert isinstance(error, BundleTruncated), cut
    assert "incomplete" in refused(trio.office, bundle[:-10], BundleTruncated).render()


def test_the_wrong_recipient_is_told_so(trio: Trio, bundle: bytes) -> None:
    error = refused(trio.kk, bundle, WrongRecipient)
    assert "another workstation" in error.render()


def test_an_unknown_sender_is_refused(trio: Trio, bundle: bytes) -> None:
    with trio.office.ctx.write() as s:
        peer = peers.by_workstation(s, trio.gc.db.workstation.id)
        peer.role = peers.PENDING
        s.commit()
    assert "not enrolled" in refused(trio.office, bundle, UnknownSender).render()


def test_a_signature_by_another_key_is_refused(trio: Trio) -> None:
    forged = forge(trio.gc, trio.office)
    # Re-sign the same header and body with 库坑's key, still claiming to be 观城.
    head_len = int.from_bytes(forged[8:12], "big")
    signed = forged[:12 + head_len]
    resigned = signed + peers.my_keys(trio.kk.ctx).signing.sign(signed).signature + forged[12 + head_len + 64:]
    assert "tampered" in refused(trio.office, resigned, BundleDamaged).render()


@pytest.mark.parametrize("name", ["../evil.jsonl", "/etc/passwd", "C:evil", "a\\b.jsonl", "dir/", "sub/x.jsonl",
                                  "..", ".hidden"])
def test_path_traversal_and_odd_names_are_refused(trio: Trio, name: str) -> None:
    body = raw_zip([("manifest.json", jsonsafe.dumps({"entries": {}, "counts": {}})), (name, b"{}")])
    refused(trio.office, forge(trio.gc, trio.office, zip_bytes=body), BundleInvalid)


def test_duplicate_entries_are_refused(trio: Trio) -> None:
    manifest = jsonsafe.dumps({"entries": {}, "counts": {}})
    body = raw_zip([("manifest.json", manifest), ("manifest.json", manifest)])
    assert "duplicate" in refused(trio.office, forge(trio.gc, trio.office, zip_bytes=body), BundleInvalid).render()


def test_a_zip_bomb_is_stopped_by_the_size_limits(trio: Trio) -> None:
    bomb = b"\0" * (payload.MAX_MEMBER + 1)
    data = forge(trio.gc, trio.office, members={"t_dispute.jsonl": bomb}, manifest={"counts": {"dispute": 1}})
    assert len(data) < 200_000  # it really is a bomb: tiny file, huge content
    refused(trio.office, data, BundleTooBig)


def test_entries_the_manifest_does_not_list_are_refused(trio: Trio) -> None:
    body = raw_zip([("manifest.json", jsonsafe.dumps({"entries": {}, "counts": {}})), ("extra.bin", b"x")])
    refused(trio.office, forge(trio.gc, trio.office, zip_bytes=body), BundleInvalid)


@pytest.mark.parametrize("line", [
    b"{not json", b"\xff\xfe\x00", b'{"r": {}, "r": {}}', b'{"r": NaN, "c": {}}', b"[" * 5000 + b"]" * 5000,
    b'{"r": {"id": 1' + b"0" * 40 + b'}, "c": {}}', b'"\\ud800"',
])
def test_invalid_json_or_utf8_is_refused(trio: Trio, line: bytes) -> None:
    header = jsonsafe.dumps({"columns": list(tables.wire_columns("dispute"))})
    for member in (line + b"\n", header + b"\n" + line + b"\n"):  # as the header line, and as a row
        data = forge(trio.gc, trio.office, members={"t_dispute.jsonl": member}, manifest={"counts": {"dispute": 1}})
        refused(trio.office, data, BundleInvalid)


def _with_row_change(trio: Trio, bundle: bytes, table: str, change: Any) -> bytes:
    pl = opened(trio, bundle)
    lines = [jsonsafe.loads(x, "x") for x in pl.members[f"t_{table}.jsonl"].splitlines() if x]
    row = dict(zip(lines[0]["columns"], lines[1]))
    change(row)
    lines[1] = [*row.values(), lines[1][-1]]
    members = {k: v for k, v in pl.members.items() if k != "manifest.json"}
    members[f"t_{table}.jsonl"] = b"\n".join(jsonsafe.dumps(x) for x in lines) + b"\n"
    manifest = {k: v for k, v in pl.manifest.items() if k != "entries"}
    return forge(trio.gc, trio.office, members=members, manifest=manifest)


@pytest.mark.parametrize("change", [
    lambda r: r.update(case_year="2026"), lambda r: r.update(jc_requested=1), lambda r: r.update(id="x"),
    lambda r: r.pop("title"), lambda r: r.update(surprise=1), lambda r: r.update(received_on="2026-13-45"),
    lambda r: r.update(created_at="2026-03-04T10:00:00"), lambda r: r.update(title="题" * 300),
    lambda r: r.update(status=None),
])
def test_wrong_types_are_refused(trio: Trio, bundle: bytes, change: Any) -> None:
    refused(trio.office, _with_row_change(trio, bundle, "dispute", change), BundleInvalid)


def test_a_row_pointing_at_a_missing_record_is_refused(trio: Trio, bundle: bytes) -> None:
    data = _with_row_change(trio, bundle, "dispute_party",
                            lambda r: r.update(dispute_id="01a2309f-dfb2-7360-9efb-e6f1dfb69f0c"))
    message = refused(trio.office, data, DanglingReference).render()
    assert "观城社区" in message and "party of a dispute" in message and "refers to a dispute" in message


def test_tables_a_community_may_not_send_are_refused(trio: Trio) -> None:
    data = forge(trio.gc, trio.office, members={"t_community.jsonl": b""}, manifest={"counts": {"community": 0}})
    refused(trio.office, data, BundleInvalid)


def test_a_newer_schema_asks_to_upgrade_and_an_ancient_one_is_refused(trio: Trio) -> None:
    newer = forge(trio.gc, trio.office, schema_version=schema.current() + 1)
    assert "Please upgrade this workstation" in refused(trio.office, newer, SchemaTooNew).render()
    refused(trio.office, forge(trio.gc, trio.office, schema_version=schema.OLDEST - 1), SchemaTooOld)


def test_an_older_supported_schema_imports(trio: Trio) -> None:
    data = forge(trio.gc, trio.office, schema_version=schema.OLDEST, manifest={"full": True})
    assert import_bytes(trio.office.ctx, data).status == "applied"


def test_the_re_sealed_content_itself_is_accepted(trio: Trio, bundle: bytes) -> None:
    """The control for the hostile variants: re-sealing real content unchanged imports fine."""
    result = import_bytes(trio.office.ctx, _with_row_change(trio, bundle, "dispute", lambda r: None))
    assert result.status == "applied" and dict(result.counts)["dispute"] == 1


def test_a_replayed_old_bundle_with_a_used_number_is_refused(trio: Trio, bundle: bytes) -> None:
    import_bytes(trio.office.ctx, bundle)
    stale = forge(trio.gc, trio.office, seq=1, manifest={"full": True})
    assert "older bundle" in refused(trio.office, stale, StaleBundle).render()


def test_a_bundle_that_does_not_follow_the_chain_is_refused(trio: Trio, bundle: bytes) -> None:
    import_bytes(trio.office.ctx, bundle)
    with trio.gc.ctx.write() as s:  # pretend bundle 1 had another hash
        peers.by_workstation(s, trio.office.db.workstation.id).last_sent_sha256 = "0" * 64
        s.commit()
    refused(trio.office, forge(trio.gc, trio.office, seq=2), BrokenChain)
