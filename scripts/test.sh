#!/usr/bin/env bash
# The whole check: layer contracts, strict typing, then the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
.venv/bin/lint-imports
.venv/bin/mypy
.venv/bin/python -m pytest -q "$@"
