"""Demo data: a realistic Guanlan data folder, deterministic for a seed, generated with bulk inserts.

A demo folder is marked as demo; its accounts share the demo password, which opens the key slots (no key file).
"""

from __future__ import annotations

import random
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select, text

from guanlan_desk.domain import case_number, deadlines
from guanlan_desk.domain.documents import blind_index_form
from guanlan_desk.domain.enums import (
    AgreementKind,
    CaseFlag,
    DisputeRole,
    DisputeStatus,
    DisputeType,
    IdType,
    KeyPersonKind,
    LcpIdentity,
    LcpStatus,
    PartyKind,
    Performance,
    ReviewKind,
    RiskCategory,
    RiskStatus,
    Role,
    Satisfaction,
    SelectionMethod,
    ServiceKind,
    SessionKind,
    SessionOutcome,
    Sex,
    Source,
    TrainingMode,
    WorkstationRole,
    join_flags,
)
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.hlc import Hlc
from guanlan_desk.domain.localtime import local_today
from guanlan_desk.domain.names import DemoPeople
from guanlan_desk.services import accounts, committees, demo_supervision
from guanlan_desk.services.context import Actor, Ctx, load_config, save_config
from guanlan_desk.services.demo_account import DEMO_PASSWORD as DEMO_PASSWORD
from guanlan_desk.services.setup import set_up_workstation
from guanlan_desk.store import search, tracking
from guanlan_desk.store.base import Base
from guanlan_desk.store.engine import Database
from guanlan_desk.store.models import (
    Agreement,
    Community,
    Dispute,
    DisputeMediator,
    DisputeParty,
    DisputeStatusChange,
    FollowUp,
    Grid,
    LcpService,
    LcpStatusChange,
    LcpTraining,
    LegalClarityPerson,
    MediationSchedule,
    MediationSession,
    Mediator,
    Party,
    RiskItem,
    RiskReview,
    Venue,
)

BATCH = 5000
Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


class Cancelled(Exception):
    """The progress callback asked to stop; the demo folder is removed."""


