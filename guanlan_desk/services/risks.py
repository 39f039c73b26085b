"""Grid-risk ledger (风险隐患台账): report, assign the responsible leader and measures, review, change level,
request and approve closing (销号, maker-checker), reopen on relapse (反弹).

Key persons (重点人员) are sensitive personal information: only roles with KEY_PERSON_READ see those items.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, func, select, tuple_
from sqlalchemy.orm import InstrumentedAttribute

from guanlan_desk.domain import case_number, deadlines, masking, phone, text
from guanlan_desk.domain.config import LocalityConfig
from guanlan_desk.domain.enums import AuditAction, KeyPersonKind, ReviewKind, RiskCategory, RiskStatus, label
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.lifecycle import RISK_TRANSITIONS, RiskAction, allowed_risk_actions, risk_step
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services import audit, parties, reference
from guanlan_desk.services.context import Ctx, load_config
from guanlan_desk.services.display_names import display_names
from guanlan_desk.services.dto import Cursor, Page
from guanlan_desk.services.errors import NotFound, RuleViolation
from guanlan_desk.services.parties import PartyInput
from guanlan_desk.store import search
from guanlan_desk.store.errors import StaleRecord
from guanlan_desk.store.models import Dispute, DisputeRisk, Grid, LocalState, Party, RiskItem, RiskParty, RiskReview
from guanlan_desk.store.uow import GuanlanSession

OFFICE_SERIAL_BLOCK = 99
_OPEN = {RiskStatus.UNRESOLVED, RiskStatus.IN_PROGRESS, RiskStatus.RELAPSED, RiskStatus.CLOSE_REQUESTED}


@dataclass(frozen=True, slots=True)
class KeyPersonInput:
    """The sensitive part of a key-person item."""

    kind: KeyPersonKind
    notes: str = ""
    monitor: str = ""


@dataclass(frozen=True, slots=True)
class RiskInput:
    """What a grid officer reports."""

    category: RiskCategory
    title: str
    level: str
    found_on: date
    description: str = ""
    grid_id: str | None = None
    involved_count: int = 1
    reporter: str = ""
    deadline: date | None = None
    parties: tuple[PartyInput, ...] = ()
    party_ids: tuple[str, ...] = ()
    key_person: KeyPersonInput | None = None


@dataclass(frozen=True, slots=True)
class AssignInput:
    """包案: the responsible leader, units, person and measures."""

    leader_name: str
    leader_title: str = ""
    leader_unit: str = ""
    leader_user: str = ""
    responsible_units: str = ""
    responsible_person: str = ""
    responsible_phone: str = ""
    control_measures: str = ""
    resolution_measures: str = ""
    deadline: date | None = None


@dataclass(frozen=True, slots=True)
class RiskRef:
    """A reported risk item."""

    id: str
    code: str


@dataclass(frozen=True, slots=True)
class LevelView:
    """A level with its palette entry."""

    code: str
    label: str
    colour: str


@dataclass(frozen=True, slots=True)
class RiskRow:
    """A risk item as lists show it."""

    id: str
    code: str
    category: RiskCategory
    title: str
    level: LevelView
    status: RiskStatus
    found_on: date
    deadline: date | None
    leader_name: str
    overdue: bool
    grid_name: str = ""
    community_code: str = ""

    @property
    def status_label(self) -> str:
        """The status in Chinese."""
        return label(self.status)


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """An entry of the review log."""

    id: str
    kind: ReviewKind
    reviewed_on: date
    participants: str
    content: str
    level_before: str
    level_after: str
    author: str


@dataclass(frozen=True, slots=True)
class RiskDetail:
    """Everything the risk editor shows."""

    id: str
    version: int
    code: str
    category: RiskCategory
    community_code: str
    grid_id: str | None
    title: str
    description: str
    involved_count: int
    found_on: date
    reporter: str
    level: LevelView
    status: RiskStatus
    deadline: date | None
    assignment: AssignInput
    close_basis: str
    close_evidence: str
    close_requested_by: str
    closed_on: date | None
    closed_by: str
    reopen_reason: str
    key_person: KeyPersonInput | None
    reviews: tuple[ReviewRow, ...]
    dispute_ids: tuple[str, ...]
    parties: tuple[tuple[str, str], ...]
    overdue: bool
    allowed: frozenset[RiskAction]
    blocked: dict[RiskAction, str] = field(default_factory=dict)
    close_requested_by_name: str = ""  # display names of the two logins above (for screens and prints)
    closed_by_name: str = ""
    instruct_only: str = ""  # at the office, a community's item: that community's name (it instructs, see COMMUNITY_ONLY)


def _level(config: LocalityConfig, code: str) -> LevelView:
    lvl = config.level(code)
    return LevelView(lvl.code, lvl.label, lvl.colour)


def _visible(ctx: Ctx) -> ColumnElement[bool]:
    if ctx.can(Permission.KEY_PERSON_READ):
        return RiskItem.deleted_at.is_(None)
    return (RiskItem.deleted_at.is_(None)) & (RiskItem.category != RiskCategory.KEY_PERSON.value)


def _load(session: GuanlanSession, ctx: Ctx, risk_id: str) -> RiskItem:
    try:
        key = uuid.UUID(risk_id)
    except ValueError:
        raise NotFound("risk item", risk_id) from None
    item = session.get(RiskItem, key)
    if item is None or item.deleted_at is not None:
        raise NotFound("risk item", risk_id)
    if item.category == RiskCategory.KEY_PERSON.value and not ctx.can(Permission.KEY_PERSON_READ):
        raise NotFound("risk item", risk_id)  # not even its existence is shown
    return item


def _issue_code(session: GuanlanSession, ctx: Ctx, config: LocalityConfig, community: str, year: int) -> tuple[int, str]:
    # The office numbers items it records for a community from a block of its own (no clash with the community's).
    number = OFFICE_SERIAL_BLOCK if community != ctx.db.workstation.community_code else ctx.db.workstation.number
    key = f"risk_serial:{community}:{year}:{number}"
    state = session.get(LocalState, key)
    serial = case_number.next_serial(state.int_value if state else None, number, config.case_serial_block)
    if state is None:
        session.add(LocalState(key=key, int_value=serial, text_value=""))
    else:
        state.int_value = serial
    row = reference.community_of(session, community)
    abbrev = row.code if row is not None else community
    return serial, case_number.format_case_number(config.risk_code_pattern, year=year, abbrev=abbrev,
                                                  serial=serial).text


def report_risk(ctx: Ctx, data: RiskInput) -> RiskRef:
    """Report a hazard (登记); the deadline defaults from the level's palette entry."""
    ctx.require(Permission.RISK_WRITE, QT_TRANSLATE_NOOP("terms", "report risk items"))
    data = text.clean_record(data, today=ctx.today())
    if not data.title.strip():
        raise ValidationError("title", QT_TRANSLATE_NOOP("errors", "Please describe the hazard in a title."))
    if data.found_on > ctx.today():
        raise ValidationError("found_on", QT_TRANSLATE_NOOP("errors", "The date found is in the future."))
    if (data.category == RiskCategory.KEY_PERSON) != (data.key_person is not None):
        raise ValidationError("key_person", QT_TRANSLATE_NOOP(
            "errors", "Key-person details belong to items of the key-person category, and only there."))
    if data.key_person is not None and not ctx.can(Permission.KEY_PERSON_READ):
        ctx.require(Permission.KEY_PERSON_READ, QT_TRANSLATE_NOOP("terms", "record key persons"))
    with ctx.write() as session:
        config = load_config(session)
        config.level(data.level)
        deadline = data.deadline or deadlines.risk_deadline(data.found_on, data.level, config)
        if deadline < data.found_on:
            raise ValidationError("deadline", QT_TRANSLATE_NOOP("errors", "The deadline is before the date found."))
        community = ctx.db.workstation.community_code
        if data.grid_id and ctx.db.workstation.role == "office":
            # Recorded by the office on a community's grid: the community's item, sent to its workstation.
            grid = session.get(Grid, uuid.UUID(data.grid_id))
            community = grid.community_code if grid is not None else community
        serial, code = _issue_code(session, ctx, config, community, data.found_on.year)
        item = RiskItem(
            code=code, code_year=data.found_on.year, code_serial=serial, category=data.category.value,
            community_code=community, grid_id=uuid.UUID(data.grid_id) if data.grid_id else None,
            title=data.title.strip(), description=data.description.strip(), involved_count=data.involved_count,
            found_on=data.found_on, reporter=data.reporter.strip() or ctx.actor.display_name, level=data.level,
            deadline=deadline, status=RiskStatus.UNRESOLVED.value, status_changed_at=ctx.now(),
            key_person_kind=data.key_person.kind.value if data.key_person else "",
            key_person_notes=data.key_person.notes or None if data.key_person else None,
            key_person_monitor=data.key_person.monitor or None if data.key_person else None,
        )
        session.add(item)
        session.flush()
        for pdata in data.parties:
            party, _ = parties.find_or_create_in(session, ctx, pdata)
            session.add(RiskParty(risk_id=item.id, party_id=party.id))
        for party_id in data.party_ids:
            session.add(RiskParty(risk_id=item.id, party_id=uuid.UUID(party_id)))
        audit.record(session, ctx, AuditAction.CREATE, "risk", str(item.id),
                     {"code": code, "category": data.category.value, "level": data.level})
        session.commit()
        return RiskRef(str(item.id), code)


