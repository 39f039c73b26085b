"""The sync page's wording: refusals, per-bundle outcomes, export results, gaps, times (all translated)."""

from __future__ import annotations

from datetime import datetime
from pathlib import PurePath

from PySide6.QtCore import QCoreApplication

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.domain.errors import UserFacingError
from guanlan_desk.domain.localtime import to_local
from guanlan_desk.sync.exporter import ExportResult
from guanlan_desk.sync.ui_api import ALREADY, APPLIED, REFUSED, SKIPPED, WAITING, BundleOutcome, Gap


def error_message(exc: UserFacingError) -> str:
    """A refusal, translated, with the fixed details inside it translated too (context ``sync_details``)."""
    template = QCoreApplication.translate(exc.context, exc.message)
    params = {k: QCoreApplication.translate("sync_details", v) if isinstance(v, str) else v
              for k, v in exc.params.items()}
    try:
        return str(template.format(**params))
    except (KeyError, IndexError, ValueError):
        return str(template)


def _tr(text: str) -> str:
    """Translate a text marked with ``QT_TRANSLATE_NOOP("SyncTexts", ...)``."""
    return QCoreApplication.translate("SyncTexts", text)


_ROLES = {
    "community": QT_TRANSLATE_NOOP("SyncTexts", "Community workstation"),
    "office": QT_TRANSLATE_NOOP("SyncTexts", "Street office"),
    "pending": QT_TRANSLATE_NOOP("SyncTexts", "Awaiting answer"),
}
_TABLES = {
    "dispute": QT_TRANSLATE_NOOP("SyncTexts", "disputes"),
    "dispute_party": QT_TRANSLATE_NOOP("SyncTexts", "dispute parties"),
    "dispute_mediator": QT_TRANSLATE_NOOP("SyncTexts", "mediators"),
    "mediation_session": QT_TRANSLATE_NOOP("SyncTexts", "mediation sessions"),
    "agreement": QT_TRANSLATE_NOOP("SyncTexts", "agreements"),
    "follow_up": QT_TRANSLATE_NOOP("SyncTexts", "follow-ups"),
    "dispute_risk": QT_TRANSLATE_NOOP("SyncTexts", "risk links"),
    "attachment": QT_TRANSLATE_NOOP("SyncTexts", "attachments"),
    "mediation_notice": QT_TRANSLATE_NOOP("SyncTexts", "notices to attend"),
    "mediation_schedule": QT_TRANSLATE_NOOP("SyncTexts", "scheduled mediations"),
    "judicial_confirmation": QT_TRANSLATE_NOOP("SyncTexts", "judicial confirmations"),
    "party": QT_TRANSLATE_NOOP("SyncTexts", "parties"),
    "risk_item": QT_TRANSLATE_NOOP("SyncTexts", "risk items"),
    "risk_review": QT_TRANSLATE_NOOP("SyncTexts", "risk reviews"),
    "risk_party": QT_TRANSLATE_NOOP("SyncTexts", "risk parties"),
    "legal_clarity_person": QT_TRANSLATE_NOOP("SyncTexts", "legal-clarity persons"),
    "lcp_status_change": QT_TRANSLATE_NOOP("SyncTexts", "status changes"),
    "lcp_training": QT_TRANSLATE_NOOP("SyncTexts", "trainings"),
    "lcp_service": QT_TRANSLATE_NOOP("SyncTexts", "services"),
    "community": QT_TRANSLATE_NOOP("SyncTexts", "communities"),
    "grid": QT_TRANSLATE_NOOP("SyncTexts", "grids"),
    "venue": QT_TRANSLATE_NOOP("SyncTexts", "venues"),
}

