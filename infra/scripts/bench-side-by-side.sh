#!/usr/bin/env bash
# Two builds of the shop under the purchase load at the same time, so both meet the same machine (see bench/README.md).
# usage: infra/scripts/bench-side-by-side.sh REF_A REF_B   (any git commit-ish; the same ref twice shows the noise)
# Each build is published from its own worktree and started in Production on a fresh SQLite file; SHOPPERS (16) shoppers
# load each one, both warm up together for WARM_UP (150) s, then ROUNDS (4) rounds of ROUND_SECONDS (10) s each print
# both builds' app CPU per order and the ratio B/A. The invariants are checked for both at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
source infra/scripts/bench-shop-env.sh
[ $# -eq 2 ] || { echo "usage: $0 REF_A REF_B" >&2; exit 2; }
SHOPPERS=${SHOPPERS:-16}; WARM_UP=${WARM_UP:-150}; ROUNDS=${ROUNDS:-4}; ROUND_SECONDS=${ROUND_SECONDS:-10}

work=$(mktemp -d); pids=(); trees=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true
  for tree in "${trees[@]}"; do git worktree remove --force "$tree" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

dotnet build bench/Storefront.Bench -c Release -o "$work/bench" -nologo -v quiet >/dev/null
bench() { dotnet "$work/bench/Storefront.Bench.dll" "$@"; }

declare -A url pid
start() { # $1: a or b; starts that build on its database
  local side=$1
  bench_shop_env "${url[$side]}" "$work/$side.db" "$work/emails-$side"
  env "${SHOP_ENV[@]}" dotnet "$work/app-$side/Storefront.Web.dll" --contentRoot "$work/app-$side" >"$work/$side.log" 2>&1 &
  pid[$side]=$!; pids+=("${pid[$side]}")
  until curl -sf -o /dev/null "${url[$side]}/"; do sleep 0.1; done
}

for side in a b; do
  ref=$1; [ "$side" = b ] && ref=$2
  git worktree add --detach -q "$work/src-$side" "$ref"; trees+=("$work/src-$side")
  echo "$side: $ref ($(git -C "$work/src-$side" log -1 --format='%h %s' | cut -c1-90))"
  dotnet publish "$work/src-$side/src/Storefront.Web" -c Release --use-current-runtime --self-contained false \
    -o "$work/app-$side" -nologo -v quiet >/dev/null
  port=$(free_port); url[$side]="http://127.0.0.1:$port"
  start "$side"; kill "${pid[$side]}"; wait "${pid[$side]}" 2>/dev/null || true # migrated and seeded
  bench prepare "$work/$side.db" 100000 "$work/stock-$side.json" >/dev/null
  start "$side"
done

both() { # $1: seconds, $2: file suffix; runs the load on both builds at once
  # Started directly, not through bench(): a function in the background is a subshell, which a kill would not stop.
  dotnet "$work/bench/Storefront.Bench.dll" purchase "${url[a]}" "$SHOPPERS" 0 "$1" 1 "$work/stock-a.json" "$work/confirmed-a-$2.txt" "${pid[a]}" >"$work/out-a.txt" &
  local load_a=$!; pids+=("$load_a")
  bench purchase "${url[b]}" "$SHOPPERS" 0 "$1" 1 "$work/stock-b.json" "$work/confirmed-b-$2.txt" "${pid[b]}" >"$work/out-b.txt"
  wait "$load_a"
}
both "$WARM_UP" warm-up
echo "round | A orders | A ms CPU/order | B orders | B ms CPU/order | B/A"
for round in $(seq "$ROUNDS"); do
  before_a=$(cpu_ticks "${pid[a]}"); before_b=$(cpu_ticks "${pid[b]}")
  both "$ROUND_SECONDS" "$round"
  ticks_a=$(($(cpu_ticks "${pid[a]}") - before_a)); ticks_b=$(($(cpu_ticks "${pid[b]}") - before_b))
  orders_a=$(wc -l <"$work/confirmed-a-$round.txt"); orders_b=$(wc -l <"$work/confirmed-b-$round.txt")
  grep -h 'failed x' "$work/out-a.txt" "$work/out-b.txt" || true
  python3 -c "import sys; hz, ta, na, tb, nb = map(int, sys.argv[1:]); a = 1000 * ta / hz / na; b = 1000 * tb / hz / nb; print(f'{$round:5} | {na:8} | {a:14.2f} | {nb:8} | {b:14.2f} | {b / a:.3f}')" \
    "$(getconf CLK_TCK)" "$ticks_a" "$orders_a" "$ticks_b" "$orders_b"
done
echo "RSS: A $(awk '/VmRSS/ {print $2/1024 " MB"}' "/proc/${pid[a]}/status"), B $(awk '/VmRSS/ {print $2/1024 " MB"}' "/proc/${pid[b]}/status")"
for side in a b; do
  kill "${pid[$side]}"; wait "${pid[$side]}" 2>/dev/null || true
  cat "$work"/confirmed-"$side"-*.txt >"$work/confirmed-$side.txt"
  echo "$side: $(bench invariants "$work/$side.db" "$work/stock-$side.json" "$work/confirmed-$side.txt")"
done
