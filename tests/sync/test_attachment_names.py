"""An attachment's name is display text only: a name that looks like a path never reaches the file system."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from guanlan_desk.services import attachments
from guanlan_desk.sync.errors import BundleInvalid
from guanlan_desk.sync.importer import import_bytes
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Trio
from tests.sync.forgery import bundle, changed, clock_after, station_rows
from tests.sync.helpers import db_digest

SCAN = b"%PDF-1.4 " + b"scan" * 64


@pytest.mark.parametrize("hostile", ["../../escaped.pdf", "/tmp/w9b-absolute-escape.pdf", "..\\..\\win.pdf",
                                     "sub/dir/x.exe", "证据.pdf.lnk", ""])
def test_a_hostile_attachment_name_from_a_bundle_is_only_shown(trio: Trio, tmp_path: Path, hostile: str) -> None:
    ref = new_case(trio.gc.ctx)
    row = attachments.add_attachment(trio.gc.ctx, owner_type="dispute", owner_id=ref.id, filename="证据.pdf",
                                     data=SCAN)
    [made] = trio.gc.export()
    trio.office.take(Path(made.path))
    [att] = station_rows(trio.gc, "attachment", id=uuid.UUID(row.id))
    # A later bundle from the stolen workstation renames the file.
    renamed = changed("attachment", att, clock_after(trio.gc), filename=hostile)
    result = import_bytes(trio.office.ctx, bundle(trio.gc, trio.office, {"attachment": [renamed]}))
    assert result.status == "applied"
    [shown] = attachments.list_attachments(trio.office.ctx, ref.id)
    assert shown.filename == hostile  # kept as text, for people to read

    viewing = tmp_path / "view" / "inner"
    viewing.mkdir(parents=True)
    path = attachments.save_for_viewing(trio.office.ctx, row.id, viewing)
    assert path.parent == viewing and path.read_bytes() == SCAN
    assert path.name == f"{row.id}{'.pdf' if hostile.endswith('.pdf') else '.bin'}"
    assert [p.name for p in (tmp_path / "view").rglob("*") if p.is_file()] == [path.name]
    assert not (tmp_path / "escaped.pdf").exists()
    assert not Path("/tmp/w9b-absolute-escape.pdf").exists()


@pytest.mark.parametrize("sha", ["../../x", "/abs/x", "A" * 64, "0" * 63, "g" * 64])
def test_an_attachment_hash_that_is_not_64_hex_digits_is_refused(trio: Trio, sha: str) -> None:
    ref = new_case(trio.gc.ctx)
    row = attachments.add_attachment(trio.gc.ctx, owner_type="dispute", owner_id=ref.id, filename="a.pdf", data=SCAN)
    content = {name: station_rows(trio.gc, name) for name in ("party", "dispute", "dispute_party", "attachment")}
    [att] = content["attachment"]
    content["attachment"] = [changed("attachment", att, "", sha256=sha)]
    before = db_digest(trio.office.db)
    with pytest.raises(BundleInvalid, match="SHA-256"):
        import_bytes(trio.office.ctx, bundle(trio.gc, trio.office, content))
    assert db_digest(trio.office.db) == before
    assert row.sha256 != sha


def test_the_viewing_name_keeps_only_allowed_extensions() -> None:
    some = str(uuid.uuid4())
    assert attachments.safe_file_name(some, "合同.PDF") == f"{some}.pdf"
    assert attachments.safe_file_name(some, "照片.jpeg") == f"{some}.jpeg"
    for bad in ("run.exe", "x.bat", "a.pdf.lnk", "page.html", "../../x", "/abs/x", "noext", "..", "C:\\x.cmd"):
        assert attachments.safe_file_name(some, bad) == f"{some}.bin"