_FIELDS = {
    "title": QT_TRANSLATE_NOOP("SyncTexts", "title"),
    "description": QT_TRANSLATE_NOOP("SyncTexts", "description"),
    "summary": QT_TRANSLATE_NOOP("SyncTexts", "summary of the dispute"),
    "requests": QT_TRANSLATE_NOOP("SyncTexts", "requests"),
    "status": QT_TRANSLATE_NOOP("SyncTexts", "status"),
    "level": QT_TRANSLATE_NOOP("SyncTexts", "risk level"),
    "category": QT_TRANSLATE_NOOP("SyncTexts", "category"),
    "grid_id": QT_TRANSLATE_NOOP("SyncTexts", "grid"),
    "leader_name": QT_TRANSLATE_NOOP("SyncTexts", "responsible leader"),
    "leader_title": QT_TRANSLATE_NOOP("SyncTexts", "leader's post"),
    "leader_unit": QT_TRANSLATE_NOOP("SyncTexts", "leader's unit"),
    "responsible_units": QT_TRANSLATE_NOOP("SyncTexts", "responsible units"),
    "responsible_person": QT_TRANSLATE_NOOP("SyncTexts", "responsible person"),
    "responsible_phone": QT_TRANSLATE_NOOP("SyncTexts", "responsible person's phone"),
    "control_measures": QT_TRANSLATE_NOOP("SyncTexts", "control measures"),
    "resolution_measures": QT_TRANSLATE_NOOP("SyncTexts", "resolution measures"),
    "deadline": QT_TRANSLATE_NOOP("SyncTexts", "deadline"),
    "involved_count": QT_TRANSLATE_NOOP("SyncTexts", "people involved"),
    "name": QT_TRANSLATE_NOOP("SyncTexts", "name"),
    "phone": QT_TRANSLATE_NOOP("SyncTexts", "phone"),
    "address": QT_TRANSLATE_NOOP("SyncTexts", "address"),
    "occupation": QT_TRANSLATE_NOOP("SyncTexts", "occupation"),
    "notes": QT_TRANSLATE_NOOP("SyncTexts", "notes"),
    "content": QT_TRANSLATE_NOOP("SyncTexts", "content"),
    "outcome": QT_TRANSLATE_NOOP("SyncTexts", "outcome"),
    "terms": QT_TRANSLATE_NOOP("SyncTexts", "agreed terms"),
    "facts": QT_TRANSLATE_NOOP("SyncTexts", "facts"),
    "venue_id": QT_TRANSLATE_NOOP("SyncTexts", "venue"),
    "mediation_due": QT_TRANSLATE_NOOP("SyncTexts", "mediation deadline"),
    "amount_fen": QT_TRANSLATE_NOOP("SyncTexts", "amount involved"),
    "findings": QT_TRANSLATE_NOOP("SyncTexts", "follow-up findings"),
}


def field_label(name: str) -> str:
    """A column's name in words (the column name itself when there is no label)."""
    return _tr(_FIELDS[name]) if name in _FIELDS else name


def when(moment: datetime | None) -> str:
    """A time in Shenzhen as 2026-03-04 10:00, or 'never'."""
    if moment is None:
        return _tr(QT_TRANSLATE_NOOP("SyncTexts", "never"))
    return to_local(moment).strftime("%Y-%m-%d %H:%M")


def role_label(role: str) -> str:
    """Community workstation, street office, or an invitation still waiting for its answer."""
    return _tr(_ROLES[role]) if role in _ROLES else role


def table_label(name: str) -> str:
    """What a synced table holds, in words."""
    return _tr(_TABLES[name]) if name in _TABLES else name


def counts_text(counts: tuple[tuple[str, int], ...]) -> str:
    """``disputes 3, parties 5`` (the biggest first)."""
    ordered = sorted(counts, key=lambda kv: (-kv[1], kv[0]))
    one = _tr(QT_TRANSLATE_NOOP("SyncTexts", "{table} {count}"))
    return _tr(QT_TRANSLATE_NOOP("SyncTexts", ", ")).join(one.format(table=table_label(k), count=v) for k, v in ordered if v)


def gap_text(gap: Gap) -> str:
    """``库坑社区: bundles 13–14 missing``."""
    if gap.first == gap.last:
        return _tr(QT_TRANSLATE_NOOP("SyncTexts", "{peer}: bundle {first} missing")).format(peer=gap.peer_name, first=gap.first)
    return _tr(QT_TRANSLATE_NOOP("SyncTexts", "{peer}: bundles {first}–{last} missing")).format(
        peer=gap.peer_name, first=gap.first, last=gap.last)


