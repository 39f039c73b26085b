"""The checked-in corpus of hostile archives (``tests/sync/corpus``, made by ``make_corpus.py``): each is
refused, as a file handed over and sealed inside a bundle by an enrolled sender (so the archive checks
themselves are reached), within 5 s of CPU and 256 MB of memory, with nothing written anywhere."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from guanlan_desk.sync.errors import SyncError
from guanlan_desk.sync.importer import import_bytes
from tests.sync.conftest import Trio
from tests.sync.helpers import db_digest, forge

CORPUS = Path(__file__).resolve().parent / "corpus"
FILES = sorted(CORPUS.glob("*.zip"))
CPU_LIMIT_S = 5.0
MEMORY_LIMIT = 256 * 1024 * 1024


def test_the_corpus_is_complete_and_as_the_script_makes_it() -> None:
    from tests.sync.corpus.make_corpus import CASES

    assert len(FILES) >= 40
    assert sorted(p.stem for p in FILES) == sorted(CASES)


def _files(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_size for p in root.rglob("*")
            if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


def test_every_hostile_archive_is_refused_quickly_and_leaves_nothing(trio: Trio) -> None:
    office = trio.office
    before = db_digest(office.db)
    root = trio.root
    files_before = _files(root)
    worst_cpu, worst_mem = 0.0, 0
    for path in FILES:
        data = path.read_bytes()
        for label, bundle in (("file", data), ("sealed", forge(trio.gc, office, zip_bytes=data, seq=1))):
            tracemalloc.start()
            cpu = time.process_time()
            try:
                with pytest.raises(SyncError):
                    import_bytes(office.ctx, bundle)
            except BaseException as exc:
                raise AssertionError(f"{path.name} ({label}) was not refused cleanly: {exc!r}") from exc
            finally:
                used = time.process_time() - cpu
                _, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
            assert used < CPU_LIMIT_S, f"{path.name} ({label}) took {used:.1f} s of CPU"
            assert peak < MEMORY_LIMIT, f"{path.name} ({label}) took {peak >> 20} MB"
            worst_cpu, worst_mem = max(worst_cpu, used), max(worst_mem, peak)
    assert db_digest(office.db) == before
    assert _files(root).keys() == files_before.keys()
    print(f"\ncorpus: {len(FILES)} archives x 2 refused; worst {worst_cpu:.2f} s CPU, {worst_mem >> 20} MB")