_TOPICS: dict[DisputeType, tuple[str, ...]] = {
    DisputeType.MARRIAGE_FAMILY: ("赡养费", "离婚后子女抚养", "家庭财产分割", "遗产继承"),
    DisputeType.NEIGHBOUR: ("噪音扰民", "楼上漏水", "公共通道堆放杂物", "宠物伤人"),
    DisputeType.HOUSING_HOMESTEAD: ("房屋租赁押金", "房屋买卖定金", "违建遮挡采光"),
    DisputeType.CONTRACT: ("装修合同", "货款拖欠", "借款合同"),
    DisputeType.PRODUCTION_BUSINESS: ("厂房租赁", "合伙经营分红", "设备买卖"),
    DisputeType.DAMAGE_COMPENSATION: ("人身损害赔偿", "财产损害赔偿", "高空坠物致损"),
    DisputeType.FOREST_LAND: ("土地使用权",),
    DisputeType.REQUISITION_DEMOLITION: ("城市更新补偿", "旧改搬迁安置"),
    DisputeType.ENVIRONMENT: ("餐饮油烟", "工厂噪声", "粉尘污染"),
    DisputeType.LABOUR: ("拖欠工资", "工伤赔偿", "经济补偿金", "加班费", "解除劳动合同"),
    DisputeType.CONSUMER: ("预付卡退费", "产品质量", "维修服务"),
    DisputeType.MEDICAL: ("诊所医疗费用", "医疗损害"),
    DisputeType.TRAFFIC: ("电动车碰撞", "机动车剐蹭", "交通事故赔偿"),
    DisputeType.PROPERTY_MANAGEMENT: ("物业费", "停车位管理", "电梯维修费用分摊"),
    DisputeType.OTHER: ("邻里口角", "宠物饲养"),
}
# Roughly Shenzhen's mix: labour first, then damages and family (sf.sz.gov.cn).
_TYPE_WEIGHTS: dict[DisputeType, int] = {
    DisputeType.LABOUR: 24, DisputeType.DAMAGE_COMPENSATION: 12, DisputeType.MARRIAGE_FAMILY: 10,
    DisputeType.NEIGHBOUR: 10, DisputeType.CONTRACT: 8, DisputeType.HOUSING_HOMESTEAD: 7,
    DisputeType.PROPERTY_MANAGEMENT: 7, DisputeType.TRAFFIC: 6, DisputeType.CONSUMER: 5,
    DisputeType.PRODUCTION_BUSINESS: 4, DisputeType.ENVIRONMENT: 2, DisputeType.MEDICAL: 2,
    DisputeType.REQUISITION_DEMOLITION: 1, DisputeType.FOREST_LAND: 1, DisputeType.OTHER: 1,
}
_STATUS_WEIGHTS: dict[DisputeStatus, int] = {
    DisputeStatus.REGISTERED: 3, DisputeStatus.ACCEPTED: 4, DisputeStatus.MEDIATING: 8,
    DisputeStatus.SETTLED: 10, DisputeStatus.PERFORMED: 12, DisputeStatus.FOLLOWED_UP: 15,
    DisputeStatus.ARCHIVED: 35, DisputeStatus.NOT_SETTLED: 5, DisputeStatus.DECLINED: 2,
    DisputeStatus.REFERRED: 3, DisputeStatus.WITHDRAWN: 2, DisputeStatus.NOT_PERFORMED: 1,
}
_SETTLED = {DisputeStatus.SETTLED, DisputeStatus.PERFORMED, DisputeStatus.NOT_PERFORMED, DisputeStatus.FOLLOWED_UP}
_MEDIATORS = ("陈志强", "李秀梅", "黄建华", "刘晓燕", "张伟", "王丽娟", "吴国平", "林小红")
_LEADERS = (("何建国", "观澜街道党工委委员"), ("周海峰", "社区党委书记"), ("罗志明", "社区居委会主任"),
            ("郑丽华", "平安办主任"))


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What was generated."""

    data_dir: Path
    disputes: int
    parties: int
    risks: int
    lcps: int
    username: str
    password: str
    other_users: tuple[str, ...] = ()  # the other demo logins (same password)


class _Stamper:
    """Fills the sync columns for bulk rows (the ORM hook does not see Core inserts)."""

    def __init__(self, db: Database, session: Any, rng: random.Random) -> None:
        self.rng = rng
        self.origin = db.workstation.id
        self.now = db.clock()
        self.session = session
        self.hlc = Hlc(int(self.now.timestamp() * 1000), 0, self.origin).encode()

    def rows(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        first = tracking.reserve_seq(self.session, len(rows))
        for offset, row in enumerate(rows):
            row.setdefault("id", _next_id(self.rng))
            row.update(origin=self.origin, created_at=self.now, updated_at=self.now, hlc=self.hlc, version=1,
                       change_seq=first + offset, deleted_at=None)
        return rows


_ID_CLOCK = [0]
# The community's own review kinds (instructions come from the office), fixed so demo output stays stable.
_DEMO_REVIEW_KINDS = (ReviewKind.ASSESSMENT, ReviewKind.CONTROL, ReviewKind.PROGRESS, ReviewKind.VISIT)


def _next_id(rng: random.Random) -> uuid.UUID:
    """Time-ordered (UUIDv7-shaped) and deterministic for the seed: primary keys grow at the end of the
    B-tree instead of landing at random pages, which keeps 100,000-case generation fast."""
    _ID_CLOCK[0] += 1
    return uuid.UUID(int=((1_700_000_000_000 + _ID_CLOCK[0]) << 80) | (0x7 << 76) | rng.getrandbits(76))


def _insert(session: Any, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """A bulk insert straight through the driver's executemany, with the columns' own bind processors
    (encryption, UUIDs, UTC times) applied: 2–3 times faster than a Core insert for big batches."""
    if not rows:
        return
    table: Table = Base.metadata.tables[model.__tablename__]
    conn = session.connection()
    columns = list(table.columns)
    processors = [c.type._cached_bind_processor(conn.dialect) for c in columns]
    sql = (f"INSERT INTO {table.name} ({', '.join(c.name for c in columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    names = [c.name for c in columns]
    memo: dict[tuple[str, int], Any] = {}

    def bind(name: str, processor: Any, value: Any) -> Any:
        # Sync columns repeat one object (the batch's timestamp) on every row: process it once.
        if processor is None or value is None:
            return value
        key = (name, id(value))
        if key not in memo:
            memo[key] = processor(value)
        return memo[key]

    constant = {"created_at", "updated_at", "hlc", "origin"}
    conn.exec_driver_sql(sql, [
        tuple(bind(n, p, row[n]) if n in constant else (p(row[n]) if p is not None else row[n])
              for n, p in zip(names, processors)) for row in rows])


_ROSTER_ROLES = ("director", "deputy", "member", "member", "full_time", "mediator", "mediator", "invited")
_DEMO_NAMESPACE = uuid.UUID("0d6c1f3e-5b0a-4c2e-8f61-3c9a7e2b4d10")


def _roster(session: Any, stamper: _Stamper, rng: random.Random, codes: list[str]) -> dict[tuple[str, str], uuid.UUID]:
    """Each community's committee roster (the demo mediators), keyed by (community, name)."""
    people = DemoPeople(rng)
    rows, out = [], {}
    for community in codes:
        for n, name in enumerate(_MEDIATORS):
            mediator_id = uuid.uuid5(_DEMO_NAMESPACE, f"{community}:{name}")
            out[(community, name)] = mediator_id
            rows.append({"id": mediator_id, "community_code": community, "name": name,
                         "sex": (Sex.FEMALE if name[-1] in "梅燕娟红" else Sex.MALE).value,
                         "role": _ROSTER_ROLES[n % len(_ROSTER_ROLES)],
                         "certificate_no": f"GDTJ-{community}-{n + 1:03d}", "phone": people.mobile(),
                         "trainings": "2025-04 人民调解业务培训（16学时）\n2025-10 民法典专题培训（8学时）",
                         "active": True})
    _insert(session, Mediator, stamper.rows(rows))
    return out


