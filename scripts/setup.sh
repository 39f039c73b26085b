#!/usr/bin/env bash
# One-time (idempotent) set-up of a fresh Debian 12 machine: system packages, a virtualenv in .venv,
# the package with its test and build extras, and the compiled translations.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt offscreen (tests) and poppler (PDF checks), then what Qt's xcb platform plugin needs to open the GUI
# on a real X11 display (`ldd .../plugins/platforms/libqxcb.so | grep "not found"` shows what is missing).
APT_PACKAGES=(python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libdbus-1-3
              poppler-utils poppler-data
              # The xcb set: PyInstaller bundles what Qt's xcb plugin links, and silently skips what is missing.
              xvfb xauth libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
              libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1
              libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0)
missing=()
for p in "${APT_PACKAGES[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test,build]'

# Compile the translations (.ts sources → .qm; the .qm files are never committed).
for ts in resources/i18n/*.ts; do
    [ -e "$ts" ] || continue
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
