"""The reliability loops use the sync tests' enrolled workstations."""

from tests.sync.conftest import kk_template, trio

__all__ = ["kk_template", "trio"]
