"""Build the onedir bundle with PyInstaller, check it, and run the frozen app's self-test.

    .venv/bin/python installer/build.py [--runs 3] [--installer]

Steps: PyInstaller (from the running interpreter's environment) with installer/guanlan_desk.spec; on Linux,
a library check (every bundled ELF file resolves, and what it takes from the system comes from the base
system plus ``libgl1 libegl1``); the frozen ``--version`` and ``--self-test`` run from ``/`` with
``QT_QPA_PLATFORM=offscreen``, a fresh HOME and a minimal environment; then the figures: onedir size and its
biggest parts, build time, frozen self-test start-up time against a ``python -c 'import PySide6.QtWidgets'``
baseline and the source self-test in the same run. With ``--installer`` (Windows), Inno Setup's ``iscc``
compiles installer/windows/guanlan_desk.iss with the package's version. Any failure exits 1 with the reason.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TypedDict

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "guanlan_desk.spec"
ISS = ROOT / "installer" / "windows" / "guanlan_desk.iss"
WINDOWS = sys.platform == "win32"
LINUX = sys.platform.startswith("linux")
SIZE_AIM_MB = 200
RUNTIME_EXTRA_PACKAGES = ("libgl1", "libegl1")  # the only packages a target machine adds to its base system


class Sizes(TypedDict):
    """The onedir's size figures."""

    total_bytes: int
    files: int
    parts: dict[str, int]
    biggest: list[tuple[str, int]]


class BuildFailed(Exception):
    """A step failed; the message is the reason."""


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def run_pyinstaller(dist: Path, work: Path) -> float:
    """Build the bundle; returns the seconds it took."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                           "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
                          cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    log = work / "pyinstaller.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text(done.stdout + done.stderr, "utf-8")
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-30:])
        raise BuildFailed(f"PyInstaller exited {done.returncode} (full log: {log}):\n{tail}")
    trimmed = [line.split()[-1] for line in done.stderr.splitlines() if line.startswith("  trimmed ")]
    # A library missing on the build host is skipped with only a warning (TOOLCHAIN.md): show the ones that
    # matter, i.e. not those of plugins the spec trims anyway.
    for line in (done.stdout + done.stderr).splitlines():
        if "Library not found" in line and not any(Path(t).name in line for t in trimmed):
            print(f"  pyinstaller: {line.strip()}")
    print(f"built in {seconds:.1f} s ({len(trimmed)} files trimmed by the spec; log: {log})")
    return seconds


def executable(bundle: Path, console: bool = True) -> Path:
    """The frozen app inside ``bundle`` (on Windows, the console twin for the self-test)."""
    if WINDOWS:
        return bundle / ("guanlan_desk_cli.exe" if console else "guanlan_desk.exe")
    return bundle / "guanlan_desk"


# -- sizes --------------------------------------------------------------------------------------------


def _part(rel: Path) -> str:
    if len(rel.parts) == 1 and rel.suffix in ("", ".exe"):
        return "executables (bootloader + every pure-Python module, compressed)"
    parts = rel.parts[1:] if rel.parts[0] == "_internal" else rel.parts
    text = "/".join(parts)
    if text.startswith("resources/fonts/"):
        return f"font {parts[-1]}" if parts[-1].endswith((".ttc", ".ttf")) else "font licences"
    if text.startswith("resources/"):
        return "other resources"
    if text.startswith("PySide6/Qt/plugins/") or text.startswith("PySide6/plugins/"):
        return "Qt plugins"
    if re.search(r"(^|/)(lib)?icu\w+\.(so|dll)", text):
        return "ICU (QtCore's Unicode data; Linux wheels only)"
    if re.search(r"(^|/)(lib)?Qt6\w+\.(so|dll)", text):
        return "Qt libraries"
    if text.startswith(("PySide6/", "shiboken6/")):
        return "PySide6/shiboken6 bindings"
    if (re.match(r"(lib)?python3", parts[-1]) or text.startswith(("lib-dynload/", "python3"))
            or text in ("base_library.zip", "DLLs")):
        return "Python runtime and stdlib extensions"
    if text.startswith(("cryptography", "_cffi", "nacl", "argon2", "_argon2")):
        return "crypto (cryptography, argon2, nacl)"
    if text.startswith(("reportlab", "PIL", "pillow")):
        return "reportlab + Pillow"
    if text.startswith(("sqlalchemy", "alembic", "mako", "markupsafe", "greenlet")):
        return "SQLAlchemy + Alembic"
    if text.startswith("pypinyin"):
        return "pypinyin dictionaries"
    if "/" not in text and (".so" in text or text.endswith(".dll")):
        return "system libraries (bundled)"
    return "other"


def sizes(bundle: Path) -> Sizes:
    """Total size, size per part, and the biggest files."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    parts: dict[str, int] = defaultdict(int)
    for p in files:
        parts[_part(p.relative_to(bundle))] += p.stat().st_size
    biggest = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:12]
    return {
        "total_bytes": total,
        "files": len(files),
        "parts": dict(sorted(parts.items(), key=lambda kv: kv[1], reverse=True)),
        "biggest": [(str(p.relative_to(bundle)), p.stat().st_size) for p in biggest],
    }


