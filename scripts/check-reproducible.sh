#!/usr/bin/env bash
# Builds the site twice from the same commit into two temporary folders and compares them byte
# for byte: the same input must give the same dist/ (caches, clocks and hash seeds must not leak
# into the output). Exits 1 and lists the differing files otherwise. Usage: bash scripts/check-reproducible.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

npm run --silent generate >/dev/null
for n in 1 2; do
  # A fresh Astro cache each time, so the second build cannot simply reuse the first one's work.
  SOURCEBOOK_CACHE_DIR="$work/cache$n" npx astro build --outDir "$work/dist$n" >/dev/null
  npx tsx scripts/index-search.ts --site "$work/dist$n" >/dev/null
done

if diff -r "$work/dist1" "$work/dist2" >"$work/diff.txt"; then
  echo "check-reproducible: two builds gave identical output ($(find "$work/dist1" -type f | wc -l) files)"
else
  echo "check-reproducible: the two builds differ:" >&2
  grep -E '^(Only in|Binary files|diff )' "$work/diff.txt" | head -50 >&2
  exit 1
fi
