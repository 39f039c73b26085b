"""Child process of the export SIGKILL test: exports to one folder and kills itself at a chosen point.

argv: point ("staged": the bundle staged in the data folder, "file": the bundle file just renamed into the
export folder, "none"), data folder, export folder, workstation id. The data key arrives on stdin.
The points are found by watching renames, so the same child runs against any version of the exporter.
"""

from __future__ import annotations

import os
import signal
import base64
import sys
from pathlib import Path
from typing import Any

import keyring

from guanlan_desk.domain.enums import Role
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.store.crypto import KEYRING_SERVICE
from guanlan_desk.store.engine import open_database
from guanlan_desk.sync.exporter import SUFFIX, export_bundles
from tests.helpers.keyring_memory import MemoryKeyring


def main() -> None:
    point, data_dir, folder, wsid = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
    del wsid  # the key comes on stdin and unlocks the store directly (key slots: no keyring copy)
    key = base64.b64decode(sys.stdin.readline().strip())
    db = open_database(data_dir, master_key=key)
    real_replace = os.replace

    def replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        real_replace(src, dst, *args, **kwargs)
        target = Path(dst)
        if not target.name.endswith(SUFFIX):
            return
        if (point == "file" and target.parent == folder) or (point == "staged" and target.parent != folder):
            os.kill(os.getpid(), signal.SIGKILL)

    os.replace = replace  # type: ignore[assignment]
    [made] = export_bundles(Ctx(db, Actor.system(Role.ADMIN)), folder)
    print(made.seq, flush=True)
    db.close()


if __name__ == "__main__":
    main()
