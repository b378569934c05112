#!/usr/bin/env bash
# Launch HMS Desktop (embedded SQLite demo clinic unless a profile says otherwise).
# Installs what is missing first (see scripts/common.sh). Extra arguments go to hms-desktop.
# With no display, the app runs under `xvfb-run -a` (a virtual X server: nothing is visible).
set -uo pipefail
# shellcheck source=scripts/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$HMS_ROOT" || exit 1

extra=()
if ! hms_has_display && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    extra=("${HMS_APT_XVFB[@]}")
fi
# A desk needs the app only: no test or lint tools, and no plain-file keyring (keyrings.alt)
if ! HMS_EXTRAS="" HMS_APT_SOFT=1 hms_bootstrap "${extra[@]}"; then
    hms_log "run: bootstrap failed (see above)"
    exit 1
fi

app="$HMS_VENV/bin/hms-desktop"
if hms_has_display || [ -n "${QT_QPA_PLATFORM:-}" ]; then
    exec "$app" "$@"
fi
if hms_have xvfb-run; then
    hms_log "no display (DISPLAY/WAYLAND_DISPLAY unset): running under xvfb-run -a, a virtual X server;"
    hms_log "the window is not visible here. Press Ctrl+C to stop."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
fi
hms_log "no display and no xvfb-run: install xvfb (sudo apt-get install -y xvfb xauth) or run on a desktop,"
hms_log "or set QT_QPA_PLATFORM=offscreen to start the app without any window"
exit 1
