"""Typed ids (NewType over UUID) and time-ordered UUID creation."""

from __future__ import annotations

import os
import time
import uuid
from typing import NewType

PartyId = NewType("PartyId", uuid.UUID)
DisputeId = NewType("DisputeId", uuid.UUID)
RiskId = NewType("RiskId", uuid.UUID)
LcpId = NewType("LcpId", uuid.UUID)
UserId = NewType("UserId", uuid.UUID)


def new_id() -> uuid.UUID:
    """A UUIDv7 (RFC 9562): 48-bit Unix milliseconds then random bits, so ids sort by creation time."""
    millis = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (millis & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return uuid.UUID(int=value)
