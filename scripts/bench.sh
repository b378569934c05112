#!/usr/bin/env bash
# The benchmarks (tests/bench, see tests/bench/run.py): bootstrap, a throwaway PostgreSQL server, then
# `python -m tests.bench "$@"` offscreen. The cluster is always removed; the SQLite data stays cached.
#
# Environment:
#   HMS_VENV              virtualenv (default .venv)
#   HMS_BENCH_PG_URL      use this PostgreSQL server instead of starting a throwaway one
#   HMS_BENCH_NO_PG=1     start no server: SQLite only
#   HMS_BENCH_CACHE       folder for the generated SQLite files (default ~/.cache/hms-desktop/bench)
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

hms_bootstrap "${HMS_APT_BENCH[@]}" || { hms_log "bench: bootstrap failed (see above)"; exit 1; }

if [ -n "${HMS_BENCH_PG_URL:-}" ]; then
    hms_log "using the PostgreSQL server in HMS_BENCH_PG_URL (no throwaway cluster)"
elif [ "${HMS_BENCH_NO_PG:-}" = 1 ]; then
    hms_log "HMS_BENCH_NO_PG=1: no PostgreSQL server; SQLite only"
    unset HMS_TEST_PG_URL
else
    # A bulk load of a million rows: fewer checkpoints while COPY runs.
    HMS_PG_OPTS="${HMS_PG_OPTS:-} -c max_wal_size=4GB -c checkpoint_timeout=30min"
    hms_pg_start HMS_BENCH_PG_URL || {
        hms_log "bench: could not start a throwaway PostgreSQL cluster"
        hms_log "(set HMS_BENCH_PG_URL to an existing server, or HMS_BENCH_NO_PG=1 for SQLite only)"
        exit 1
    }
fi

QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$HMS_VENV/bin/python" -m tests.bench "$@"