@dataclass(frozen=True, slots=True)
class RiskEdit:
    """The reported facts an officer may correct while the item is open (the level changes with a reason)."""

    category: RiskCategory
    title: str
    found_on: date
    description: str = ""
    grid_id: str | None = None
    involved_count: int = 1
    reporter: str = ""
    deadline: date | None = None


def ledger_config(ctx: Ctx) -> LocalityConfig:
    """The locality configuration the ledger works with (palette, deadline rules) for pickers and defaults."""
    ctx.require(Permission.RISK_READ, QT_TRANSLATE_NOOP("terms", "view risk items"))
    with ctx.read() as session:
        return load_config(session)


def update_risk(ctx: Ctx, risk_id: str, data: RiskEdit, *, expected_version: int) -> None:
    """Correct the reported facts of an open item; raises :class:`StaleRecord` if it changed meanwhile."""
    ctx.require(Permission.RISK_WRITE, QT_TRANSLATE_NOOP("terms", "edit risk items"))
    data = text.clean_record(data, today=ctx.today())
    if not data.title.strip():
        raise ValidationError("title", QT_TRANSLATE_NOOP("errors", "Please describe the hazard in a title."))
    if data.found_on > ctx.today():
        raise ValidationError("found_on", QT_TRANSLATE_NOOP("errors", "The date found is in the future."))
    if data.deadline is not None and data.deadline < data.found_on:
        raise ValidationError("deadline", QT_TRANSLATE_NOOP("errors", "The deadline is before the date found."))
    if data.involved_count < 1:
        raise ValidationError("involved_count", QT_TRANSLATE_NOOP("errors", "At least one person is involved."))
    with ctx.write() as session:
        item = _load(session, ctx, risk_id)
        if item.version != expected_version:
            raise StaleRecord()
        if (item.category == RiskCategory.KEY_PERSON.value) != (data.category == RiskCategory.KEY_PERSON):
            raise ValidationError("category", QT_TRANSLATE_NOOP(
                "errors", "An item cannot be moved into or out of the key-person category; report a new one."))
        config = load_config(session)
        if data.deadline is None and item.level in config.deadline_required_levels:
            raise ValidationError("deadline", QT_TRANSLATE_NOOP("errors", "This level needs a resolution deadline."))
        _step(session, ctx, item, RiskAction.EDIT, {"title": data.title.strip()})
        item.category = data.category.value
        item.title = data.title.strip()
        item.description = data.description.strip()
        item.grid_id = uuid.UUID(data.grid_id) if data.grid_id else None
        item.involved_count = data.involved_count
        item.found_on = data.found_on
        item.reporter = data.reporter.strip() or item.reporter
        item.deadline = data.deadline
        session.commit()


