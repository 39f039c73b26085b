"""Typed text made safe to store and print: Unicode NFKC, no control or bidi characters, lengths that fit the forms.

One table (:data:`LIMITS`) says how long each free-text field of the services' input records may be and
whether it may span lines; :func:`clean_record` applies it to a whole input record, so every service checks
text the same way. Limits come from the printed forms (REFERENCE.md §1, §8): a name prints in a 100-character
box, a case summary on at most about two pages of the 调解申请书/受理登记表.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

T = TypeVar("T")

# Bidirectional embeddings, overrides and isolates: they reorder what a printed form shows.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
# Characters that draw nothing; a name made only of these is empty.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u3164\uffa0\u115f\u1160")


@dataclass(frozen=True, slots=True)
class Limit:
    """How many characters a field may hold and whether line breaks are allowed."""

    chars: int
    multiline: bool = False


NAME = Limit(100)  # a party: a person's or an organisation's name (§8.4 str(100))
PERSON = Limit(50)  # a mediator, visitor, recorder, leader … (§8.3 str(50))
CODE = Limit(16)  # short labels and codes (民族, 政治面貌, 子类 …)
SHORT = Limit(40)
PLACE = Limit(100)
LINE = Limit(200)
NOTE = Limit(2000, multiline=True)
LONG = Limit(5000, multiline=True)
TYPED_ID = Limit(40)  # typed identifiers: spaces and dashes allowed here, the stored form is shorter

# Field name → limit. Names are those of the services' input records (PartyInput, DisputeInput, …); every limit
# fits the database column of the same name (tests/services/test_input_limits.py checks this).
LIMITS: dict[str, Limit] = {
    # people and organisations (§8.4, §8.9)
    "name": NAME, "business_name": NAME, "legal_rep_name": PERSON, "legal_rep_title": SHORT,
    "ethnicity": CODE, "occupation": Limit(50), "address": LINE, "community_code": Limit(20),
    "phone": TYPED_ID, "id_number": TYPED_ID, "uscc": TYPED_ID, "certificate_no": SHORT, "badge_no": SHORT,
    "political_status": CODE, "education": CODE, "adviser_name": PERSON, "adviser_firm": NAME,
    "adviser_phone": TYPED_ID, "bio": LINE, "committee": NAME, "trainings": NOTE, "person_name": PERSON,
    "firm": NAME,
    # disputes (§8.5, §8.6)
    "title": LINE, "subtype": CODE, "summary": LONG, "requests": Limit(2000, multiline=True),
    "court_ref_no": SHORT, "sensitive_notes": NOTE, "notes": NOTE, "note": NOTE, "reason": Limit(500, multiline=True),
    "place": PLACE, "participants": Limit(200, multiline=True), "content": LONG, "recorder": PERSON,
    "terms": LONG, "facts": LONG, "performance_method": Limit(500, multiline=True), "performance_place": PLACE,
    "visitor": PERSON, "method": CODE, "findings": NOTE, "measures": NOTE, "materials": Limit(500, multiline=True),
    "contact_person": PERSON, "contact_phone": TYPED_ID, "target": NAME, "court": NAME,
    # risk ledger (§8.7)
    "description": LONG, "reporter": PERSON, "monitor": PERSON, "leader_name": PERSON, "leader_title": SHORT,
    "leader_unit": NAME, "leader_user": SHORT, "responsible_units": Limit(200, multiline=True),
    "responsible_person": PERSON, "responsible_phone": TYPED_ID, "control_measures": NOTE,
    "resolution_measures": NOTE, "basis": NOTE, "evidence": NOTE, "conclusion": NOTE, "level": CODE,
    # legal-clarity persons' trainings and services
    "topic": LINE, "organiser": NAME, "result": CODE, "approver": PERSON,
    # each community's committee (reference data the office edits)
    "abbrev": CODE, "committee_name": NAME, "seal_text": NAME, "case_number_pattern": Limit(64),
    "court_case_no": SHORT,
    # the office's instructions (交办/督办) and the community's answers
    "instruction": NOTE, "addressee": PERSON, "answer": NOTE, "subject_id": Limit(36),
    # attachments
    "filename": LINE, "attachment_note": PLACE,
    # record ids given as text
    "party_id": Limit(36), "lcp_id": Limit(36), "mediator_id": Limit(36), "venue_id": Limit(36), "grid_id": Limit(36),
}
DEFAULT = LINE

# Field names whose value is somebody's name: they may not be empty of visible characters when given.
PERSON_NAME_FIELDS = frozenset({"name", "legal_rep_name", "contact_person", "visitor", "recorder", "leader_name",
                                "responsible_person", "adviser_name", "monitor", "reporter"})

# Other one-line names folded like a person's name (organisation and business names).
_NAME_LIKE = frozenset({"business_name", "adviser_firm", "firm", "committee", "leader_unit", "organiser", "court"})

# Plausible dates (sessions, deadlines, visits): nothing before 1900, nothing more than 10 years ahead.
EARLIEST = date(1900, 1, 1)
YEARS_AHEAD = 10


def limit_of(field: str) -> Limit:
    """The limit for ``field`` (single line of 200 characters when the table does not name it)."""
    return LIMITS.get(field, DEFAULT)


def is_blank(value: str) -> bool:
    """Whether ``value`` shows nothing: only spaces and invisible characters."""
    return all(ch.isspace() or ch in _INVISIBLE or unicodedata.category(ch) in ("Cf", "Mn") for ch in value)


def fold(value: str) -> str:
    """NFKC: full-width letters, digits and spaces and other compatibility forms become their plain forms."""
    return unicodedata.normalize("NFKC", value)


def _is_fullwidth_punctuation(ch: str) -> bool:
    return "\uff01" <= ch <= "\uff65" and not ch.isalnum()


def fold_name(value: str) -> str:
    """A name in NFKC, except that full-width punctuation stays as Chinese names and company names write it
    (深圳市某某有限公司（龙华分公司）keeps its brackets)."""
    return unicodedata.normalize("NFC", "".join(
        ch if _is_fullwidth_punctuation(ch) else unicodedata.normalize("NFKC", ch) for ch in value))


def fold_prose(value: str) -> str:
    """Free text in NFC with full-width and other digit forms and full-width Latin letters made ASCII; Chinese
    punctuation, ①② numbering, …… and the ideographic space stay as typed."""
    out = []
    for ch in value:
        if "\uff10" <= ch <= "\uff5a" and ch.isalnum():
            out.append(unicodedata.normalize("NFKC", ch))
        elif ch.isdigit() and not ch.isascii() and unicodedata.decimal(ch, None) is not None:
            out.append(str(unicodedata.decimal(ch)))
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def compact_identifier(value: str) -> str:
    """An identifier as typed, ready to validate: NFKC, every kind of space removed, upper case."""
    return "".join(fold(value).split()).upper()


def _bad_character(ch: str, multiline: bool) -> bool:
    if ch in _BIDI:
        return True
    if multiline and ch in "\n\t":
        return False
    # Private-use and not-yet-assigned code points stay: rare name characters (生僻字) are sometimes typed that way.
    return unicodedata.category(ch) in ("Cc", "Cs") or ch in "\u2028\u2029"


def clean_text(field: str, value: str, *, limit: Limit | None = None) -> str:
    """``value`` normalised (names NFKC, prose with ASCII digits; line ends ``\\n``, outer spaces trimmed) or a :class:`ValidationError`.

    Refuses NUL and other control characters, bidi overrides, line breaks in one-line fields, a person's name
    made only of invisible characters, and text longer than the field's limit.
    """
    rule = limit or limit_of(field)
    if len(value) > 4 * rule.chars + 100:  # far too long: refuse before spending time on normalising it
        raise _too_long(field, rule, len(value))
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = (fold_name(text) if field in PERSON_NAME_FIELDS or field in _NAME_LIKE else fold_prose(text)).strip()
    for ch in text:
        if _bad_character(ch, rule.multiline):
            if ch == "\n":
                raise ValidationError(field, QT_TRANSLATE_NOOP(
                    "errors", "This field takes a single line: please remove the line breaks."))
            raise ValidationError(field, QT_TRANSLATE_NOOP(
                "errors", "The text contains an invisible control character (U+{code}): please retype it."),
                code=f"{ord(ch):04X}")
    if text and field in PERSON_NAME_FIELDS and is_blank(text):
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "errors", "The name is made only of invisible characters: please type it again."))
    if is_blank(text):
        text = ""
    if len(text) > rule.chars:
        raise _too_long(field, rule, len(text))
    return text


def _too_long(field: str, rule: Limit, length: int) -> ValidationError:
    return ValidationError(field, QT_TRANSLATE_NOOP(
        "errors", "The text is too long: at most {limit} characters fit the printed form ({length} typed)."),
        limit=rule.chars, length=length)


def search_query(value: str, *, limit: int = 200) -> str:
    """What a search box may send to the database: control, bidi and other invisible characters dropped (a NUL
    typed or pasted into a search used to end in a database error), full-width letters and digits made ASCII,
    spaces collapsed, at most ``limit`` characters."""
    kept = "".join(ch for ch in value[: limit * 4] if not _bad_character(ch, False) and ch not in _INVISIBLE)
    return " ".join(fold_prose(kept).split())[:limit]


def check_date(field: str, value: date | datetime | None, *, today: date,
               earliest: date = EARLIEST, years_ahead: int = YEARS_AHEAD) -> None:
    """Refuse a date before ``earliest`` or more than ``years_ahead`` years after ``today``."""
    if value is None:
        return
    day = value.date() if isinstance(value, datetime) else value
    latest = _add_years(today, years_ahead)
    if day < earliest or day > latest:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "errors", "The date {date} is not plausible: it must lie between {earliest} and {latest}."),
            date=day.isoformat(), earliest=earliest.isoformat(), latest=latest.isoformat())


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def clean_record(record: T, *, today: date | None = None, skip: frozenset[str] = frozenset(),
                 limits: dict[str, Limit] | None = None) -> T:
    """A copy of the frozen dataclass ``record`` with every text field cleaned by :func:`clean_text`.

    With ``today``, every date field is also checked by :func:`check_date`. Nested input records (and tuples of
    them) are cleaned too; fields named in ``skip`` are left as they are; ``limits`` overrides the table for this
    record (a legal-clarity person's ``name`` is a person's name, 50 characters).
    """
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        raise TypeError("clean_record needs a dataclass instance")
    changes: dict[str, Any] = {}
    for item in dataclasses.fields(record):
        if item.name in skip:
            continue
        value = getattr(record, item.name)
        if isinstance(value, str):
            cleaned = clean_text(item.name, value, limit=(limits or {}).get(item.name))
            if cleaned != value:
                changes[item.name] = cleaned
        elif isinstance(value, (date, datetime)) and today is not None:
            check_date(item.name, value, today=today)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            changes[item.name] = clean_record(value, today=today)
        elif isinstance(value, tuple) and value and all(
                dataclasses.is_dataclass(v) and not isinstance(v, type) for v in value):
            changes[item.name] = tuple(clean_record(v, today=today) for v in value)
    return dataclasses.replace(record, **changes) if changes else record
