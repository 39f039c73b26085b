"""The keyring backend a frozen build uses: chosen explicitly per platform, never by entry-point discovery.

keyring normally finds its backends through package metadata, which a PyInstaller bundle may lack or carry
only in part; a frozen build therefore sets the expected backend itself and checks it at start-up
(shared/RELIABILITY.md, "Keys and personal data"). When the expected backend is missing or not usable here
(no Secret Service on a headless Linux), the fail backend is set, so the app stops with the clear
``KeyringUnavailable`` message instead of picking something else. Demo folders keep working.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass

import keyring
import keyring.backends.fail

# (module, class) per sys.platform prefix. Windows needs pywin32-ctypes (win32ctypes) in the bundle.
EXPECTED_BACKENDS: dict[str, tuple[str, str]] = {
    "win32": ("keyring.backends.Windows", "WinVaultKeyring"),
    "darwin": ("keyring.backends.macOS", "Keyring"),
    "linux": ("keyring.backends.SecretService", "Keyring"),
}


@dataclass(frozen=True, slots=True)
class BackendStatus:
    """The expected backend of this platform: whether it is present (importable) and usable here."""

    expected: str
    importable: bool
    usable: bool
    reason: str


def expected_backend_name(platform: str | None = None) -> str:
    """``module.Class`` of the backend expected on ``platform`` (default: this one)."""
    module, cls = _expected(platform)
    return f"{module}.{cls}"


def _expected(platform: str | None) -> tuple[str, str]:
    plat = platform or sys.platform
    for prefix, backend in EXPECTED_BACKENDS.items():
        if plat.startswith(prefix):
            return backend
    return EXPECTED_BACKENDS["linux"]


def _load() -> tuple[BackendStatus, type[keyring.backend.KeyringBackend] | None]:
    module_name, cls_name = _expected(None)
    name = f"{module_name}.{cls_name}"
    try:
        backend_cls = getattr(importlib.import_module(module_name), cls_name)
    except (ImportError, AttributeError) as exc:
        return BackendStatus(name, False, False, f"not importable: {exc}"), None
    try:
        backend_cls.priority  # noqa: B018 - raises when the backend cannot work here
    except Exception as exc:  # keyring backends signal "not viable" with assorted exception types
        return BackendStatus(name, True, False, f"not usable here: {exc}"), backend_cls
    return BackendStatus(name, True, True, "ok"), backend_cls


def backend_status() -> BackendStatus:
    """Check the expected backend without changing the active one."""
    return _load()[0]


def use_expected_backend() -> BackendStatus:
    """Make the expected backend the active one (or the fail backend when it cannot work here)."""
    status, backend_cls = _load()
    if status.usable and backend_cls is not None:
        keyring.set_keyring(backend_cls())
    else:
        keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    return status
