#!/usr/bin/env bash
# The main job on a fresh machine: installs Azurite, starts it on loopback (data kept in .azurite/),
# imports the CDNOW purchase log, rescores as of 1998-06-30, prints the tier distribution and the
# top customers, and leaves the snapshot in Azurite. Extra arguments go to `rf demo`.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund --loglevel=error
bash scripts/azurite.sh persistent 10000
dotnet run --project src/RelationshipFunctions.Runner -- demo "$@"
echo
echo "Azurite keeps running (data in .azurite/). Stop it with: kill \$(cat .azurite/azurite-10000.pid)"
