#!/usr/bin/env bash
# Builds and lints every Bicep file under infra/ with the Bicep CLI from NuGet.
# Compiled templates go to artifacts/bicep/ (ignored by git). Any error or warning fails the script.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bicep_version="0.49.2"
out_dir="$repo_root/artifacts/bicep"
cd "$repo_root"

# Restoring the tool project downloads the CLI package; nothing is built.
dotnet restore tools/bicep/bicep.csproj --nologo --verbosity quiet >/dev/null
packages_dir="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
bicep="$packages_dir/azure.bicep.commandline.linux-x64/$bicep_version/tools/bicep"
if [[ ! -f "$bicep" ]]; then
  echo "bicep-check: the Bicep CLI is not at $bicep after restore" >&2
  exit 1
fi
chmod +x "$bicep"

rm -rf "$out_dir"
mkdir -p "$out_dir"
failed=0
log="$out_dir/diagnostics.log"
: >"$log"

# A Bicep diagnostic line reads "<file>(<line>,<col>) : Warning|Error <code>: <message>".
check() {
  local output status=0
  output="$("$bicep" "$@" 2>&1)" || status=$?
  if [[ -n "$output" ]]; then
    printf '%s\n' "$output" | tee -a "$log"
  fi
  if ((status != 0)) || grep -Eq ' : (Warning|Error) ' <<<"$output"; then
    failed=1
  fi
}

mapfile -t files < <(find infra -name '*.bicep' | sort)
if ((${#files[@]} == 0)); then
  echo "bicep-check: no .bicep files under infra/" >&2
  exit 1
fi

for file in "${files[@]}"; do
  relative="${file#infra/}"
  target="$out_dir/${relative%.bicep}.json"
  mkdir -p "$(dirname "$target")"
  check build "$file" --outfile "$target"
  check lint "$file"
done

if ((failed)); then
  echo "bicep-check: failed (diagnostics above, also in $log)" >&2
  exit 1
fi
echo "bicep-check: ${#files[@]} files built and linted with no warnings (Bicep $bicep_version)"
