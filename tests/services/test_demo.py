"""Demo data: deterministic for a seed, valid identifiers, searchable, keys marked as demo."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from guanlan_desk.domain import idcard, uscc
from guanlan_desk.services import accounts, demo
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.store.engine import open_database
from guanlan_desk.store.models import Dispute, Party


@pytest.fixture(scope="module")
def demo_dirs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("demo")
    demo.generate(root / "a", records=300, seed=7)
    demo.generate(root / "b", records=300, seed=7)
    return root / "a", root / "b"


def snapshot(folder: Path) -> tuple[list[tuple[str, str, str]], list[tuple[str, str | None, str | None]]]:
    db = open_database(folder)
    try:
        accounts.login(Ctx(db, Actor.system()), username="admin", password=demo.DEMO_PASSWORD)  # unlocks the key
        with db.reads() as session:
            disputes = [(d.case_no, d.title, d.status) for d in session.scalars(select(Dispute).order_by(Dispute.case_no))]
            parties = [(p.name, p.id_number, p.uscc) for p in session.scalars(select(Party).order_by(Party.id))]
        return disputes, parties
    finally:
        db.close()


def test_same_seed_same_data(demo_dirs: tuple[Path, Path]) -> None:
    assert snapshot(demo_dirs[0]) == snapshot(demo_dirs[1])


def test_every_generated_identifier_is_valid(demo_dirs: tuple[Path, Path]) -> None:
    disputes, parties = snapshot(demo_dirs[0])
    assert len(disputes) == 300 and len(parties) == 600
    ids = [p[1] for p in parties if p[1]]
    codes = [p[2] for p in parties if p[2]]
    assert ids and codes
    for number in ids:
        assert idcard.validate_resident_id(number) == number
    for code in codes:
        assert uscc.validate_uscc(code) == code


def test_case_numbers_are_unique_and_formatted(demo_dirs: tuple[Path, Path]) -> None:
    disputes, _ = snapshot(demo_dirs[0])
    numbers = [d[0] for d in disputes]
    assert len(set(numbers)) == len(numbers)
    assert all(n.startswith("（20") and "广培调字第" in n for n in numbers)


def test_a_non_empty_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("keep me")
    from guanlan_desk.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        demo.generate(tmp_path, records=10, seed=1)
    assert (tmp_path / "x.txt").read_text() == "keep me"


def test_cancelling_leaves_nothing_behind(tmp_path: Path) -> None:
    with pytest.raises(demo.Cancelled):
        demo.generate(tmp_path / "c", records=12_000, seed=1, progress=lambda done, total: done < 5000)
    assert not (tmp_path / "c").exists()


def test_the_demo_shows_instructions_in_every_state(demo_dirs: tuple[Path, Path], tmp_path: Path) -> None:
    from guanlan_desk.domain.enums import WorkstationRole
    from guanlan_desk.domain.supervision import TaskState
    from guanlan_desk.services import supervision

    office = demo.generate(tmp_path / "office", records=600, seed=3, role=WorkstationRole.OFFICE)
    assert office.other_users == ("staff",)
    for folder, several in ((office.data_dir, True), (demo_dirs[0], False)):
        db = open_database(folder)
        try:
            actor = accounts.login(Ctx(db, Actor.system()), username="admin", password=demo.DEMO_PASSWORD)
            rows = supervision.list_tasks(Ctx(db, actor), supervision.TaskFilter(show="all"))
            assert {r.state for r in rows} == set(TaskState) and all(r.subject_code for r in rows)
            communities = {r.community_code for r in rows}
            assert (len(communities) > 1) == several and "GLJD" not in communities
        finally:
            db.close()
