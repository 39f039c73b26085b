"""Demo 交办/督办: the street office's instructions on open risk items and overdue cases, in every state.

Drawn from their own random generator after the rest of the demo, so the other demo records stay as they were.
At the office the instructions go to several communities; at a community they are the ones it received.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol

from sqlalchemy import text

from guanlan_desk.domain.enums import DisputeStatus, RiskStatus
from guanlan_desk.domain.localtime import LOCAL_TZ
from guanlan_desk.domain.supervision import TaskKind, TaskSubject
from guanlan_desk.store.models import SupervisionTask

_OFFICE_PEOPLE = ("何建国", "周海峰", "街道工作人员")
_COMMUNITY_PEOPLE = ("罗志明", "郑丽华", "陈志强")
_ON_RISKS = ("请于三日内落实专人盯守，并反馈稳控措施落实情况及现场照片。",
             "请会同物业、消防部门现场核查整改，限期反馈整改结果。",
             "请包案领导牵头研判，形成化解方案后报街道平安办。")
_ON_CASES = ("该案已超过调解期限，请说明未结原因并提出下一步化解措施。",
             "请加强与当事人沟通，必要时引导通过司法确认或诉讼途径解决。")
_ANSWERS = ("已落实专人每日巡查，消防通道已清理完毕，整改照片已存档。",
            "已组织双方再次调解，拟于下周签订调解协议。",
            "社区已召开研判会，明确包案领导和稳控责任人，情况稳定。")


class _Rows(Protocol):
    def rows(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]: ...  # pragma: no cover - a protocol


def add_tasks(session: Any, stamper: _Rows, insert: Any, *, seed: int, today: date, count: int = 12) -> int:
    """Insert up to ``count`` instructions on open risk items and overdue cases; returns how many."""
    rng = random.Random(seed * 104_729 + 17)
    open_risks = [RiskStatus.UNRESOLVED.value, RiskStatus.IN_PROGRESS.value, RiskStatus.RELAPSED.value]
    risks = session.execute(text(
        "SELECT id, community_code, code, title, responsible_person FROM risk_item WHERE deleted_at IS NULL "
        "AND community_code != 'GLJD' AND status IN (:a, :b, :c) ORDER BY found_on DESC LIMIT 60"),
        dict(zip("abc", open_risks))).all()
    cases = session.execute(text(
        "SELECT id, community_code, case_no, title FROM dispute WHERE deleted_at IS NULL AND status IN (:a, :b) "
        "AND mediation_due < :today ORDER BY mediation_due DESC LIMIT 40"),
        {"a": DisputeStatus.ACCEPTED.value, "b": DisputeStatus.MEDIATING.value, "today": today}).all()
    subjects = ([(TaskSubject.RISK, uuid.UUID(hex=str(r.id)), r.community_code, r.code, r.title, r.responsible_person or "")
                 for r in rng.sample(risks, min(len(risks), count * 2 // 3))]
                + [(TaskSubject.DISPUTE, uuid.UUID(hex=str(c.id)), c.community_code, c.case_no, c.title, "")
                   for c in rng.sample(cases, min(len(cases), count - count * 2 // 3))])
    rows: list[dict[str, Any]] = []
    for n, (subject, subject_id, community, code, title, responsible) in enumerate(subjects):
        issued = today - timedelta(days=rng.randint(1, 20))
        due = issued + timedelta(days=rng.choice((3, 5, 7, 10)))
        stage = n % 4  # issued, signed, answered, closed: every state shows
        at = datetime.combine(issued, time(10), LOCAL_TZ)
        signed = at + timedelta(days=1) if stage >= 1 else None
        answered = at + timedelta(days=2) if stage >= 2 else None
        rows.append({
            "community_code": community, "kind": (TaskKind.SUPERVISE if subject == TaskSubject.DISPUTE
                                                  else TaskKind.ASSIGN).value,
            "subject_kind": subject.value, "subject_id": subject_id, "subject_code": code,
            "subject_title": title[:200], "addressee": responsible[:50],
            "instruction": rng.choice(_ON_RISKS if subject == TaskSubject.RISK else _ON_CASES),
            "issued_on": issued, "due_on": due, "issued_by": "staff", "issued_by_name": rng.choice(_OFFICE_PEOPLE),
            "signed_at": signed, "signed_by_name": rng.choice(_COMMUNITY_PEOPLE) if signed else "",
            "answered_at": answered, "answered_by_name": rng.choice(_COMMUNITY_PEOPLE) if answered else "",
            "answer": rng.choice(_ANSWERS) if answered else "",
            "closed_at": at + timedelta(days=3) if stage == 3 else None,
            "closed_by_name": rng.choice(_OFFICE_PEOPLE) if stage == 3 else "",
        })
    insert(session, SupervisionTask, stamper.rows(rows))
    return len(rows)
