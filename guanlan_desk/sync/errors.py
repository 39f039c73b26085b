"""The errors a bundle exchange shows to a person: each says what is wrong and what to do."""

from __future__ import annotations

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, UserFacingError


class SyncError(UserFacingError):
    """A bundle or enrolment file was refused (the database is unchanged)."""


class BundleDamaged(SyncError):
    """The file was altered, truncated or is not a bundle."""

    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The bundle is damaged or was tampered with ({detail}). Nothing was imported; export it "
            "again at the sending workstation."), detail=detail)


class BundleTruncated(SyncError):
    """The file ends early (an interrupted copy)."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The bundle file is incomplete (the copy was interrupted?). Nothing was imported; copy it "
            "again."))


class WrongRecipient(SyncError):
    """The bundle is addressed to another workstation."""

    def __init__(self, recipient: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "This bundle is addressed to another workstation ({recipient}), not this one. Nothing was "
            "imported."), recipient=recipient)


class UnknownSender(SyncError):
    """The sender is not enrolled here."""

    def __init__(self, sender: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The bundle comes from a workstation that is not enrolled here ({sender}). Nothing was "
            "imported; enrol the workstation first."), sender=sender)


class BundleTooBig(SyncError):
    """A size limit was exceeded (a zip bomb, or a far too big file)."""

    def __init__(self, what: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The bundle exceeds a size limit ({what}). Nothing was imported."), what=what)


class BundleInvalid(SyncError):
    """The decrypted content breaks the format (bad names, JSON, types)."""

    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The bundle's content is not valid ({detail}). Nothing was imported."), detail=detail)


class SchemaTooNew(SyncError):
    """The sender runs a newer version of the app."""

    def __init__(self, theirs: int, ours: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The bundle was made by a newer version of the app (data format {theirs}, this one reads up to "
            "{ours}). Please upgrade this workstation, then import it again."), theirs=theirs, ours=ours)


class SchemaTooOld(SyncError):
    """The sender runs a version too old to be migrated."""

    def __init__(self, theirs: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The bundle was made by a version of the app that is too old (data format {theirs}). Upgrade "
            "the sending workstation and export again."), theirs=theirs)


class StaleBundle(SyncError):
    """A bundle older than what was already imported from its sender (a replay, or superseded)."""

    def __init__(self, sender: str, seq: int, applied: int = 0) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "Bundle {seq} from {sender} is an older bundle than those already imported from it (up to "
            "{applied}). Nothing was imported; its changes are in the later bundles."),
            sender=sender, seq=seq, applied=applied)


class BrokenChain(SyncError):
    """The bundle does not follow the previous bundle of its sender."""

    def __init__(self, sender: str, seq: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "Bundle {seq} from {sender} does not follow the bundle imported before it. Nothing was "
            "imported; ask for a full re-export."), sender=sender, seq=seq)


class BundleConflictsWithData(SyncError):
    """The bundle refers to records this workstation does not hold, or breaks a uniqueness rule."""

    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The bundle does not fit the records held here ({detail}). Nothing was imported; ask the "
            "sender for a full re-export."), detail=detail)


class RowOutsideRights(SyncError):
    """A validly signed bundle carries a row its sender may not create or change (refused whole)."""

    def __init__(self, sender: str, what: str, row_id: str, reason: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The bundle from {sender} was refused: it carries a record it may not send ({what} {row}: "
            "{reason}). Nothing was imported; check that workstation."),
            sender=sender, what=what, row=row_id, reason=reason)


class DanglingReference(SyncError):
    """A row of the bundle points at a record this workstation does not hold."""

    def __init__(self, sender: str, what: str, row_id: str, target: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The bundle from {sender} does not fit the records held here: the {what} {row} refers to a "
            "{target} this workstation does not hold. Nothing was imported; ask {sender} for a full re-export."), sender=sender, what=what, row=row_id, target=target)


class ClockTooFarAhead(SyncError):
    """A change in the bundle is stamped far in this workstation's future (a wrong clock or a forgery)."""

    def __init__(self, sender: str, hours: int, margin: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The bundle from {sender} was refused: it holds changes dated about {hours} hours ahead of this "
            "workstation's clock (at most {margin} hours are accepted). Nothing was imported; correct the date and "
            "time of the workstation that is wrong, then export again."), sender=sender, hours=hours, margin=margin)


class SequenceTooFarAhead(SyncError):
    """A bundle numbered far beyond the last one imported (never parked: it would wait forever)."""

    def __init__(self, sender: str, seq: int, applied: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "Bundle {seq} from {sender} was refused: the last bundle imported from it is {applied}, far "
            "too many bundles are missing in between. Nothing was imported; ask for a full re-export."),
            sender=sender, seq=seq, applied=applied)


class ExportPending(SyncError):
    """The destination folder is missing (no USB stick): the export stays pending."""

    def __init__(self, folder: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The export folder {folder} is not available (is the USB stick plugged in?). The export stays "
            "pending; nothing was lost."), folder=folder)


class ExportTargetLocked(ExportPending):
    """Another program (antivirus, the office reading the share) kept the bundle file locked."""

    def __init__(self, path: str) -> None:
        SyncError.__init__(self, QT_TRANSLATE_NOOP(
            "errors", "The bundle {path} is in use by another program or cannot be written (an antivirus scan, or "
            "someone reading the export folder?). The export stays pending; nothing was lost. Export again in a "
            "moment."), path=path)


class FileInUse(SyncError):
    """A bundle held open by another program (antivirus, a copy still running): skipped, not refused."""

    def __init__(self, path: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The file {path} is in use by another program (an antivirus scan, or a copy still running). It "
            "was skipped; import it again in a moment."), path=path)


class ExportFailed(SyncError):
    """The written bundle did not read back correctly."""

    def __init__(self, path: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The bundle written to {path} did not read back correctly (a failing stick?). It was removed; "
            "the export stays pending."), path=path)


class NotEnrolled(SyncError):
    """No peer to exchange bundles with yet."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "This workstation is not enrolled with any other workstation yet; there is no one to export to."))


class PeerAmbiguous(SyncError):
    """Several peers: the caller must name one."""

    def __init__(self, names: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "Choose which workstation to export to: {names}."), names=names)


class EnrolmentRefused(SyncError):
    """An enrolment file or answer that does not fit this workstation."""

    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "The enrolment file was refused: {detail}."), detail=detail)


class EnrolmentNotConfirmed(SyncError):
    """An enrolment step a person has not confirmed by comparing the fingerprint."""

    def __init__(self, name: str, community: str, fingerprint: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "Nothing was enrolled: the file comes from {name} ({community}) with the fingerprint "
            "{fingerprint}. Compare it with the fingerprint the other side reads out, and confirm it only if every "
            "group is the same."), name=name, community=community, fingerprint=fingerprint)


class Cancelled(SyncError):
    """The person cancelled; nothing was changed."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Cancelled. Nothing was changed."))
