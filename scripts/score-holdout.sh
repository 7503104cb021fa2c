#!/usr/bin/env bash
# Measures the pipeline on the blind held-out articles (tests/holdout/), as a contributor would
# add them: add-source infers the frontmatter, generate extracts, the shared scorer compares.
# The held-out set is for measuring only; never tune a rule to it.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/content/articles"
cp content/topic.yaml "$work/content/"
for f in tests/holdout/articles/*.txt; do
  tsx scripts/add-source.ts "$f" --out-dir "$work/content/articles" --slug "$(basename "$f" .txt)" >/dev/null
done
tsx scripts/generate.ts --content "$work/content" --data-out "$work/data" --data-only >/dev/null
node ../shared/eval/score.mjs --data "$work/data" --gold tests/holdout/gold --articles tests/holdout/articles "$@"
