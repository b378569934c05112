# shellcheck shell=bash
# Shared bootstrap for scripts/run.sh, scripts/test.sh, scripts/bench.sh, scripts/lint.sh and
# scripts/bootstrap.sh.
# Sourced, not run. Makes a fresh Debian 12 machine ready: the system libraries Qt needs (apt, only
# what is missing, only as root), a virtualenv with Python >= 3.11, and `pip install -e .` with the
# extras in HMS_EXTRAS whenever pyproject.toml/setup.py changed since the last install (stamp file in
# the venv). HMS_EXTRAS defaults to "dev" (tests, lint, the test command's throwaway file keyring);
# scripts/run.sh sets it empty: a desk gets only what the app needs.
#
# Environment overrides:
#   HMS_VENV     virtualenv folder (default: <repo>/.venv)
#   HMS_PYTHON   interpreter to build the venv with (default: python3 if >= 3.11, else python3.1x)
#   HMS_NO_APT=1 never call apt-get (only report what is missing)

HMS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HMS_VENV="$(realpath -m "${HMS_VENV:-$HMS_ROOT/.venv}")"
export HMS_VENV

# Qt's runtime libraries (offscreen and xcb platforms share these).
HMS_APT_QT=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
# A real X window when the machine has no display: Xvfb plus the xcb platform plugin's libraries.
HMS_APT_XVFB=(xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
    libxcb-shape0 libxkbcommon-x11-0)
# The X-server suite (make e2e, tests/e2e): real key and mouse events (xdotool), a window manager for
# title bars and focus (openbox), xwininfo/xprop to measure windows with their frames (x11-utils).
HMS_APT_E2E=(xdotool openbox x11-utils)
# The test suite: PDF checks (pdftotext/pdftoppm) and a throwaway PostgreSQL server (scripts/pg.sh).
HMS_APT_TEST=(poppler-utils postgresql libpq5)
# make bench: a throwaway PostgreSQL server, and libpq for Qt's QPSQL driver (the QSqlQueryModel baseline).
HMS_APT_BENCH=(postgresql libpq5)

hms_log() { printf '[hms] %s\n' "$*" >&2; }

hms_is_root() { [ "$(id -u)" -eq 0 ]; }

hms_have() { command -v "$1" >/dev/null 2>&1; }

# Print the packages (of those given) that dpkg does not report as installed.
hms_apt_missing() {
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            printf '%s\n' "$pkg"
        fi
    done
}

# Ensure the given Debian packages are installed. Returns 0 when they are (or when this is not a
# dpkg system: then the user is on their own), 1 when something is missing that we cannot install.
hms_apt_ensure() {
    hms_have dpkg-query || return 0
    local missing
    mapfile -t missing < <(hms_apt_missing "$@")
    [ "${#missing[@]}" -eq 0 ] && return 0
    if [ "${HMS_NO_APT:-}" != 1 ] && hms_is_root && hms_have apt-get; then
        hms_log "installing missing system packages: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq </dev/null >&2 || hms_log "apt-get update failed; trying the install anyway"
        if apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >&2; then
            return 0
        fi
        hms_log "apt-get install failed for: ${missing[*]}"
        return 1
    fi
    hms_log "missing system packages: ${missing[*]}"
    hms_log "install them as root with:"
    hms_log "    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
    return 1
}

# Is this interpreter Python >= 3.11 with a working venv module (Debian needs python3-venv)?
hms_python_ok() {
    "$1" -c 'import sys; assert sys.version_info >= (3, 11)' >/dev/null 2>&1
}
hms_python_has_venv() {
    "$1" -c 'import ensurepip, venv' >/dev/null 2>&1
}

hms_find_python() {
    local cand
    for cand in ${HMS_PYTHON:-} python3 python3.13 python3.12 python3.11; do
        if hms_have "$cand" && hms_python_ok "$cand"; then
            command -v "$cand"
            return 0
        fi
    done
    return 1
}

hms_stamp_value() {
    {
        cat "$HMS_ROOT/pyproject.toml" "$HMS_ROOT/setup.py" 2>/dev/null
        printf '%s\n' "$HMS_ROOT"
        "$HMS_VENV/bin/python" -c 'import sys; print(sys.version)'
    } | sha256sum | cut -d' ' -f1
}

# The stamp holds "<hash> <extras>": a venv installed with the dev extra also serves `make run`.
hms_stamp_ok() { # want-hash want-extras
    local have_hash="" have_extras=""
    [ -f "$HMS_VENV/.hms-install-stamp" ] && read -r have_hash have_extras < "$HMS_VENV/.hms-install-stamp"
    [ "$have_hash" = "$1" ] || return 1
    [ -z "$2" ] || [ "$have_extras" = "$2" ]
}

# Create the venv if needed and (re)install the project when pyproject.toml changed.
hms_ensure_venv() {
    if [ -e "$HMS_VENV/pyvenv.cfg" ] && ! hms_python_ok "$HMS_VENV/bin/python"; then
        hms_log "$HMS_VENV has no working Python >= 3.11; remove it (rm -rf $HMS_VENV) and run again"
        return 1
    fi
    if [ ! -x "$HMS_VENV/bin/python" ]; then
        local py
        py="$(hms_find_python)" || {
            hms_log "no Python >= 3.11 found (tried ${HMS_PYTHON:-} python3 python3.13 python3.12 python3.11)"
            hms_log "on Debian 12: sudo apt-get install -y python3 python3-venv"
            return 1
        }
        hms_log "creating virtualenv $HMS_VENV with $py ($("$py" -c 'import platform; print(platform.python_version())'))"
        "$py" -m venv "$HMS_VENV" || return 1
        "$HMS_VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip </dev/null || return 1
    fi
    local want extras="${HMS_EXTRAS-dev}" target="$HMS_ROOT"
    want="$(hms_stamp_value)"
    [ -n "$extras" ] && target="$HMS_ROOT[$extras]"
    if ! hms_stamp_ok "$want" "$extras" || [ ! -x "$HMS_VENV/bin/hms-desktop-admin" ]; then
        hms_log "installing hms-desktop and its dependencies into $HMS_VENV (pip install -e '$target')"
        PIP_NO_INPUT=1 "$HMS_VENV/bin/python" -m pip install -q --disable-pip-version-check \
            -e "$target" </dev/null || return 1
        printf '%s %s\n' "$want" "$extras" >"$HMS_VENV/.hms-install-stamp"
    fi
    return 0
}

# Everything a command needs before it can run. $@: extra apt packages. With HMS_APT_SOFT=1 a missing
# package that cannot be installed (not root) is reported but does not stop the caller.
hms_bootstrap() {
    local pkgs=("${HMS_APT_QT[@]}" "$@") py
    # A Debian system python without ensurepip cannot make a venv: add python3-venv (and python3
    # itself on a minimal image) to the same apt call.
    if [ ! -x "$HMS_VENV/bin/python" ]; then
        py="$(hms_find_python)" || py=""
        if [ -z "$py" ]; then
            pkgs+=(python3 python3-venv)
        elif ! hms_python_has_venv "$py" && [ "${py#/usr/bin/}" != "$py" ]; then
            pkgs+=(python3-venv)
        fi
    fi
    if ! hms_apt_ensure "${pkgs[@]}"; then
        [ "${HMS_APT_SOFT:-}" = 1 ] || return 1
        hms_log "continuing without them; Qt may fail to start (QT_DEBUG_PLUGINS=1 names the missing library)"
    fi
    hms_ensure_venv
}

hms_has_display() { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }
