#!/usr/bin/env bash
# Load test of `annalist serve` on loopback: wrk runs event queries (a mix of
# filters and pages) for 10 s against a store of 1 million synthetic events,
# built once into build/load/ and reused: 70,000 events written through
# Store::Ingest by tools/synthetic_store.cpp, then replicated 15x in SQL into
# distinct event rows (same indexes; the copies share their first mention),
# since ingesting 1M through the Store takes far longer than a check may. Prints
# requests/s and the server's peak RSS; fails when requests/s is below
# eval/floors/server-rps. $1 (the shared folder) is not needed.
set -euo pipefail
cd "$(dirname "$0")/../.."
events=${SERVER_LOAD_EVENTS:-1000000}
db=build/load/events-$events.db
mkdir -p build/load
if [[ ! -f $db.done ]]; then
  rm -f "$db" "$db"-wal "$db"-shm
  echo "server-load: building a store of $events events (once)..."
  base_events=$(( events < 70000 ? events : 70000 ))
  ./build/synthetic_store --db "$db" --events "$base_events"
  copies=$(( (events + base_events - 1) / base_events - 1 ))
  if ((copies > 0)); then
    cols=$(sqlite3 "$db" "SELECT group_concat(name, ',') FROM pragma_table_info('events')
                          WHERE name NOT IN ('id', 'key')")
    # Copy k of event i is event i + k * max(id), so its index entries
    # (event_terms) are the original's shifted the same way, and the
    # store-wide totals (event_rollups) simply multiply.
    sqlite3 "$db" "BEGIN; CREATE TEMP TABLE copy AS WITH RECURSIVE c(k) AS (SELECT 1 UNION ALL
      SELECT k + 1 FROM c WHERE k < $copies) SELECT k, k * (SELECT MAX(id) FROM events) AS shift
      FROM c; INSERT INTO events (id, key, $cols)
      SELECT e.id + copy.shift, e.key || '#' || copy.k,
      $(echo "$cols" | sed 's/\([a-z_0-9]*\)/e.\1/g') FROM events e, copy;
      INSERT INTO event_terms SELECT t.term, t.day, t.event_id + copy.shift FROM event_terms t, copy;
      UPDATE event_rollups SET events = events * ($copies + 1), mentions = mentions * ($copies + 1),
      goldstein_milli = goldstein_milli * ($copies + 1); COMMIT;"
  fi
  touch "$db.done"
fi
./build/annalist serve --db "$db" --port 0 --static web/dist 2>build/load/serve.log &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  port=$(sed -n 's/.*listening on http:\/\/127.0.0.1:\([0-9]*\).*/\1/p' build/load/serve.log)
  [[ -n $port ]] && break
  sleep 0.1
done
[[ -n ${port:-} ]] || { cat build/load/serve.log; exit 1; }
base=http://127.0.0.1:$port
curl -sf "$base/api/events?limit=1" >/dev/null
wrk -t2 -c16 -d10s --latency -s eval/checks/server-load.lua "$base" >build/load/wrk.txt
rss_kb=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
# Queries map the store file: its pages count as resident but are the
# kernel's page cache, shared and reclaimable; the server's own memory is
# the anonymous part.
anon_kb=$(awk '/RssAnon/ {print $2}' /proc/$pid/status)
file_kb=$(awk '/RssFile/ {print $2}' /proc/$pid/status)
cat build/load/wrk.txt | grep -E "Latency|Requests/sec|requests in|Non-2xx|50%|99%"
rps=$(awk '/Requests\/sec/ {print int($2)}' build/load/wrk.txt)
floor=$(cat eval/floors/server-rps)
echo "server-load: $rps requests/s (floor $floor), server peak RSS $((rss_kb / 1024)) MiB" \
  "(at the end $((anon_kb / 1024)) MiB its own, $((file_kb / 1024)) MiB of mapped files), $events events"
if grep -q "Non-2xx" build/load/wrk.txt; then echo "server-load: some requests failed"; exit 1; fi
if ((rps < floor)); then echo "0 passed, 1 failed"; exit 1; fi
echo "1 passed, 0 failed"
