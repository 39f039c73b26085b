"""Migration 0008 on a workstation with data: flags stored as words become codes, free-text mediators join the
roster (the same id on every workstation), 政治面貌/文化程度 words become codes, cases get a status history."""

from __future__ import annotations

import sqlite3
import uuid

from alembic import command
from alembic.script import ScriptDirectory

from guanlan_desk.domain.enums import DisputeRole, DisputeType, PartyKind, Source
from guanlan_desk.services import disputes, dispute_steps, lcp
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.disputes import DisputeInput, DisputePartyInput, MediatorInput
from guanlan_desk.services.lcp import LcpInput
from guanlan_desk.services.parties import PartyInput
from guanlan_desk.store import migrate
from guanlan_desk.store.engine import DB_NAME, make_engine
from tests.services.test_disputes_core import TODAY


def _case(ctx: Ctx, mediator: str) -> str:
    return disputes.register_dispute(ctx, DisputeInput(
        DisputeType.NEIGHBOUR, Source.PARTY_APPLICATION, TODAY,
        parties=(DisputePartyInput(DisputeRole.APPLICANT, PartyInput(PartyKind.PERSON, "甲")),
                 DisputePartyInput(DisputeRole.RESPONDENT, PartyInput(PartyKind.PERSON, "乙"))),
        mediators=(MediatorInput(mediator, is_lead=True),))).id


def test_upgrade_turns_words_into_codes_and_names_into_the_roster(admin: Ctx) -> None:
    first = _case(admin, "陈志强")
    second = _case(admin, " 陈志强 ")
    dispute_steps.accept_dispute(admin, second)
    lcp.create_lcp(admin, LcpInput(name="赵敏"))
    path = admin.db.data_dir / DB_NAME
    admin.db.close()
    previous = ScriptDirectory.from_config(migrate.alembic_config()).get_revision("0008").down_revision
    assert isinstance(previous, str)
    engine = make_engine(path)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), previous)
    engine.dispose()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE dispute SET flags = '群体性,涉稳'")
    raw.execute("UPDATE legal_clarity_person SET political_status = '中共党员', education = '大专'")
    raw.commit()
    raw.close()
    engine = make_engine(path)
    with engine.begin() as conn:
        migrate.upgrade(conn)
    engine.dispose()
    raw = sqlite3.connect(path)
    try:
        assert {r[0] for r in raw.execute("SELECT flags FROM dispute")} == {"mass,stability"}
        assert raw.execute("SELECT political_status, education FROM legal_clarity_person").fetchall() == [
            ("cpc", "college")]
        roster = raw.execute("SELECT id, name, role, community_code FROM mediator").fetchall()
        assert [(r[1], r[2], r[3]) for r in roster] == [("陈志强", "mediator", "GC")]
        expected = uuid.uuid5(uuid.UUID("6f1c2a52-8d0e-4b7e-9a37-2f0c5e1d9b11"), "mediator:GC:陈志强")
        assert uuid.UUID(roster[0][0]) == expected  # every workstation migrating its copy makes the same row
        assert {r[0] for r in raw.execute("SELECT mediator_id FROM dispute_mediator")} == {roster[0][0]}
        steps = raw.execute("SELECT dispute_id, from_status, to_status FROM dispute_status_change "
                            "ORDER BY dispute_id, to_status").fetchall()
        by_case = {uuid.UUID(first).hex: [], uuid.UUID(second).hex: []}  # type: dict[str, list[str]]
        for dispute_id, _before, after in steps:
            by_case[dispute_id].append(after)
        assert sorted(by_case[uuid.UUID(first).hex]) == ["registered"]
        assert sorted(by_case[uuid.UUID(second).hex]) == ["accepted", "registered"]
    finally:
        raw.close()
