"""交办 / 督办: kinds and states of the office's instructions to a community, with their Chinese labels."""

from __future__ import annotations

from enum import StrEnum

from guanlan_desk.domain.enums import register_labels


class TaskKind(StrEnum):
    """What the office sends."""

    ASSIGN = "assign"  # 交办: do this on a risk item or a case
    SUPERVISE = "supervise"  # 督办: a case or item past its deadline
    REVIEW = "review"  # 审查意见: the 司法所's review note on a case file


class TaskSubject(StrEnum):
    """What an instruction is about."""

    RISK = "risk"
    DISPUTE = "dispute"


class TaskState(StrEnum):
    """Where an instruction stands (derived from its time stamps)."""

    ISSUED = "issued"
    SIGNED = "signed"
    ANSWERED = "answered"
    CLOSED = "closed"


_ZH: dict[str, str] = {
    "assign": "交办", "supervise": "督办", "review": "审查意见",
    "risk": "风险隐患", "dispute": "矛盾纠纷",
    "issued": "待签收", "signed": "已签收", "answered": "已反馈", "closed": "已办结",
}


_EN: dict[str, str] = {
    "assign": "Assignment", "supervise": "Supervision", "review": "Review opinion",
    "risk": "Risk item", "dispute": "Dispute",
    "issued": "Awaiting sign-off", "signed": "Signed off", "answered": "Answered", "closed": "Closed",
}
for _enum in (TaskKind, TaskSubject, TaskState):
    register_labels(_enum, {m.value: (_ZH[m.value], _EN[m.value]) for m in _enum})


def task_label(member: TaskKind | TaskSubject | TaskState) -> str:
    """The Chinese label of a kind, subject or state."""
    return _ZH[member.value]
