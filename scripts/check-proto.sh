#!/usr/bin/env bash
# Fails when proto/gen is not what proto/framefleet/**/*.proto generates (someone edited a .proto
# without running `npm run proto`, or edited generated code by hand).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bash scripts/gen-proto.sh "$tmp" >/dev/null
for f in framefleet.js framefleet.d.ts; do
  if ! cmp -s "$tmp/$f" "proto/gen/$f"; then
    echo "proto/gen/$f is out of date: run npm run proto and commit the result" >&2
    exit 1
  fi
done
echo "proto/gen is up to date"
