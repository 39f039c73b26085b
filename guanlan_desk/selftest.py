"""``--self-test``: named checks that the installed (or source) app really works on this machine.

Each check is a function that returns a one-line detail on success and raises on failure. They share a
:class:`Workspace`: a temporary demo data folder, made by the first check and removed at the end. The
installer's build runs the frozen app's self-test from ``/`` (installer/build.py); a check is added by
appending ``Check("name", function)`` to :data:`CHECKS`.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from guanlan_desk.forms.fonts import BUNDLED
from guanlan_desk.paths import resource_dir
from guanlan_desk.services import accounts, demo, disputes, doctor, parties
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.store import keyslots
from guanlan_desk.store.engine import Database, open_database
from guanlan_desk.store.keyring_backend import backend_status
from guanlan_desk.version import version_info

DEMO_RECORDS = 50
SEARCH_TEXT = "纠纷"
FORM = "notice_to_attend"  # 调解通知书


class SelfTestFailure(Exception):
    """A check found something wrong; the message is the reason printed after FAIL."""


class Workspace:
    """What the checks share: a temporary folder and, once made, the demo database and a logged-in admin."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._db: Database | None = None
        self._ctx: Ctx | None = None

    @property
    def data_dir(self) -> Path:
        """The demo data folder."""
        return self.root / "demo"

    @property
    def ctx(self) -> Ctx:
        """The admin's context in the demo folder (the "demo data folder" check must have passed)."""
        if self._ctx is None:
            raise SelfTestFailure("no demo data folder (its check failed)")
        return self._ctx

    def open(self, db: Database, ctx: Ctx) -> None:
        """Keep the opened demo database for the later checks."""
        self._db, self._ctx = db, ctx

    def close(self) -> None:
        """Close the database and remove the temporary folder."""
        if self._db is not None:
            self._db.close()
            self._db = None
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass(frozen=True, slots=True)
class Check:
    """A named check: ``run(workspace)`` returns a detail line or raises."""

    name: str
    run: Callable[[Workspace], str]


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The outcome of one check."""

    name: str
    ok: bool
    detail: str
    seconds: float


def check_resources(ws: Workspace) -> str:
    """The bundled fonts are where ``paths.resource_dir()`` says."""
    fonts = resource_dir() / "fonts"
    missing = [f.file for f in BUNDLED if not (fonts / f.file).is_file()]
    if missing:
        raise SelfTestFailure(f"missing in {fonts}: {', '.join(missing)}")
    return f"{resource_dir()} ({version_info().line()})"


def check_sqlite(ws: Workspace) -> str:
    """SQLite has FTS5 with the trigram tokenizer (Chinese search needs it)."""
    import sqlite3

    ok, detail = doctor.fts5_trigram_available()
    if not ok:
        raise SelfTestFailure(f"SQLite {sqlite3.sqlite_version}: {detail}")
    return f"SQLite {sqlite3.sqlite_version}, FTS5 trigram ok"


def check_demo_folder(ws: Workspace) -> str:
    """A demo data folder is created (schema migrations run from the bundled scripts) and opened."""
    summary = demo.generate(ws.data_dir, records=DEMO_RECORDS, seed=1)
    db = open_database(ws.data_dir)
    try:
        actor = accounts.login(Ctx(db, Actor.system()), username=summary.username, password=summary.password)
    except Exception:
        db.close()
        raise
    ws.open(db, Ctx(db, actor))
    return f"{summary.disputes} disputes, {summary.parties} parties, {summary.risks} risk items in {ws.data_dir}"


def check_search(ws: Workspace) -> str:
    """Full-text search through the services finds demo records."""
    found = disputes.list_disputes(ws.ctx, disputes.DisputeFilter(query=SEARCH_TEXT), limit=20)
    if not found.rows:
        raise SelfTestFailure(f"no dispute found for {SEARCH_TEXT!r}")
    name = found.rows[0].party_names.split()[0]
    people = parties.list_parties(ws.ctx, name, limit=20)
    if not people.rows:
        raise SelfTestFailure(f"no party found for {name!r}")
    return f"{len(found.rows)} disputes for {SEARCH_TEXT!r}, {len(people.rows)} parties for {name!r}"


def check_doctor(ws: Workspace) -> str:
    """The doctor's checks of the demo folder pass: schema at head, integrity, WAL, search index."""
    checks = doctor.run(ws.ctx.db.data_dir)
    failed = [f"{c.name}: {c.detail}" for c in checks if not c.ok]
    if failed:
        raise SelfTestFailure("; ".join(failed))
    schema = next((c.detail for c in checks if c.name == "schema"), "?")
    return f"{len(checks)} checks ok ({schema})"


