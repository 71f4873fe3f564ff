#!/usr/bin/env bash
# The main job on a fresh machine: installs Azurite, starts it on loopback (data kept in .azurite/),
# imports the CDNOW purchase log, rescores as of 1998-06-30, prints the tier distribution and the
# top customers, and leaves the snapshot in Azurite. Extra arguments go to `rf demo`.
set -euo pipefail
cd "$(dirname "$0")/.."

# Install Azurite from the lockfile unless this exact install is already there (a rerun must not wipe
# node_modules under an Azurite that is still running from it).
if [ ! -x node_modules/.bin/azurite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
bash scripts/azurite.sh persistent 10000
dotnet run --project src/RelationshipFunctions.Runner -- demo "$@"
echo
echo "Azurite keeps running (data in .azurite/). Stop it with: kill \$(cat .azurite/azurite-10000.pid)"
