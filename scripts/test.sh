#!/usr/bin/env bash
# The whole check: layer contracts, strict typing, the test suite, then the Linux bundle and its frozen
# self-test (installer/build.py). Arguments go to pytest; with any, the bundle is not built (a quick run).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
.venv/bin/lint-imports
.venv/bin/mypy
.venv/bin/mypy installer/build.py installer/bundle_trim.py
.venv/bin/python -m pytest -q "$@"
if [ $# -eq 0 ] && [ "${GUANLAN_SKIP_BUILD:-0}" != "1" ]; then
    .venv/bin/python installer/build.py --json build/installer/report.json
fi
