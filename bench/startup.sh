#!/usr/bin/env bash
# Measures the figures the foundation is judged by, on this machine:
#   - time from `agoral serve` to the first answered request (fresh data
#     folder: migrations, reference data and the first administrator
#     included; and a second start on the same folder);
#   - resident memory of the idle server, and after 2,000 page requests.
# Usage: bench/startup.sh [path/to/agoral]   (default: builds the release binary)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
  cargo build --release -p agoral-web --quiet
  bin=target/release/agoral
fi
bin=$(realpath "$bin")
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
port=$((20000 + RANDOM % 20000))

now_ms() { date +%s%3N; }

start_and_wait() {
  local started
  started=$(now_ms)
  cd "$work"
  AGORAL_LOG=warn "$bin" serve --demo --listen "127.0.0.1:$port" > "$work/out.log" 2>&1 &
  pid=$!
  cd - > /dev/null
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null; do sleep 0.005; done
  first=$(( $(now_ms) - started ))
  curl -fsS -o /dev/null "http://127.0.0.1:$port/"
  page=$(( $(now_ms) - started ))
}

start_and_wait
echo "first start (empty folder):  first answer ${first} ms, first home page ${page} ms"
sleep 2
rss_idle=$(ps -o rss= -p "$pid")
for _ in $(seq 1 2000); do printf 'url = "http://127.0.0.1:%s/"\noutput = "/dev/null"\n' "$port"; done > "$work/urls"
curl -fsS -K "$work/urls" --parallel --parallel-max 8 --no-progress-meter || true
sleep 1
rss_busy=$(ps -o rss= -p "$pid")
kill "$pid"; wait "$pid" 2>/dev/null || true
start_and_wait
echo "second start (same folder):  first answer ${first} ms, first home page ${page} ms"
kill "$pid"; wait "$pid" 2>/dev/null || true
echo "resident memory: idle $((rss_idle / 1024)) MiB, after 2000 home pages $((rss_busy / 1024)) MiB"
