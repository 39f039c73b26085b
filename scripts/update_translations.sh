#!/usr/bin/env bash
# Refresh the zh_CN translation source from the code (new strings appear as unfinished entries to fill in),
# then compile it. Line numbers are left out so that edits elsewhere in a file do not churn the .ts.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyside6-lupdate -extensions py -locations none -no-obsolete guanlan_desk \
    -ts resources/i18n/guanlan_desk_zh_CN.ts
.venv/bin/pyside6-lrelease -silent resources/i18n/guanlan_desk_zh_CN.ts -qm resources/i18n/guanlan_desk_zh_CN.qm
