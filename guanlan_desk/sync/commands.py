"""The sync commands of the CLI (export, import, enrol, sync-status), wired in by ``cli.build_parser``.

Every one logs in like the other commands (``--user``, the password from ``GUANLAN_PASSWORD`` or a prompt),
needs the permission the sync page needs, and is audited under that user.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain.roles import Permission
from guanlan_desk.services.context import Ctx
from guanlan_desk.sync import enrolment, status, ui_api

AddCommand = Callable[..., argparse.ArgumentParser]
LoggedIn = Callable[[argparse.Namespace], AbstractContextManager[Ctx]]
_logged_in: list[LoggedIn] = []


def _run(args: argparse.Namespace, work: Callable[[Ctx], int]) -> int:
    with _logged_in[0](args) as ctx:
        return work(ctx)


def cmd_export(args: argparse.Namespace) -> int:
    """Write a bundle for each enrolled peer (or --peer) into --to."""
    def work(ctx: Ctx) -> int:
        for r in status.export_now(ctx, Path(args.to), peer=args.peer, full=args.full):
            kind = "full" if r.full else f"changes since bundle {r.since_seq}"
            print(f"{r.path}: bundle {r.seq} for {r.peer_name} ({kind}), {r.rows} records, {r.attachments} files, "
                  f"sha256 {r.sha256}")
            for w in r.warnings:
                print(f"  warning: {w}")
        return 0
    return _run(args, work)


def _print_gaps(gaps: tuple[str, ...]) -> None:
    for gap in gaps:
        print(f"gap: {gap} — import the missing file(s) from the stick or the shared folder; if they are lost, ask "
              "the sender to export again: its next bundle carries everything they held")


def cmd_import(args: argparse.Namespace) -> int:
    """Import a bundle file or every bundle of a folder; exit 1 if any was refused."""
    def work(ctx: Ctx) -> int:
        results = status.import_path(ctx, Path(args.path))
        for r in results:
            print(f"{r.path}: {r.status}: {r.message}")
            if r.status == "applied":
                print(f"  {r.inserted} new, {r.updated} updated, {r.conflicts} conflicts, {r.attachments} files")
            if r.superseded:
                print(f"  it carried everything of the missing bundle(s) {', '.join(map(str, r.superseded))}: "
                      "recorded as superseded")
            for w in r.warnings:
                print(f"  warning: {w}")
        _print_gaps(status.sync_overview(ctx).gaps)
        return 1 if any(r.status == "refused" for r in results) else 0
    return _run(args, work)


def cmd_enrol(args: argparse.Namespace) -> int:
    """enrol create|import|answer."""
    def work(ctx: Ctx) -> int:
        if args.enrol_command == "create":
            made = enrolment.create_enrolment(ctx, community_code=args.community, folder=Path(args.to))
            print(f"enrolment file: {made.path}")
            print(f"office fingerprint (compare it on the community's screen): {made.fingerprint}")
        elif args.enrol_command == "import":
            offer = ui_api.preview_enrolment(Path(args.file))
            print(f"enrolment file from {offer.workstation_name} for {offer.community_name} "
                  f"({offer.community_code}), fingerprint {offer.fingerprint}")
            got = enrolment.import_enrolment(ctx, Path(args.file), answer_to=Path(args.answer_to),
                                             confirm=args.confirm or "", replace=args.replace)
            print(f"enrolled with {got.name}; office fingerprint: {got.fingerprint}")
            print(f"answer file for the office: {got.answer_path}")
            print(f"this workstation's fingerprint: {status.sync_overview(ctx).fingerprint}")
        else:
            offer = ui_api.preview_answer(Path(args.file))
            print(f"answer file from {offer.workstation_name} ({offer.community_code}), "
                  f"fingerprint {offer.fingerprint}")
            peer = enrolment.import_answer(ctx, Path(args.file), confirm=args.confirm or "")
            print(f"enrolled {peer.name} ({peer.community_code}); its fingerprint: {peer.fingerprint}")
        return 0
    return _run(args, work)


def cmd_status(args: argparse.Namespace) -> int:
    """Print the sync overview."""
    def work(ctx: Ctx) -> int:
        ctx.require(Permission.EXPORT, QT_TRANSLATE_NOOP("terms", "see the sync status"))
        o = status.sync_overview(ctx)
        print(f"this workstation: {o.role}, fingerprint {o.fingerprint}")
        print(f"pending changes: {o.pending_changes}; last export: {o.last_export_at or 'never'}; "
              f"received by the other side up to: {o.received_up_to or 'nothing yet'}")
        if o.export_pending:
            print(f"export pending: {o.export_pending}")
        _print_gaps(o.gaps)
        print(f"open conflicts: {o.open_conflicts}")
        for p in o.peers:
            print(f"peer {p.name} ({p.role} {p.community_code}) fingerprint {p.fingerprint}: sent {p.sent_seq}, "
                  f"confirmed {p.acked_seq}, received {p.received_seq}{' — ' + p.problem if p.problem else ''}")
        return 0
    return _run(args, work)


def add_commands(add: AddCommand, logged_in: LoggedIn) -> None:
    """Register the sync commands through the CLI's ``add(name, func, help, login)`` helper; ``logged_in(args)``
    opens the data folder and logs the user in."""
    _logged_in[:] = [logged_in]
    p = add("export", cmd_export, "write sync bundles for the enrolled workstations", login=True)
    p.add_argument("--to", required=True, help="folder for the bundle (a USB stick or shared folder)")
    p.add_argument("--full", action="store_true", help="everything, not just the changes (a full re-export)")
    p.add_argument("--peer", help="only for this workstation (community code or workstation id)")
    p = add("import", cmd_import, "import a sync bundle, or every bundle of a folder", login=True)
    p.add_argument("path", help="a .glbundle file or a folder")
    p = add("enrol", cmd_enrol, "enrol workstations with each other (office: create, answer; community: import)",
            login=True)
    enrol = p.add_subparsers(dest="enrol_command", required=True)

    def step(name: str, help_text: str) -> argparse.ArgumentParser:
        e = enrol.add_parser(name, help=help_text)
        e.add_argument("--data-dir", default=argparse.SUPPRESS, help="data folder")
        e.add_argument("--user", default=argparse.SUPPRESS, help="log in as this user")
        return e

    e = step("create", "office: write an enrolment file for a community workstation")
    e.add_argument("--community", required=True, help="community code, e.g. KK")
    e.add_argument("--to", required=True, help="folder for the enrolment file")
    e = step("import", "community: import the office's enrolment file and write the answer")
    e.add_argument("file")
    e.add_argument("--answer-to", required=True, help="folder for the answer file")
    e.add_argument("--confirm", metavar="FINGERPRINT",
                   help="the office's fingerprint as read out by the office (run without it to see it)")
    e.add_argument("--replace", action="store_true",
                   help="administrators: replace the office this workstation is enrolled with (it is revoked)")
    e = step("answer", "office: import a community workstation's answer file")
    e.add_argument("file")
    e.add_argument("--confirm", metavar="FINGERPRINT",
                   help="the workstation's fingerprint as read out by the community (run without it to see it)")
    add("sync-status", cmd_status, "show pending changes, receipts, gaps, conflicts and peers", login=True)
