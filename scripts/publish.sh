#!/usr/bin/env bash
# The deployment build: the complete Functions artifact (worker, functions.metadata, worker.config.json,
# .azurefunctions/ host extensions and extensions.json) in artifacts/publish/. azd runs the same
# `dotnet publish -c Release`. It needs a package feed that serves the host-side extension packages
# (nuget.org does); feeds that mirror only the worker packages fail at the WorkerExtensions restore.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet publish src/RelationshipFunctions.Functions -c Release -o artifacts/publish "$@"
ls artifacts/publish/.azurefunctions >/dev/null
test -f artifacts/publish/extensions.json
test -f artifacts/publish/functions.metadata
echo "Published the complete Functions artifact to artifacts/publish/"
