"""Child process of the SIGKILL test: imports one bundle and kills itself at a chosen point.

argv: mode ("vm": after K SQLite progress ticks, "step": at the K-th import progress report, "none"),
K, data folder, bundle file, workstation id. The data key arrives on stdin (never in a file).
"""

from __future__ import annotations

import base64
import os
import signal
import sys
from pathlib import Path

import keyring
from sqlalchemy import event

from guanlan_desk.domain.enums import Role
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.store.engine import open_database
from guanlan_desk.sync.importer import import_path
from tests.helpers.keyring_memory import MemoryKeyring

# SIGKILL; on Windows os.kill calls TerminateProcess with this exit code (no signal handlers either way).
KILL = getattr(signal, "SIGKILL", 9)


def main() -> None:
    mode, k, data_dir, bundle, wsid = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    del wsid  # the key comes on stdin; the store opens with it (no login in a crash test)
    db = open_database(Path(data_dir), master_key=base64.b64decode(sys.stdin.readline().strip()))
    db.engine.dispose()
    ticks = [0, 0, 0]  # SQLite progress ticks, import progress reports, ticks when the write transaction began

    def vm_tick() -> int:
        ticks[0] += 1
        if mode == "vm" and ticks[0] == k:
            os.kill(os.getpid(), KILL)
        return 0

    def progress(stage: str, done: int, total: int) -> None:
        ticks[1] += 1
        if stage == "applying" and not ticks[2]:
            ticks[2] = ticks[0]
        if mode == "step" and ticks[1] == k:
            os.kill(os.getpid(), KILL)

    event.listen(db.engine, "connect", lambda conn, _rec: conn.set_progress_handler(vm_tick, 200))
    result = import_path(Ctx(db, Actor.system(Role.OFFICE_ADMIN)), Path(bundle), progress=progress)
    print(result[0].status, ticks[0], ticks[1], ticks[2], flush=True)
    db.close()


if __name__ == "__main__":
    main()
