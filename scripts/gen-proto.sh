#!/usr/bin/env sh
# Regenerates proto/gen/ (TypeScript, ts-proto) from every .proto file under proto/.
# Needs protoc (3.x or later) on PATH and the ts-proto devDependency (npm ci). Run from anywhere:
#   sh scripts/gen-proto.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
plugin="$root/node_modules/.bin/protoc-gen-ts_proto"
if ! command -v protoc >/dev/null 2>&1; then
  echo "gen-proto: protoc not found; install protobuf-compiler (e.g. apt-get install protobuf-compiler)" >&2
  exit 1
fi
if [ ! -x "$plugin" ]; then
  echo "gen-proto: $plugin missing; run npm ci first" >&2
  exit 1
fi
cd "$root/proto"
files=$(find meshwork -name '*.proto' | LC_ALL=C sort)
rm -rf gen
mkdir -p gen
# Options: bigint for 64-bit ints (as cosmjs-types), .js import suffixes for NodeNext ESM, no gRPC
# service code (routing is ours), no exact types (callers pass plain objects). The header comment
# carries no tool versions so regenerating with another protoc does not churn the files.
protoc \
  --plugin="protoc-gen-ts_proto=$plugin" \
  --ts_proto_out=gen \
  --ts_proto_opt=esModuleInterop=true,forceLong=bigint,useExactTypes=false,importSuffix=.js,outputServices=none,outputClientImpl=false,annotateFilesWithVersion=false \
  -I . \
  $files
echo "gen-proto: wrote $(find gen -name '*.ts' | wc -l | tr -d ' ') file(s) under proto/gen/"