def _demo_flags(rng: random.Random) -> dict[str, Any]:
    """A few cases carry risk marks and prevention outcomes, as real ledgers do (a few per cent)."""
    flags = []
    criminal = petition = 0
    persons = 2
    roll = rng.random()
    if roll < 0.04:
        flags.append(CaseFlag.MASS)
        persons = rng.randint(10, 60)
    if roll < 0.015:
        flags.append(CaseFlag.PETITION_RISK)
        if rng.random() < 0.8:
            flags.append(CaseFlag.PETITION_PREVENTED)
            petition = rng.randint(5, persons)
    if 0.04 <= roll < 0.06:
        flags += [CaseFlag.CRIMINAL_RISK, CaseFlag.CRIMINAL_PREVENTED]
        criminal = 2
    if 0.06 <= roll < 0.08:
        flags.append(CaseFlag.MINOR)
    return {"flags": join_flags(flags), "persons_involved": persons, "prevented_criminal_persons": criminal,
            "prevented_petition_persons": petition}


def _cn_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _utc(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour)).replace(tzinfo=timezone.utc) - timedelta(hours=8)


def generate(
    data_dir: Path, *, records: int, seed: int, role: WorkstationRole = WorkstationRole.COMMUNITY,
    community_code: str = "GP", today: date | None = None, progress: Progress | None = None,
) -> DemoSummary:
    """Create a demo data folder with ``records`` disputes and proportionate risks and volunteers."""
    if data_dir.exists() and any(data_dir.iterdir()):
        raise ValidationError("data_dir", QT_TRANSLATE_NOOP(
            "errors", "The folder {path} is not empty; demo data goes into a new folder."), path=str(data_dir))
    result = set_up_workstation(
        data_dir, role=role, community_code=community_code if role == WorkstationRole.COMMUNITY else "GLJD",
        name="演示工作站", admin_username="admin", admin_name="演示管理员", admin_password=DEMO_PASSWORD, demo=True,
    )
    db = result.db
    try:
        summary = _fill(db, records=records, seed=seed, today=today or local_today(), progress=progress)
    except BaseException:
        db.close()
        shutil.rmtree(data_dir, ignore_errors=True)
        raise
    ctx = Ctx(db, Actor.system(Role.OFFICE_ADMIN if role == WorkstationRole.OFFICE else Role.ADMIN))
    for username, name, user_role in _demo_users(role):
        accounts.add_user(ctx, username=username, display_name=name, role=user_role, password=DEMO_PASSWORD)
    db.close()
    return replace(summary, other_users=tuple(name for name, _, _ in _demo_users(role)))


def _demo_users(role: WorkstationRole) -> list[tuple[str, str, Role]]:
    if role == WorkstationRole.OFFICE:
        return [("staff", "街道工作人员", Role.OFFICE_STAFF)]
    return [("mediator", "陈志强", Role.MEDIATOR), ("grid", "刘网格", Role.GRID_OFFICER), ("viewer", "查看员", Role.VIEWER)]


