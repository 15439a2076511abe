#!/bin/sh
# OpenTofu: plan a root module to a file, turn it into plan JSON with `tofu show -json`, and have
# destroy-guard assess it. For a CI job or a Makefile; to also apply, use
# examples/guarded-apply/guarded-apply.sh with TERRAFORM=tofu.
#
#   examples/opentofu/plan-and-assess.sh DIR [EXTRA PLAN ARGS]
#
# Leaves DIR/tfplan and DIR/plan.json (the input of the Action's `plan`). Exit codes are
# destroy-guard's: 0 nothing requires approval, 1 something does, 2 it could not decide.
# OpenTofu's own action words are understood: `forget` (removed { lifecycle { destroy = false } },
# and 1.12's ["forget","create"]) is reported, never blocking; `open` (ephemeral resources)
# stores nothing and is not reported; `enabled = false` deletes are destroys like any other.
set -u

dir=${1:?usage: plan-and-assess.sh DIR [EXTRA PLAN ARGS]}
shift
tofu=${TOFU:-tofu}
if [ -n "${DESTROY_GUARD:-}" ]; then guard=$DESTROY_GUARD
elif command -v destroy-guard >/dev/null 2>&1; then guard=destroy-guard
else guard="npx --no-install destroy-guard"; fi

$tofu -chdir="$dir" plan -input=false -out=tfplan "$@" >&2 || {
  echo "plan-and-assess: tofu plan failed in $dir; nothing was assessed" >&2
  exit 2
}
$tofu -chdir="$dir" show -json tfplan >"$dir/plan.json" || {
  echo "plan-and-assess: tofu show -json failed in $dir; nothing was assessed" >&2
  exit 2
}
$guard assess --format "${DESTROY_GUARD_FORMAT:-text}" "$dir/plan.json"
