"""No plaintext ID numbers or phones in bundles, the receiver's database, WAL or backlog; no names in bundles."""

from __future__ import annotations

import uuid
from pathlib import Path

from guanlan_desk.domain.enums import DisputeRole, DisputeType, IdType, PartyKind, Source
from guanlan_desk.services import disputes
from guanlan_desk.services.disputes import DisputeInput, DisputePartyInput
from guanlan_desk.services.parties import PartyInput
from guanlan_desk.store.models import Party
from guanlan_desk.sync import status
from tests.conftest import FakeClock
from tests.services.test_disputes_core import TODAY
from tests.sync.conftest import Station, Trio
from tests.sync.helpers import edit

ID_NUMBER = "11010519491231002X"
PHONE = "13800138000"
OTHER_PHONES = ("13912345678", "13712345678")
NAME = "欧阳明珠"


def _forms(value: str) -> list[bytes]:
    return [value.encode("utf-8"), value.encode("utf-16-le"), value.encode("gbk")]


def _files(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*") if p.is_file()]


def _assert_absent(files: list[Path], secrets: list[str]) -> None:
    assert files
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            for form in _forms(secret):
                assert form not in data, f"{secret!r} in plaintext in {path.name}"


def _register(station: Station) -> str:
    person = PartyInput(kind=PartyKind.PERSON, name=NAME, id_type=IdType.RESIDENT_ID, id_number=ID_NUMBER,
                        phone=PHONE, address="观澜街道观城社区某某路1号")
    org = PartyInput(kind=PartyKind.LEGAL_PERSON, name="深圳市观澜精密五金有限公司")
    ref = disputes.register_dispute(station.ctx, DisputeInput(
        dispute_type=DisputeType.LABOUR, source=Source.PARTY_APPLICATION, received_on=TODAY, summary="拖欠工资。",
        parties=(DisputePartyInput(DisputeRole.APPLICANT, person), DisputePartyInput(DisputeRole.RESPONDENT, org))))
    detail = disputes.get_dispute(station.ctx, ref.id)
    return next(p.party_id for p in detail.parties if p.name == NAME)


def test_personal_data_never_appears_in_plaintext_on_the_way_or_at_the_office(trio: Trio, clock: FakeClock) -> None:
    party_id = _register(trio.gc)
    [first] = trio.gc.export()
    trio.office.take(Path(first.path))
    # A same-field clash on the phone: the losing value waits in the conflict list, encrypted too.
    edit(trio.gc, Party, party_id, phone=OTHER_PHONES[0])
    clock.advance(minutes=3)
    edit(trio.office, Party, party_id, phone=OTHER_PHONES[1])
    [second] = trio.gc.export()
    trio.office.take(Path(second.path))
    assert [c.field for c in status.list_conflicts(trio.office.ctx)] == ["phone"]
    for station in (trio.gc, trio.office):
        station.db.engine.dispose()
    secrets = [ID_NUMBER, PHONE, *OTHER_PHONES]
    _assert_absent(_files(trio.gc.outbox), [*secrets, NAME])
    _assert_absent(_files(trio.office.db.data_dir), secrets)
    # The control: the scan does see what is stored in the clear (names stay searchable by design).
    assert any(NAME.encode() in p.read_bytes() for p in _files(trio.office.db.data_dir))
    with trio.office.ctx.read() as s:
        party = s.get(Party, uuid.UUID(party_id))
        assert party is not None and party.id_number == ID_NUMBER and party.phone == OTHER_PHONES[1]