def gap_advice(gap: Gap) -> str:
    """What to do about a gap: find the missing file, or have the peer export again (its next bundle repeats
    everything this workstation has not confirmed, and is applied without the missing ones)."""
    return _tr(QT_TRANSLATE_NOOP(
        "SyncTexts", "{gap}. Look for the file {file} on the USB stick or in the shared folder and import it; if it is "
                     "lost, ask {peer} to export again — its next bundle carries everything the missing ones held "
                     "and is imported without them.")).format(gap=gap_text(gap), file=gap.first_file or "…",
                                                               peer=gap.peer_name)


def export_text(result: ExportResult) -> str:
    """The success line of one written bundle."""
    kind = _tr(QT_TRANSLATE_NOOP("SyncTexts", "full re-export")) if result.full else _tr(QT_TRANSLATE_NOOP("SyncTexts", "changes only"))
    return _tr(QT_TRANSLATE_NOOP("SyncTexts", "Bundle {seq} for {peer} written: {file} ({kind}, {rows} records, {files} attached "
                 "files).")).format(seq=result.seq, peer=result.peer_name, file=PurePath(result.path).name,
                                    kind=kind, rows=result.rows, files=result.attachments)


def outcome_text(outcome: BundleOutcome) -> str:
    """What happened to one imported file, in a sentence."""
    r, name = outcome.result, outcome.name
    if outcome.status == APPLIED and r is not None:
        text = _tr(QT_TRANSLATE_NOOP("SyncTexts", "{file}: bundle {seq} from {peer} imported — {new} new, {updated} updated, "
                     "{conflicts} conflicts")).format(file=name, seq=r.seq, peer=r.sender_name, new=r.inserted,
                                                      updated=r.updated, conflicts=r.conflicts)
        detail = counts_text(r.counts)
        text += (_tr(QT_TRANSLATE_NOOP("SyncTexts", " ({counts}).")).format(counts=detail) if detail
                 else _tr(QT_TRANSLATE_NOOP("SyncTexts", ".")))
        if r.superseded:
            text += _tr(QT_TRANSLATE_NOOP("SyncTexts", " It also carried everything of the missing bundle(s) {seqs}, "
                                                       "which are no longer needed.")).format(
                seqs=_tr(QT_TRANSLATE_NOOP("SyncTexts", ", ")).join(str(n) for n in r.superseded))
        return text
    if outcome.status == ALREADY and r is not None and r.message != "already imported":
        return _tr(QT_TRANSLATE_NOOP("SyncTexts", "{file}: nothing to do — a later bundle already carried its "
                                                  "changes.")).format(file=name)
    if outcome.status == ALREADY:
        return _tr(QT_TRANSLATE_NOOP("SyncTexts", "{file}: already imported, nothing changed.")).format(file=name)
    if outcome.status == WAITING and r is not None:
        return _tr(QT_TRANSLATE_NOOP("SyncTexts", "{file}: bundle {seq} from {peer} arrived early; it waits until the missing "
                     "bundles before it are imported.")).format(file=name, seq=r.seq, peer=r.sender_name)
    if outcome.status == SKIPPED and outcome.error is not None:
        return _tr(QT_TRANSLATE_NOOP("SyncTexts", "{file}: skipped — {reason}")).format(
            file=name, reason=error_message(outcome.error))
    if outcome.status == SKIPPED:
        return _tr(QT_TRANSLATE_NOOP("SyncTexts", "{file}: not addressed to this workstation, left alone.")).format(file=name)
    if outcome.status == REFUSED and outcome.error is not None:
        return _tr(QT_TRANSLATE_NOOP("SyncTexts", "{file}: refused — {reason}")).format(
            file=name, reason=error_message(outcome.error))
    return _tr(QT_TRANSLATE_NOOP("SyncTexts", "{file}: {status}")).format(file=name, status=outcome.status)


def fingerprint_lines(fingerprint: str) -> str:
    """A fingerprint in two lines of four groups, easier to read aloud."""
    groups = fingerprint.split()
    return "  ".join(groups[:4]) + ("\n" + "  ".join(groups[4:]) if len(groups) > 4 else "")