# What a community does with its own items; the office instructs (交办/督办) instead of changing them, so that
# the community's facts and 稳控措施 are never overwritten from two places. Reviews, closing approval and
# reopening remain the office's supervision.
COMMUNITY_ONLY = frozenset({RiskAction.EDIT, RiskAction.ASSIGN, RiskAction.CHANGE_LEVEL, RiskAction.REQUEST_CLOSE})
INSTRUCT_INSTEAD = QT_TRANSLATE_NOOP(
    "errors", "This item belongs to {community}: the street office gives the community an instruction (交办/督办) "
              "instead of changing its facts or measures.")


def _community_name(session: GuanlanSession, code: str) -> str:
    community = reference.community_of(session, code)
    return community.name if community is not None else code


def _office_on_community(ctx: Ctx, item: RiskItem) -> bool:
    return ctx.db.workstation.role == "office" and item.community_code != reference.OFFICE_CODE


def _step(session: GuanlanSession, ctx: Ctx, item: RiskItem, action: RiskAction, detail: dict[str, Any]) -> None:
    if action in COMMUNITY_ONLY and _office_on_community(ctx, item):
        raise RuleViolation(INSTRUCT_INSTEAD, community=_community_name(session, item.community_code))
    before = RiskStatus(item.status)
    after = risk_step(before, action)
    if after != before:
        item.status = after.value
        item.status_changed_at = ctx.now()
    audit.record(session, ctx, AuditAction.UPDATE, "risk", str(item.id),
                 {"action": action.value, "from": before.value, "to": after.value, **detail})


