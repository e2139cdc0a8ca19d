# Shared helpers for the bench scripts: publish, start and stop the site, read wrk figures.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RESULTS="$ROOT/bench/results"
SITE_BIN="$RESULTS/site/ModelCompare.Web"
mkdir -p "$RESULTS"
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null && continue
    echo "Installing $tool..." >&2
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq "$tool" >/dev/null
    else sudo apt-get update -qq && sudo apt-get install -y -qq "$tool" >/dev/null; fi
  done
}

publish_site() {
  echo "Publishing the site (Release)..." >&2
  # This machine's runtime only, self-contained and ReadyToRun-composite as the Dockerfile publishes
  # (see ModelCompare.Web.csproj); run it as $SITE_BIN.
  rm -rf "$RESULTS/site"
  dotnet publish "$ROOT/src/ModelCompare.Web" -c Release --use-current-runtime -o "$RESULTS/site" -v q -nologo >/dev/null
}

# start_site PORT [extra env...]: starts the published site on 127.0.0.1:PORT, sets SITE_PID.
start_site() {
  local port=$1; shift
  env ASPNETCORE_URLS="http://127.0.0.1:$port" ModelCompare__PublicOrigin="http://127.0.0.1:$port" \
    'Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning' "$@" \
    "$SITE_BIN" >"$RESULTS/site-$port.log" 2>&1 &
  SITE_PID=$!
  PIDS+=("$SITE_PID")
}

# wait_for URL [seconds]: polls until URL answers 200.
wait_for() {
  local deadline=$((SECONDS + ${2:-60}))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ]; do
    [ $SECONDS -lt $deadline ] || { echo "$1 did not answer 200" >&2; return 1; }
    sleep 0.02
  done
}

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

# wrk_figures URL [wrk options...]: prints "requests/s p50_ms p99_ms socket_errors non2xx".
wrk_figures() {
  local out url=$1; shift
  out=$(wrk -t2 -c"${CONNECTIONS:-64}" -d"${DURATION:-10s}" --latency "$@" "$url")
  local rps p50 p99 errs non
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errs=$(awk '/Socket errors/ {print $0}' <<<"$out")
  non=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  echo "$rps $(to_ms "$p50") $(to_ms "$p99") ${errs:-none} ${non:-0}"
}

to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v/1000; else if (v ~ /ms$/) printf "%.2f", v+0; else if (v ~ /s$/) printf "%.2f", v*1000; else print v }'; }
