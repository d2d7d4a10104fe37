#!/usr/bin/env bash
# The shop against a same-bytes ceiling, on this machine, in one run (see bench/README.md).
# Publishes the app, starts it in Production on a fresh SQLite file, captures each page's bytes, serves them from a
# minimal Kestrel app, and alternates wrk rounds between the two; then the same with the page cache off, the query
# count per page, the purchase load with its invariant check, RSS under load and the seconds to the first page.
# Settings: ROUNDS (3), ROUND_SECONDS (5; not SECONDS, which bash keeps for itself), CONNECTIONS (32), SHOPPERS (32), PURCHASE_SECONDS (15),
# PURCHASE_ROUNDS (3: measured purchase runs, each printed, then their median),
# WARM_UP (20: seconds of load on a page or on cart adds before they are measured), PURCHASE_WARM_UP (90: the same for
# the purchase path), PHASES (pages,queries,purchase,add: any of
# them, comma-separated).
set -euo pipefail
cd "$(dirname "$0")/../.."
source infra/scripts/bench-shop-env.sh
ROUNDS=${ROUNDS:-3}; SECONDS_PER_ROUND=${ROUND_SECONDS:-5}; CONNECTIONS=${CONNECTIONS:-32}
PHASES=${PHASES:-pages,queries,purchase,add}
wants() { [[ ",$PHASES," == *",$1,"* ]]; }
SHOPPERS=${SHOPPERS:-32}; PURCHASE_SECONDS=${PURCHASE_SECONDS:-15}; PURCHASE_ROUNDS=${PURCHASE_ROUNDS:-3}; WARM_UP=${WARM_UP:-20}
PURCHASE_WARM_UP=${PURCHASE_WARM_UP:-90}

if ! command -v wrk >/dev/null; then
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq wrk >/dev/null
fi

work=$(mktemp -d); pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

echo "publishing ..."
dotnet publish src/Storefront.Web -c Release --use-current-runtime --self-contained false -o "$work/app" -nologo -v quiet >/dev/null
dotnet build bench/Storefront.Bench -c Release -o "$work/bench" -nologo -v quiet >/dev/null
bench() { dotnet "$work/bench/Storefront.Bench.dll" "$@"; }

app_pid=""
start_app() { # $1: extra env (space-separated K=V), db file $2
  local port; port=$(free_port); app_url="http://127.0.0.1:$port"
  local started; started=$(date +%s.%N)
  bench_shop_env "$app_url" "$2" "$work/emails"
  env "${SHOP_ENV[@]}" $1 dotnet "$work/app/Storefront.Web.dll" --contentRoot "$work/app" >"$work/app.log" 2>&1 &
  app_pid=$!; pids+=("$app_pid")
  until curl -sf -o /dev/null "$app_url/"; do sleep 0.05; done
  first_page=$(echo "$(date +%s.%N) - $started" | bc)
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)

product=/products/ankle-compression-socks-black-white
pages=("/" "/shop" "$product" "/learn/leg-cramps")

warm_up() { # tiered JIT, caches and connection pools settle before anything is measured
  for page in "${pages[@]}"; do wrk -t2 -c"$CONNECTIONS" -d5s "$app_url$page" >/dev/null; done
}

