#!/usr/bin/env bash
# Regenerates proto/gen from proto/framefleet/**/*.proto with protobufjs (static code + types).
# The output is committed so that the build works offline; `npm run proto:check` fails when
# it is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-proto/gen}
mkdir -p "$out"
mapfile -t files < <(find proto/framefleet -name '*.proto' | sort)
# --force-number: 64-bit fields hold millisecond times, MiB and seeds, all far below 2^53,
# so plain numbers beat Long objects everywhere in the code.
# --no-service: gRPC services are bound by services/common/src/grpc with @grpc/grpc-js.
npx --no-install pbjs --target static-module --wrap commonjs --path proto \
  --force-number --no-service --no-verify=false \
  --out "$out/framefleet.js" "${files[@]}"
npx --no-install pbts --no-comments=false --out "$out/framefleet.d.ts" "$out/framefleet.js"
echo "generated $out/framefleet.js and $out/framefleet.d.ts from ${#files[@]} .proto files"
node scripts/tighten-proto-types.mjs "$out/framefleet.d.ts"
