#!/usr/bin/env bash
# Runs every test: installs Azurite from the lockfile, starts it in memory on 127.0.0.1:10100-10102,
# runs `dotnet test`, stops Azurite, and prints one closing line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund --loglevel=error
# The snapshot report test renders the report in Debian's headless Chromium.
command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }
base=10100
bash scripts/azurite.sh memory "$base"
pidfile=".azurite/azurite-$base.pid"
trap '[ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null; rm -f "$pidfile"' EXIT

export RF_TEST_STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$base/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$((base + 1))/devstoreaccount1;TableEndpoint=http://127.0.0.1:$((base + 2))/devstoreaccount1;"

log="$(mktemp)"
status=0
dotnet test RelationshipFunctions.sln --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?

total() { grep -Eo "$1: +[0-9]+" "$log" | awk '{ sum += $2 } END { print sum + 0 }'; }
echo "$(total Passed) passed, $(total Failed) failed, $(total Skipped) skipped"
rm -f "$log"
exit "$status"
