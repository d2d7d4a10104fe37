#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine: installs what the tests need (Chromium for the browser
# tests, docker-compose to validate docker-compose.yml), builds once with warnings as errors, runs every
# test project and ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."

need=()
# The browser tests launch CHROMIUM_PATH (default Debian's /usr/bin/chromium); install that one when it is missing.
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null \
    || { echo "Could not install ${need[*]}"; exit 1; }
fi

results=artifacts/test-results
rm -rf "$results" && mkdir -p "$results"
dotnet tool restore >/dev/null || exit 1
dotnet build Storefront.sln -c Release -nologo -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }

# One test project at a time (-m:1): on a 2-core machine the browser tests would otherwise share the CPU with
# hundreds of web tests and wait on a starved server.
dotnet test Storefront.sln -c Release --no-build -nologo -m:1 \
  --logger "trx" --results-directory "$results" 2>&1 | tee "$results/console.log"
status=${PIPESTATUS[0]}

# Each test project prints "Passed!  - Failed: F, Passed: P, ..." (or "Failed!  - ..."); add them up.
read -r passed failed < <(grep -E '^(Passed|Failed)! +- Failed:' "$results/console.log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+).*/\2 \1/' \
  | awk '{p += $1; f += $2} END {print p + 0, f + 0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit "$status"
