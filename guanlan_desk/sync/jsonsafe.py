"""Strict JSON for bundle content: valid UTF-8, no duplicate keys, no NaN/Infinity, no huge numbers, bounded depth."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from guanlan_desk.sync.errors import BundleInvalid

MAX_DEPTH = 16
MAX_INT_DIGITS = 19  # fits SQLite's 64-bit integers
MAX_STRING = 1_000_000


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise BundleInvalid(f"duplicate key {key[:40]!r}")
            seen.add(key)
    return out


def refuse_constant(name: str) -> Any:
    """``parse_constant`` hook: NaN and Infinity are refused."""
    raise BundleInvalid(f"{name} is not allowed")


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise BundleInvalid("a number is too large")
    return int(text)


def finite_float(text: str) -> float:
    """``parse_float`` hook: short, finite numbers only."""
    if len(text) > 40:
        raise BundleInvalid("a number is too long")
    value = float(text)
    if not math.isfinite(value):
        raise BundleInvalid("a number is out of range")
    return value


_DECODER = json.JSONDecoder(object_pairs_hook=_pairs, parse_constant=refuse_constant, parse_float=finite_float)
# A run of more digits than a 64-bit integer has (outside or inside strings: refusing a long digit string
# inside a text value would be wrong, so the slow per-number check runs only when such a run exists).
_LONG_DIGITS = re.compile(r"[0-9]{%d}" % (MAX_INT_DIGITS + 1))
_SLOW_DECODER = json.JSONDecoder(object_pairs_hook=_pairs, parse_constant=refuse_constant, parse_int=_int,
                                 parse_float=finite_float)
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def _depth(value: Any) -> None:
    # Iterative, containers only: scalars cost nothing here.
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise BundleInvalid("nesting is too deep")
        children = item.values() if type(item) is dict else item
        for child in children:
            if type(child) is dict or type(child) is list:
                stack.append((child, depth + 1))


def _check(value: Any, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise BundleInvalid("nesting is too deep")
    if isinstance(value, dict):
        for key, item in value.items():
            _check(key, depth + 1)
            _check(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check(item, depth + 1)
    elif isinstance(value, str):
        if len(value) > MAX_STRING:
            raise BundleInvalid("a text value is too long")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise BundleInvalid("a text value holds an unpaired surrogate") from None


def loads(data: bytes | bytearray, what: str) -> Any:
    """Parse one JSON document from bytes, strictly; raises :class:`BundleInvalid` naming ``what``."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleInvalid(f"{what}: not valid UTF-8") from None
    try:
        value = (_SLOW_DECODER if _LONG_DIGITS.search(text) else _DECODER).decode(text)
    except BundleInvalid as exc:
        raise BundleInvalid(f"{what}: {exc.params.get('detail', '')}") from None
    except (ValueError, RecursionError):  # the C parser raises RecursionError on absurd nesting: safe
        raise BundleInvalid(f"{what}: not valid JSON") from None
    try:
        # Fast paths: strings cannot be longer than the text, unpaired surrogates need a \\uD8xx escape, and
        # nesting needs brackets. Only a document that might break a rule is walked value by value.
        if len(text) > MAX_STRING or _SURROGATE.search(text):
            _check(value, 0)
        elif (type(value) is dict or type(value) is list) and text.count("[") + text.count("{") > MAX_DEPTH:
            _depth(value)
    except BundleInvalid as exc:
        raise BundleInvalid(f"{what}: {exc.params.get('detail', '')}") from None
    return value


def text_needs_walk(text: str) -> bool:
    """Whether a document might hold a huge number, an unpaired surrogate or an overlong string (the slow,
    value-by-value checks of :func:`loads` are needed only then)."""
    return len(text) > MAX_STRING or _SURROGATE.search(text) is not None or _LONG_DIGITS.search(text) is not None


def loads_lines(data: bytes | bytearray, what: str) -> list[Any]:
    """Parse JSON lines strictly (each line one document); the text-wide checks run once per member."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleInvalid(f"{what}: not valid UTF-8") from None
    decoder = _SLOW_DECODER if _LONG_DIGITS.search(text) else _DECODER
    walk = len(text) > MAX_STRING or _SURROGATE.search(text) is not None
    out: list[Any] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{what} line {number}"
        try:
            value = decoder.decode(line)
        except BundleInvalid as exc:
            raise BundleInvalid(f"{where}: {exc.params.get('detail', '')}") from None
        except (ValueError, RecursionError):
            raise BundleInvalid(f"{where}: not valid JSON") from None
        try:
            if walk:
                _check(value, 0)
            elif (type(value) is dict or type(value) is list) and line.count("[") + line.count("{") > MAX_DEPTH:
                _depth(value)
        except BundleInvalid as exc:
            raise BundleInvalid(f"{where}: {exc.params.get('detail', '')}") from None
        out.append(value)
    return out


def dumps(value: Any) -> bytes:
    """Canonical JSON bytes (sorted keys, no spaces, UTF-8)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode("utf-8")
