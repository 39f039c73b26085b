"""Windows paths: "%" and "#" in folder names, long ``\\\\?\\`` paths, USB sticks that claim to be fixed disks."""

from __future__ import annotations

from pathlib import Path

import pytest

from guanlan_desk.cli import main
from guanlan_desk.services import doctor
from guanlan_desk.store import location, migrate
from guanlan_desk.store.location import UnsafeDataFolder
from tests.windows.conftest import DEMO_PASSWORD


@pytest.mark.parametrize("name", ["进度 100%", "2026#1 资料", "a%20b#c%"])
def test_a_data_folder_with_percent_or_hash_in_its_path(tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / name / "demo"
    assert main(["demo", "--data-dir", str(folder), "--records", "6", "--seed", "4"]) == 0
    assert (folder / "guanlan.db").stat().st_size > 0 and not list(tmp_path.glob("a b*"))
    assert main(["stats", "--data-dir", str(folder)]) == 0
    assert "disputes: 6" in capsys.readouterr().out
    monkeypatch.setenv("GUANLAN_PASSWORD", DEMO_PASSWORD)
    assert main(["search", "--data-dir", str(folder), "纠纷"]) == 0
    checks = {c.name: c for c in doctor.run(folder)}
    assert checks["schema"].ok and checks["integrity"].ok, checks


def test_migrations_load_from_an_install_path_with_percent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrate, "MIGRATIONS", tmp_path / "Program 100%")
    cfg = migrate.alembic_config()
    assert cfg.get_main_option("script_location") == str(tmp_path / "Program 100%")


@pytest.mark.parametrize(("raw", "plain"), [
    ("\\\\?\\C:\\Users\\张伟\\AppData\\Local\\Guanlan", "C:\\Users\\张伟\\AppData\\Local\\Guanlan"),
    ("\\\\?\\UNC\\office\\share\\data", "\\\\office\\share\\data"),
    ("C:\\data", "C:\\data"),
])
def test_long_paths_are_read_as_the_folder_they_name(raw: str, plain: str) -> None:
    assert location.strip_long_prefix(raw) == plain


def _windows_drives(monkeypatch: pytest.MonkeyPatch, kinds: dict[str, int], buses: dict[str, int | None]) -> None:
    monkeypatch.setattr(location, "drive_type", lambda root: kinds[root])
    monkeypatch.setattr(location, "bus_type", lambda root: buses.get(root))


def test_a_long_local_path_is_not_taken_for_a_share(monkeypatch: pytest.MonkeyPatch) -> None:
    _windows_drives(monkeypatch, {"C:\\": location.DRIVE_FIXED}, {"C:\\": 17})  # NVMe
    location.check_windows_folder("\\\\?\\C:\\Users\\张伟\\AppData\\Local\\Guanlan")


def test_a_usb_stick_that_reports_fixed_is_refused_by_its_bus(monkeypatch: pytest.MonkeyPatch) -> None:
    _windows_drives(monkeypatch, {"C:\\": location.DRIVE_FIXED, "E:\\": location.DRIVE_FIXED},
                    {"C:\\": 11, "E:\\": 7})  # SATA, USB
    location.check_windows_folder("C:\\Users\\张伟\\Guanlan")
    with pytest.raises(UnsafeDataFolder, match="removable drive"):
        location.check_windows_folder("E:\\guanlan")
    with pytest.raises(UnsafeDataFolder, match="removable drive"):
        location.check_windows_folder("\\\\?\\E:\\guanlan")


def test_shares_and_removable_drives_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _windows_drives(monkeypatch, {"F:\\": location.DRIVE_REMOVABLE, "Z:\\": location.DRIVE_REMOTE}, {})
    for path, kind in (("F:\\x", "removable drive"), ("Z:\\x", "network share"), ("\\\\srv\\s\\x", "network share"),
                       ("\\\\?\\UNC\\srv\\s\\x", "network share")):
        with pytest.raises(UnsafeDataFolder, match=kind):
            location.check_windows_folder(path)


def test_the_windows_branch_is_taken_on_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(location, "check_windows_folder", seen.append)
    location.check_local_folder(tmp_path, platform="win32")
    assert seen == [str(tmp_path.resolve())]
