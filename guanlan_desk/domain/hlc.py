"""A hybrid logical clock: orders changes across workstations without trusting wall clocks alone."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Hlc:
    """A timestamp: wall milliseconds, a logical counter, the origin workstation (tie-breaker)."""

    millis: int
    counter: int
    origin: str

    def encode(self) -> str:
        """A string that sorts like the clock (fixed-width fields)."""
        return f"{self.millis:013d}-{self.counter:05d}-{self.origin}"

    @classmethod
    def decode(cls, text: str) -> Hlc:
        """Parse :meth:`encode`'s output."""
        millis, counter, origin = text.split("-", 2)
        return cls(int(millis), int(counter), origin)


def tick(last: Hlc | None, now_millis: int, origin: str) -> Hlc:
    """The clock for a local change after ``last``."""
    if last is None or now_millis > last.millis:
        return Hlc(now_millis, 0, origin)
    return Hlc(last.millis, last.counter + 1, origin)


def receive(last: Hlc | None, remote: Hlc, now_millis: int, origin: str) -> Hlc:
    """The clock after seeing ``remote`` (so later local changes sort after it)."""
    top = max(now_millis, remote.millis, last.millis if last else 0)
    if last is not None and top == last.millis == remote.millis:
        counter = max(last.counter, remote.counter) + 1
    elif last is not None and top == last.millis:
        counter = last.counter + 1
    elif top == remote.millis:
        counter = remote.counter + 1
    else:
        counter = 0
    return Hlc(top, counter, origin)
