"""Attachments are encrypted on disk and refused when tampered; notices to attend are per party."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from guanlan_desk.services import attachments, audit, disputes, notices
from guanlan_desk.services.attachments import AttachmentDamaged
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.errors import PermissionDenied, RuleViolation
from guanlan_desk.services.notices import NoticeInput
from tests.services.test_disputes_core import new_case

SCAN = "身份证复印件 44030919850317241X".encode("utf-8") * 50


def test_attachment_round_trip_encrypted_and_audited(mediator: Ctx) -> None:
    ref = new_case(mediator)
    row = attachments.add_attachment(mediator, owner_type="dispute", owner_id=ref.id, filename="../../证据.jpg",
                                     data=SCAN, kind="证据")
    assert row.filename == "证据.jpg" and row.media_type == "image/jpeg"
    stored = attachments.blob_path(mediator.db, row.sha256).read_bytes()
    assert "44030919850317241X".encode() not in stored
    meta, data = attachments.open_attachment(mediator, row.id)
    assert data == SCAN and meta.id == row.id
    assert audit.actions_for(mediator, row.id) == ["create", "unmask"]
    attachments.remove_attachment(mediator, row.id)
    assert attachments.list_attachments(mediator, ref.id) == []


def test_a_tampered_attachment_is_refused(mediator: Ctx) -> None:
    ref = new_case(mediator)
    row = attachments.add_attachment(mediator, owner_type="dispute", owner_id=ref.id, filename="a.pdf", data=SCAN)
    path = attachments.blob_path(mediator.db, row.sha256)
    blob = bytearray(path.read_bytes())
    blob[40] ^= 1
    path.write_bytes(bytes(blob))
    with pytest.raises(AttachmentDamaged):
        attachments.open_attachment(mediator, row.id)


def test_viewers_cannot_attach(mediator: Ctx, viewer: Ctx) -> None:
    ref = new_case(mediator)
    with pytest.raises(PermissionDenied):
        attachments.add_attachment(viewer, owner_type="dispute", owner_id=ref.id, filename="x.png", data=b"x")


def test_one_notice_per_party_and_delivery(mediator: Ctx) -> None:
    ref = new_case(mediator)
    detail = disputes.get_dispute(mediator, ref.id)
    when = datetime(2026, 3, 10, 1, 30, tzinfo=timezone.utc)
    for p in detail.parties:
        notices.issue_notice(mediator, ref.id, NoticeInput(p.party_id, when, "观城社区微调解室",
                                                           contact_person="陈志强", contact_phone="0755-28001234"))
    rows = notices.notices_of(mediator, ref.id)
    assert [r.party_name for r in rows] == [p.name for p in detail.parties]
    delivered = notices.record_delivery(mediator, rows[0].id, method="当面", delivered_on=date(2026, 3, 5),
                                        receipt_signed=True)
    assert delivered.receipt_signed and delivered.contact_phone == "0755-28001234"
    with pytest.raises(RuleViolation):
        notices.issue_notice(mediator, ref.id, NoticeInput(
            "00000000-0000-0000-0000-000000000000", when, "观城社区微调解室"))


def test_listing_and_opening_a_records_files_need_the_records_read_permission(mediator: Ctx,
                                                                             grid_officer: Ctx) -> None:
    ref = new_case(mediator)
    row = attachments.add_attachment(mediator, owner_type="dispute", owner_id=ref.id, filename="调解笔录.pdf",
                                     data=SCAN)
    with pytest.raises(PermissionDenied):  # the grid role may not read disputes: not even the file names
        attachments.list_attachments(grid_officer, ref.id)
    with pytest.raises(PermissionDenied):
        attachments.open_attachment(grid_officer, row.id)
    assert [r.filename for r in attachments.list_attachments(mediator, ref.id)] == ["调解笔录.pdf"]
