"""A small office with three communities (GC, KK, DF) whose figures are counted by hand in the tests.

The first quarter of 2026 (the test clock stands at 2026-03-04):

| no | community | received   | type  | source             | venue | status        | agreement (fen)       | persons | flags        |
|----|-----------|------------|-------|--------------------|-------|---------------|-----------------------|---------|--------------|
| G1 | GC        | 2026-01-05 | 10.01 | party_application  | micro | settled       | written 500000, instal| 2       |              |
| G2 | GC        | 2026-01-20 | 10    | grid_screening     | park  | performed     | oral 1000000, full    | 5       | 可能民转刑    |
| G3 | GC        | 2026-02-03 | 02    | committee_init.    | micro | not_settled   |                       | 2       |              |
| G4 | GC        | 2026-02-10 | 01    | court_pre_filing   | —     | mediating     |                       | 3       |              |
| G5 | GC        | 2026-02-15 | 14    | party_application  | micro | declined      |                       | 2       |              |
| G6 | GC        | 2025-12-20 | 10    | party_application  | micro | settled       | written 100000        | 2       | (outside Q1) |
| K1 | KK        | 2026-01-08 | 06    | police             | micro | archived      | written 2000000, full | 2       | JC applied   |
| K2 | KK        | 2026-03-01 | 10    | party_application  | park  | followed_up   | written 300000, full  | 12      | 可能群体性上访 |
| K3 | KK        | 2026-03-02 | 99    | hotline_12345      | micro | withdrawn     |                       | 2       |              |
| K4 | KK        | 2026-03-03 | 02    | grid_screening     | micro | archived      | (none)                | 2       |              |
| D1 | DF        | 2026-02-01 | 13    | court_entrusted    | micro | referred      |                       | 2       |              |
| D2 | DF        | 2026-02-02 | 10.02 | party_application  | park  | settled       | oral, no amount       | 4       | 可能民转刑    |
| D3 | DF        | 2026-03-31 | 04    | committee_init.    | micro | registered    |                       | 2       |              |

Risk items: R1 GC red petition 王书记 found 01-10 deadline 02-01 in progress; R2 GC yellow safety 王书记 found
2025-11-01 closed 02-20; R3 KK orange latent 李主任 found 02-05 closed 02-25; R4 KK red key person (no leader)
found 03-03 deadline 04-30; R5 DF blue found 2025-10-01 closed 2025-12-01 (outside).
Legal-clarity persons: P1, P2 GC registered, P3 GC candidate, P4 KK registered, P5 KK removed, P6 DF registered;
trainings P1+P2 01-15 "人民调解法", P4 02-20 "民法典" (P1 2025-12-01 outside); services P1 01-20 publicity 50,
P2 01-20 publicity 30 (same GC event), P4 01-20 publicity 20 (KK), P1 02-02 mediation 2 (P6 2025-12-05 outside).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone
from typing import Any

from guanlan_desk.services.context import Ctx
from guanlan_desk.services.reference import OFFICE_CODE, reference_id
from guanlan_desk.store.models import (
    Agreement,
    Dispute,
    LcpService,
    LcpTraining,
    LegalClarityPerson,
    RiskItem,
)

MICRO = "micro"
PARK = "park"
NAMES = ("张三丰", "李四光")

DISPUTES: tuple[tuple[Any, ...], ...] = (
    # no, community, received, type, subtype, source, venue, status, agreement (kind, fen, performance), persons, flags, jc
    ("G1", "GC", date(2026, 1, 5), "10", "10.01", "party_application", MICRO, "settled", ("written", 500000, "instalments"), 2, "", False),
    ("G2", "GC", date(2026, 1, 20), "10", "", "grid_screening", PARK, "performed", ("oral", 1000000, "full"), 5, "可能民转刑", False),
    ("G3", "GC", date(2026, 2, 3), "02", "", "committee_initiative", MICRO, "not_settled", None, 2, "", False),
    ("G4", "GC", date(2026, 2, 10), "01", "", "court_pre_filing", None, "mediating", None, 3, "", False),
    ("G5", "GC", date(2026, 2, 15), "14", "", "party_application", MICRO, "declined", None, 2, "", False),
    ("G6", "GC", date(2025, 12, 20), "10", "", "party_application", MICRO, "settled", ("written", 100000, ""), 2, "", False),
    ("K1", "KK", date(2026, 1, 8), "06", "", "police", MICRO, "archived", ("written", 2000000, "full"), 2, "", True),
    ("K2", "KK", date(2026, 3, 1), "10", "", "party_application", PARK, "followed_up", ("written", 300000, "full"), 12,
     "可能群体性上访,群体性", False),
    ("K3", "KK", date(2026, 3, 2), "99", "", "hotline_12345", MICRO, "withdrawn", None, 2, "", False),
    ("K4", "KK", date(2026, 3, 3), "02", "", "grid_screening", MICRO, "archived", None, 2, "", False),
    ("D1", "DF", date(2026, 2, 1), "13", "", "court_entrusted", MICRO, "referred", None, 2, "", False),
    ("D2", "DF", date(2026, 2, 2), "10", "10.02", "party_application", PARK, "settled", ("oral", None, ""), 4, "可能民转刑", False),
    ("D3", "DF", date(2026, 3, 31), "04", "", "committee_initiative", MICRO, "registered", None, 2, "", False),
)

RISKS: tuple[tuple[Any, ...], ...] = (
    # code, community, grid, category, level, leader, found, deadline, status, closed
    ("R1", "GC", "GC01", "petition", "red", "王书记", date(2026, 1, 10), date(2026, 2, 1), "in_progress", None),
    ("R2", "GC", "GC02", "safety", "yellow", "王书记", date(2025, 11, 1), None, "closed", date(2026, 2, 20)),
    ("R3", "KK", "KK02", "latent_dispute", "orange", "李主任", date(2026, 2, 5), None, "closed", date(2026, 2, 25)),
    ("R4", "KK", "KK01", "key_person", "red", "", date(2026, 3, 3), date(2026, 4, 30), "unresolved", None),
    ("R5", "DF", "DF01", "safety", "blue", "赵主任", date(2025, 10, 1), None, "closed", date(2025, 12, 1)),
)

PERSONS: tuple[tuple[str, str, str], ...] = (
    ("P1", "GC", "registered"), ("P2", "GC", "registered"), ("P3", "GC", "candidate"),
    ("P4", "KK", "registered"), ("P5", "KK", "removed"), ("P6", "DF", "registered"),
)
TRAININGS = (("P1", date(2026, 1, 15), "人民调解法"), ("P2", date(2026, 1, 15), "人民调解法"),
             ("P4", date(2026, 2, 20), "民法典"), ("P1", date(2025, 12, 1), "宪法"))
SERVICES = (("P1", date(2026, 1, 20), "publicity", 50), ("P2", date(2026, 1, 20), "publicity", 30),
            ("P4", date(2026, 1, 20), "publicity", 20), ("P1", date(2026, 2, 2), "mediation", 2),
            ("P6", date(2025, 12, 5), "publicity", 40))


def _id(key: str) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"guanlan-test:{key}")


def seed(ctx: Ctx, communities: tuple[str, ...] = ("GC", "KK", "DF")) -> None:
    """Write the fixture's records of ``communities`` (same ids in every data folder)."""
    at = datetime(2026, 3, 4, 2, 0, tzinfo=timezone.utc)
    with ctx.write() as session:
        for no, code, received, dtype, subtype, source, venue, status, agreement, persons, flags, jc in DISPUTES:
            if code not in communities:
                continue
            venue_id = None
            if venue == MICRO:
                venue_id = reference_id("venue", f"{code}:micro")
            elif venue == PARK:
                venue_id = reference_id("venue", f"{OFFICE_CODE}:park")
            grid = reference_id("grid", f"{code}01")
            session.add(Dispute(
                id=_id(no), case_no=f"（{received.year}）{code}调字第{no}号", case_year=received.year, case_serial=1,
                community_code=code, grid_id=grid, title=f"{NAMES[0]}与{NAMES[1]}纠纷{no}", dispute_type=dtype,
                subtype=subtype, source=source, venue_id=venue_id, received_on=received, party_names=" ".join(NAMES),
                persons_involved=persons, flags=_codes(flags), status=status,
                prevented_criminal_persons=persons if "可能民转刑" in flags else 0,
                prevented_petition_persons=persons if "可能群体性上访" in flags else 0, status_changed_at=at, jc_requested=jc,
                summary=f"{NAMES[0]}称{NAMES[1]}欠款。", closed_on=received if agreement else None))
        session.flush()
        for no, code, received, *_rest in DISPUTES:
            agreement = _rest[5]
            if code in communities and agreement is not None:
                kind, fen, performance = agreement
                session.add(Agreement(dispute_id=_id(no), kind=kind, amount_fen=fen, performance=performance,
                                      effective_on=received))
        for code, community, grid, category, level, leader, found, deadline, status, closed in RISKS:
            if community not in communities:
                continue
            session.add(RiskItem(
                id=_id(code), code=code, code_year=found.year, code_serial=1, category=category,
                community_code=community, grid_id=reference_id("grid", grid), title=f"隐患{code}", found_on=found,
                level=level, leader_name=leader, deadline=deadline, status=status, status_changed_at=at,
                closed_on=closed, responsible_phone="13800138000"))
        for no, community, status in PERSONS:
            if community not in communities:
                continue
            session.add(LegalClarityPerson(id=_id(no), name=f"王{no}明", community_code=community, status=status,
                                           phone="13912345678", certificate_no=f"FLMBR-{no}"))
        session.flush()
        present = {no for no, community, _ in PERSONS if community in communities}
        for no, day, topic in TRAININGS:
            if no in present:
                session.add(LcpTraining(person_id=_id(no), held_on=day, topic=topic, mode="offline"))
        for no, day, kind, served in SERVICES:
            if no in present:
                session.add(LcpService(person_id=_id(no), served_on=day, kind=kind, people_served=served))
        session.commit()


def _codes(flags: str) -> str:
    """The table above in words; stored as CaseFlag codes (the prevented outcomes the statistics count)."""
    words = {"可能民转刑": "crim_prevented", "可能群体性上访": "petition_prevented", "群体性": "mass"}
    return ",".join(words.get(w, w) for w in flags.split(",") if w)
