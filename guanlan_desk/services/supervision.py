"""交办 / 督办: the street office instructs a community on a risk item or a dispute, with a due date; the community
signs it off (签收) and answers with what was done (反馈); the office closes it (办结).

The office never edits the community's record itself (its 稳控措施 or case facts): it instructs. Both sides are
audited under their own names, and the task records the display names so the other side sees them too.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, case, func, select

from guanlan_desk.domain.enums import AuditAction, RiskCategory, WorkstationRole
from guanlan_desk.domain import text
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.roles import Permission
from guanlan_desk.domain.supervision import TaskKind, TaskState, TaskSubject, task_label
from guanlan_desk.services import audit, reference
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.errors import NotFound, RuleViolation
from guanlan_desk.store.models import Community, Dispute, RiskItem, SupervisionTask
from guanlan_desk.store.uow import GuanlanSession

_WHAT_ISSUE = QT_TRANSLATE_NOOP("terms", "instruct a community (交办/督办)")
_WHAT_ANSWER = QT_TRANSLATE_NOOP("terms", "sign off and answer instructions")


@dataclass(frozen=True, slots=True)
class TaskInput:
    """What the office writes: about which record, what to do, for whom, by when."""

    subject: TaskSubject
    subject_id: str
    instruction: str
    due_on: date
    kind: TaskKind = TaskKind.ASSIGN
    addressee: str = ""


@dataclass(frozen=True, slots=True)
class TaskRow:
    """An instruction as lists and dashboards show it."""

    id: str
    kind: TaskKind
    subject: TaskSubject
    subject_id: str
    subject_code: str
    subject_title: str
    community_code: str
    community_name: str
    addressee: str
    instruction: str
    issued_on: date
    due_on: date
    issued_by_name: str
    state: TaskState
    overdue: bool
    signed_by_name: str
    answered_by_name: str
    answer: str
    closed_by_name: str

    @property
    def kind_label(self) -> str:
        """交办 / 督办 / 审查意见."""
        return task_label(self.kind)

    @property
    def state_label(self) -> str:
        """待签收 / 已签收 / 已反馈 / 已办结."""
        return task_label(self.state)


@dataclass(frozen=True, slots=True)
class TaskCounts:
    """The office's (or a community's) summary: still open, past due and unanswered, answered awaiting 办结."""

    open: int
    overdue: int
    answered: int


def _is_office(ctx: Ctx) -> bool:
    return ctx.db.workstation.role == WorkstationRole.OFFICE.value


def _require_office(ctx: Ctx) -> None:
    ctx.require(Permission.RISK_WRITE, _WHAT_ISSUE)
    if not _is_office(ctx):
        raise RuleViolation(QT_TRANSLATE_NOOP("errors", "Only the street office gives instructions (交办/督办)."))


def _require_community(ctx: Ctx, subject: str) -> None:
    needed = Permission.DISPUTE_WRITE if subject == TaskSubject.DISPUTE.value else Permission.RISK_WRITE
    ctx.require(needed, _WHAT_ANSWER)
    if _is_office(ctx):
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "errors", "The community that received the instruction signs it off and answers it."))


def _subject(session: GuanlanSession, ctx: Ctx, kind: TaskSubject, subject_id: str) -> tuple[str, str, str, str]:
    """The subject's community, code, title and responsible person."""
    try:
        key = uuid.UUID(subject_id)
    except ValueError:
        raise NotFound(kind.value, subject_id) from None
    if kind == TaskSubject.RISK:
        item = session.get(RiskItem, key)
        if item is None or item.deleted_at is not None or (
                item.category == RiskCategory.KEY_PERSON.value and not ctx.can(Permission.KEY_PERSON_READ)):
            raise NotFound("risk item", subject_id)
        return item.community_code, item.code, item.title, item.responsible_person or item.leader_name
    case = session.get(Dispute, key)
    if case is None or case.deleted_at is not None:
        raise NotFound("dispute", subject_id)
    return case.community_code, case.case_no, case.title, ""