_BASE_FONT = re.compile(rb"/BaseFont\s*/([A-Z]{6}\+[^\s/>\]]+)")


def check_print(ws: Workspace) -> str:
    """The 调解通知书 of a demo dispute renders to a PDF with pages and embedded TrueType fonts."""
    from guanlan_desk.printing import jobs

    first = disputes.list_disputes(ws.ctx, limit=1).rows
    if not first:
        raise SelfTestFailure("the demo folder has no dispute")
    result = jobs.print_to_file(ws.ctx, FORM, ws.root / "notice.pdf", record_id=first[0].id)
    pdf = result.path.read_bytes()
    if not pdf.startswith(b"%PDF-") or result.pages < 1:
        raise SelfTestFailure(f"not a PDF with pages ({result.pages} pages, {len(pdf)} bytes)")
    embedded = sorted({m.decode("latin-1").split("+", 1)[1] for m in _BASE_FONT.findall(pdf)})
    if b"/FontFile2" not in pdf or not embedded:
        raise SelfTestFailure("no embedded TrueType font in the PDF")
    return f"{FORM}: {result.pages} page(s), {len(pdf) // 1024} KB, embedded {', '.join(embedded)}"


def check_images(ws: Workspace) -> str:
    """Photos in the formats phones produce decode the way the culture wall reads them (Pillow's codecs)."""
    import io

    from PIL import Image
    from reportlab.lib.utils import ImageReader

    decoded = []
    for fmt in ("JPEG", "PNG", "WEBP"):
        buf = io.BytesIO()
        Image.new("RGB", (8, 6), (200, 30, 30)).save(buf, fmt)
        reader = ImageReader(io.BytesIO(buf.getvalue()))
        reader.getRGBData()
        if reader.getSize() != (8, 6):
            raise SelfTestFailure(f"{fmt}: decoded as {reader.getSize()}")
        decoded.append(fmt)
    return ", ".join(decoded)


def check_qt_font(ws: Workspace) -> str:
    """Qt loads the bundled CJK UI font (the desktop app would otherwise draw boxes)."""
    from guanlan_desk.ui.fonts import load_app_fonts

    families = load_app_fonts()
    if not families:
        raise SelfTestFailure("QFontDatabase could not load the bundled UI font")
    return ", ".join(families)


def check_qt_modules(ws: Workspace) -> str:
    """The Qt modules of the desktop app import (widgets, PDF preview, printing)."""
    from guanlan_desk.ui.selfcheck import qt_modules

    return ", ".join(qt_modules())


def check_translation(ws: Workspace) -> str:
    """The compiled zh_CN catalogue (.qm) is bundled and translates."""
    from guanlan_desk.ui.selfcheck import translation

    return translation()


def check_time_zone(ws: Workspace) -> str:
    """Asia/Shanghai comes from the bundled tzdata package (Windows has no system time-zone database)."""
    from importlib import resources
    from zoneinfo import ZoneInfo

    from guanlan_desk.domain import localtime

    with resources.files("tzdata.zoneinfo").joinpath(*localtime.ZONE_NAME.split("/")).open("rb") as fh:
        bundled = ZoneInfo.from_file(fh, key=localtime.ZONE_NAME)
    if not localtime.has_zone_data():
        raise SelfTestFailure(f"{localtime.ZONE_NAME} did not load; using the fixed UTC+8 fallback")
    offset = localtime.local_now().utcoffset()
    if offset is None or offset.total_seconds() != 8 * 3600 or bundled.utcoffset(localtime.local_now()) != offset:
        raise SelfTestFailure(f"{localtime.ZONE_NAME} is at UTC{offset}, not UTC+8")
    return f"{localtime.ZONE_NAME} from tzdata, today is {localtime.local_today().isoformat()} (UTC+8)"


def check_console(ws: Workspace) -> str:
    """Output is UTF-8 whatever the code page (a frozen build runs in Python's UTF-8 mode)."""
    encoding = (getattr(sys.stdout, "encoding", None) or "?").lower()
    if getattr(sys, "frozen", False) and not sys.flags.utf8_mode:
        raise SelfTestFailure("the frozen build does not run in UTF-8 mode")
    if encoding.replace("-", "") not in ("utf8", "?"):
        raise SelfTestFailure(f"standard output writes {encoding}, not UTF-8")
    return f"stdout {encoding}, UTF-8 mode {'on' if sys.flags.utf8_mode else 'off'}: 观澜 𠮷"


