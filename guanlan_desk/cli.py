"""Headless commands (setup, demo, doctor, stats, search, users, audit, backup, key recovery, self-test).

``python main.py`` with no command opens the desktop app (once it exists). User errors print a clear
message and exit non-zero, without a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import exc as sa_exc

from guanlan_desk.domain.enums import DisputeStatus, Role, WorkstationRole, label
from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, UserFacingError
from guanlan_desk.paths import chosen_data_dir, default_data_dir
from guanlan_desk.services import accounts, audit, demo, disputes, doctor, parties, stats
from guanlan_desk.services.context import Actor, Ctx
from guanlan_desk.store.engine import DB_NAME, Database, open_database
from guanlan_desk.store.errors import DatabaseUnreadable, FileProblem
from guanlan_desk.store.uow import translate_db_error
from guanlan_desk.version import version_info

PASSWORD_ENV = "GUANLAN_PASSWORD"
EXIT_USER_ERROR = 2


def _data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir:
        return Path(args.data_dir).expanduser()
    return chosen_data_dir() or default_data_dir()


def _password(prompt: str) -> str:
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise UserFacingError("No password given: set {env} or run the command in a terminal.", env=PASSWORD_ENV)
    return getpass.getpass(prompt)


def _login(db: Database, args: argparse.Namespace) -> Ctx:
    username = args.user
    password = _password(f"Password for {username}: ")
    actor = accounts.login(Ctx(db, Actor.system()), username=username, password=password)
    return Ctx(db, actor)


def _with_login(args: argparse.Namespace, work: Callable[[Ctx], int]) -> int:
    """Open the data folder, log in as ``--user`` and run ``work``."""
    return _with_db(args, lambda db: work(_login(db, args)))


@contextmanager
def logged_in(args: argparse.Namespace) -> Iterator[Ctx]:
    """Open the data folder and log ``--user`` in (the login unwraps the data key); closes it afterwards."""
    db = open_database(_data_dir(args))
    try:
        yield _login(db, args)
    finally:
        db.close()


def _with_db(args: argparse.Namespace, work: Callable[[Database], int]) -> int:
    db = open_database(_data_dir(args))
    try:
        return work(db)
    finally:
        db.close()


def cmd_setup(args: argparse.Namespace) -> int:
    """Set up a new workstation headlessly (the desktop wizard does the same)."""
    from guanlan_desk.services.setup import set_up_workstation

    password = _password("Password for the first administrator: ")
    result = set_up_workstation(
        _data_dir(args), role=WorkstationRole(args.role), community_code=args.community, name=args.name,
        number=args.number, admin_username=args.admin, admin_name=args.admin_name, admin_password=password,
    )
    result.db.close()
    print("Workstation set up in", _data_dir(args))
    print("RECOVERY CODE (print it and keep it locked away; it restores the data key on a new machine):")
    print("   ", result.recovery_code)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Create a demo data folder."""
    summary = demo.generate(_data_dir(args), records=args.records, seed=args.seed, role=WorkstationRole(args.role))
    print(f"Demo data folder: {summary.data_dir}")
    print(f"  {summary.disputes} disputes, {summary.parties} parties, {summary.risks} risk items, "
          f"{summary.lcps} legal-clarity persons")
    print(f"  log in as '{summary.username}' / '{summary.password}' (also: {', '.join(summary.other_users)})")
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    """Print the health checks; exit 1 if any failed."""
    checks = doctor.run(_data_dir(args))
    for check in checks:
        print(f"[{'ok' if check.ok else 'FAIL'}] {check.name}: {check.detail}")
    return 0 if all(c.ok for c in checks) else 1


def cmd_stats(args: argparse.Namespace) -> int:
    """De-identified counts (no login needed: no personal data is shown)."""
    def work(db: Database) -> int:
        s = stats.collect(Ctx(db, Actor.system(Role.VIEWER)))
        print(f"disputes: {s.disputes}   parties: {s.parties}   risk items: {s.risks}   legal-clarity persons: {s.lcps}")
        print(f"accepted: {s.accepted}   successful: {s.successful}   success rate: {s.success_rate:.1%}   "
              f"agreement amount: {s.agreement_amount_yuan} yuan")
        for status in DisputeStatus:
            if s.by_status.get(status.value):
                print(f"  {label(status)}\t{s.by_status[status.value]}")
        return 0
    return _with_db(args, work)


