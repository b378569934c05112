#!/usr/bin/env bash
# The load test (tests/load, see tests/load/run.py): bootstrap, a throwaway PostgreSQL server, then
# `python -m tests.load "$@"`: 40 desks as OS processes on PostgreSQL and 8 on one SQLite file, each
# playing its role for 5 minutes (--seconds N to change), then the table, the checks and a chart in
# build/load/. The cluster is always removed.
#
# Environment:
#   HMS_VENV              virtualenv (default .venv)
#   HMS_LOAD_PG_URL       use this PostgreSQL server instead of starting a throwaway one (a fresh
#                         database is created in it and dropped afterwards; HMS_LOAD_KEEP=1 keeps it)
#   HMS_LOAD_NO_PG=1      start no server: SQLite only
#   HMS_LOAD_SECONDS      how long the desks play (default 300)
#   HMS_LOAD_OUT          output folder (default build/load)
set -uo pipefail
# shellcheck source=scripts/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# shellcheck source=scripts/pg.sh
. "$(dirname "${BASH_SOURCE[0]}")/pg.sh"
cd "$HMS_ROOT" || exit 1

cleanup() {
    local rc=$?
    hms_pg_stop
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

hms_bootstrap "${HMS_APT_BENCH[@]}" || { hms_log "load: bootstrap failed (see above)"; exit 1; }

args=("$@")
if [ -n "${HMS_LOAD_PG_URL:-}" ]; then
    hms_log "using the PostgreSQL server in HMS_LOAD_PG_URL (no throwaway cluster)"
elif [ "${HMS_LOAD_NO_PG:-}" = 1 ]; then
    hms_log "HMS_LOAD_NO_PG=1: no PostgreSQL server; SQLite only"
    args+=(--only sqlite)
else
    hms_pg_start HMS_LOAD_PG_URL || {
        hms_log "load: could not start a throwaway PostgreSQL cluster"
        hms_log "(set HMS_LOAD_PG_URL to an existing server, or HMS_LOAD_NO_PG=1 for SQLite only)"
        exit 1
    }
fi

QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" HMS_ORACLE_LINT=0 "$HMS_VENV/bin/python" -m tests.load "${args[@]}"
