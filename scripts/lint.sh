#!/usr/bin/env bash
# ruff and mypy, configured in pyproject.toml (mypy strict on domain/db/services/reports).
set -uo pipefail
# shellcheck source=scripts/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$HMS_ROOT" || exit 1
hms_bootstrap || { hms_log "lint: bootstrap failed (see above)"; exit 1; }
rc=0
hms_log "ruff check"
"$HMS_VENV/bin/ruff" check . || { r=$?; hms_log "lint: ruff failed (exit $r)"; [ $rc -eq 0 ] && rc=$r; }
hms_log "mypy"
"$HMS_VENV/bin/mypy" || { r=$?; hms_log "lint: mypy failed (exit $r)"; [ $rc -eq 0 ] && rc=$r; }
exit $rc
