# shellcheck shell=bash
# A throwaway PostgreSQL cluster for scripts/test.sh and scripts/bench.sh. Sourced after common.sh.
#
#   hms_pg_start VAR   initdb + pg_ctl start on a free 127.0.0.1 port (fsync off, trust auth), then
#                      export VAR="postgresql+psycopg://postgres@127.0.0.1:PORT/postgres" (also set, unexported, in HMS_PG_URL)
#   hms_pg_stop        stop the server (fast, then immediate) and remove the cluster folder; safe to
#                      call more than once and when nothing was started (call it from an EXIT trap)
#
# As root the cluster belongs to the 'postgres' user (initdb refuses root) and the server binaries run
# through runuser/su. The server binaries are the newest /usr/lib/postgresql/*/bin, else pg_ctl on PATH.
# Extra server settings: HMS_PG_OPTS (e.g. "-c max_wal_size=2GB").

HMS_PG_ROOT=""
HMS_PG_BIN=""
HMS_PG_STARTED=0
HMS_PG_URL=""

hms_as_pg() { # run a PostgreSQL server binary as the user that owns the cluster
    if hms_is_root; then
        if hms_have runuser; then
            (cd "$HMS_PG_ROOT" && runuser -u postgres -- "$@")
        else
            (cd "$HMS_PG_ROOT" && su postgres -s /bin/sh -c "$(printf '%q ' "$@")")
        fi
    else
        (cd "$HMS_PG_ROOT" && "$@")
    fi
}

hms_pg_start() { # VAR: the environment variable to export the URL in
    local var="${1:-HMS_PG_URL}"
    HMS_PG_BIN="$(find /usr/lib/postgresql/*/bin -maxdepth 0 -type d 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$HMS_PG_BIN" ] && hms_have pg_ctl; then HMS_PG_BIN="$(dirname "$(command -v pg_ctl)")"; fi
    if [ -z "$HMS_PG_BIN" ] || [ ! -x "$HMS_PG_BIN/initdb" ]; then
        hms_log "no PostgreSQL server binaries (looked in /usr/lib/postgresql/*/bin and PATH);"
        hms_log "install them (sudo apt-get install -y postgresql), or set $var to an existing server"
        return 1
    fi
    if hms_is_root; then
        id postgres >/dev/null 2>&1 || { hms_log "running as root but there is no 'postgres' user"; return 1; }
        HMS_PG_ROOT="$(mktemp -d /tmp/hms-pg.XXXXXX)" || return 1
        chown postgres: "$HMS_PG_ROOT"
    else
        HMS_PG_ROOT="$(mktemp -d "${TMPDIR:-/tmp}/hms-pg.XXXXXX")" || return 1
    fi
    local log="$HMS_PG_ROOT/initdb.log"
    if ! hms_as_pg "$HMS_PG_BIN/initdb" -D "$HMS_PG_ROOT/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$log" 2>&1; then
        # C.UTF-8 is missing on some non-Debian systems.
        rm -rf "$HMS_PG_ROOT/data"
        hms_as_pg "$HMS_PG_BIN/initdb" -D "$HMS_PG_ROOT/data" -U postgres -A trust -E UTF8 --locale=C --no-sync \
            >"$log" 2>&1 || { cat "$log" >&2; return 1; }
    fi
    local try port
    for try in 1 2 3; do
        port="$("$HMS_VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
        if hms_as_pg "$HMS_PG_BIN/pg_ctl" -D "$HMS_PG_ROOT/data" -l "$HMS_PG_ROOT/server.log" -w -t 60 \
            -o "-p $port -k $HMS_PG_ROOT -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 ${HMS_PG_OPTS:-}" \
            start >/dev/null 2>&1; then
            HMS_PG_STARTED=1
            HMS_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
            export "$var=$HMS_PG_URL"
            hms_log "PostgreSQL $("$HMS_PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (cluster in $HMS_PG_ROOT)"
            return 0
        fi
        hms_log "PostgreSQL did not start on port $port (attempt $try)"
        tail -n 5 "$HMS_PG_ROOT/server.log" >&2 2>/dev/null
    done
    return 1
}

hms_pg_stop() {
    if [ "$HMS_PG_STARTED" = 1 ]; then
        hms_as_pg "$HMS_PG_BIN/pg_ctl" -D "$HMS_PG_ROOT/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
            hms_as_pg "$HMS_PG_BIN/pg_ctl" -D "$HMS_PG_ROOT/data" -m immediate stop >/dev/null 2>&1 ||
            hms_log "could not stop the PostgreSQL cluster in $HMS_PG_ROOT"
        HMS_PG_STARTED=0
    fi
    [ -n "$HMS_PG_ROOT" ] && rm -rf "$HMS_PG_ROOT"
    HMS_PG_ROOT=""
    return 0
}
