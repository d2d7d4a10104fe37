#!/usr/bin/env bash
# Lighthouse (12.x from npm, Debian's chromium) against a freshly started shop: accessibility, best practices and SEO
# (and performance, for information) of the public pages, on a phone and on a desktop, printed as a table.
# Not part of CI. Settings: PAGES (space-separated paths), LIGHTHOUSE_VERSION (12.2.3: 13 wants Node 22),
# REPORTS (where each page's JSON report is kept for a closer look with jq; default artifacts/lighthouse).
set -euo pipefail
cd "$(dirname "$0")/../.."
LIGHTHOUSE_VERSION=${LIGHTHOUSE_VERSION:-12.2.3}
PAGES=${PAGES:-"/ /shop /shop?style=knee-high /products/medical-knee-high-socks-20-30-mmhg /learn /learn/leg-cramps /learn/leg-cramps/finder?a=at-night&find=1 /cart"}
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
REPORTS=${REPORTS:-artifacts/lighthouse}
export CHROME_PATH

if [ ! -x "$CHROME_PATH" ]; then
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

work=$(mktemp -d); app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

echo "installing lighthouse@$LIGHTHOUSE_VERSION and publishing the shop ..." >&2
(cd "$work" && npm init -y >/dev/null && npm i -E --no-audit --no-fund "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null)
dotnet publish src/Storefront.Web -c Release --use-current-runtime --self-contained false -o "$work/app" -nologo -v quiet >/dev/null

mkdir -p "$REPORTS"; REPORTS=$(cd "$REPORTS" && pwd)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$url" Database__SqlitePath="$work/lighthouse.db" \
    Checkout__PublicBaseUrl="$url" Payments__Provider=Test Payments__AllowTestInProduction=true \
    Logging__LogLevel__Default=Warning dotnet "$work/app/Storefront.Web.dll" --contentRoot "$work/app" >"$work/app.log" 2>&1 &
app_pid=$!
until curl -sf -o /dev/null "$url/"; do sleep 0.2; done
# Without its wwwroot (a wrong content root) the shop still answers, unstyled, and every score is wrong.
curl -sf -o /dev/null "$url/css/site.css" || { echo "the shop does not serve /css/site.css: check the content root" >&2; exit 1; }

printf '| page | device | performance | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- | --- |\n'
for path in $PAGES; do
  for device in mobile desktop; do
    preset=(); [ "$device" = desktop ] && preset=(--preset=desktop)
    report="$REPORTS/$(printf '%s' "$path" | tr -c 'A-Za-z0-9-' '_')-$device.json"
    "$work/node_modules/.bin/lighthouse" "$url$path" "${preset[@]}" --quiet --output=json --output-path="$report" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 || { echo "| $path | $device | lighthouse failed | | | |"; continue; }
    node -e '
      const fs = require("fs");
      const r = require(process.argv[1]); const c = r.categories;
      const s = (k) => c[k] && c[k].score !== null ? Math.round(c[k].score * 100) : "–";
      // A page that asks not to be indexed (the cart, filtered listings, the finder results) fails is-crawlable by
      // design: say so, with the score of the other SEO audits beside it.
      let seo = s("seo");
      if (r.audits["is-crawlable"] && r.audits["is-crawlable"].score === 0) {
        const refs = c.seo.auditRefs.filter((x) => x.id !== "is-crawlable" && x.weight > 0 && r.audits[x.id].score !== null);
        const rest = refs.reduce((a, x) => a + x.weight * r.audits[x.id].score, 0) / refs.reduce((a, x) => a + x.weight, 0);
        seo = `${seo} (noindex; ${Math.round(rest * 100)} without is-crawlable)`;
      }
      console.log(`| ${process.argv[2]} | ${process.argv[3]} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${seo} |`);
      for (const k of ["accessibility", "best-practices", "seo"]) {
        for (const ref of c[k].auditRefs) {
          const audit = r.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
            const where = ((audit.details && audit.details.items) || []).slice(0, 3)
              .map((i) => (i.node && i.node.snippet) || i.description || i.url || "").filter(Boolean).join(" ; ");
            fs.appendFileSync(process.argv[4], `${process.argv[2]} (${process.argv[3]}): ${k} · ${ref.id} — ${audit.title}${where ? ": " + where : ""}\n`);
          }
        }
      }
    ' "$report" "$path" "$device" "$work/failing.txt"
  done
done

if [ -s "$work/failing.txt" ]; then
  printf '\nAudits below 100 (accessibility, best practices, SEO):\n'
  sort -u "$work/failing.txt"
fi
