"""The sync page's wording: refusals, per-bundle outcomes, export results, gaps, times (all translated)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.services.context import LOCAL_TZ
from guanlan_desk.sync.exporter import ExportResult
from guanlan_desk.sync.ui_api import ALREADY, APPLIED, REFUSED, SKIPPED, WAITING, BundleOutcome, Gap

CONTEXT = "SyncTexts"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def error_message(exc: UserFacingError) -> str:
    """A refusal, translated, with the fixed details inside it translated too (context ``sync_details``)."""
    template = QCoreApplication.translate(exc.context, exc.message)
    params = {k: QCoreApplication.translate("sync_details", v) if isinstance(v, str) else v
              for k, v in exc.params.items()}
    try:
        return str(template.format(**params))
    except (KeyError, IndexError, ValueError):
        return str(template)


def when(moment: datetime | None) -> str:
    """A time in Shenzhen as 2026-03-04 10:00, or 'never'."""
    if moment is None:
        return _tr("never")
    return moment.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")


def day(moment: datetime | None) -> str:
    """A date in Shenzhen, or 'nothing yet'."""
    if moment is None:
        return _tr("nothing yet")
    return moment.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")


def role_label(role: str) -> str:
    """Community workstation, street office, or an invitation still waiting for its answer."""
    return {"community": _tr("Community workstation"), "office": _tr("Street office"),
            "pending": _tr("Awaiting answer")}.get(role, role)


def table_label(name: str) -> str:
    """What a synced table holds, in words."""
    labels = {
        "dispute": _tr("disputes"), "dispute_party": _tr("dispute parties"), "dispute_mediator": _tr("mediators"),
        "mediation_session": _tr("mediation sessions"), "agreement": _tr("agreements"),
        "follow_up": _tr("follow-ups"), "dispute_risk": _tr("risk links"), "attachment": _tr("attachments"),
        "mediation_notice": _tr("notices to attend"), "party": _tr("parties"), "risk_item": _tr("risk items"),
        "risk_review": _tr("risk reviews"), "risk_party": _tr("risk parties"),
        "legal_clarity_person": _tr("legal-clarity persons"), "lcp_status_change": _tr("status changes"),
        "lcp_training": _tr("trainings"), "lcp_service": _tr("services"), "community": _tr("communities"),
        "grid": _tr("grids"), "venue": _tr("venues"),
    }
    return labels.get(name, name)


def counts_text(counts: tuple[tuple[str, int], ...]) -> str:
    """``disputes 3, parties 5`` (the biggest first)."""
    ordered = sorted(counts, key=lambda kv: (-kv[1], kv[0]))
    return _tr(", ").join(_tr("{table} {count}").format(table=table_label(k), count=v) for k, v in ordered if v)


def gap_text(gap: Gap) -> str:
    """``库坑社区: bundles 13–14 missing``."""
    if gap.first == gap.last:
        return _tr("{peer}: bundle {first} missing").format(peer=gap.peer_name, first=gap.first)
    return _tr("{peer}: bundles {first}–{last} missing").format(peer=gap.peer_name, first=gap.first, last=gap.last)


def export_text(result: ExportResult) -> str:
    """The success line of one written bundle."""
    kind = _tr("full re-export") if result.full else _tr("changes only")
    text = _tr("Bundle {seq} for {peer} written: {file} ({kind}, {rows} records, {files} attached files).").format(
        seq=result.seq, peer=result.peer_name, file=result.path.rsplit("/", 1)[-1].rsplit("\\", 1)[-1], kind=kind,
        rows=result.rows, files=result.attachments)
    return text


def outcome_text(outcome: BundleOutcome) -> str:
    """What happened to one imported file, in a sentence."""
    r = outcome.result
    if outcome.status == APPLIED and r is not None:
        text = _tr("{file}: bundle {seq} from {peer} imported — {new} new, {updated} updated, {conflicts} conflicts"
                   ).format(file=outcome.name, seq=r.seq, peer=r.sender_name, new=r.inserted, updated=r.updated,
                            conflicts=r.conflicts)
        detail = counts_text(r.counts)
        return text + (_tr(" ({counts}).").format(counts=detail) if detail else _tr("."))
    if outcome.status == ALREADY:
        return _tr("{file}: already imported, nothing changed.").format(file=outcome.name)
    if outcome.status == WAITING and r is not None:
        return _tr("{file}: bundle {seq} from {peer} arrived early; it waits until the missing bundles before it "
                   "are imported.").format(file=outcome.name, seq=r.seq, peer=r.sender_name)
    if outcome.status == SKIPPED:
        return _tr("{file}: not addressed to this workstation, left alone.").format(file=outcome.name)
    if outcome.status == REFUSED and outcome.error is not None:
        return _tr("{file}: refused — {reason}").format(file=outcome.name, reason=error_message(outcome.error))
    return _tr("{file}: {status}").format(file=outcome.name, status=outcome.status)


def fingerprint_lines(fingerprint: str) -> str:
    """A fingerprint in two lines of four groups, easier to read aloud."""
    groups = fingerprint.split()
    return "  ".join(groups[:4]) + ("\n" + "  ".join(groups[4:]) if len(groups) > 4 else "")