def print_sizes(report: Sizes) -> None:
    """The size lines of the report."""
    print(f"onedir size: {_mb(report['total_bytes'])} in {report['files']} files (aim: under {SIZE_AIM_MB} MB)")
    print("  by part:")
    for name, n in report["parts"].items():
        print(f"    {_mb(n):>9}  {name}")
    print("  biggest files:")
    for name, n in report["biggest"]:
        print(f"    {_mb(n):>9}  {name}")


# -- Linux: libraries ---------------------------------------------------------------------------------

_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


def _elf_files(bundle: Path) -> list[Path]:
    out = []
    for p in bundle.rglob("*"):
        if p.is_file() and not p.is_symlink() and (".so" in p.name or p == executable(bundle)):
            with open(p, "rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    out.append(p)
    return out


def _required_base_and_runtime_packages() -> set[str] | None:
    """Packages of priority "required" plus libgl1/libegl1, with their dependencies (None: no dpkg/apt)."""
    if not (shutil.which("dpkg-query") and shutil.which("apt-cache")):
        return None
    listed = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Priority}\n"], capture_output=True, text=True,
                            check=True).stdout.split("\n")
    roots = {line.split()[0] for line in listed if line.endswith(" required")} | set(RUNTIME_EXTRA_PACKAGES)
    tree = subprocess.run(["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests", "--no-conflicts",
                           "--no-breaks", "--no-replaces", "--no-enhances", *sorted(roots)],
                          capture_output=True, text=True, check=True).stdout
    return {line.split(":")[0] for line in tree.splitlines() if line and not line[0].isspace() and "<" not in line}


def _owners(paths: Sequence[str]) -> dict[str, str]:
    owners: dict[str, str] = {}
    for path in paths:
        for candidate in dict.fromkeys((path, os.path.realpath(path),
                                        path.replace("/usr/lib/", "/lib/", 1), path.replace("/lib/", "/usr/lib/", 1))):
            done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if done.returncode == 0:
                owners[path] = done.stdout.split(":")[0].split(",")[0].strip()
                break
    return owners


