#!/usr/bin/env bash
# Plans every unit of a Terragrunt stack and has destroy-guard assess all their plans together:
# one report, one verdict. Each unit's plan is assessed with its own directory as its module
# directory (MODULE_DIR=), so CODEOWNERS and the report name the unit, not a temp path.
#
#   examples/terragrunt/guard-run-all.sh [STACK_DIR] [-- EXTRA PLAN ARGS]
#
# Exit codes are destroy-guard's: 0 nothing requires approval, 1 something does, 2 it could not
# decide (terragrunt failed, no unit was planned, or a plan could not be read).
# Environment: TERRAGRUNT (default terragrunt), DESTROY_GUARD (the destroy-guard command),
# DESTROY_GUARD_FORMAT (text, markdown or json; default text), DESTROY_GUARD_OUT (where plans go;
# default a temporary directory, removed afterwards).
set -uo pipefail

stack=.
if [ $# -gt 0 ] && [ "$1" != -- ]; then stack=$1; shift; fi
if [ $# -gt 0 ] && [ "$1" = -- ]; then shift; fi

terragrunt=${TERRAGRUNT:-terragrunt}
if [ -n "${DESTROY_GUARD:-}" ]; then guard=$DESTROY_GUARD
elif command -v destroy-guard >/dev/null 2>&1; then guard=destroy-guard
else guard="npx --no-install destroy-guard"; fi

if [ -n "${DESTROY_GUARD_OUT:-}" ]; then
  out=$DESTROY_GUARD_OUT
else
  out=$(mktemp -d) || exit 2
  trap 'rm -rf "$out"' EXIT
fi

# Terragrunt 0.73+ (`run --all`); --json-out-dir runs `show -json` after each unit's plan and
# writes <json-out-dir>/<unit path>/tfplan.json. Older releases: `run-all plan
# --terragrunt-out-dir DIR --terragrunt-json-out-dir DIR`.
if ! (cd "$stack" && $terragrunt run --all --non-interactive \
  --out-dir "$out/plan" --json-out-dir "$out/json" -- plan -input=false "$@") >&2; then
  echo "guard-run-all: terragrunt run --all plan failed in $stack; nothing was assessed" >&2
  exit 2
fi

plans=()
while IFS= read -r file; do
  unit=${file#"$out/json/"}
  if [ "$unit" = tfplan.json ]; then unit=.; else unit=${unit%/tfplan.json}; fi
  if [ "$stack" = . ]; then dir=$unit
  elif [ "$unit" = . ]; then dir=${stack%/}
  else dir=${stack%/}/$unit; fi
  plans+=("$dir=$file")
done < <(find "$out/json" -name tfplan.json -type f 2>/dev/null | LC_ALL=C sort)

if [ ${#plans[@]} -eq 0 ]; then
  echo "guard-run-all: terragrunt planned no unit under $stack (no tfplan.json in $out/json)" >&2
  exit 2
fi

$guard assess --format "${DESTROY_GUARD_FORMAT:-text}" "${plans[@]}"