def assign_risk(ctx: Ctx, risk_id: str, data: AssignInput, *, expected_version: int | None = None) -> None:
    """Name the responsible leader (包案领导), units, person and measures; starts the work (化解中)."""
    ctx.require(Permission.RISK_WRITE, QT_TRANSLATE_NOOP("terms", "assign risk items"))
    data = text.clean_record(data, today=ctx.today())
    if not data.leader_name.strip():
        raise ValidationError("leader_name", QT_TRANSLATE_NOOP("errors", "Please name the responsible leader."))
    if not (data.control_measures.strip() or data.resolution_measures.strip()):
        raise ValidationError("control_measures", QT_TRANSLATE_NOOP("errors", "Please enter the measures."))
    keep_phone = "*" in data.responsible_phone  # the masked value the editor showed: unchanged
    contact = phone.normalize_phone(data.responsible_phone, field="responsible_phone") \
        if data.responsible_phone.strip() and not keep_phone else None
    with ctx.write() as session:
        item = _load(session, ctx, risk_id)
        if expected_version is not None and item.version != expected_version:
            raise StaleRecord()
        config = load_config(session)
        deadline = data.deadline or item.deadline
        if deadline is None and item.level in config.deadline_required_levels:
            raise ValidationError("deadline", QT_TRANSLATE_NOOP("errors", "This level needs a resolution deadline."))
        _step(session, ctx, item, RiskAction.ASSIGN, {"leader": data.leader_name.strip()})
        item.leader_name = data.leader_name.strip()
        item.leader_title = data.leader_title.strip()
        item.leader_unit = data.leader_unit.strip()
        item.leader_user = data.leader_user.strip()
        item.responsible_units = data.responsible_units.strip()
        item.responsible_person = data.responsible_person.strip()
        if not keep_phone:
            item.responsible_phone = contact
        item.control_measures = data.control_measures.strip()
        item.resolution_measures = data.resolution_measures.strip()
        item.deadline = deadline
        session.commit()


