"""The office knows each community workstation by community and number (观城社区 2号机), and never two alike.

Case and item numbers are issued from per-workstation serial blocks: two workstations of one community with the
same number would issue the same case numbers. Enrolment records the number the answer carries and refuses a
second workstation of the same community with that number.
"""

from __future__ import annotations

from sqlalchemy import select

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.store.models import LocalState, SyncPeer
from guanlan_desk.store.uow import GuanlanSession
from guanlan_desk.sync.errors import EnrolmentRefused

KEY = "peer_number:"
DUPLICATE = QT_TRANSLATE_NOOP(
    "sync_details", "a workstation of this community with the same number is already enrolled (set the new "
    "workstation up with another number, then answer again)")


def number_of(session: GuanlanSession, workstation_id: str) -> int | None:
    """The number a peer answered its enrolment with (``None`` for peers enrolled before numbers were recorded)."""
    row = session.get(LocalState, KEY + workstation_id)
    return row.int_value if row is not None else None


def claim(session: GuanlanSession, community_code: str, workstation_id: str, number: int) -> None:
    """Record ``number`` for the answering workstation; refuse one already held in the same community."""
    others = session.scalars(select(SyncPeer.workstation_id).where(
        SyncPeer.community_code == community_code, SyncPeer.workstation_id != workstation_id))
    if any(number_of(session, other) == number for other in others):
        raise EnrolmentRefused(DUPLICATE)
    row = session.get(LocalState, KEY + workstation_id)
    if row is None:
        session.add(LocalState(key=KEY + workstation_id, int_value=number, text_value=""))
    else:
        row.int_value = number


def peer_name(community_name: str, number: int) -> str:
    """观城社区 2号机."""
    return f"{community_name} {number}号机"
