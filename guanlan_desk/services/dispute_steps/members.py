"""Who is in a dispute: mediators, parties and linked risk items."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from guanlan_desk.domain.enums import AuditAction, DisputeRole, DisputeStatus, Source
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from guanlan_desk.domain.lifecycle import DisputeAction, dispute_step
from guanlan_desk.services import audit
from guanlan_desk.services import parties as party_service
from guanlan_desk.services.context import Ctx
from guanlan_desk.services.dispute_steps.common import _write
from guanlan_desk.services.disputes.inputs import DisputePartyInput, MediatorInput
from guanlan_desk.services.disputes.loading import load_dispute
from guanlan_desk.services.disputes.register import _add_mediator
from guanlan_desk.services.errors import NotFound, RuleViolation
from guanlan_desk.store.models import DisputeMediator, DisputeParty, DisputeRisk, Party, RiskItem


def add_mediator(ctx: Ctx, dispute_id: str, mediator: MediatorInput) -> str:
    """Name a mediator (a legal-clarity person may participate: ``lcp_id``)."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "edit disputes"))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        dispute_step(DisputeStatus(dispute.status), DisputeAction.EDIT)
        row = _add_mediator(session, dispute.id, mediator, dispute.community_code)
        session.flush()
        audit.record(session, ctx, AuditAction.UPDATE, "dispute", dispute_id,
                     {"mediator_added": row.name, "lcp": mediator.lcp_id, "roster": mediator.mediator_id})
        session.commit()
        return str(row.id)


def remove_mediator(ctx: Ctx, mediator_id: str) -> None:
    """Take a mediator off a dispute (tombstoned)."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "edit disputes"))
    with ctx.write() as session:
        row = session.get(DisputeMediator, uuid.UUID(mediator_id))
        if row is None or row.deleted_at is not None:
            raise NotFound("mediator", mediator_id)
        dispute = load_dispute(session, str(row.dispute_id))
        dispute_step(DisputeStatus(dispute.status), DisputeAction.EDIT)
        row.deleted_at = ctx.now()
        audit.record(session, ctx, AuditAction.UPDATE, "dispute", str(dispute.id), {"mediator_removed": row.name})
        session.commit()


def link_risk(ctx: Ctx, dispute_id: str, risk_id: str) -> None:
    """Link a risk item to the dispute (both editors show the link)."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "link risk items"))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        risk = session.get(RiskItem, uuid.UUID(risk_id))
        if risk is None or risk.deleted_at is not None:
            raise NotFound("risk item", risk_id)
        exists = session.execute(select(DisputeRisk).where(
            DisputeRisk.dispute_id == dispute.id, DisputeRisk.risk_id == risk.id,
            DisputeRisk.deleted_at.is_(None))).first()
        if exists is None:
            session.add(DisputeRisk(dispute_id=dispute.id, risk_id=risk.id))
            audit.record(session, ctx, AuditAction.UPDATE, "dispute", dispute_id, {"risk_linked": risk.code})
        session.commit()


def unlink_risk(ctx: Ctx, dispute_id: str, risk_id: str) -> None:
    """Remove the link (tombstoned)."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "link risk items"))
    with ctx.write() as session:
        for link in session.scalars(select(DisputeRisk).where(
                DisputeRisk.dispute_id == uuid.UUID(dispute_id), DisputeRisk.risk_id == uuid.UUID(risk_id),
                DisputeRisk.deleted_at.is_(None))):
            link.deleted_at = ctx.now()
        audit.record(session, ctx, AuditAction.UPDATE, "dispute", dispute_id, {"risk_unlinked": risk_id})
        session.commit()


def add_party(ctx: Ctx, dispute_id: str, item: DisputePartyInput) -> str:
    """Add a party to a registered dispute (a third party joins, a respondent was missing); returns the link id."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "edit disputes"))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        dispute_step(DisputeStatus(dispute.status), DisputeAction.EDIT)
        if item.party_id:
            party = session.get(Party, uuid.UUID(item.party_id))
            if party is None or party.deleted_at is not None:
                raise NotFound("party", item.party_id)
        elif item.party is not None:
            party, _created = party_service.find_or_create_in(session, ctx, item.party)
        else:
            raise ValidationError("parties", QT_TRANSLATE_NOOP("errors", "A party has neither a record nor a name."))
        links = list(session.scalars(select(DisputeParty).where(
            DisputeParty.dispute_id == dispute.id, DisputeParty.deleted_at.is_(None))))
        if any(link.party_id == party.id for link in links):
            raise ValidationError("parties", QT_TRANSLATE_NOOP(
                "errors", "{name} is listed twice in this dispute."), name=party.name)
        link = DisputeParty(dispute_id=dispute.id, party_id=party.id, role=item.role.value,
                            position=max((x.position for x in links), default=-1) + 1)
        session.add(link)
        session.flush()
        party_service._refresh_party_names(session, party.id)
        audit.record(session, ctx, AuditAction.UPDATE, "dispute", dispute_id,
                     {"party_added": str(party.id), "role": item.role.value})
        session.commit()
        return str(link.id)


def remove_party(ctx: Ctx, dispute_id: str, link_id: str) -> None:
    """Take a party off a registered dispute; an applicant and a respondent must remain (tombstoned)."""
    _write(ctx, QT_TRANSLATE_NOOP("terms", "edit disputes"))
    with ctx.write() as session:
        dispute = load_dispute(session, dispute_id)
        dispute_step(DisputeStatus(dispute.status), DisputeAction.EDIT)
        links = list(session.scalars(select(DisputeParty).where(
            DisputeParty.dispute_id == dispute.id, DisputeParty.deleted_at.is_(None))))
        link = next((x for x in links if str(x.id) == link_id), None)
        if link is None:
            raise NotFound("dispute party", link_id)
        rest = [x.role for x in links if x is not link]
        single = Source(dispute.source) in (Source.COMMITTEE_INITIATIVE, Source.GRID_SCREENING)
        if not rest or (not single and (DisputeRole.APPLICANT.value not in rest
                                        or DisputeRole.RESPONDENT.value not in rest)):
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "errors", "A dispute needs at least one applicant and one respondent."))
        link.deleted_at = ctx.now()
        session.flush()
        party_service._refresh_party_names(session, link.party_id)
        audit.record(session, ctx, AuditAction.UPDATE, "dispute", dispute_id, {"party_removed": str(link.party_id)})
        session.commit()