def add_review(ctx: Ctx, risk_id: str, *, kind: ReviewKind, reviewed_on: date, content: str,
               participants: str = "", new_level: str | None = None) -> str:
    """Add an entry to the review log (研判 / 稳控 / 进展 / 回访), optionally regrading the item."""
    ctx.require(Permission.RISK_WRITE, QT_TRANSLATE_NOOP("terms", "review risk items"))
    content, participants = text.clean_text("content", content), text.clean_text("participants", participants)
    text.check_date("reviewed_on", reviewed_on, today=ctx.today())
    if not content.strip():
        raise ValidationError("content", QT_TRANSLATE_NOOP("errors", "Please write down the review's conclusion."))
    if reviewed_on > ctx.today():
        raise ValidationError("reviewed_on", QT_TRANSLATE_NOOP("errors", "The review date is in the future."))
    with ctx.write() as session:
        item = _load(session, ctx, risk_id)
        risk_step(RiskStatus(item.status), RiskAction.ADD_REVIEW)
        before = item.level
        if new_level is not None and new_level != item.level:
            risk_step(RiskStatus(item.status), RiskAction.CHANGE_LEVEL)
            load_config(session).level(new_level)
            item.level = new_level
        review = RiskReview(risk_id=item.id, kind=kind.value, reviewed_on=reviewed_on, participants=participants.strip(),
                            content=content.strip(), level_before=before, level_after=item.level,
                            author=ctx.actor.display_name[:64])
        session.add(review)
        session.flush()
        audit.record(session, ctx, AuditAction.UPDATE, "risk", risk_id,
                     {"review": kind.value, "level": [before, item.level]})
        session.commit()
        return str(review.id)


def change_level(ctx: Ctx, risk_id: str, *, new_level: str, reason: str) -> None:
    """Regrade an item; the change and its reason go into the review log."""
    reason = text.clean_text("reason", reason)
    if not reason.strip():
        raise ValidationError("reason", QT_TRANSLATE_NOOP("errors", "Please give the reason for the new level."))
    add_review(ctx, risk_id, kind=ReviewKind.ASSESSMENT, reviewed_on=ctx.today(), content=reason,
               new_level=new_level)


def request_close(ctx: Ctx, risk_id: str, *, basis: str, evidence: str) -> None:
    """Ask to close (申请销号) with its basis and evidence; needs at least one review after assignment."""
    ctx.require(Permission.RISK_WRITE, QT_TRANSLATE_NOOP("terms", "request closing"))
    basis, evidence = text.clean_text("basis", basis), text.clean_text("evidence", evidence)
    if not basis.strip() or not evidence.strip():
        raise ValidationError("basis", QT_TRANSLATE_NOOP(
            "errors", "Closing needs its basis and evidence (agreement number, undertaking, confirmation)."))
    with ctx.write() as session:
        item = _load(session, ctx, risk_id)
        reviews = session.execute(select(func.count()).select_from(RiskReview).where(
            RiskReview.risk_id == item.id, RiskReview.deleted_at.is_(None))).scalar_one()
        if reviews == 0:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "errors", "Record at least one review or visit before asking to close the item."))
        _step(session, ctx, item, RiskAction.REQUEST_CLOSE, {"basis": basis.strip()})
        item.close_basis = basis.strip()
        item.close_evidence = evidence.strip()
        item.close_requested_on = ctx.today()
        item.close_requested_by = ctx.actor.username
        session.commit()


def approve_close(ctx: Ctx, risk_id: str) -> None:
    """Approve closing (销号). The approver is neither the requester nor the responsible leader."""
    ctx.require(Permission.RISK_APPROVE_CLOSE, QT_TRANSLATE_NOOP("terms", "approve closing"))
    with ctx.write() as session:
        item = _load(session, ctx, risk_id)
        if ctx.actor.username in {item.close_requested_by, item.leader_user} - {""}:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "errors", "Closing must be approved by someone other than the requester or the responsible leader."))
        _step(session, ctx, item, RiskAction.APPROVE_CLOSE, {})
        item.closed_on = ctx.today()
        item.closed_by = ctx.actor.username
        session.commit()


def reject_close(ctx: Ctx, risk_id: str, *, reason: str) -> None:
    """Send a closing request back (work goes on)."""
    ctx.require(Permission.RISK_APPROVE_CLOSE, QT_TRANSLATE_NOOP("terms", "reject closing"))
    reason = text.clean_text("reason", reason)
    if not reason.strip():
        raise ValidationError("reason", QT_TRANSLATE_NOOP("errors", "Please give the reason for rejecting."))
    with ctx.write() as session:
        item = _load(session, ctx, risk_id)
        _step(session, ctx, item, RiskAction.REJECT_CLOSE, {"reason": reason.strip()})
        session.add(RiskReview(risk_id=item.id, kind=ReviewKind.ASSESSMENT.value, reviewed_on=ctx.today(),
                               content=f"销号申请退回：{reason.strip()}", level_before=item.level,
                               level_after=item.level, author=ctx.actor.display_name[:64]))
        session.commit()