def _fill(db: Database, *, records: int, seed: int, today: date, progress: Progress | None) -> DemoSummary:
    rng = random.Random(seed)
    # Roster, flags and history draw from their own generator, so the rest of the demo stays as it was.
    extra = random.Random(seed * 7919 + 11)
    _ID_CLOCK[0] = 0
    people = DemoPeople(rng)
    total_steps = records + max(1, records // 10) + max(1, records // 100)
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None and not progress(done, total_steps):
            raise Cancelled()

    with db.writes() as session:
        # Generated demo data only: a crash just means generating again, so skip the per-commit fsync and
        # keep the big transaction in memory instead of spilling it to the WAL page by page.
        session.execute(text("PRAGMA cache_size=-400000"))
        # A demo community numbers tens of thousands of cases a year on one workstation.
        config = replace(load_config(session), case_serial_block=1_000_000)
        save_config(session, config)
        stamper = _Stamper(db, session, rng)
        communities = {c.code: c for c in session.scalars(select(Community))}
        own = db.workstation.community_code
        codes = [own] if own in communities and db.workstation.role == "community" else [
            c for c in communities if c != "GLJD"]
        grids = {c: list(session.scalars(select(Grid.id).where(Grid.community_code == c))) for c in codes}
        committee_of = {c: committees.committee_in(session, c) for c in codes}
        venues = {c: list(session.scalars(select(Venue.id).where(Venue.community_code == c))) for c in codes}
        serials: dict[tuple[str, int], int] = {}
        types = list(_TYPE_WEIGHTS)
        type_w = list(_TYPE_WEIGHTS.values())
        statuses = list(_STATUS_WEIGHTS)
        status_w = list(_STATUS_WEIGHTS.values())
        block: dict[str, list[dict[str, Any]]] = {k: [] for k in (
            "party", "dispute", "dp", "dm", "session", "schedule", "agreement", "follow", "history")}
        roster = _roster(session, stamper, extra, codes)
        dispute_ids: list[uuid.UUID] = []

        def flush() -> None:
            for key, model in (("party", Party), ("dispute", Dispute), ("dp", DisputeParty),
                               ("dm", DisputeMediator), ("session", MediationSession),
                               ("schedule", MediationSchedule), ("agreement", Agreement),
                               ("follow", FollowUp), ("history", DisputeStatusChange)):
                if block[key]:
                    _insert(session, model, stamper.rows(block[key]))
                    block[key] = []

        for i in range(records):
            community = codes[i % len(codes)]
            received = today - timedelta(days=int(rng.triangular(0, 900, 30)))
            dtype = rng.choices(types, type_w)[0]
            status = rng.choices(statuses, status_w)[0]
            if received > today - timedelta(days=20) and status in (DisputeStatus.ARCHIVED, DisputeStatus.FOLLOWED_UP):
                status = DisputeStatus.MEDIATING
            names = []
            party_rows = []
            for position, role in enumerate((DisputeRole.APPLICANT, DisputeRole.RESPONDENT)):
                org = dtype in (DisputeType.LABOUR, DisputeType.PROPERTY_MANAGEMENT, DisputeType.CONSUMER) \
                    and role == DisputeRole.RESPONDENT and rng.random() < 0.7
                party = _party(people, rng, community, communities[community].name, org, db)
                block["party"].append(party)
                names.append(party["name"])
                party_rows.append({"dispute_id": None, "party_id": party["id"], "role": role.value, "position": position})
            year = received.year
            last = serials.get((community, year))
            serial = case_number.next_serial(last, db.workstation.number, config.case_serial_block)
            serials[(community, year)] = serial
            number = case_number.format_case_number(
                committee_of[community].case_number_pattern, year=year, abbrev=committee_of[community].abbrev,
                serial=serial).text
            topic = rng.choice(_TOPICS[dtype])
            dispute_id = _next_id(rng)
            dispute_ids.append(dispute_id)
            amount = int(rng.triangular(200, 200_000, 3_000)) * 100 if rng.random() < 0.7 else None
            settled = status in _SETTLED or status == DisputeStatus.ARCHIVED and rng.random() < 0.8
            closed = None if status in (DisputeStatus.REGISTERED, DisputeStatus.ACCEPTED, DisputeStatus.MEDIATING) \
                else min(today, received + timedelta(days=rng.randrange(1, 40)))
            block["dispute"].append({
                "id": dispute_id, "case_no": number, "case_year": year, "case_serial": serial,
                "community_code": community, "grid_id": rng.choice(grids[community]) if grids[community] else None,
                "title": f"{names[0]}与{names[1]}{topic}纠纷", "dispute_type": dtype.value, "subtype": "",
                "source": rng.choice(list(Source)).value,
                "venue_id": rng.choice(venues[community]) if venues[community] else None,
                "received_on": received, "summary": _summary(rng, names, topic, amount),
                "requests": f"请求调解{topic}问题" + (f"，要求对方支付{amount // 100}元" if amount else ""),
                "party_names": " ".join(names), "amount_fen": amount, "persons_involved": 2,
                **_demo_flags(extra),
                "sensitive_notes": None, "status": status.value, "status_changed_at": _utc(closed or received),
                "decline_reason": "不属于人民调解受理范围" if status == DisputeStatus.DECLINED else "",
                "referral_kind": "court" if status == DisputeStatus.REFERRED else "",
                "referral_target": "深圳市龙华区人民法院" if status == DisputeStatus.REFERRED else "",
                "court_ref_no": "", "withdraw_reason": "当事人自行和解" if status == DisputeStatus.WITHDRAWN else "",
                "mediation_due": deadlines.mediation_due(received, config), "closed_on": closed,
                "archived_on": closed if status == DisputeStatus.ARCHIVED else None,
                "retention": config.default_retention if status == DisputeStatus.ARCHIVED else "",
                "retention_until": deadlines.retention_until(closed, config.default_retention, config)
                if status == DisputeStatus.ARCHIVED and closed else None,
                "jc_requested": False, "registered_by": "mediator",
                "accepted_on": None if status in (DisputeStatus.REGISTERED, DisputeStatus.DECLINED) else received,
                "court_deadline": None, "extended_due": None, "extension_consent": "",
                "end_kind": "no_agreement" if status == DisputeStatus.NOT_SETTLED else "",
            })
            for row in party_rows:
                row["dispute_id"] = dispute_id
                block["dp"].append(row)
            lead_name = rng.choice(_MEDIATORS)
            block["dm"].append({"dispute_id": dispute_id, "name": lead_name, "lcp_id": None, "is_lead": True,
                                "mediator_id": roster[(community, lead_name)]})
            block["history"].append({
                "dispute_id": dispute_id, "action": "register", "from_status": "",
                "to_status": DisputeStatus.REGISTERED.value, "changed_at": _utc(received), "changed_on": received,
                "by_user": "mediator", "by_name": "陈志强"})
            if status != DisputeStatus.REGISTERED:
                block["history"].append({
                    "dispute_id": dispute_id, "action": "", "from_status": DisputeStatus.REGISTERED.value,
                    "to_status": status.value, "changed_at": _utc(closed or received, 11),
                    "changed_on": closed or received, "by_user": "mediator", "by_name": "陈志强"})
            if status not in (DisputeStatus.REGISTERED, DisputeStatus.ACCEPTED, DisputeStatus.DECLINED):
                for n in range(rng.randint(1, 2)):
                    block["session"].append({
                        "dispute_id": dispute_id,
                        "kind": (SessionKind.INVESTIGATION if n == 0 else SessionKind.MEDIATION).value,
                        "held_at": _utc(received + timedelta(days=n + 1), 9 + n), "place": "社区微调解室",
                        "participants": "、".join(names), "content": f"双方就{topic}问题陈述意见，调解员释法明理。",
                        "outcome": (SessionOutcome.AGREED if settled else SessionOutcome.CONTINUE).value,
                        "recorder": rng.choice(_MEDIATORS)})
            if status in (DisputeStatus.ACCEPTED, DisputeStatus.MEDIATING) and rng.random() < 0.3:
                # 安排调解: a session this week, so the dashboard's 今日/本周调解 has something to show.
                day = today + timedelta(days=rng.randrange(0, 7))
                mediator = block["dm"][-1]["name"]
                block["schedule"].append({
                    "dispute_id": dispute_id, "scheduled_at": _utc(day, rng.choice((9, 14, 16))),
                    "venue_id": None, "place": f"{communities[community].name}微调解室", "mediators": mediator,
                    "contact_person": mediator, "contact_phone": "", "materials": "身份证件、与纠纷有关的证据材料",
                    "superseded_at": None, "session_id": None})
            if settled and closed is not None:
                effective = closed
                oral = rng.random() < 0.25
                perf = Performance.FULL if status != DisputeStatus.NOT_PERFORMED else Performance.NONE
                block["agreement"].append({
                    "dispute_id": dispute_id, "kind": (AgreementKind.ORAL if oral else AgreementKind.WRITTEN).value,
                    "number": number, "facts": f"双方因{topic}发生纠纷。",
                    "terms": f"一、{names[1]}于{_cn_date(effective + timedelta(days=15))}前支付{names[0]}"
                             f"{(amount or 100000) // 100}元；\n二、双方就此事再无其他争议。",
                    "performance_method": "银行转账", "performance_deadline": effective + timedelta(days=15),
                    "performance_place": "", "amount_fen": amount, "copies": 3, "effective_on": effective,
                    "jc_deadline": None if oral else deadlines.jc_deadline(effective, config),
                    "performance": perf.value if status != DisputeStatus.SETTLED else Performance.INSTALMENTS.value,
                    "performance_noted_on": effective + timedelta(days=16) if status != DisputeStatus.SETTLED else None})
                due = deadlines.follow_up_due(effective, config)
                visited = status in (DisputeStatus.FOLLOWED_UP, DisputeStatus.ARCHIVED)
                block["follow"].append({
                    "dispute_id": dispute_id, "due_on": due, "done_on": due if visited else None,
                    "visitor": rng.choice(_MEDIATORS) if visited else "", "method": "电话" if visited else "",
                    "performance": Performance.FULL.value if visited else "",
                    "satisfaction": rng.choice(list(Satisfaction)).value if visited else "",
                    "findings": "协议已履行，双方无新的矛盾。" if visited else "", "measures": ""})
            if len(block["dispute"]) >= BATCH:
                flush()
                tick(BATCH)
        remaining = len(block["dispute"])
        flush()
        tick(remaining)
        for (community, year), serial in serials.items():
            session.execute(text(
                "INSERT OR REPLACE INTO local_state (key, int_value, text_value) VALUES (:k, :v, '')"),
                {"k": f"case_serial:{community}:{year}:{db.workstation.number}", "v": serial})
        n_risks = max(1, records // 10)
        _risks(session, stamper, rng, people, codes, grids, config, today, n_risks, dispute_ids)
        tick(n_risks)
        n_lcps = max(3, min(records // 100, 2000))
        _lcps(session, stamper, rng, people, {c: communities[c].name for c in codes}, grids, today, n_lcps,
              dispute_ids)
        tick(max(1, records // 100))
        demo_supervision.add_tasks(session, stamper, _insert, seed=seed, today=today)
        search.apply_pending(session)
        session.commit()
    return DemoSummary(db.data_dir, records, records * 2, n_risks, n_lcps, "admin", DEMO_PASSWORD)


def _party(people: DemoPeople, rng: random.Random, community: str, community_name: str, org: bool,
           db: Database) -> dict[str, Any]:
    cipher = db.cipher
    if org:
        name = people.company_name()
        code = people.uscc()
        return {"id": _next_id(rng), "kind": PartyKind.LEGAL_PERSON.value, "name": name,
                "name_initials": "", "sex": Sex.UNKNOWN.value, "ethnicity": "", "birth_date": None, "age": None,
                "occupation": "", "phone": people.mobile(), "phone_bidx": None,
                "address": people.address(community_name), "id_type": "", "id_number": None, "id_bidx": None,
                "uscc": code, "business_name": "", "legal_rep_name": people.name(Sex.MALE),
                "legal_rep_title": "总经理", "minor_under_14": False, "notes": None, "community_code": community,
                "merged_into_id": None}
    sex = rng.choice((Sex.MALE, Sex.FEMALE))
    birth = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 365 * 55))
    id_number = people.resident_id(birth, sex, None)
    mobile = people.mobile()
    name = people.name(sex)
    return {"id": _next_id(rng), "kind": PartyKind.PERSON.value, "name": name,
            "name_initials": search.name_initials(name), "sex": sex.value, "ethnicity": "汉族", "birth_date": birth,
            "age": None, "occupation": rng.choice(("工人", "个体户", "职员", "退休", "自由职业", "司机")),
            "phone": mobile, "phone_bidx": cipher.blind_index("phone", mobile),
            "address": people.address(community_name), "id_type": IdType.RESIDENT_ID.value, "id_number": id_number,
            "id_bidx": cipher.blind_index("id", blind_index_form(IdType.RESIDENT_ID, id_number)), "uscc": None,
            "business_name": "", "legal_rep_name": "", "legal_rep_title": "", "minor_under_14": False, "notes": None,
            "community_code": community, "merged_into_id": None}


def _summary(rng: random.Random, names: list[str], topic: str, amount: int | None) -> str:
    money = f"涉及金额约{amount // 100}元，" if amount else ""
    return (f"{names[0]}反映与{names[1]}因{topic}问题产生矛盾，{money}双方多次协商未果，"
            f"{rng.choice(('申请社区人民调解委员会调解', '经网格员排查发现后引导至微调解室', '由派出所移交调解'))}。")


def _chunks(rows: list[dict[str, Any]], size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def _risks(session: Any, stamper: _Stamper, rng: random.Random, people: DemoPeople, codes: list[str],
           grids: dict[str, list[uuid.UUID]], config: Any, today: date, count: int,
           dispute_ids: list[uuid.UUID]) -> None:
    items: list[dict[str, Any]] = []
    reviews: list[dict[str, Any]] = []
    levels = [lvl.code for lvl in config.risk_levels]
    titles = {
        RiskCategory.PETITION: ("拖欠工资可能引发集体上访", "城市更新补偿诉求反复信访", "业主维权群体聚集苗头"),
        RiskCategory.LATENT_DISPUTE: ("出租屋邻里矛盾激化", "工厂欠薪劳资矛盾", "物业与业主停车费争议"),
        RiskCategory.KEY_PERSON: ("重点人员情绪不稳", "社区矫正对象走访关注"),
        RiskCategory.SAFETY: ("城中村消防通道堵塞", "电动车违规充电", "工地围挡安全隐患"),
    }
    serials: dict[tuple[str, int], int] = {}
    for i in range(count):
        community = codes[i % len(codes)]
        category = rng.choice(list(RiskCategory))
        found = today - timedelta(days=int(rng.triangular(0, 400, 10)))
        level = rng.choice(levels)
        status = rng.choices(list(RiskStatus), (15, 35, 10, 35, 5))[0]
        serial = serials.get((community, found.year), 0) + 1
        serials[(community, found.year)] = serial
        leader, title = rng.choice(_LEADERS)
        risk_id = _next_id(rng)
        key = category == RiskCategory.KEY_PERSON
        items.append({
            "id": risk_id, "code": f"FX{found.year}-{community}-{serial:04d}", "code_year": found.year,
            "code_serial": serial, "category": category.value, "community_code": community,
            "grid_id": rng.choice(grids[community]) if grids[community] else None,
            "title": rng.choice(titles[category]), "description": "网格员日常巡查发现，已初步了解情况并上报社区。",
            "involved_count": rng.randint(1, 30), "found_on": found, "reporter": people.name(Sex.FEMALE),
            "level": level, "leader_name": leader if status != RiskStatus.UNRESOLVED else "",
            "leader_title": title if status != RiskStatus.UNRESOLVED else "", "leader_unit": "观澜街道",
            "leader_user": "", "responsible_units": "社区工作站、派出所", "responsible_person": people.name(Sex.MALE),
            "responsible_phone": people.mobile(), "control_measures": "落实专人稳控，每周走访一次",
            "resolution_measures": "组织双方调解，协调相关部门解决诉求",
            "deadline": deadlines.risk_deadline(found, level, config), "status": status.value,
            "status_changed_at": _utc(found), "close_requested_on": None, "close_requested_by": "",
            "close_basis": "双方已达成调解协议并履行" if status == RiskStatus.CLOSED else "",
            "close_evidence": "", "closed_on": found + timedelta(days=20) if status == RiskStatus.CLOSED else None,
            "closed_by": "admin" if status == RiskStatus.CLOSED else "", "reopen_reason": "",
            "key_person_kind": rng.choice(list(KeyPersonKind)).value if key else "",
            "key_person_notes": "每周电话联系一次，情绪稳定" if key else None,
            "key_person_monitor": people.name(Sex.MALE) if key else None,
        })
        for n in range(rng.randint(1, 3)):
            reviews.append({"risk_id": risk_id, "kind": rng.choice(_DEMO_REVIEW_KINDS).value,
                            "reviewed_on": found + timedelta(days=3 * (n + 1)), "participants": "社区书记、网格员",
                            "content": "研判认为风险可控，继续落实稳控措施。", "level_before": level,
                            "level_after": level, "author": "grid"})
    for chunk in _chunks(items):
        _insert(session, RiskItem, stamper.rows(chunk))
    for chunk in _chunks(reviews):
        _insert(session, RiskReview, stamper.rows(chunk))
    for (community, year), serial in serials.items():
        session.execute(text("INSERT OR REPLACE INTO local_state (key, int_value, text_value) VALUES (:k, :v, '')"),
                        {"k": f"risk_serial:{community}:{year}", "v": serial})
    del dispute_ids


def _lcps(session: Any, stamper: _Stamper, rng: random.Random, people: DemoPeople, names: dict[str, str],
          grids: dict[str, list[uuid.UUID]], today: date, count: int, dispute_ids: list[uuid.UUID]) -> None:
    persons: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    trainings: list[dict[str, Any]] = []
    services: list[dict[str, Any]] = []
    codes = list(names)
    for i in range(count):
        community = codes[i % len(codes)]
        sex = rng.choice((Sex.MALE, Sex.FEMALE))
        name = people.name(sex)
        mobile = people.mobile()
        status = rng.choices(list(LcpStatus), (2, 8, 1))[0]
        selected = today - timedelta(days=rng.randrange(60, 1200))
        person_id = _next_id(rng)
        consent = status == LcpStatus.REGISTERED and rng.random() < 0.8
        identities = rng.sample(list(LcpIdentity), rng.randint(1, 3))
        persons.append({
            "id": person_id, "name": name, "name_initials": search.name_initials(name), "sex": sex.value,
            "birth_date": date(1955, 1, 1) + timedelta(days=rng.randrange(0, 365 * 45)), "ethnicity": "汉族",
            "phone": mobile, "phone_bidx": None, "address": people.address(names[community]), "id_number": None,
            "id_bidx": None, "community_code": community,
            "grid_id": rng.choice(grids[community]) if grids[community] else None,
            "political_status": rng.choice(("cpc", "masses", "youth_league")),
            "education": rng.choice(("high_school", "college", "university")),
            "occupation": rng.choice(("社区干部", "网格员", "退休教师", "律师助理")),
            "identities": ",".join(i.value for i in identities),
            "selection_method": rng.choice(list(SelectionMethod)).value, "selected_on": selected, "status": status.value,
            "recognised_on": selected + timedelta(days=30) if status != LcpStatus.CANDIDATE else None,
            "certificate_no": f"GL-FLMBR-{i + 1:05d}" if status != LcpStatus.CANDIDATE else "",
            "badge_no": f"{i + 1:05d}" if status != LcpStatus.CANDIDATE else "", "adviser_name": "陈律师",
            "adviser_firm": "广东某某律师事务所", "display_consent": consent, "consent_on": selected if consent else None,
            "show_phone": consent and rng.random() < 0.5, "bio": "热心社区事务，长期参与邻里纠纷调解和普法宣传。",
            "photo_attachment_id": None,
        })
        history.append({"person_id": person_id, "from_status": "", "to_status": LcpStatus.CANDIDATE.value,
                        "changed_on": selected, "reason": "两委推荐", "approver": "admin"})
        if status != LcpStatus.CANDIDATE:
            history.append({"person_id": person_id, "from_status": LcpStatus.CANDIDATE.value,
                            "to_status": LcpStatus.REGISTERED.value, "changed_on": selected + timedelta(days=30),
                            "reason": "培训考核合格", "approver": "admin"})
        for n in range(rng.randint(1, 4)):
            trainings.append({"person_id": person_id, "held_on": selected + timedelta(days=10 + 60 * n),
                              "topic": rng.choice(("民法典婚姻家庭编", "劳动合同法要点", "人民调解技巧", "反电诈宣传")),
                              "hours_tenths": rng.choice((20, 30, 40)), "mode": rng.choice(list(TrainingMode)).value,
                              "organiser": "观澜司法所", "passed": True, "score": rng.randint(70, 100)})
        for n in range(rng.randint(0, 5)):
            kind = rng.choice(list(ServiceKind))
            served_on = today - timedelta(days=rng.randrange(1, 300))
            # Lectures in a community on one day are one event that several persons gave together (one 场次).
            event = uuid.uuid5(_DEMO_NAMESPACE, f"{community}:{served_on}:{kind.value}") \
                if kind == ServiceKind.PUBLICITY else None
            services.append({"person_id": person_id, "served_on": served_on, "event_id": event,
                             "kind": kind.value, "people_served": rng.randint(1, 80),
                             "dispute_id": rng.choice(dispute_ids) if kind == ServiceKind.MEDIATION and dispute_ids
                             else None, "risk_id": None, "note": "社区广场普法宣传" if kind == ServiceKind.PUBLICITY else ""})
    for model, rows in ((LegalClarityPerson, persons), (LcpStatusChange, history), (LcpTraining, trainings),
                        (LcpService, services)):
        for chunk in _chunks(rows):
            _insert(session, model, stamper.rows(chunk))
