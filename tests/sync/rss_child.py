"""Child process of the memory tests: imports one bundle and prints its outcome and its peak RSS (MiB).

argv: data folder, bundle file, workstation id. The data key arrives on stdin (never in a file).
"""

from __future__ import annotations

import resource
import base64
import sys
from pathlib import Path

import keyring

from guanlan_desk.domain.enums import Role
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.store.crypto import KEYRING_SERVICE
from guanlan_desk.store.engine import open_database
from guanlan_desk.sync.errors import SyncError
from guanlan_desk.sync.importer import import_path
from tests.helpers.keyring_memory import MemoryKeyring


def main() -> None:
    data_dir, bundle, wsid = sys.argv[1], sys.argv[2], sys.argv[3]
    del wsid  # the key comes on stdin and unlocks the store directly (key slots: no keyring copy)
    key = base64.b64decode(sys.stdin.readline().strip())
    db = open_database(Path(data_dir), master_key=key)
    try:
        [result] = import_path(Ctx(db, Actor.system(Role.OFFICE_ADMIN)), Path(bundle))
        outcome = result.status
    except SyncError as exc:
        outcome = "refused:" + type(exc).__name__
    finally:
        db.close()
    print(outcome, peak_kib() // 1024, flush=True)


def peak_kib() -> int:
    """This process's peak resident set size in KiB.

    ``ru_maxrss`` carries over the parent's peak through fork and exec on Linux (a test that built a big bundle
    would measure itself), so the memory map's own high-water mark is read where the kernel offers it.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


if __name__ == "__main__":
    main()