def reopen_risk(ctx: Ctx, risk_id: str, *, reason: str) -> None:
    """The hazard came back (反弹): reopen a closed item."""
    ctx.require(Permission.RISK_WRITE, QT_TRANSLATE_NOOP("terms", "reopen risk items"))
    reason = text.clean_text("reason", reason)
    if not reason.strip():
        raise ValidationError("reason", QT_TRANSLATE_NOOP("errors", "Please describe the relapse."))
    with ctx.write() as session:
        item = _load(session, ctx, risk_id)
        _step(session, ctx, item, RiskAction.REOPEN, {"reason": reason.strip()})
        item.reopen_reason = reason.strip()
        item.closed_on = None
        session.commit()


def _is_overdue(item: RiskItem, today: date) -> bool:
    return RiskStatus(item.status) in _OPEN and item.deadline is not None and item.deadline < today


def get_risk(ctx: Ctx, risk_id: str) -> RiskDetail:
    """The item for the editor; reading a key person's details is audited."""
    ctx.require(Permission.RISK_READ, QT_TRANSLATE_NOOP("terms", "view risk items"))
    with ctx.write() as session:
        item = _load(session, ctx, risk_id)
        config = load_config(session)
        review_rows = list(session.scalars(select(RiskReview).where(
            RiskReview.risk_id == item.id, RiskReview.deleted_at.is_(None))
            .order_by(RiskReview.reviewed_on, RiskReview.created_at)))
        names = display_names(ctx, [r.author for r in review_rows] + [item.close_requested_by, item.closed_by])
        reviews = tuple(ReviewRow(str(r.id), ReviewKind(r.kind), r.reviewed_on, r.participants, r.content,
                                  r.level_before, r.level_after, names.get(r.author, r.author))
                        for r in review_rows)
        dispute_ids = tuple(str(d) for d in session.scalars(select(DisputeRisk.dispute_id).where(
            DisputeRisk.risk_id == item.id, DisputeRisk.deleted_at.is_(None))))
        linked = tuple((str(p.id), p.name) for p in session.scalars(
            select(Party).join(RiskParty, RiskParty.party_id == Party.id)
            .where(RiskParty.risk_id == item.id, RiskParty.deleted_at.is_(None))))
        key_person = None
        if item.category == RiskCategory.KEY_PERSON.value:
            key_person = KeyPersonInput(KeyPersonKind(item.key_person_kind), item.key_person_notes or "",
                                        item.key_person_monitor or "")
            audit.record(session, ctx, AuditAction.UNMASK, "risk", risk_id, {"fields": ["key_person"]})
            session.commit()
        status = RiskStatus(item.status)
        allowed = allowed_risk_actions(status)
        word = label(status)
        blocked = {a: f"当前状态为“{word}”，不能执行此操作" for a in RISK_TRANSITIONS if a not in allowed}
        instruct_only = _community_name(session, item.community_code) if _office_on_community(ctx, item) else ""
        if instruct_only:
            reason = RuleViolation(INSTRUCT_INSTEAD, community=instruct_only)
            blocked.update({a: reason.render() for a in COMMUNITY_ONLY})
            allowed = allowed - COMMUNITY_ONLY
        return RiskDetail(
            str(item.id), item.version, item.code, RiskCategory(item.category), item.community_code,
            str(item.grid_id) if item.grid_id else None, item.title, item.description, item.involved_count,
            item.found_on, item.reporter, _level(config, item.level), status, item.deadline,
            AssignInput(item.leader_name, item.leader_title, item.leader_unit, item.leader_user,
                        item.responsible_units, item.responsible_person,
                        masking.mask_phone(item.responsible_phone) if item.responsible_phone else "",
                        item.control_measures, item.resolution_measures, item.deadline),
            item.close_basis, item.close_evidence, item.close_requested_by, item.closed_on, item.closed_by,
            item.reopen_reason, key_person, reviews, dispute_ids, linked, _is_overdue(item, ctx.today()), allowed,
            blocked,
            names.get(item.close_requested_by, item.close_requested_by), names.get(item.closed_by, item.closed_by),
            instruct_only,
        )