def issue_task(ctx: Ctx, data: TaskInput) -> str:
    """The office instructs the community that owns the record; returns the new task's id."""
    _require_office(ctx)
    data = text.clean_record(data, today=ctx.today())
    if not data.instruction.strip():
        raise ValidationError("instruction", QT_TRANSLATE_NOOP("errors", "Please write what the community should do."))
    if data.due_on < ctx.today():
        raise ValidationError("due_on", QT_TRANSLATE_NOOP("errors", "The due date is in the past."))
    with ctx.write() as session:
        community, code, title, responsible = _subject(session, ctx, data.subject, data.subject_id)
        if community == reference.OFFICE_CODE:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "errors", "This record belongs to the street office itself; there is no community to instruct."))
        task = SupervisionTask(
            community_code=community, kind=data.kind.value, subject_kind=data.subject.value,
            subject_id=uuid.UUID(data.subject_id), subject_code=code, subject_title=title[:200],
            addressee=(data.addressee.strip() or responsible)[:50], instruction=data.instruction.strip(),
            issued_on=ctx.today(), due_on=data.due_on, issued_by=ctx.actor.username,
            issued_by_name=ctx.actor.display_name[:50], signed_by_name="", answered_by_name="", answer="",
            closed_by_name="",
        )
        session.add(task)
        session.flush()
        audit.record(session, ctx, AuditAction.CREATE, "supervision", str(task.id),
                     {"kind": data.kind.value, "subject": code, "community": community,
                      "due_on": data.due_on.isoformat(), "by": ctx.actor.display_name})
        session.commit()
        return str(task.id)


def _load(session: GuanlanSession, task_id: str) -> SupervisionTask:
    try:
        key = uuid.UUID(task_id)
    except ValueError:
        raise NotFound("instruction", task_id) from None
    task = session.get(SupervisionTask, key)
    if task is None or task.deleted_at is not None:
        raise NotFound("instruction", task_id)
    return task


def _mine(ctx: Ctx, task: SupervisionTask) -> None:
    if task.community_code != ctx.db.workstation.community_code:
        raise NotFound("instruction", str(task.id))


def sign_task(ctx: Ctx, task_id: str) -> None:
    """签收: the community acknowledges the instruction (once; signing again changes nothing)."""
    with ctx.write() as session:
        task = _load(session, task_id)
        _require_community(ctx, task.subject_kind)
        _mine(ctx, task)
        if task.signed_at is not None:
            return
        task.signed_at = ctx.now()
        task.signed_by_name = ctx.actor.display_name[:50]
        audit.record(session, ctx, AuditAction.UPDATE, "supervision", task_id,
                     {"signed": True, "by": ctx.actor.display_name})
        session.commit()


def answer_task(ctx: Ctx, task_id: str, answer: str) -> None:
    """反馈: the community reports what was done (signing it off first if nobody had)."""
    answer = text.clean_text("answer", answer)
    if not answer.strip():
        raise ValidationError("answer", QT_TRANSLATE_NOOP("errors", "Please write what was done."))
    with ctx.write() as session:
        task = _load(session, task_id)
        _require_community(ctx, task.subject_kind)
        _mine(ctx, task)
        if task.closed_at is not None:
            raise RuleViolation(QT_TRANSLATE_NOOP("errors", "The office has already closed this instruction."))
        now = ctx.now()
        if task.signed_at is None:
            task.signed_at = now
            task.signed_by_name = ctx.actor.display_name[:50]
        task.answered_at = now
        task.answered_by_name = ctx.actor.display_name[:50]
        task.answer = answer.strip()
        audit.record(session, ctx, AuditAction.UPDATE, "supervision", task_id,
                     {"answered": True, "by": ctx.actor.display_name})
        session.commit()


def close_task(ctx: Ctx, task_id: str) -> None:
    """办结: the office accepts the community's answer."""
    _require_office(ctx)
    with ctx.write() as session:
        task = _load(session, task_id)
        if task.answered_at is None:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "errors", "The community has not answered yet; an instruction is closed after its answer."))
        if task.closed_at is not None:
            return
        task.closed_at = ctx.now()
        task.closed_by_name = ctx.actor.display_name[:50]
        audit.record(session, ctx, AuditAction.UPDATE, "supervision", task_id,
                     {"closed": True, "by": ctx.actor.display_name})
        session.commit()


def _state(task: SupervisionTask) -> TaskState:
    if task.closed_at is not None:
        return TaskState.CLOSED
    if task.answered_at is not None:
        return TaskState.ANSWERED
    if task.signed_at is not None:
        return TaskState.SIGNED
    return TaskState.ISSUED


def _row(task: SupervisionTask, today: date, names: dict[str, str]) -> TaskRow:
    state = _state(task)
    return TaskRow(
        id=str(task.id), kind=TaskKind(task.kind), subject=TaskSubject(task.subject_kind),
        subject_id=str(task.subject_id), subject_code=task.subject_code, subject_title=task.subject_title,
        community_code=task.community_code, community_name=names.get(task.community_code, task.community_code),
        addressee=task.addressee, instruction=task.instruction, issued_on=task.issued_on, due_on=task.due_on,
        issued_by_name=task.issued_by_name, state=state,
        overdue=state in (TaskState.ISSUED, TaskState.SIGNED) and task.due_on < today,
        signed_by_name=task.signed_by_name, answered_by_name=task.answered_by_name, answer=task.answer,
        closed_by_name=task.closed_by_name,
    )


