"""What the next export will carry, counted without writing it (the sync page's and status bar's figures).

The selection is the exporter's, row for row: per peer, the rows changed since the export the peer confirmed
(everything when a full export is due), within the peer's community for the office, without the rows whose every
value came from that peer (echo suppression). ``unsent`` is the part no bundle has carried yet; the rest has been
exported and waits for its receipt. Summed over the peers: an export writes one bundle per peer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from guanlan_desk.services.context import Ctx
from guanlan_desk.store.models import Setting, SyncExport, SyncPeer
from guanlan_desk.store.uow import GuanlanSession
from guanlan_desk.sync import peers, tables
from guanlan_desk.sync.exporter import SEND_FULL, field_clocks
from guanlan_desk.sync.merge import clock_origin


@dataclass(frozen=True, slots=True)
class PendingCounts:
    """Rows the next export will write (over all peers) and the part of them never exported before."""

    next_export: int
    unsent: int

    @property
    def awaiting_receipt(self) -> int:
        """Rows already exported that the next export repeats because no receipt confirmed them yet."""
        return self.next_export - self.unsent


def _mark(session: GuanlanSession, peer: SyncPeer, seq: int) -> int:
    if not seq:
        return 0
    mark = session.execute(select(SyncExport.max_change_seq).where(
        SyncExport.peer_id == peer.workstation_id, SyncExport.seq == seq)).scalar()
    return int(mark or 0)


def _count(session: GuanlanSession, t: Any, peer: SyncPeer, since: int, community: str | None) -> int:
    where = (t.c.change_seq > since, tables.scope(t, community))
    total = int(session.execute(select(func.count()).select_from(t).where(*where)).scalar_one())
    echoes = [str(i) for i in session.scalars(select(t.c.id).where(*where, t.c.origin == peer.workstation_id))]
    if echoes:
        clocks = field_clocks(session, t.name)
        total -= sum(1 for row_id in echoes
                     if all(clock_origin(c[0]) == peer.workstation_id for c in clocks.get(row_id, {}).values()))
    return total


def counts(ctx: Ctx) -> PendingCounts:
    """What the next export writes, and how much of it is new."""
    office = ctx.db.workstation.role == "office"
    chosen = tables.tables_for(ctx.db.workstation.role)
    next_export = unsent = 0
    with ctx.read() as session:
        enrolled = peers.enrolled(session)
        if not enrolled:
            # Not enrolled yet: the first export, once enrolled, is a full one and carries every row.
            everything = sum(int(session.execute(select(func.count()).select_from(t)).scalar_one()) for t in chosen)
            return PendingCounts(everything, everything)
        for peer in enrolled:
            community = peer.community_code if office else None
            full = session.get(Setting, SEND_FULL + peer.workstation_id) is not None
            acked = 0 if full else _mark(session, peer, peer.acked_seq)
            sent = max(acked, _mark(session, peer, peer.sent_seq))
            for t in chosen:
                carried = _count(session, t, peer, acked, community)
                next_export += carried
                unsent += carried if sent == acked else _count(session, t, peer, sent, community)
    return PendingCounts(next_export, unsent)