@dataclass(frozen=True, slots=True)
class RiskFilter:
    """Filters of the ledger; empty fields filter nothing."""

    statuses: frozenset[RiskStatus] = frozenset()
    category: RiskCategory | None = None
    level: str | None = None
    community_code: str | None = None
    grid_id: str | None = None
    found_from: date | None = None
    found_to: date | None = None
    overdue: bool = False
    query: str = ""


SEVERITY = "severity"  # a sort key besides SORTS: the levels in the palette's order
SORTS: dict[str, InstrumentedAttribute[Any]] = {
    "found_on": RiskItem.found_on, "deadline": RiskItem.deadline, "level": RiskItem.level, "code": RiskItem.code,
}


def _conditions(ctx: Ctx, f: RiskFilter) -> list[ColumnElement[bool]]:
    conds = [_visible(ctx)]
    if f.statuses:
        conds.append(RiskItem.status.in_([s.value for s in f.statuses]))
    if f.category is not None:
        conds.append(RiskItem.category == f.category.value)
    if f.level:
        conds.append(RiskItem.level == f.level)
    if f.community_code:
        conds.append(RiskItem.community_code == f.community_code)
    if f.grid_id:
        conds.append(RiskItem.grid_id == uuid.UUID(f.grid_id))
    if f.found_from:
        conds.append(RiskItem.found_on >= f.found_from)
    if f.found_to:
        conds.append(RiskItem.found_on <= f.found_to)
    if f.overdue:
        conds.append(RiskItem.status.in_([s.value for s in _OPEN]))
        conds.append(RiskItem.deadline < ctx.today())
    if f.query.strip():
        conds.append(search.match_condition(RiskItem, f.query))
    return conds


def list_risks(ctx: Ctx, filters: RiskFilter | None = None, *, sort: str = "found_on", descending: bool = True,
               after: Cursor | None = None, limit: int = 100, offset: int = 0) -> Page[RiskRow]:
    """One page of the ledger (keyset paging on ``(sort key, id)``; ``offset`` for numbered pages)."""
    ctx.require(Permission.RISK_READ, QT_TRANSLATE_NOOP("terms", "view risk items"))
    key = SORTS.get(sort)
    if key is None and sort != SEVERITY:
        raise ValidationError("sort", QT_TRANSLATE_NOOP("errors", "Unknown sort column: {name}."), name=sort)
    with ctx.read() as session:
        config = load_config(session)
        ranks = {lvl.code: i for i, lvl in enumerate(config.risk_levels)}
        sort_key: ColumnElement[Any] | InstrumentedAttribute[Any]
        if key is None:  # severity: the palette's order, its first (most severe) level first
            sort_key = case(ranks, value=RiskItem.level, else_=len(ranks))
        else:
            sort_key = func.coalesce(key, "9999-12-31") if sort == "deadline" else key
        stmt = select(RiskItem).where(*_conditions(ctx, filters or RiskFilter()))
        if after is not None:
            pair, bound = tuple_(sort_key, RiskItem.id), tuple_(after.value, uuid.UUID(after.id))
            stmt = stmt.where(pair < bound if descending else pair > bound)
        order = (sort_key.desc(), RiskItem.id.desc()) if descending else (sort_key.asc(), RiskItem.id.asc())
        rows = list(session.scalars(stmt.order_by(*order).limit(limit + 1).offset(offset)))
        more = len(rows) > limit
        rows = rows[:limit]
        today = ctx.today()
        grid_keys = {r.grid_id for r in rows if r.grid_id is not None}
        grid_names = {g: n for g, n in session.execute(select(Grid.id, Grid.name).where(Grid.id.in_(grid_keys)))} \
            if grid_keys else {}
        out = tuple(RiskRow(str(r.id), r.code, RiskCategory(r.category), r.title, _level_or_raw(config, r.level),
                            RiskStatus(r.status), r.found_on, r.deadline, r.leader_name, _is_overdue(r, today),
                            grid_names.get(r.grid_id, "") if r.grid_id else "", r.community_code)
                    for r in rows)
        cursor = None
        if more and rows and key is None:
            cursor = Cursor(ranks.get(rows[-1].level, len(ranks)), str(rows[-1].id))
        elif more and rows:
            last = getattr(rows[-1], sort)
            value = "9999-12-31" if last is None else (last.isoformat() if isinstance(last, date) else last)
            cursor = Cursor(value, str(rows[-1].id))
        return Page(out, cursor)


