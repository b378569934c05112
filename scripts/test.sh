#!/usr/bin/env bash
# The whole check, as CI runs it (.ci/run): bootstrap, a throwaway PostgreSQL server, ruff, mypy, then
# pytest -n 2 over tests/ (tests/bench is `make bench`). Extra arguments go to pytest.
#
# Phases after bootstrap/postgres all run even when one fails, so one run shows every problem; the exit
# code is the first failure's. The PostgreSQL cluster and the temporary folders are always removed.
#
# Environment:
#   HMS_VENV              virtualenv (default .venv)
#   HMS_TEST_PG_URL       use this PostgreSQL server instead of starting a throwaway one
#   HMS_TEST_NO_PG=1      start no server (PostgreSQL tests are then skipped)
#   HMS_TEST_WORKERS      pytest-xdist workers (default 2; 0 = in-process)
#   HMS_TEST_TIMEOUT      seconds allowed for the pytest phase (default 1200: CI's 20-minute budget)
set -uo pipefail
# shellcheck source=scripts/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$HMS_ROOT" || exit 1

first_phase=""
first_rc=0
summary=()
joined() { local s; s="$(printf '%s, ' "${summary[@]}")"; printf '%s' "${s%, }"; }
record() { # phase rc
    if [ "$2" -eq 0 ]; then
        summary+=("$1 ok")
    else
        summary+=("$1 FAILED (exit $2)")
        hms_log "phase '$1' failed (exit $2)"
        if [ -z "$first_phase" ]; then first_phase="$1"; first_rc="$2"; fi
    fi
}

HMS_TMP=""
PG_ROOT=""
PG_BIN=""
PG_STARTED=0
as_pg() { # run a PostgreSQL server binary as the user that owns the cluster
    if hms_is_root; then
        if hms_have runuser; then
            (cd "$PG_ROOT" && runuser -u postgres -- "$@")
        else
            (cd "$PG_ROOT" && su postgres -s /bin/sh -c "$(printf '%q ' "$@")")
        fi
    else
        (cd "$PG_ROOT" && "$@")
    fi
}
cleanup() {
    local rc=$?
    if [ "$PG_STARTED" = 1 ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
            as_pg "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -m immediate stop >/dev/null 2>&1 ||
            hms_log "could not stop the PostgreSQL cluster in $PG_ROOT"
    fi
    [ -n "$PG_ROOT" ] && rm -rf "$PG_ROOT"
    [ -n "$HMS_TMP" ] && rm -rf "$HMS_TMP"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- bootstrap ----------------------------------------------------------------------------------
hms_log "phase: bootstrap"
if ! hms_bootstrap "${HMS_APT_TEST[@]}"; then
    hms_log "phase 'bootstrap' failed: the machine or the virtualenv is not ready (see above)"
    exit 1
fi
summary+=("bootstrap ok")

HMS_TMP="$(mktemp -d "${TMPDIR:-/tmp}/hms-test.XXXXXX")" || exit 1
mkdir -p "$HMS_TMP"/{data,config,cache,runtime}
chmod 700 "$HMS_TMP/runtime"
export QT_QPA_PLATFORM=offscreen
export PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring
export XDG_DATA_HOME="$HMS_TMP/data"
export XDG_CONFIG_HOME="$HMS_TMP/config"
export XDG_CACHE_HOME="$HMS_TMP/cache"
export XDG_RUNTIME_DIR="$HMS_TMP/runtime"
export PIP_NO_INPUT=1
unset DISPLAY WAYLAND_DISPLAY

# --- postgres -----------------------------------------------------------------------------------
pg_start() {
    PG_BIN="$(find /usr/lib/postgresql/*/bin -maxdepth 0 -type d 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$PG_BIN" ] && hms_have pg_ctl; then PG_BIN="$(dirname "$(command -v pg_ctl)")"; fi
    if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
        hms_log "no PostgreSQL server binaries (looked in /usr/lib/postgresql/*/bin and PATH);"
        hms_log "install them (sudo apt-get install -y postgresql), or set HMS_TEST_PG_URL, or HMS_TEST_NO_PG=1"
        return 1
    fi
    if hms_is_root; then
        id postgres >/dev/null 2>&1 || { hms_log "running as root but there is no 'postgres' user"; return 1; }
        PG_ROOT="$(mktemp -d /tmp/hms-pg.XXXXXX)" || return 1
        chown postgres: "$PG_ROOT"
    else
        PG_ROOT="$HMS_TMP/pg"
        mkdir -p "$PG_ROOT"
    fi
    if ! as_pg "$PG_BIN/initdb" -D "$PG_ROOT/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$HMS_TMP/initdb.log" 2>&1; then
        # C.UTF-8 is missing on some non-Debian systems.
        rm -rf "$PG_ROOT/data"
        as_pg "$PG_BIN/initdb" -D "$PG_ROOT/data" -U postgres -A trust -E UTF8 --locale=C --no-sync \
            >"$HMS_TMP/initdb.log" 2>&1 || { cat "$HMS_TMP/initdb.log" >&2; return 1; }
    fi
    local try port
    for try in 1 2 3; do
        port="$("$HMS_VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
        if as_pg "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -l "$PG_ROOT/server.log" -w -t 60 \
            -o "-p $port -k $PG_ROOT -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null 2>&1; then
            PG_STARTED=1
            export HMS_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
            hms_log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (cluster in $PG_ROOT)"
            return 0
        fi
        hms_log "PostgreSQL did not start on port $port (attempt $try)"
        tail -n 5 "$PG_ROOT/server.log" >&2 2>/dev/null
    done
    return 1
}

hms_log "phase: postgres"
if [ -n "${HMS_TEST_PG_URL:-}" ]; then
    hms_log "using the PostgreSQL server in HMS_TEST_PG_URL (no throwaway cluster)"
    summary+=("postgres ok (external)")
elif [ "${HMS_TEST_NO_PG:-}" = 1 ]; then
    hms_log "HMS_TEST_NO_PG=1: no PostgreSQL server; PostgreSQL tests will be skipped"
    summary+=("postgres skipped")
elif pg_start; then
    summary+=("postgres ok")
else
    hms_log "phase 'postgres' failed: could not start a throwaway PostgreSQL cluster"
    exit 1
fi

# --- ruff, mypy ---------------------------------------------------------------------------------
hms_log "phase: ruff"
"$HMS_VENV/bin/ruff" check .
record ruff $?

hms_log "phase: mypy"
"$HMS_VENV/bin/mypy"
record mypy $?

# tests/test_quality.py skips its ruff/mypy tests: they ran just above.
export HMS_LINT_DONE=1

# --- pytest -------------------------------------------------------------------------------------
hms_log "before pytest: $(joined)"
hms_log "phase: pytest (-n ${HMS_TEST_WORKERS:-2}, limit ${HMS_TEST_TIMEOUT:-1200} s)"
timeout --foreground --signal=INT --kill-after=60 "${HMS_TEST_TIMEOUT:-1200}" \
    "$HMS_VENV/bin/python" -m pytest -n "${HMS_TEST_WORKERS:-2}" --ignore=tests/bench --durations=10 "$@"
rc=$?
case $rc in
    0) ;;
    5) hms_log "pytest collected no tests: that counts as a failure" ;;
    124) hms_log "pytest exceeded ${HMS_TEST_TIMEOUT:-1200} s and was stopped" ;;
esac
record pytest $rc

if [ -n "$first_phase" ]; then
    hms_log "FAILED: first failing phase '$first_phase' (exit $first_rc): $(joined)"
    exit "$first_rc"
fi
exit 0