def cmd_search(args: argparse.Namespace) -> int:
    """Search parties and disputes (login required: names are personal data)."""
    def work(db: Database) -> int:
        ctx = _login(db, args)
        page = parties.list_parties(ctx, args.text, limit=args.limit)
        print(f"parties ({len(page.rows)}):")
        for row in page.rows:
            print(f"  {row.name}\t{row.phone}\t{row.id_number or row.uscc}")
        found = disputes.list_disputes(ctx, disputes.DisputeFilter(query=args.text), limit=args.limit)
        print(f"disputes ({len(found.rows)}):")
        for d in found.rows:
            print(f"  {d.case_no}\t{d.title}\t{d.status_label}\t{d.id}")
        if found.rows:
            print("print a document of one: print DOC --record <case number, e.g. "
                  f"{found.rows[0].case_no}, or id> --out FILE.pdf (print --list --record … shows its documents)")
        return 0
    return _with_db(args, work)


def cmd_users(args: argparse.Namespace) -> int:
    """users add|list|passwd."""
    def work(db: Database) -> int:
        ctx = _login(db, args)
        if args.users_command == "list":
            for row in accounts.list_users(ctx):
                state = "locked" if row.locked else ("active" if row.active else "disabled")
                print(f"{row.username}\t{row.display_name}\t{label(row.role)}\t{state}")
        elif args.users_command == "add":
            password = _new_password(f"Password for {args.username}: ")
            accounts.add_user(ctx, username=args.username, display_name=args.name, role=Role(args.role),
                              password=password)
            print(f"user {args.username} added")
        elif args.users_command == "passwd":
            password = _new_password(f"New password for {args.username}: ")
            accounts.set_password(ctx, username=args.username, new_password=password)
            print(f"password of {args.username} changed")
        return 0
    return _with_db(args, work)


def _new_password(prompt: str) -> str:
    env = os.environ.get("GUANLAN_NEW_PASSWORD")
    if env:
        return env
    if not sys.stdin.isatty():
        raise UserFacingError("No new password given: set GUANLAN_NEW_PASSWORD or run the command in a terminal.")
    first = getpass.getpass(prompt)
    if getpass.getpass("Again: ") != first:
        raise UserFacingError("The two passwords differ.")
    return first


def cmd_audit(args: argparse.Namespace) -> int:
    """audit verify."""
    def work(db: Database) -> int:
        ctx = _login(db, args)
        result = audit.verify(ctx)
        if result.ok:
            print(f"audit log intact: {result.checked} events verified")
            return 0
        print(f"AUDIT LOG TAMPERED: {result.problem} (verified {result.checked} events before it)")
        return 1
    return _with_db(args, work)


def cmd_backup(args: argparse.Namespace) -> int:
    """Back up the database now (integrity-checked, hashed, thinned), audited under the logged-in user."""
    from guanlan_desk.services.setup import back_up

    data_dir = _data_dir(args)
    if not (data_dir / DB_NAME).exists():
        raise UserFacingError("No database in {path}.", path=str(data_dir))
    with logged_in(args) as ctx:
        made = back_up(ctx, Path(args.to) if args.to else None)
    print(f"backup written: {made.path} ({made.size} bytes, sha256 {made.sha256})")
    return 0


def cmd_restore_key(args: argparse.Namespace) -> int:
    """Open the data with the recovery code on this computer and give ``--user`` a key slot here."""
    from guanlan_desk.services.setup import restore_key

    code = args.code or input("Recovery code: ")
    password = _password(f"Password for {args.user}: ")
    db, _actor = restore_key(_data_dir(args), code, username=args.user, password=password)
    db.close()
    print(f"data key opened with the recovery code; {args.user} can log in on this computer again")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a backup into an empty data folder on a new machine, with the recovery code (checked first)."""
    from guanlan_desk.services.restore import restore_with_code

    code = args.code or input("Recovery code: ")
    password = _password(f"Password for {args.user}: ")
    db, _actor = restore_with_code(Path(args.backup), _data_dir(args), code, username=args.user, password=password)
    db.close()
    print(f"backup restored into {_data_dir(args)}")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    """print --list [--record CASE] | print DOC --record CASE --out FILE | print DOC --blank --out FILE."""
    from guanlan_desk.forms import registry

    if args.list and not args.record:
        for each in registry.DOCUMENTS.values():
            print(f"{each.id}\t{each.title_zh}")
        return 0
    if not args.list and (not args.doc or not args.out or not (args.blank or args.record or args.community)):
        raise UserFacingError("Name a document, --out FILE.pdf and either --record ID, --community CODE or --blank.")
    spec = registry.get(args.doc) if args.doc else None

    def work(db: Database) -> int:
        from guanlan_desk.printing import jobs, offers
        from guanlan_desk.services import case_lookup

        ctx = _login(db, args)
        record = None if args.blank else args.record
        if record and (spec is None or spec.subject == "dispute"):
            record = case_lookup.resolve_dispute(ctx, record)
            detail = disputes.get_dispute(ctx, record)
            offered = offers.offered(detail)
            if args.list:
                print(f"{detail.case_no}\t{label(detail.status)}")
                for doc_id in offered:
                    print(f"{doc_id}\t{registry.get(doc_id).title_zh}")
                return 0
            if spec is not None and spec.id not in offered:
                raise UserFacingError(QT_TRANSLATE_NOOP(
                    "errors", "{doc} is not printed for a case in the state \u201c{state}\u201d ({case}); print it "
                              "with --blank to fill it in by hand."),
                    doc=spec.title_zh, state=label(detail.status), case=detail.case_no)
        assert spec is not None
        result = jobs.print_to_file(ctx, spec.id, Path(args.out), record_id=record,
                                    community=None if args.blank else args.community)
        print(f"{result.path}: {result.pages} pages, {result.documents} document(s), sha256 {result.sha256}")
        return 0
    return _with_db(args, work)


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the desktop app; ``--demo`` uses a fresh demo folder."""
    data_dir = _data_dir(args)
    if args.demo:
        data_dir = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="guanlan-demo-"))
        if not (data_dir / DB_NAME).exists():
            print(f"Creating a demo data folder in {data_dir} …", flush=True)
            demo.generate(data_dir, records=args.records, seed=args.seed)
    from guanlan_desk.ui.app import run as run_gui

    return int(run_gui(data_dir, demo=bool(args.demo)))


