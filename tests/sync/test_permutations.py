"""Any permutation and repetition of valid bundles gives the same records (CouchDB's replication property)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from guanlan_desk.domain.enums import Role
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.store.engine import Database, open_database
from guanlan_desk.store.models import Dispute, Party
from guanlan_desk.sync import tables
from guanlan_desk.sync.errors import SyncError
from guanlan_desk.sync.importer import import_path
from tests.services.test_disputes_core import new_case
from tests.sync.conftest import Trio
from tests.sync.helpers import edit


def records_digest(db: Database, origin: str) -> str:
    """The content of every record that ``origin`` created (change_seq, a local counter, left out)."""
    h = hashlib.sha256()
    with db.reads() as s:
        for t in tables.synced_tables():
            columns = [c for c in tables.wire_columns(t.name)]
            rows = s.execute(select(*[t.c[c] for c in columns]).where(t.c.origin == origin)).all()
            for row in sorted(repr(tuple(r)) for r in rows):
                h.update(t.name.encode() + row.encode())
    return h.hexdigest()


def test_any_order_and_repetition_of_bundles_gives_the_same_records(trio: Trio) -> None:
    office_dir = trio.office.db.data_dir
    trio.office.db.close()
    pristine = trio.root / "office-pristine"
    shutil.copytree(office_dir, pristine)
    key = trio.office.db.master_key
    trio.office.db = open_database(office_dir, clock=trio.clock, master_key=key)
    trio.office.ctx = Ctx(trio.office.db, trio.office.ctx.actor)

    a, b = new_case(trio.gc.ctx), new_case(trio.gc.ctx, a="赵六")
    files = [Path(trio.gc.export()[0].path)]
    trio.office.take(files[-1])
    trio.gc.take(Path(trio.office.export(peer="GC")[0].path))  # receipt: incremental from here on
    trio.clock.advance(minutes=1)
    edit(trio.gc, Dispute, a.id, summary="双方同意再次协商。")
    edit(trio.gc, Dispute, b.id, deleted_at=trio.clock.now)
    files.append(Path(trio.gc.export()[0].path))
    trio.clock.advance(minutes=1)
    new_case(trio.gc.ctx, a="孙七")
    with trio.gc.ctx.read() as s:
        party_id = str(s.scalars(select(Party.id).where(Party.name == "张三")).first())
    edit(trio.gc, Party, party_id, occupation="电工")
    files.append(Path(trio.gc.export()[0].path))
    for f in files[1:]:
        trio.office.take(f)
    gc_id = trio.gc.db.workstation.id
    expected = records_digest(trio.office.db, gc_id)
    assert expected == records_digest(trio.gc.db, gc_id)  # the office agrees with the community
    runs = [0]

    @settings(max_examples=12, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.permutations(files), st.lists(st.sampled_from(files), max_size=3), st.randoms(use_true_random=False))
    def check(order: list[Path], extra: list[Path], rnd: object) -> None:
        sequence = list(order)
        for item in extra:
            sequence.insert(rnd.randint(0, len(sequence)), item)  # type: ignore[attr-defined]
        runs[0] += 1
        folder = trio.root / f"perm-{runs[0]}"
        shutil.copytree(pristine, folder)
        db = open_database(folder, clock=trio.clock, master_key=key)
        try:
            ctx = Ctx(db, Actor.system(Role.OFFICE_ADMIN))
            for path in sequence:
                try:
                    import_path(ctx, path)
                except SyncError:
                    pass  # an old bundle after a newer one: refused, and nothing changes
            assert records_digest(db, gc_id) == expected, [p.name[-10:] for p in sequence]
        finally:
            db.close()
            shutil.rmtree(folder)

    check()
    assert runs[0] == 12
