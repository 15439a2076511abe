#!/usr/bin/env bash
# guarded-apply.sh: plan to a file, let destroy-guard assess that plan, and apply exactly
# that saved plan only when destroy-guard passes it.
#
#   guarded-apply.sh [-chdir=DIR] [--override] [terraform plan args...]
#
# Exit status:
#   0  the plan passed destroy-guard (or was overridden) and terraform apply succeeded
#   1  destroy-guard blocked the plan; nothing was applied
#   2  it could not decide (bad usage, plan or show failed, destroy-guard could not assess the
#      plan or could not run); nothing was applied
#   3  the plan was applied and terraform apply failed: check its output, it may be partial
#
# Environment:
#   TERRAFORM               the terraform binary (default terraform; TERRAFORM=tofu for OpenTofu)
#   DESTROY_GUARD           the destroy-guard command, split on whitespace
#                           (default: npx --no-install destroy-guard; e.g.
#                           DESTROY_GUARD="node /path/to/destroy-guard/bin/destroy-guard.js")
#   DESTROY_GUARD_OVERRIDE  1: apply even when destroy-guard blocks (as --override)
#
# Bash 3.2 (macOS) or later. Not POSIX sh: arrays keep arguments with spaces intact.
set -euo pipefail

readonly EXIT_BLOCKED=1
readonly EXIT_ERROR=2
readonly EXIT_APPLY_FAILED=3

usage() {
  cat <<'USAGE'
usage: guarded-apply.sh [-chdir=DIR] [--override] [terraform plan args...]

Runs `terraform plan -out=FILE`, `terraform show -json FILE`, `destroy-guard assess`, and
`terraform apply FILE` only when destroy-guard passes the plan. --override (or
DESTROY_GUARD_OVERRIDE=1) applies a blocked plan anyway, after a warning.
Environment: TERRAFORM (default terraform, or tofu), DESTROY_GUARD (default
"npx --no-install destroy-guard").
USAGE
}

fail() {
  printf 'guarded-apply: %s\n' "$*" >&2
  exit "$EXIT_ERROR"
}

terraform_bin=${TERRAFORM:-terraform}
# Word-split on purpose: DESTROY_GUARD is a command line such as "node bin/destroy-guard.js".
guard=()
read -r -a guard <<<"${DESTROY_GUARD:-npx --no-install destroy-guard}"
[[ ${#guard[@]} -gt 0 ]] || fail "DESTROY_GUARD is empty; unset it or name the destroy-guard command"

override=0
[[ ${DESTROY_GUARD_OVERRIDE:-} == 1 ]] && override=1
chdir=()
while [[ $# -gt 0 ]]; do
  case $1 in
    -chdir=?*) chdir=("$1") ;;
    -chdir | -chdir=) fail "-chdir needs a directory: -chdir=DIR" ;;
    --override) override=1 ;;
    -h | --help)
      usage
      exit 0
      ;;
    --)
      shift
      break
      ;;
    *) break ;;
  esac
  shift
done

for arg in "$@"; do
  case $arg in
    -out | -out=* | --out | --out=*) fail "do not pass $arg: guarded-apply chooses the plan file it applies" ;;
    -detailed-exitcode | --detailed-exitcode) fail "do not pass $arg: guarded-apply reads the plan, not plan's exit code" ;;
  esac
done

# ${chdir[@]+...}: bash before 4.4 treats an empty array as unset under `set -u`.
tf() {
  "$terraform_bin" ${chdir[@]+"${chdir[@]}"} "$@"
}

# Before a plan that may take minutes: a destroy-guard that cannot start could only ever say
# "could not decide", and its exit code must mean what it says.
"${guard[@]}" --version >/dev/null 2>&1 ||
  fail "cannot run destroy-guard (${guard[*]}): install it with npm install --save-dev destroy-guard, or set DESTROY_GUARD to its command"

# The plan file holds secrets from the state: a private directory, removed on every exit.
workdir=$(mktemp -d "${TMPDIR:-/tmp}/guarded-apply.XXXXXX") || fail "cannot create a temporary directory"
cleanup() {
  rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

plan_file=$workdir/tfplan
plan_json=$workdir/tfplan.json

status=0
tf plan -out="$plan_file" "$@" || status=$?
[[ $status -eq 0 ]] || fail "$terraform_bin plan failed (exit $status); nothing was applied"

status=0
tf show -json "$plan_file" >"$plan_json" || status=$?
[[ $status -eq 0 ]] || fail "$terraform_bin show -json failed (exit $status); nothing was applied"

status=0
"${guard[@]}" assess "$plan_json" || status=$?
case $status in
  0) ;;
  1)
    if [[ $override -ne 1 ]]; then
      printf '%s\n' \
        "guarded-apply: BLOCKED: destroy-guard found changes that need approval (above); nothing was applied." \
        "guarded-apply: a person who has reviewed them and accepts the loss can re-run with --override." >&2
      exit "$EXIT_BLOCKED"
    fi
    printf '%s\n' \
      '' \
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!' \
      '!! guarded-apply: OVERRIDE: destroy-guard BLOCKED this plan and it is being applied anyway. !!' \
      '!! (--override or DESTROY_GUARD_OVERRIDE=1) The data in the findings above may be lost.     !!' \
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!' \
      '' >&2
    ;;
  *) fail "destroy-guard could not assess the plan (exit $status); nothing was applied" ;;
esac

# The saved plan is exactly what destroy-guard assessed; applying it asks no questions.
status=0
tf apply "$plan_file" || status=$?
if [[ $status -ne 0 ]]; then
  printf 'guarded-apply: %s apply failed (exit %s); check its output: part of the plan may have been applied\n' \
    "$terraform_bin" "$status" >&2
  exit "$EXIT_APPLY_FAILED"
fi
