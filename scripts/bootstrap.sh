#!/usr/bin/env bash
# Make the machine and the virtualenv ready without running anything (used by make bench/sql/...).
# Pass "test" to also install the test suite's system packages (poppler-utils, postgresql).
set -uo pipefail
# shellcheck source=scripts/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$HMS_ROOT" || exit 1
extra=()
[ "${1:-}" = test ] && extra=("${HMS_APT_TEST[@]}")
hms_bootstrap "${extra[@]}" || { hms_log "bootstrap failed (see above)"; exit 1; }
