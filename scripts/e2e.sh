#!/usr/bin/env bash
# The X-server suite (tests/e2e, issue 15): the real hms-desktop under Xvfb with a window manager
# (openbox), driven with xdotool, over a clinic's day; results read back through the services, a
# screenshot per step in $HMS_E2E_SCREENS (default build/e2e-screens; CI keeps it as an artifact).
# Extra arguments go to pytest. Skips (exit 0, saying why) only when Xvfb/xdotool/openbox are missing
# and cannot be installed (not root, or HMS_NO_APT=1).
set -uo pipefail
# shellcheck source=scripts/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$HMS_ROOT" || exit 1

hms_ensure_venv_e2e() {
    HMS_APT_SOFT=1 hms_bootstrap "${HMS_APT_XVFB[@]}" "${HMS_APT_E2E[@]}"
}
if ! hms_ensure_venv_e2e; then
    hms_log "e2e: bootstrap failed (see above)"
    exit 1
fi
missing=()
for tool in Xvfb xdotool openbox xwininfo xprop; do hms_have "$tool" || missing+=("$tool"); done
if [ "${#missing[@]}" -ne 0 ]; then
    hms_log "e2e SKIPPED: ${missing[*]} not installed and not installable here (as root: apt-get install ${HMS_APT_XVFB[*]} ${HMS_APT_E2E[*]})"
    exit 0
fi

HMS_E2E_TMP="$(mktemp -d "${TMPDIR:-/tmp}/hms-e2e.XXXXXX")" || exit 1
trap 'rm -rf "$HMS_E2E_TMP"' EXIT
mkdir -p "$HMS_E2E_TMP"/{config,data,cache,runtime}
chmod 700 "$HMS_E2E_TMP/runtime"
export XDG_CONFIG_HOME="$HMS_E2E_TMP/config" XDG_DATA_HOME="$HMS_E2E_TMP/data"
export XDG_CACHE_HOME="$HMS_E2E_TMP/cache" XDG_RUNTIME_DIR="$HMS_E2E_TMP/runtime"
export HMS_E2E_SCREENS="${HMS_E2E_SCREENS:-$HMS_ROOT/build/e2e-screens}"
unset HMS_ORA_CAPTURE_DIR
hms_log "e2e: the clinic day through a real X server; screenshots in $HMS_E2E_SCREENS"
started=$SECONDS
timeout --foreground --signal=INT --kill-after=30 "${HMS_E2E_TIMEOUT:-300}" \
    "$HMS_VENV/bin/python" -m pytest -p no:xdist -p no:cacheprovider tests/e2e "$@"
rc=$?
hms_log "e2e: $((SECONDS - started)) s, exit $rc; screenshots in $HMS_E2E_SCREENS"
exit $rc
