"""The risk ledger area (风险台账)."""
