#!/usr/bin/env bash
# Regenerates the hashes the guide's "our own words" test compares against, from the seed article that sits
# beside the repository (../shared/seeds/leg-cramps-article.txt). The repository keeps only the hashes, never
# the seed's sentences. With a file argument it prints the hashes of that file instead (to check the test's vector).
# Normalisation must match GuideTextIsOurOwnTests.Words: lower case, apostrophes dropped, split on [^a-z0-9]+,
# then every run of 12 words joined by one space, SHA-256, first 16 hex digits, sorted and unique.
set -euo pipefail
cd "$(dirname "$0")/../.."

seed="${1:-../shared/seeds/leg-cramps-article.txt}"
out="tests/Storefront.Web.Tests/Guides/leg-cramps-seed-runs.sha256"
[ -f "$seed" ] || { echo "No seed article at $seed: nothing to regenerate" >&2; exit 1; }

hashes() {
  python3 - "$1" <<'PY'
import hashlib, re, sys
text = open(sys.argv[1], encoding="utf-8").read().lower()
words = [w for w in re.split(r"[^a-z0-9]+", re.sub(r"['\u2019]", "", text)) if w]
runs = {" ".join(words[i:i + 12]) for i in range(len(words) - 11)}
print("\n".join(sorted(hashlib.sha256(r.encode()).hexdigest()[:16] for r in runs)))
PY
}

if [ $# -gt 0 ]; then
  hashes "$seed"
else
  hashes "$seed" > "$out"
  echo "Wrote $(wc -l < "$out") hashes to $out"
fi