@dataclass(frozen=True, slots=True)
class TaskFilter:
    """Which instructions to list: all, the open ones (not yet answered), past due, or answered ones."""

    show: str = "open"  # open | overdue | answered | all
    community_code: str | None = None
    subject_id: str | None = None


def _conditions(ctx: Ctx, f: TaskFilter) -> list[ColumnElement[bool]]:
    t = SupervisionTask
    out: list[ColumnElement[bool]] = [t.deleted_at.is_(None)]
    if not _is_office(ctx):
        out.append(t.community_code == ctx.db.workstation.community_code)
    elif f.community_code:
        out.append(t.community_code == f.community_code)
    if f.subject_id:
        out.append(t.subject_id == uuid.UUID(f.subject_id))
    if f.show in ("open", "overdue"):
        out.append(t.answered_at.is_(None))
        if f.show == "overdue":
            out.append(t.due_on < ctx.today())
    elif f.show == "answered":
        out.extend([t.answered_at.is_not(None), t.closed_at.is_(None)])
    return out


def list_tasks(ctx: Ctx, filters: TaskFilter | None = None, *, limit: int = 500, offset: int = 0) -> list[TaskRow]:
    """Instructions: those due today, then the most recently overdue, then the next due, then the answered ones
    (the office: every community's; a community: its own); ``offset`` skips the first ones (paging)."""
    ctx.require(Permission.RISK_READ if ctx.can(Permission.RISK_READ) else Permission.DISPUTE_READ,
                QT_TRANSLATE_NOOP("terms", "see instructions"))
    f = filters or TaskFilter()
    t = SupervisionTask
    today = ctx.today()
    waiting = t.answered_at.is_(None)
    bucket = case((waiting & (t.due_on == today), 0), (waiting & (t.due_on < today), 1), (waiting, 2), else_=3)
    upcoming = case((waiting & (t.due_on > today), t.due_on), else_=None)
    with ctx.read() as session:
        names = {code: name for code, name in session.execute(select(Community.code, Community.name))}
        stmt = (select(t).where(*_conditions(ctx, f))
                .order_by(bucket, upcoming, t.due_on.desc(), t.issued_on.desc(), t.id).limit(limit).offset(offset))
        return [_row(task, today, names) for task in session.scalars(stmt)]


def count_tasks(ctx: Ctx, filters: TaskFilter | None = None) -> int:
    """How many instructions :func:`list_tasks` would list over all its pages."""
    ctx.require(Permission.RISK_READ if ctx.can(Permission.RISK_READ) else Permission.DISPUTE_READ,
                QT_TRANSLATE_NOOP("terms", "see instructions"))
    with ctx.read() as session:
        return int(session.scalar(select(func.count()).select_from(SupervisionTask)
                                  .where(*_conditions(ctx, filters or TaskFilter()))) or 0)


def counts(ctx: Ctx, community_code: str | None = None) -> TaskCounts:
    """How many are open, overdue and answered-but-not-closed."""
    t = SupervisionTask
    base: list[ColumnElement[bool]] = [t.deleted_at.is_(None)]
    if not _is_office(ctx):
        base.append(t.community_code == ctx.db.workstation.community_code)
    elif community_code:
        base.append(t.community_code == community_code)
    today = ctx.today()
    with ctx.read() as session:
        def n(*extra: ColumnElement[bool]) -> int:
            return int(session.scalar(select(func.count()).select_from(t).where(*base, *extra)) or 0)
        return TaskCounts(open=n(t.answered_at.is_(None)),
                          overdue=n(t.answered_at.is_(None), t.due_on < today),
                          answered=n(t.answered_at.is_not(None), t.closed_at.is_(None)))


@dataclass(frozen=True, slots=True)
class SubjectHit:
    """A record the office may instruct on, found by its code."""

    id: str
    code: str
    title: str
    community_code: str
    responsible: str


def find_subject(ctx: Ctx, subject: TaskSubject, code: str) -> SubjectHit | None:
    """The risk item or dispute with exactly this code (case number or item code), if there is one."""
    code = code.strip()
    if not code:
        return None
    with ctx.read() as session:
        model = RiskItem if subject == TaskSubject.RISK else Dispute
        column = RiskItem.code if subject == TaskSubject.RISK else Dispute.case_no
        found = session.scalars(select(model.id).where(column == code, model.deleted_at.is_(None)).limit(1)).first()
        if found is None:
            return None
        try:
            community, real_code, title, responsible = _subject(session, ctx, subject, str(found))
        except NotFound:
            return None
        return SubjectHit(str(found), real_code, title, community, responsible)
