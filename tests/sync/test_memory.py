"""A hostile bundle within the caps is refused or applied in at most 256 MB of memory (peak RSS of a subprocess
that imports it; the interpreter with the app loaded takes about 75 MB of that)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from guanlan_desk.domain.ids import new_id
from guanlan_desk.services import attachments
from guanlan_desk.sync import jsonsafe, payload, tables
from tests.conftest import Template
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Trio
from tests.sync.forgery import bundle, changed, station_rows
from tests.sync.helpers import forge

ROOT = Path(__file__).resolve().parents[2]
LIMIT_MIB = 256
MiB = 1024 * 1024


def peak(trio: Trio, template: Template, data: bytes) -> tuple[str, int]:
    """Import ``data`` at a copy of the office in a child process: (outcome, peak RSS in MiB)."""
    path = trio.root / f"hostile-{new_id().hex}.glbundle"
    path.write_bytes(data)
    trio.office.db.close()
    child = subprocess.run(
        [sys.executable, "-m", "tests.sync.rss_child", str(trio.office.db.data_dir), str(path),
         template.workstation_id], input=template.master_b64 + "\n", capture_output=True, text=True, cwd=ROOT,
        timeout=600, check=False)
    assert child.returncode == 0, child.stderr[-3000:]
    outcome, mib = child.stdout.split()
    print(f"{outcome}: {mib} MiB")  # noqa: T201 - the figure the report quotes (pytest -s)
    return outcome, int(mib)


def zeros(n: int, salt: int) -> bytes:
    return salt.to_bytes(4, "big") + b"\0" * (n - 4)


def test_zeros_spread_over_members_the_manifest_does_not_use(trio: Trio, office_template: Template) -> None:
    # About 200 MB of zeros in attachment files no row uses (a tiny file: the ratio cap stops it, or the check
    # of unused members).
    files = {hashlib.sha256(z).hexdigest(): z for z in (zeros(payload.MAX_MEMBER - 1, n) for n in range(6))}
    data = forge(trio.gc, trio.office, members={f"att_{sha}.bin": z for sha, z in files.items()})
    del files
    outcome, mib = peak(trio, office_template, data)
    assert outcome == "refused:BundleInvalid" and mib <= LIMIT_MIB


@pytest.mark.parametrize("compressible", [False, True])
def test_the_largest_attachment_files_a_bundle_may_carry(trio: Trio, office_template: Template,
                                                         compressible: bool) -> None:
    # Files at the member cap, each used by an attachment row: applied one file at a time (random bytes fill
    # the file cap; zeros meet the ratio cap).
    ref = new_case(trio.gc.ctx)
    attachments.add_attachment(trio.gc.ctx, owner_type="dispute", owner_id=ref.id, filename="a.pdf", data=b"x")
    content = {n: station_rows(trio.gc, n) for n in ("party", "dispute", "dispute_party", "attachment")}
    [att] = content["attachment"]
    blobs = ([zeros(payload.MAX_MEMBER, n) for n in range(6)] if compressible
             else [os.urandom(payload.MAX_MEMBER - 2 * MiB)])
    content["attachment"] = [changed("attachment", att, "", id=str(uuid.uuid4()), sha256=hashlib.sha256(b).hexdigest(),
                                     size=len(b)) for b in blobs]
    data = bundle(trio.gc, trio.office, content, files={hashlib.sha256(b).hexdigest(): b for b in blobs})
    del blobs
    outcome, mib = peak(trio, office_template, data)
    assert outcome in ("applied", "refused:BundleTooBig") and mib <= LIMIT_MIB
    if not compressible:
        assert outcome == "applied"


def test_a_table_member_of_zeros_without_line_breaks(trio: Trio, office_template: Template) -> None:
    header = jsonsafe.dumps({"columns": list(tables.wire_columns("dispute"))})
    member = header + b"\n" + b"0" * (64 * MiB)
    data = forge(trio.gc, trio.office, members={"t_dispute.jsonl": member}, manifest={"counts": {"dispute": 1}})
    del member
    outcome, mib = peak(trio, office_template, data)
    assert outcome == "refused:BundleTooBig" and mib <= LIMIT_MIB


def test_hundreds_of_thousands_of_long_rows(trio: Trio, office_template: Template) -> None:
    # Valid party rows with every text at its longest, as many as the table member cap allows.
    new_case(trio.gc.ctx)
    [row] = station_rows(trio.gc, "party")[:1]
    long_row = changed("party", row, "", name="名" * 100, occupation="职" * 50, business_name="商" * 100)
    columns = tables.wire_columns("party")
    at = columns.index("id")
    lines = [jsonsafe.dumps({"columns": list(columns)})]
    template_line = jsonsafe.dumps([*long_row[0], []])
    size = 0
    count = 0
    while size < 40 * MiB:
        line = template_line.replace(str(long_row[0][at]).encode(), str(uuid.UUID(int=count + 1)).encode())
        lines.append(line)
        size += len(line) + 1
        count += 1
    member = b"\n".join(lines) + b"\n"
    del lines
    data = forge(trio.gc, trio.office, members={"t_party.jsonl": member}, manifest={"counts": {"party": count}})
    del member
    outcome, mib = peak(trio, office_template, data)
    assert outcome in ("applied", "refused:BundleTooBig") and mib <= LIMIT_MIB


def test_an_audit_chain_at_its_cap(trio: Trio, office_template: Template) -> None:
    event = {"seq": 1, "at": "2026-03-04T02:00:00+00:00", "username": "u" * 200, "action": "update",
             "entity": "dispute", "entity_id": "x" * 36, "detail": {"k": "v"}, "prev_hash": "0" * 64,
             "hash": "1" * 64}
    lines = []
    size = 0
    n = 0
    while size < payload.MAX_AUDIT - 1000:
        n += 1
        line = jsonsafe.dumps({**event, "seq": n})
        lines.append(line)
        size += len(line) + 1
    data = forge(trio.gc, trio.office, members={payload.AUDIT: b"\n".join(lines[:-1]) + b"\n"})
    outcome, mib = peak(trio, office_template, data)
    assert mib <= LIMIT_MIB and outcome.startswith(("applied", "refused"))


@pytest.mark.parametrize("what", ["file", "entries"])
def test_the_caps_themselves_refuse(trio: Trio, what: str) -> None:
    from guanlan_desk.sync import envelope
    from guanlan_desk.sync.errors import BundleTooBig
    from guanlan_desk.sync.importer import import_bytes

    if what == "file":
        data = b"GLBUNDLE" + b"\0" * envelope.MAX_FILE
    else:
        data = forge(trio.gc, trio.office, members={f"m{n}": b"" for n in range(payload.MAX_ENTRIES + 1)})
    with pytest.raises(BundleTooBig):
        import_bytes(trio.office.ctx, data)


def test_attachments_beyond_a_bundles_budget_follow_in_the_next_bundles(trio: Trio, monkeypatch: pytest.MonkeyPatch) -> None:
    from guanlan_desk.sync import exporter

    monkeypatch.setattr(exporter, "ATTACHMENT_BUDGET", 3000)
    ref = new_case(trio.gc.ctx)
    files = [os.urandom(2000) for _ in range(3)]
    for n, data in enumerate(files):
        attachments.add_attachment(trio.gc.ctx, owner_type="dispute", owner_id=ref.id, filename=f"{n}.pdf", data=data)
    got: list[int] = []
    for _ in range(3):  # each bundle carries what fits; the receipt moves the mark on
        [made] = trio.gc.export()
        result = trio.office.take(Path(made.path))[0]
        assert result.status == "applied"
        got.append(result.attachments)
        for back in trio.office.export(peer="GC"):
            trio.gc.take(Path(back.path))
    assert got == [1, 1, 1]
    shown = attachments.list_attachments(trio.office.ctx, ref.id)
    assert sorted(attachments.open_attachment(trio.office.ctx, a.id)[1] for a in shown) == sorted(files)
