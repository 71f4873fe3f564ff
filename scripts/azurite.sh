#!/usr/bin/env bash
# Starts the pinned Azurite on 127.0.0.1 in the background unless something already answers on its table port.
#   scripts/azurite.sh persistent   keeps data in .azurite/ (the demo leaves its snapshot there)
#   scripts/azurite.sh memory PORT  in-memory, blob/queue/table on PORT, PORT+1, PORT+2 (tests)
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-persistent}"
base="${2:-10000}"
blob=$base; queue=$((base + 1)); table=$((base + 2))

if (exec 3<>"/dev/tcp/127.0.0.1/$table") 2>/dev/null; then
  echo "Azurite (or something) already listens on 127.0.0.1:$table; using it."
  exit 0
fi

[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund --loglevel=error

args=(--silent --skipApiVersionCheck --disableTelemetry
      --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue"
      --tableHost 127.0.0.1 --tablePort "$table")
mkdir -p .azurite
if [ "$mode" = memory ]; then
  args+=(--inMemoryPersistence)
  log=".azurite/azurite-$base.log"
else
  args+=(--location .azurite)
  log=".azurite/azurite.log"
fi

nohup node_modules/.bin/azurite "${args[@]}" > "$log" 2>&1 &
echo $! > ".azurite/azurite-$base.pid"
for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$table") 2>/dev/null; then
    echo "Azurite started on 127.0.0.1:$blob-$table (pid $(cat ".azurite/azurite-$base.pid"), $mode)."
    exit 0
  fi
  sleep 0.2
done
echo "Azurite did not start; see $log" >&2
exit 1