def check_libraries(bundle: Path) -> dict[str, object]:
    """Every bundled ELF file resolves; what comes from the system comes from base + libgl1/libegl1."""
    internal = bundle / "_internal"
    dirs = sorted({str(p.parent) for p in _elf_files(bundle)} | {str(internal)})
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join(dirs)}
    missing: dict[str, set[str]] = defaultdict(set)
    system: dict[str, set[str]] = defaultdict(set)
    elf = _elf_files(bundle)
    for f in elf:
        out = subprocess.run(["ldd", str(f)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            m = _LDD_LINE.match(line)
            if not m:
                continue
            lib, where = m.groups()
            if where == "not found":
                missing[lib].add(str(f.relative_to(bundle)))
            elif not os.path.realpath(where).startswith(str(bundle.resolve())):
                system[where].add(str(f.relative_to(bundle)))
    if missing:
        lines = [f"{lib} (needed by {', '.join(sorted(users)[:3])})" for lib, users in sorted(missing.items())]
        raise BuildFailed("bundled files need libraries found nowhere:\n  " + "\n  ".join(lines))
    allowed = _required_base_and_runtime_packages()
    owners = _owners(sorted(system))
    packages = sorted(set(owners.values()))
    if allowed is not None:
        foreign = sorted(f"{lib} ({owners.get(lib, 'no package')}; needed by {', '.join(sorted(system[lib])[:2])})"
                         for lib in system if owners.get(lib) not in allowed)
        if foreign:
            raise BuildFailed("the bundle needs system libraries beyond the base system and "
                              f"{' '.join(RUNTIME_EXTRA_PACKAGES)}:\n  " + "\n  ".join(foreign))
    scope = "base system + " + " ".join(RUNTIME_EXTRA_PACKAGES) if allowed is not None else "unchecked (no dpkg)"
    print(f"libraries: {len(elf)} ELF files resolve; {len(system)} system libraries from {scope}: {', '.join(packages)}")
    return {"elf_files": len(elf), "system_libraries": sorted(system), "system_packages": packages}


def _link_or_copy(src: str, dest: Path) -> None:
    if os.path.islink(src):
        if not dest.is_symlink() and not dest.exists():
            dest.symlink_to(os.readlink(src))
    elif os.path.isdir(src):
        dest.mkdir(parents=True, exist_ok=True)
    elif os.path.isfile(src) and not dest.exists():
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(src, dest)
        except OSError:  # another filesystem: copy
            shutil.copy2(src, dest)


def _bare_root(root: Path, packages: Sequence[str]) -> int:
    """Fill ``root`` with the files of ``packages`` only (hard links where possible); returns the file count."""
    for top in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):  # merged /usr, as on the host
        if os.path.islink(f"/{top}"):
            (root / top).symlink_to(os.readlink(f"/{top}"))
            (root / os.readlink(f"/{top}")).mkdir(parents=True, exist_ok=True)
    listed = subprocess.run(["dpkg", "-L", *packages], capture_output=True, text=True, check=True).stdout
    paths = sorted({line for line in listed.splitlines() if line.startswith("/") and line != "/."})
    for path in paths:
        _link_or_copy(path, root / path.lstrip("/"))
    (root / "tmp").mkdir(mode=0o1777, exist_ok=True)
    os.chmod(root / "tmp", 0o1777)
    dev = root / "dev"
    dev.mkdir(exist_ok=True)
    for name, minor in (("null", 3), ("zero", 5), ("random", 8), ("urandom", 9)):
        try:
            os.mknod(dev / name, 0o666 | 0o020000, os.makedev(1, minor))
        except OSError:
            pass  # no CAP_MKNOD: Python and Qt manage without these
    subprocess.run(["ldconfig", "-r", str(root)], capture_output=True, check=False)
    return len(paths)


def check_bare_machine(bundle: Path) -> dict[str, object]:
    """Run the frozen self-test in a chroot holding only the base system plus libgl1/libegl1 (Linux, as root)."""
    chroot = shutil.which("chroot") or shutil.which("chroot", path="/usr/sbin:/sbin")
    allowed = _required_base_and_runtime_packages()
    if os.geteuid() != 0 or chroot is None or allowed is None:
        print("bare-machine check: skipped (needs root, chroot and dpkg)")
        return {"bare_machine": "skipped"}
    installed = set(subprocess.run(["dpkg-query", "-W", "-f", "${Package}\n"], capture_output=True, text=True,
                                   check=True).stdout.split())
    packages = sorted(allowed & installed)
    with tempfile.TemporaryDirectory(prefix="guanlan-bare-", dir=bundle.parent) as tmp:
        root = Path(tmp)
        files = _bare_root(root, packages)
        target = root / "opt" / "guanlan_desk"
        for src in sorted(bundle.rglob("*")):
            _link_or_copy(str(src), target / src.relative_to(bundle))
        probe = subprocess.run([chroot, str(root), "/bin/true"], capture_output=True, text=True)
        if probe.returncode != 0:  # e.g. a container without CAP_SYS_CHROOT
            print(f"bare-machine check: skipped (chroot not possible here: {probe.stderr.strip()[:200]})")
            return {"bare_machine": "skipped"}
        cmd = [chroot, str(root), f"/opt/guanlan_desk/{executable(bundle).name}", "--self-test"]
        env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
        start = time.perf_counter()
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            raise BuildFailed(f"the self-test failed on a bare root ({len(packages)} packages: base + "
                              f"{' '.join(RUNTIME_EXTRA_PACKAGES)}; exit {done.returncode}):\n"
                              f"{done.stdout}{done.stderr[-3000:]}")
        noise = sorted({line.strip() for line in done.stderr.splitlines() if line.strip()})
        print(f"bare-machine check: self-test passed in {seconds:.2f} s in a chroot of {len(packages)} packages "
              f"({files} paths: the required base system + {' '.join(RUNTIME_EXTRA_PACKAGES)} with dependencies)")
        for line in noise[:5]:
            print(f"  stderr: {line}")
        xcb = _bare_xcb_run(cmd, env)
    return {"bare_machine": "passed", "bare_packages": len(packages), "bare_selftest_s": seconds, "bare_xcb": xcb}


def _bare_xcb_run(cmd: list[str], env: dict[str, str]) -> str:
    """The same self-test on Qt's xcb platform (a real X connection to a host Xvfb), so the xcb plugin loads."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        print("bare-machine check on xcb: skipped (no Xvfb on the build host)")
        return "skipped"
    display = f":{90 + os.getpid() % 500}"
    # The chroot reaches the host's X server through its abstract socket (not isolated by a chroot).
    server = subprocess.Popen([xvfb, display, "-nolisten", "tcp", "-screen", "0", "1280x800x24"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        if server.poll() is not None:
            print(f"bare-machine check on xcb: skipped (Xvfb {display} did not start)")
            return "skipped"
        done = subprocess.run(cmd, env={**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}, capture_output=True,
                              text=True, timeout=300)
    finally:
        server.terminate()
        server.wait(timeout=10)
    if done.returncode != 0:
        raise BuildFailed(f"the self-test failed on a bare root with QT_QPA_PLATFORM=xcb (exit {done.returncode}):\n"
                          f"{done.stdout}{done.stderr[-3000:]}")
    print(f"bare-machine check on xcb (Xvfb {display}): self-test passed")
    return "passed"


# -- running it -----------------------------------------------------------------------------------------


def _clean_env(home: Path) -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin") if WINDOWS else "/usr/bin:/bin", "HOME": str(home),
           "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    for name in ("SYSTEMROOT", "WINDIR", "APPDATA", "LOCALAPPDATA", "USERPROFILE", "TEMP", "TMP", "TMPDIR"):
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def _children_cpu() -> float:
    try:
        import resource
    except ImportError:  # Windows: wall time only
        return float("nan")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd="/", env=env, capture_output=True, text=True, timeout=300)
    return time.perf_counter() - start, done


def _median_run(cmd: list[str], env: dict[str, str], runs: int, what: str) -> tuple[tuple[float, float], str]:
    """Median wall and CPU seconds of ``runs`` runs (CPU time is less disturbed by a busy machine)."""
    times, cpu, stdout = [], [], ""
    for _ in range(runs):
        before = _children_cpu()
        seconds, done = _timed(cmd, env)
        cpu.append(_children_cpu() - before)
        if done.returncode != 0:
            raise BuildFailed(f"{what} failed (exit {done.returncode}):\n{done.stdout}{done.stderr[-2000:]}")
        times.append(seconds)
        stdout = stdout or done.stdout
    return (statistics.median(times), statistics.median(cpu)), stdout


def run_frozen(bundle: Path, runs: int) -> dict[str, object]:
    """``--version`` and ``--self-test`` of the frozen app from ``/``; start-up timings with baselines."""
    exe = executable(bundle)
    if not exe.is_file():
        raise BuildFailed(f"no executable at {exe}")
    with tempfile.TemporaryDirectory(prefix="guanlan-home-") as home:
        env = _clean_env(Path(home))
        _, version = _timed([str(exe), "--version"], env)
        line = version.stdout.strip()
        if version.returncode != 0 or not re.match(r"^guanlan_desk \S+ \(built .+, commit \S+\)$", line):
            raise BuildFailed(f"frozen --version printed {line!r} (exit {version.returncode}): {version.stderr[-500:]}")
        print(f"frozen --version: {line}")
        selftest_s, out = _median_run([str(exe), "--self-test"], env, runs, "the frozen self-test")
        for out_line in out.splitlines():
            print(f"  {out_line}")
        version_s, _ = _median_run([str(exe), "--version"], env, runs, "frozen --version")
        src_env = {**env, "PATH": os.environ.get("PATH", "")}
        source_version_s, _ = _median_run([sys.executable, str(ROOT / "main.py"), "--version"], src_env, runs,
                                          "source --version")
        source_selftest_s, _ = _median_run([sys.executable, str(ROOT / "main.py"), "--self-test"], src_env, runs,
                                           "the source self-test")
        baseline_s, _ = _median_run([sys.executable, "-c", "import PySide6.QtWidgets"], src_env, runs, "the baseline")
    figures = {
        "frozen --self-test (start to exit)": selftest_s,
        "frozen --version (start-up: every import of the CLI, then exit)": version_s,
        "source --self-test": source_selftest_s,
        "source --version": source_version_s,
        "baseline: python -c 'import PySide6.QtWidgets'": baseline_s,
    }
    print(f"timings, median of {runs} runs from / (the same machine, this run), wall / CPU:")
    for name, (wall, cpu) in figures.items():
        print(f"  {wall:6.2f} s / {cpu:5.2f} s  {name}")
    print(f"  frozen self-test / baseline: {selftest_s[0] / baseline_s[0]:.1f}x wall; frozen / source self-test: "
          f"{selftest_s[0] / source_selftest_s[0]:.2f}x wall, {selftest_s[1] / source_selftest_s[1]:.2f}x CPU")
    return {"version": line, "timings_s": figures}


# -- Windows: version resource, signing, installer ---------------------------------------------------------

PUBLISHER = "Guanlan Sub-district Office (观澜街道办事处)"
PRODUCT = "观澜街道 调解与风险台账 (guanlan_desk)"
INNO_MIN_VERSION = (6, 3, 0)  # "x64compatible" and the per-user/all-users dialog of this script need 6.3
# Signing runs when a certificate is configured (installer/README.md, "Code signing").
SIGN_CERT_ENV, SIGN_PASSWORD_ENV, SIGN_TIMESTAMP_ENV = "GUANLAN_SIGN_CERT", "GUANLAN_SIGN_PASSWORD", "GUANLAN_SIGN_TIMESTAMP"
DEFAULT_TIMESTAMP_URL = "http://timestamp.digicert.com"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` (or ``0.1.0rc1``) as the four numbers of a Windows version resource."""
    numbers = [int(m.group()) if (m := re.match(r"\d+", part)) else 0 for part in version.split(".")[:4]]
    padded = (numbers + [0, 0, 0, 0])[:4]
    return padded[0], padded[1], padded[2], padded[3]


def version_file_text(version: str, exe_name: str, description: str) -> str:
    """The PyInstaller version file (``VSVersionInfo``) of one executable: file and product version, names."""
    numbers = version_tuple(version)
    strings = {"CompanyName": PUBLISHER, "FileDescription": description, "FileVersion": version,
               "InternalName": Path(exe_name).stem, "LegalCopyright": f"© {PUBLISHER}",
               "OriginalFilename": exe_name, "ProductName": PRODUCT, "ProductVersion": version}
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404b0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""


def write_version_file(folder: Path, version: str, exe_name: str, description: str) -> Path:
    """Write the version file of ``exe_name`` into ``folder`` (the spec passes it to ``EXE(version=...)``)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"version-{Path(exe_name).stem}.txt"
    path.write_text(version_file_text(version, exe_name, description), "utf-8")
    return path


def signing_command(env: dict[str, str] | None = None) -> list[str] | None:
    """The ``signtool sign`` command (without the file) when a certificate is configured, else ``None``."""
    env = dict(os.environ) if env is None else env
    cert = env.get(SIGN_CERT_ENV, "")
    if not cert:
        return None
    cmd = ["signtool", "sign", "/fd", "SHA256", "/tr", env.get(SIGN_TIMESTAMP_ENV) or DEFAULT_TIMESTAMP_URL,
           "/td", "SHA256"]
    if cert.lower().endswith((".pfx", ".p12")):
        cmd += ["/f", cert]
        if env.get(SIGN_PASSWORD_ENV):
            cmd += ["/p", env[SIGN_PASSWORD_ENV]]
    else:  # a certificate in the Windows store, named by its SHA-1 thumbprint (e.g. on a hardware token)
        cmd += ["/sha1", cert]
    return cmd


def sign_files(files: Sequence[Path], env: dict[str, str] | None = None) -> list[Path]:
    """Sign ``files`` with signtool when a certificate is configured; returns the files signed."""
    cmd = signing_command(env)
    if cmd is None:
        print(f"signing: skipped (no certificate: set {SIGN_CERT_ENV}; the bundle and installer stay unsigned)")
        return []
    for file in files:
        done = subprocess.run([*cmd, str(file)], capture_output=True, text=True)
        if done.returncode != 0:
            raise BuildFailed(f"signtool failed on {file}:\n{done.stdout[-1500:]}{done.stderr[-1500:]}")
    print(f"signed {len(files)} file(s): {', '.join(f.name for f in files)}")
    return list(files)


def inno_version(banner: str) -> tuple[int, ...] | None:
    """The Inno Setup version in ``iscc``'s banner (``Inno Setup 6.3.3``), or ``None``."""
    match = re.search(r"Inno Setup (\d+)\.(\d+)\.(\d+)", banner)
    return tuple(int(g) for g in match.groups()) if match else None


def run_iscc(bundle: Path, out: Path) -> None:
    """Compile the Windows installer with Inno Setup 6.3+ (checked), passing the version and the signing tool."""
    sys.path.insert(0, str(ROOT))
    from guanlan_desk import __version__

    iscc = shutil.which("iscc") or shutil.which("ISCC")
    for guess in (r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe", r"C:\Program Files\Inno Setup 6\ISCC.exe"):
        if iscc is None and Path(guess).is_file():
            iscc = guess
    if iscc is None:
        raise BuildFailed("iscc (Inno Setup 6.3 or later) not found: install it or put ISCC.exe on PATH")
    banner = subprocess.run([iscc, "/?"], capture_output=True, text=True)
    found = inno_version(banner.stdout + banner.stderr)
    if found is None or found < INNO_MIN_VERSION:
        raise BuildFailed(f"Inno Setup {'.'.join(map(str, INNO_MIN_VERSION))} or later is needed "
                          f"(found {'.'.join(map(str, found)) if found else 'an unknown version'})")
    args = [iscc, f"/DAppVersion={__version__}", f"/DSourceDir={bundle}", f"/O{out}"]
    sign = signing_command()
    if sign is not None:  # Inno signs the setup and the uninstaller it embeds ($f is the file)
        args += [f"/Sguanlansign={subprocess.list2cmdline(sign)} $f", "/DSignTool=guanlansign"]
    done = subprocess.run([*args, str(ISS)], capture_output=True, text=True)
    if done.returncode != 0:
        raise BuildFailed(f"iscc failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    print(f"installer written to {out}{' (signed)' if sign else ' (unsigned)'}")


def main(argv: Sequence[str] | None = None) -> int:
    """Build, check, self-test, report; 0 only if everything passed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(ROOT / "build" / "installer"), help="build folder (dist/ and work/)")
    parser.add_argument("--runs", type=int, default=3, help="timed self-test runs (median reported)")
    parser.add_argument("--skip-build", action="store_true", help="check and time an existing bundle")
    parser.add_argument("--no-bare", action="store_true", help="Linux: skip the self-test in a bare-system chroot")
    parser.add_argument("--installer", action="store_true", help="Windows: also compile the Inno Setup installer")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    out = Path(args.out)
    bundle = out / "dist" / "guanlan_desk"
    report: dict[str, object] = {"platform": sys.platform}
    try:
        if not args.skip_build:
            report["build_s"] = run_pyinstaller(out / "dist", out / "work")
            if WINDOWS:
                report["signed"] = [str(p) for p in sign_files(sorted(bundle.glob("*.exe")))]
        if LINUX:
            report["libraries"] = check_libraries(bundle)
            if not args.no_bare:
                report.update(check_bare_machine(bundle))
        size = sizes(bundle)
        report["size"] = size
        report.update(run_frozen(bundle, max(1, args.runs)))
        print_sizes(size)
        if "build_s" in report:
            print(f"build time: {report['build_s']:.1f} s")
        if args.installer:
            if not WINDOWS:
                raise BuildFailed("the Inno Setup installer is built on Windows only")
            run_iscc(bundle, out / "installer")
    except BuildFailed as exc:
        print(f"BUILD FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        if args.json:
            Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False), "utf-8")
    size_ok = size["total_bytes"] < SIZE_AIM_MB * 1_000_000
    print(f"build OK{'' if size_ok else f' (but over the {SIZE_AIM_MB} MB aim)'}: {bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