def check_keyring(ws: Workspace) -> str:
    """The system keyring holds a device secret (password slots bind to it), or the app runs on passwords alone."""
    status = backend_status()
    if getattr(sys, "frozen", False) and not status.importable:
        raise SelfTestFailure(f"{status.expected} is missing from the bundle ({status.reason})")
    if keyslots.keyring_state() == keyslots.KeyringState.USABLE:
        return "system keyring usable: password slots are bound to this computer"
    return f"no usable system keyring here ({status.expected}: {status.reason}); passwords alone protect the key"


def check_bundle(ws: Workspace) -> str:
    """A signed, encrypted sync bundle goes from the demo workstation to a second (office) one and back in."""
    from guanlan_desk.domain.enums import Role, WorkstationRole
    from guanlan_desk.services.setup import set_up_workstation
    from guanlan_desk.sync import enrolment, importer, status

    exchange = ws.root / "exchange"
    exchange.mkdir()
    made = set_up_workstation(ws.root / "office", role=WorkstationRole.OFFICE, community_code="GLJD",
                              name="自检街道工作站", admin_username="admin", admin_name="自检",
                              admin_password=demo.DEMO_PASSWORD, demo=True)
    office = Ctx(made.db, Actor.system(Role.OFFICE_ADMIN))
    try:
        invite = enrolment.create_enrolment(office, community_code=ws.ctx.db.workstation.community_code,
                                            folder=exchange)
        answer = enrolment.import_enrolment(ws.ctx, Path(invite.path), answer_to=exchange,
                                            confirm=invite.fingerprint)
        enrolment.import_answer(office, Path(answer.answer_path),
                                confirm=status.sync_overview(ws.ctx).fingerprint)
        written = status.export_now(ws.ctx, exchange)
        if len(written) != 1 or not written[0].rows:
            raise SelfTestFailure(f"expected one non-empty bundle, got {len(written)}")
        read = status.import_path(office, Path(written[0].path))
        if len(read) != 1 or read[0].status != importer.APPLIED or read[0].inserted < written[0].rows // 2:
            raise SelfTestFailure(f"the office did not take the bundle: {read[0].status if read else 'nothing'}")
        again = status.import_path(office, Path(written[0].path))
        if again[0].status != importer.ALREADY:
            raise SelfTestFailure("the same bundle was imported twice")
    finally:
        made.db.close()
    return (f"bundle {Path(written[0].path).name}: {written[0].rows} rows written and signed, "
            f"{read[0].inserted} taken in at the office, a replay refused ({again[0].status})")


CHECKS: list[Check] = [
    Check("resources", check_resources),
    Check("SQLite", check_sqlite),
    Check("demo data folder", check_demo_folder),
    Check("search", check_search),
    Check("doctor", check_doctor),
    Check("print form", check_print),
    Check("photos", check_images),
    Check("Qt font", check_qt_font),
    Check("Qt modules", check_qt_modules),
    Check("translation", check_translation),
    Check("time zone", check_time_zone),
    Check("console", check_console),
    Check("keyring", check_keyring),
    Check("sync bundle", check_bundle),
]


def run_checks(checks: Sequence[Check] | None = None) -> list[CheckResult]:
    """Run ``checks`` (default :data:`CHECKS`) in a fresh temporary folder, removed afterwards."""
    ws = Workspace(Path(tempfile.mkdtemp(prefix="guanlan-selftest-")))
    results: list[CheckResult] = []
    try:
        for check in CHECKS if checks is None else checks:
            start = time.perf_counter()
            try:
                detail, ok = check.run(ws), True
            except Exception as exc:  # a self-test reports every failure, whatever its kind
                detail, ok = f"{type(exc).__name__}: {exc}", False
            results.append(CheckResult(check.name, ok, detail, time.perf_counter() - start))
    finally:
        ws.close()
    return results


def main(checks: Sequence[Check] | None = None) -> int:
    """Print one line per check (OK/FAIL and the reason); 0 only if all passed."""
    start = time.perf_counter()
    results = run_checks(checks)
    for r in results:
        print(f"[{'OK' if r.ok else 'FAIL'}] {r.name}: {r.detail} ({r.seconds * 1000:.0f} ms)", flush=True)
    failed = [r for r in results if not r.ok]
    total = time.perf_counter() - start
    if failed:
        print(f"self-test FAILED: {len(failed)} of {len(results)} checks ({', '.join(r.name for r in failed)})")
        return 1
    print(f"self-test passed: {len(results)} checks in {total:.1f} s")
    return 0