def cmd_self_test(args: argparse.Namespace) -> int:
    """Run the installation self-test; exit 1 if any check failed."""
    from guanlan_desk import selftest

    return selftest.main()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (every command takes --data-dir)."""
    parser = argparse.ArgumentParser(prog="guanlan-desk", description="观澜街道 调解与风险台账 (guanlan_desk)")
    parser.add_argument("--version", action="store_true", help="show the version, build date and commit, then exit")
    parser.add_argument("--self-test", action="store_true",
                        help="check that this installation works (temporary demo folder, search, print, fonts, keyring)")
    parser.add_argument("--data-dir", help="data folder (default: the platform's user data folder)")
    parser.add_argument("--demo", action="store_true", help="open a fresh demo data folder")
    parser.add_argument("--records", type=int, default=2000, help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=1, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str, login: bool = False) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--data-dir", default=argparse.SUPPRESS, help="data folder")
        if login:
            p.add_argument("--user", default="admin", help=f"log in as this user (password from ${PASSWORD_ENV} or a prompt)")
        p.set_defaults(func=func)
        return p

    p = add("setup", cmd_setup, "set up a new workstation")
    p.add_argument("--role", choices=[r.value for r in WorkstationRole], default="community")
    p.add_argument("--community", required=True, help="community code, e.g. GP for 广培社区")
    p.add_argument("--name", required=True, help="workstation name")
    p.add_argument("--number", type=int, default=1, help="workstation number within the community (case number blocks)")
    p.add_argument("--admin", default="admin")
    p.add_argument("--admin-name", default="管理员")
    p = add("demo", cmd_demo, "create a demo data folder")
    p.add_argument("--records", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--role", choices=[r.value for r in WorkstationRole], default="community")
    add("doctor", cmd_doctor, "check paths, SQLite, search, keyring, schema and integrity")
    add("stats", cmd_stats, "de-identified counts")
    p = add("search", cmd_search, "search parties and disputes", login=True)
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=20)
    p = add("users", cmd_users, "manage users", login=True)
    users = p.add_subparsers(dest="users_command", required=True)
    users.add_parser("list")
    u = users.add_parser("add")
    u.add_argument("username")
    u.add_argument("--name", required=True)
    u.add_argument("--role", required=True, choices=[r.value for r in Role])
    u = users.add_parser("passwd")
    u.add_argument("username")
    p = add("audit", cmd_audit, "verify the audit chain", login=True)
    p.add_argument("audit_command", choices=["verify"])
    p = add("print", cmd_print, "print a document to PDF (--list shows them)", login=True)
    p.add_argument("doc", nargs="?")
    p.add_argument("--list", action="store_true")
    p.add_argument("--record", help="the dispute's case number as printed (（2026）观城调字第0011号 or 2026-0011) or "
                                    "id, or a risk item's id; with --list: the documents offered for that case")
    p.add_argument("--community", help="community code (roster, culture wall)")
    p.add_argument("--blank", action="store_true", help="an empty form for hand filling")
    p.add_argument("--out", help="the PDF file to write")
    p = add("backup", cmd_backup, "back up the database", login=True)
    p.add_argument("--to", help="folder for the backup (default: the backup folder chosen in the settings)")
    p = add("restore-key", cmd_restore_key, "open the data with the printed recovery code (a new computer)",
            login=True)
    p.add_argument("--code")
    p = add("restore", cmd_restore, "restore a backup on a new machine with the recovery code", login=True)
    p.add_argument("backup")
    p.add_argument("--code")
    from guanlan_desk.sync.commands import add_commands as add_sync_commands

    add_sync_commands(add, logged_in)
    from guanlan_desk.reports.ledger_in.commands import add_commands as add_ledger_commands

    add_ledger_commands(add, _with_login)
    from guanlan_desk.printing.monthly_report import write_report
    from guanlan_desk.reports.commands import Wiring
    from guanlan_desk.reports.commands import add_commands as add_report_commands
    from guanlan_desk.sync.status import waiting_gaps

    add_report_commands(add, Wiring(login=_login, write_pdf=write_report, gaps=waiting_gaps))
    return parser


def utf8_console() -> None:
    """Write UTF-8 whatever the console's code page (redirected output on Windows is cp936 or cp1252)."""
    # Task Scheduler, a pipe or a file: a name such as 𠮷祥 would otherwise end the command with an encoding error.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            reconfigure(encoding="utf-8", errors="backslashreplace")
        except (ValueError, OSError):  # a stream that cannot change any more keeps its encoding
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def _reader_gone() -> int:
    """The reader of our output went away (``| head``, a closed pipe): stop quietly, no traceback at exit."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``guanlan-desk`` and ``python main.py``."""
    utf8_console()
    try:
        return _main(argv)
    except BrokenPipeError:
        return _reader_gone()


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        print(version_info().line())
        return 0
    if getattr(sys, "frozen", False):
        # A frozen build picks its keyring backend explicitly (no entry-point discovery; RELIABILITY.md).
        from guanlan_desk.store.keyring_backend import use_expected_backend

        use_expected_backend()
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_gui)
    if args.self_test:
        func = cmd_self_test
    try:
        code = func(args)
        sys.stdout.flush()  # a closed pipe shows here, inside main, not as a message at exit
        return code
    except UserFacingError as exc:
        print(f"error: {exc.render()}", file=sys.stderr)
        return EXIT_USER_ERROR
    except sa_exc.DatabaseError as exc:  # a fault of the database file that no service anticipated
        known = translate_db_error(exc) or DatabaseUnreadable(str(exc.orig)[:120])
        print(f"error: {known.render()}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        raise
    except OSError as exc:  # a file or folder that cannot be read or written (permissions, a removed stick)
        problem = FileProblem(str(exc.filename or ""), exc.strerror or str(exc))
        print(f"error: {problem.render()}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``main.py search 纠纷 | head``): stop quietly, as command-line tools do. Point
        # stdout at the null device so the interpreter's final flush does not raise again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
