# Shared helpers for the bench scripts: publish, start and stop the site, read wrk figures.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RESULTS="$ROOT/bench/results"
SITE_BIN="$RESULTS/site/ModelCompare.Web"
mkdir -p "$RESULTS"
PIDS=()
# The runtime settings the Dockerfile gives the site (its ENV lines that start DOTNET_), so a bench runs the
# site as it is deployed: start_site and bench/export pass them, and bench/load gives its Kestrel baseline the same.
mapfile -t RUNTIME_ENV < <(grep -o 'DOTNET_[A-Za-z0-9_]*=[^ \\]*' "$ROOT/Dockerfile")
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
  env "${RUNTIME_ENV[@]}" ASPNETCORE_URLS="http://127.0.0.1:$port" ModelCompare__PublicOrigin="http://127.0.0.1:$port" \
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

# sitemap_paths BASE SITEMAP: the paths one of the running site's sitemaps lists, one a line (SITEMAP such as
# /sitemaps/compare-1.xml, /sitemaps/models.xml or /sitemaps/pages.xml). Reads the whole answer, so a caller
# that keeps only the first line never cuts curl off mid-stream (a broken pipe under pipefail).
sitemap_paths() { curl -s "$1$2" | grep -o '<loc>[^<]*' | sed 's/<loc>//; s#^[a-z]*://[^/]*##'; }

# pick_pages BASE: the example pages a bench measures, taken from the running site's sitemaps, so a data
# refresh that renames or drops a model never leaves a bench on a 404. Sets PAIR (the comparison sitemap's
# first pair), MODEL (its first model's profile), SLUG (that model's slug), PROVIDER and BENCHMARK (the
# first of each the pages sitemap lists, or the benchmarks hub's first link) and MODELS (the models sitemap's first three slugs, joined by
# commas, for the side-by-side page). A value already set in the environment is kept.
pick_pages() {
  local base=$1
  PAIR=${PAIR:-$(sitemap_paths "$base" /sitemaps/compare-1.xml | awk 'NR == 1')}
  [ -n "$PAIR" ] || { echo "no pair in $base/sitemaps/compare-1.xml" >&2; return 1; }
  SLUG=${PAIR#/compare/}; SLUG=${SLUG%%-vs-*}; SLUG=${SLUG%%\?*}
  MODEL=${MODEL:-/models/$SLUG}
  local pages; pages=$(sitemap_paths "$base" /sitemaps/pages.xml)
  PROVIDER=${PROVIDER:-$(awk '/^\/providers\/[^?]/ { print; exit }' <<<"$pages")}
  BENCHMARK=${BENCHMARK:-$(awk '/^\/benchmarks\/[^?]/ { print; exit }' <<<"$pages")}
  # A catalog whose leaderboards are all too small to index (a fixture) lists none: take the hub's first link.
  BENCHMARK=${BENCHMARK:-$(curl -s "$base/benchmarks" | grep -o 'href="/benchmarks/[^"?#]*"' | awk -F'"' 'NR == 1 { print $2 }')}
  MODELS=${MODELS:-$(sitemap_paths "$base" /sitemaps/models.xml | awk -F/ '/^\/models\/[^?]/ && n < 3 { printf "%s%s", (n++ ? "," : ""), $3 }')}
  [ -n "$PROVIDER" ] && [ -n "$BENCHMARK" ] && [ -n "$MODELS" ] || { echo "the sitemaps of $base list no provider, benchmark or model" >&2; return 1; }
}

# maker_route DATA: the route file (DATA/routes/{maker}/{model}.yaml) of the model with the most routes that
# its maker sells itself, so an edit to it changes the list price every page of that model shows.
maker_route() {
  (cd "$1" && ls models/*/*.md routes/*/*.yaml | awk -F/ '
    $1 == "models" { s = $3; sub(/\.md$/, "", s); model[$2 "/" s] = 1; next }
    { s = $3; sub(/\.yaml$/, "", s); routes[s]++; own[$2 "/" s] = $0 }
    END {
      for (k in own) {
        split(k, a, "/")
        if ((k in model) && (routes[a[2]] > best || (routes[a[2]] == best && own[k] < pick))) { best = routes[a[2]]; pick = own[k] }
      }
      if (pick != "") print ENVIRON["PWD"] "/" pick
    }')
}