def _level_or_raw(config: LocalityConfig, code: str) -> LevelView:
    try:
        return _level(config, code)
    except ValidationError:  # a level dropped from the palette after the item was graded
        return LevelView(code, code, "#888888")


def count_risks(ctx: Ctx, filters: RiskFilter | None = None) -> int:
    """How many items :func:`list_risks` would list over all its pages."""
    ctx.require(Permission.RISK_READ, QT_TRANSLATE_NOOP("terms", "view risk items"))
    with ctx.read() as session:
        return int(session.execute(select(func.count()).select_from(RiskItem)
                                   .where(*_conditions(ctx, filters or RiskFilter()))).scalar_one())


def overdue_by_level(ctx: Ctx) -> dict[str, int]:
    """Open items past their deadline, counted per level (for the dashboard)."""
    ctx.require(Permission.RISK_READ, QT_TRANSLATE_NOOP("terms", "view risk items"))
    with ctx.read() as session:
        rows = session.execute(select(RiskItem.level, func.count()).where(
            _visible(ctx), RiskItem.status.in_([s.value for s in _OPEN]), RiskItem.deadline < ctx.today())
            .group_by(RiskItem.level))
        return {str(level): int(n) for level, n in rows}


def risks_of_party(ctx: Ctx, party_id: str) -> list[RiskRow]:
    """The risk items a party is involved in."""
    ctx.require(Permission.RISK_READ, QT_TRANSLATE_NOOP("terms", "view risk items"))
    with ctx.read() as session:
        config = load_config(session)
        today = ctx.today()
        items = session.scalars(select(RiskItem).join(RiskParty, RiskParty.risk_id == RiskItem.id).where(
            RiskParty.party_id == uuid.UUID(party_id), RiskParty.deleted_at.is_(None), _visible(ctx)))
        return [RiskRow(str(r.id), r.code, RiskCategory(r.category), r.title, _level_or_raw(config, r.level),
                        RiskStatus(r.status), r.found_on, r.deadline, r.leader_name, _is_overdue(r, today))
                for r in items]


def risks_of_dispute(ctx: Ctx, dispute_id: str) -> list[RiskRow]:
    """The risk items linked to a dispute (the dispute editor lists them)."""
    ctx.require(Permission.RISK_READ, QT_TRANSLATE_NOOP("terms", "view risk items"))
    with ctx.read() as session:
        config = load_config(session)
        today = ctx.today()
        items = session.scalars(select(RiskItem).join(DisputeRisk, DisputeRisk.risk_id == RiskItem.id).where(
            DisputeRisk.dispute_id == uuid.UUID(dispute_id), DisputeRisk.deleted_at.is_(None), _visible(ctx))
            .order_by(RiskItem.found_on.desc()))
        return [RiskRow(str(r.id), r.code, RiskCategory(r.category), r.title, _level_or_raw(config, r.level),
                        RiskStatus(r.status), r.found_on, r.deadline, r.leader_name, _is_overdue(r, today))
                for r in items]


def disputes_of_risk(ctx: Ctx, risk_id: str) -> list[tuple[str, str, str]]:
    """(id, case number, title) of the disputes linked to a risk item."""
    ctx.require(Permission.DISPUTE_READ, QT_TRANSLATE_NOOP("terms", "view disputes"))
    with ctx.read() as session:
        _load(session, ctx, risk_id)
        return [(str(i), n, t) for i, n, t in session.execute(
            select(Dispute.id, Dispute.case_no, Dispute.title).join(DisputeRisk, DisputeRisk.dispute_id == Dispute.id)
            .where(DisputeRisk.risk_id == uuid.UUID(risk_id), DisputeRisk.deleted_at.is_(None)))]


