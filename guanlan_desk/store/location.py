"""Where a data folder may live: a local disk only (SQLite is not safe on shares and sticks).

On Windows a USB flash drive often reports itself "fixed" to ``GetDriveTypeW``; the storage bus type
(``IOCTL_STORAGE_QUERY_PROPERTY``) tells USB, SD and MMC media apart. Long paths (``\\\\?\\C:\\…``,
``\\\\?\\UNC\\server\\share\\…``) are read as the folder they name.
"""

from __future__ import annotations

import ntpath
import sys
from pathlib import Path

from guanlan_desk.domain.errors import QT_TRANSLATE_NOOP
from guanlan_desk.store.errors import StoreError

DRIVE_REMOVABLE, DRIVE_FIXED, DRIVE_REMOTE = 2, 3, 4
# STORAGE_BUS_TYPE values of removable media: BusType1394, BusTypeUsb, BusTypeSd, BusTypeMmc.
REMOVABLE_BUSES = frozenset({4, 7, 12, 13})
NETWORK = QT_TRANSLATE_NOOP("terms", "network share")
REMOVABLE = QT_TRANSLATE_NOOP("terms", "removable drive")
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p"}


class UnsafeDataFolder(StoreError):
    """The data folder is on a network share or a removable drive."""

    def __init__(self, path: str, kind: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The data folder {path} is on a {kind}. The database must live on a local disk; only "
            "export bundles go on USB sticks and shared folders."), path=path, kind=kind)


def strip_long_prefix(path: str) -> str:
    r"""``\\?\C:\x`` → ``C:\x`` and ``\\?\UNC\srv\share`` → ``\\srv\share`` (other paths unchanged)."""
    for prefix in ("\\\\?\\", "\\\\.\\", "//?/"):
        if path.startswith(prefix):
            rest = path[len(prefix):]
            return "\\\\" + rest[4:] if rest[:4].upper() == "UNC\\" else rest
    return path


def check_local_folder(path: Path, *, platform: str = sys.platform) -> None:
    """Refuse network, UNC and removable locations (SQLite is not safe there)."""
    if platform == "win32":
        check_windows_folder(str(path.resolve()))
    else:
        check_posix_folder(str(path.resolve()))


def check_windows_folder(resolved: str) -> None:
    """The Windows rules: UNC paths and remote drives are shares; removable drives and USB/SD buses are sticks."""
    plain = strip_long_prefix(resolved)
    if plain.startswith(("\\\\", "//")):
        raise UnsafeDataFolder(plain, NETWORK)
    drive = ntpath.splitdrive(plain)[0] + "\\"
    kind = drive_type(drive)
    if kind == DRIVE_REMOVABLE:
        raise UnsafeDataFolder(plain, REMOVABLE)
    if kind == DRIVE_REMOTE:
        raise UnsafeDataFolder(plain, NETWORK)
    if kind == DRIVE_FIXED and bus_type(drive) in REMOVABLE_BUSES:
        raise UnsafeDataFolder(plain, REMOVABLE)


def check_posix_folder(resolved: str) -> None:
    """The Linux rules, from the mount table: network file systems and FAT sticks under /media, /mnt."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return
    best = ("", "")
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and (resolved == parts[1] or resolved.startswith(parts[1].rstrip("/") + "/")):
            if len(parts[1]) > len(best[0]):
                best = (parts[1], parts[2])
    mount_point, fstype = best
    if fstype in _NETWORK_FS:
        raise UnsafeDataFolder(resolved, NETWORK)
    if fstype in {"vfat", "exfat", "msdos"} and mount_point.startswith(("/media", "/run/media", "/mnt")):
        raise UnsafeDataFolder(resolved, REMOVABLE)


def drive_type(root: str) -> int:
    r"""``GetDriveTypeW`` of a drive root such as ``C:\`` (0, unknown, elsewhere than Windows)."""
    if sys.platform != "win32":
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def bus_type(root: str) -> int | None:
    r"""The storage bus of the volume at ``C:\`` (7 = USB, 12 = SD …); ``None`` when Windows does not say."""
    if sys.platform != "win32":
        return None
    import ctypes
    from ctypes import wintypes

    class Query(ctypes.Structure):
        _fields_ = [("PropertyId", ctypes.c_int), ("QueryType", ctypes.c_int), ("Extra", ctypes.c_ubyte * 1)]

    class Descriptor(ctypes.Structure):
        _fields_ = [("Version", wintypes.DWORD), ("Size", wintypes.DWORD), ("DeviceType", ctypes.c_ubyte),
                    ("DeviceTypeModifier", ctypes.c_ubyte), ("RemovableMedia", ctypes.c_ubyte),
                    ("CommandQueueing", ctypes.c_ubyte), ("VendorIdOffset", wintypes.DWORD),
                    ("ProductIdOffset", wintypes.DWORD), ("ProductRevisionOffset", wintypes.DWORD),
                    ("SerialNumberOffset", wintypes.DWORD), ("BusType", ctypes.c_int),
                    ("RawPropertiesLength", wintypes.DWORD), ("RawDeviceProperties", ctypes.c_ubyte * 1)]

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateFileW.restype = wintypes.HANDLE
    share_read_write, open_existing, ioctl_storage_query_property = 0x1 | 0x2, 3, 0x2D1400
    handle = kernel32.CreateFileW("\\\\.\\" + root.rstrip("\\"), 0, share_read_write, None, open_existing, 0, None)
    if handle in (None, wintypes.HANDLE(-1).value):
        return None
    try:
        query, out, returned = Query(0, 0), Descriptor(), wintypes.DWORD()
        ok = kernel32.DeviceIoControl(handle, ioctl_storage_query_property, ctypes.byref(query), ctypes.sizeof(query),
                                      ctypes.byref(out), ctypes.sizeof(out), ctypes.byref(returned), None)
        return int(out.BusType) if ok else None
    finally:
        kernel32.CloseHandle(handle)
