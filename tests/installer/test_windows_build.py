"""The Windows build's pieces that can be checked on Linux: version resource, signing, Inno Setup script."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import build  # noqa: E402

ISS = (ROOT / "installer" / "windows" / "guanlan_desk.iss").read_text("utf-8")
SPEC = (ROOT / "installer" / "guanlan_desk.spec").read_text("utf-8")


def _call(name: str) -> Any:
    return lambda *args, **kwargs: {"type": name, "args": args, **kwargs}


def test_the_version_file_is_what_pyinstaller_evaluates(tmp_path: Path) -> None:
    path = build.write_version_file(tmp_path, "0.3.1", "guanlan_desk_cli.exe", "观澜街道 调解与风险台账 (命令行与自检)")
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct")
    info = eval(path.read_text("utf-8"), {n: _call(n) for n in names})  # as PyInstaller's versioninfo does
    assert info["ffi"]["filevers"] == (0, 3, 1, 0) and info["ffi"]["prodvers"] == (0, 3, 1, 0)
    table = info["kids"][0]["args"][0][0]["args"]
    assert table[0] == "080404b0"  # Simplified Chinese, Unicode
    strings = {s["args"][0]: s["args"][1] for s in table[1]}
    assert strings["FileVersion"] == strings["ProductVersion"] == "0.3.1"
    assert strings["OriginalFilename"] == "guanlan_desk_cli.exe" and "观澜" in strings["FileDescription"]


@pytest.mark.parametrize(("version", "numbers"), [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)),
                                                   ("2.0.1rc1", (2, 0, 1, 0)), ("1.2.3.4.5", (1, 2, 3, 4))])
def test_version_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert build.version_tuple(version) == numbers


def test_no_certificate_means_no_signing(capsys: pytest.CaptureFixture[str]) -> None:
    assert build.signing_command({}) is None
    assert build.sign_files([Path("guanlan_desk.exe")], {}) == []
    assert "unsigned" in capsys.readouterr().out


def test_a_pfx_certificate_is_used_with_its_password_and_a_timestamp() -> None:
    cmd = build.signing_command({build.SIGN_CERT_ENV: r"C:\keys\guanlan.pfx", build.SIGN_PASSWORD_ENV: "s3cret"})
    assert cmd is not None and cmd[:2] == ["signtool", "sign"]
    assert cmd[cmd.index("/f") + 1] == r"C:\keys\guanlan.pfx" and cmd[cmd.index("/p") + 1] == "s3cret"
    assert cmd[cmd.index("/fd") + 1] == "SHA256" and cmd[cmd.index("/tr") + 1] == build.DEFAULT_TIMESTAMP_URL


def test_a_store_certificate_is_named_by_its_thumbprint() -> None:
    cmd = build.signing_command({build.SIGN_CERT_ENV: "0123456789abcdef0123456789abcdef01234567",
                                 build.SIGN_TIMESTAMP_ENV: "http://ts.example"})
    assert cmd is not None and "/f" not in cmd and cmd[cmd.index("/sha1") + 1].startswith("0123")
    assert cmd[cmd.index("/tr") + 1] == "http://ts.example"


@pytest.mark.parametrize(("banner", "found"), [
    ("Inno Setup 6 Command-Line Compiler\nCompiler engine version: Inno Setup 6.3.3", (6, 3, 3)),
    ("Compiler engine version: Inno Setup 6.2.2", (6, 2, 2)), ("something else", None)])
def test_the_inno_setup_version_is_read_from_the_banner(banner: str, found: tuple[int, ...] | None) -> None:
    assert build.inno_version(banner) == found
    assert (found is not None and found >= build.INNO_MIN_VERSION) == (found == (6, 3, 3))


def _setting(name: str) -> str:
    match = re.search(rf"^{name}=(.*)$", ISS, re.M)
    assert match, name
    return match.group(1).strip()


def test_the_installer_targets_windows_10_1809_and_installs_without_admin_rights() -> None:
    assert _setting("MinVersion") == "10.0.17763"
    assert _setting("PrivilegesRequired") == "lowest"
    assert set(_setting("PrivilegesRequiredOverridesAllowed").split()) == {"dialog", "commandline"}
    assert _setting("DefaultDirName").startswith("{autopf}")
    assert "#if VER < EncodeVer(6,3,0)" in ISS and "#error Inno Setup 6.3" in ISS
    assert re.search(r"#ifdef SignTool\s+.*\nSignTool=\{#SignTool\}\nSignedUninstaller=yes\n#endif", ISS)


def test_the_frozen_build_runs_in_utf8_mode_with_time_zones_and_version_resources() -> None:
    assert '("X utf8=1", None, "OPTION")' in SPEC
    assert 'collect_data_files("tzdata")' in SPEC
    assert SPEC.count("version=_version(") == 2
