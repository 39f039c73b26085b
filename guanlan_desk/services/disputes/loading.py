"""Loading a live dispute row inside a unit of work."""

from __future__ import annotations

import uuid

from guanlan_desk.services.errors import NotFound
from guanlan_desk.store.models import Dispute
from guanlan_desk.store.uow import GuanlanSession


def load_dispute(session: GuanlanSession, dispute_id: str) -> Dispute:
    """The live dispute row, or :class:`NotFound`."""
    try:
        key = uuid.UUID(dispute_id)
    except ValueError:
        raise NotFound("dispute", dispute_id) from None
    dispute = session.get(Dispute, key)
    if dispute is None or dispute.deleted_at is not None:
        raise NotFound("dispute", dispute_id)
    return dispute