run_rounds() { # $1: label; prints one line per page and cart state
  local label=$1
  warm_up
  for cart in "-" "2"; do
    for page in "${pages[@]}"; do
      local header=(); [ "$cart" = "-" ] || header=(-H "Cookie: storefront_cart_count=$cart")
      local shop_rps=() base_rps=() p50="" p99="" ticks=0 requests=0
      for _ in $(seq "$ROUNDS"); do
        local before; before=$(cpu_ticks "$app_pid")
        local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_ROUND}s" --latency "${header[@]}" "$app_url$page")
        ticks=$((ticks + $(cpu_ticks "$app_pid") - before))
        requests=$((requests + $(echo "$out" | awk '/requests in/ {print $1}')))
        shop_rps+=("$(echo "$out" | awk '/Requests\/sec/ {print $2}')")
        p50=$(echo "$out" | awk '$1=="50%" {print $2}'); p99=$(echo "$out" | awk '$1=="99%" {print $2}')
        out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_ROUND}s" "${header[@]}" "$base_url$page")
        base_rps+=("$(echo "$out" | awk '/Requests\/sec/ {print $2}')")
      done
      local shop base; shop=$(printf '%s\n' "${shop_rps[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
      base=$(printf '%s\n' "${base_rps[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
      printf "| %-7s | %-44s | %-4s | %9.0f | %9.0f | %5.1f%% | %8s | %8s | %6.3f |\n" "$label" "$page" "$cart" "$shop" "$base" \
        "$(echo "100 * $shop / $base" | bc -l)" "$p50" "$p99" "$(echo "1000 * $ticks / $hz / $requests" | bc -l)"
    done
  done
}

capture() { # the bytes the shop answers, for the same-bytes server
  : >"$work/manifest"
  local i=0
  for cart in "-" "2"; do
    for page in "${pages[@]}"; do
      i=$((i + 1))
      local header=(); [ "$cart" = "-" ] || header=(-H "Cookie: storefront_cart_count=$cart")
      local type; type=$(curl -s -o "$work/page$i" -w '%{content_type}' "${header[@]}" "$app_url$page")
      printf '%s\t%s\t%s\t%s\n' "$page" "$work/page$i" "$type" "$cart" >>"$work/manifest"
    done
  done
}

count_queries() { # $1: extra env; prints queries per request for each page
  start_app "$1 Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information" "$work/queries.db"
  for page in "${pages[@]}"; do curl -s -o /dev/null "$app_url$page"; done
  for page in "${pages[@]}"; do
    local before; before=$(grep -c 'Executed DbCommand' "$work/app.log" || true)
    for _ in $(seq 20); do curl -s -o /dev/null "$app_url$page"; done
    local after; after=$(grep -c 'Executed DbCommand' "$work/app.log" || true)
    printf "  %-44s %5.2f queries per request\n" "$page" "$(echo "($after - $before) / 20" | bc -l)"
  done
  stop_app
}

if wants pages; then
start_app "" "$work/shop.db"
echo "first page ${first_page}s after start (published app, fresh database)"
capture
base_port=$(free_port); base_url="http://127.0.0.1:$base_port"
# Started directly, not through the bench() function: a function in the background is a subshell, and killing it
# would leave the server running after the script.
dotnet "$work/bench/Storefront.Bench.dll" serve "$work/manifest" "$base_url" & pids+=($!)
until curl -sf -o /dev/null "$base_url/"; do sleep 0.05; done

echo
echo "wrk -t2 -c$CONNECTIONS, $ROUNDS alternating rounds of ${SECONDS_PER_ROUND}s, medians; cart: value of the cart-count cookie"
echo "| cache   | page                                         | cart |  shop r/s |  same r/s | share  |  p50     |  p99     | CPU ms/req |"
echo "|---------|----------------------------------------------|------|-----------|-----------|--------|----------|----------|--------|"
run_rounds "on"
echo "RSS under load: $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$app_pid/status) (peak $(awk '/VmHWM/ {print $2/1024 " MB"}' /proc/$app_pid/status))"
stop_app
start_app "OutputCache__Enabled=false" "$work/shop.db"
run_rounds "off"
stop_app
fi

if wants queries; then
echo
echo "queries per request, page cache on:"; count_queries ""
echo "queries per request, page cache off:"; count_queries "OutputCache__Enabled=false"
fi

echo
start_app "" "$work/purchase.db"
stop_app
bench prepare "$work/purchase.db" 100000 "$work/stock.json"
if wants purchase; then
start_app "" "$work/purchase.db"
# The tiered JIT compiles for most of the first minute of purchase load on 2 cores; a running shop is past that, and
# rounds measured during it read low. One client process warms up and then measures every round, so its own JIT is
# done by then too.
bench purchase "$app_url" "$SHOPPERS" "$PURCHASE_WARM_UP" "$PURCHASE_SECONDS" "$PURCHASE_ROUNDS" "$work/stock.json" "$work/confirmed.txt" "$app_pid"
stop_app
bench invariants "$work/purchase.db" "$work/stock.json" "$work/confirmed.txt"
fi

if wants add; then
echo
echo "POST /cart/add (new cart each time), wrk -t2 -c$CONNECTIONS ${SECONDS_PER_ROUND}s:"
start_app "" "$work/purchase.db"
variant=$(python3 -c 'import json,sys; print(next(iter(json.load(open(sys.argv[1])))))' "$work/stock.json")
cat >"$work/add.lua" <<LUA
wrk.method = "POST"
wrk.body = "VariantId=$variant&Quantity=1"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Sec-Fetch-Site"] = "same-origin"
LUA
wrk -t2 -c"$CONNECTIONS" -d"${WARM_UP}s" -s "$work/add.lua" "$app_url/cart/add" >/dev/null
before=$(cpu_ticks "$app_pid")
out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_ROUND}s" --latency -s "$work/add.lua" "$app_url/cart/add")
requests=$(echo "$out" | awk '/requests in/ {print $1}')
[ "${requests:-0}" -gt 0 ] || { echo "$out"; exit 1; }
echo "  $(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s, p50 $(echo "$out" | awk '$1=="50%" {print $2}'), p99 $(echo "$out" | awk '$1=="99%" {print $2}'), CPU $(echo "1000 * ($(cpu_ticks "$app_pid") - $before) / $hz / $requests" | bc -l | xargs printf '%.2f') ms/req, not 303: $(echo "$out" | awk '/Non-2xx/ {print $5}' | grep . || echo 0)"
stop_app
fi
