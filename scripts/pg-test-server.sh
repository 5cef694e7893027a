#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store's tests, on 127.0.0.1 and a
# unix socket in its own data directory; nothing else on the machine is used.
#   scripts/pg-test-server.sh start   start it if needed; print its URL
#   scripts/pg-test-server.sh url     print the URL (does not start it)
#   scripts/pg-test-server.sh stop    stop it and delete its data
# Environment: ANNALIST_PG_DIR (default /tmp/annalist-pg), ANNALIST_PG_PORT
# (default 55432). The URL names database annalist_test, user annalist, no
# password (trust authentication on loopback only).
set -euo pipefail

dir="${ANNALIST_PG_DIR:-/tmp/annalist-pg}"
port="${ANNALIST_PG_PORT:-55432}"
url="postgresql://annalist@127.0.0.1:${port}/annalist_test"

find_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x "$d/pg_ctl" ]] && { echo "$d"; return 0; }
  done
  return 1
}

# The server refuses to run as root: run its tools as the postgres user then.
as_owner() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin
  if ! bin=$(find_bin); then
    if [[ $(id -u) == 0 ]]; then
      echo "pg-test-server: installing postgresql" >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        postgresql >/dev/null
      bin=$(find_bin)
    else
      echo "pg-test-server: postgresql is not installed (apt-get install postgresql)" >&2
      return 1
    fi
  fi
  mkdir -p "$dir"
  [[ $(id -u) == 0 ]] && chown postgres: "$dir"
  if as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    echo "$url"
    return 0
  fi
  if [[ ! -f "$dir/data/PG_VERSION" ]]; then
    as_owner "$bin/initdb" -D "$dir/data" -U annalist --auth=trust --locale=C -E UTF8 \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
  fi
  # fsync off: a test server trades durability for speed. 9>&-: the server
  # must not inherit (and hold forever) the start lock.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" \
    start >/dev/null 9>&- || { tail -20 "$dir/server.log" >&2; return 1; }
  if ! as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U annalist -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'annalist_test'" | grep -q 1; then
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U annalist annalist_test
  fi
  echo "$url"
}

stop() {
  local bin
  bin=$(find_bin) || return 0
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-start}" in
  start)
    # Tests run in parallel processes: let one of them start the server.
    mkdir -p "$(dirname "$dir")"
    exec 9>"$dir.lock"
    flock 9
    start
    ;;
  url) echo "$url" ;;
  stop) stop ;;
  *) echo "usage: $0 start|url|stop" >&2; exit 2 ;;
esac
