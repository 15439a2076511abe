#!/bin/sh
# destroy-guard as an Atlantis custom workflow step (see repos.yaml). Atlantis runs it in the
# project directory ($DIR) after its `show` step has written the plan JSON to $SHOWFILE. It
# prints the report as Markdown, which Atlantis puts in its pull-request comment, and exits:
#   0  nothing requires approval (or a person accepted exactly this risky set, below)
#   1  something requires approval: the plan step fails, so Atlantis will not apply it
#   2  destroy-guard could not read the plan: fails too, never a silent pass
#
# Accepting a risky plan: comment `atlantis plan -p PROJECT -- --destroy-guard-accept=FINGERPRINT`
# with the fingerprint the report printed. It counts only while the risky set is exactly that
# one (the same fingerprint); any other change needs a new look. Who may run that comment is
# Atlantis's to restrict (command allow-lists, apply_requirements).
set -u

: "${SHOWFILE:?destroy-guard-step.sh runs as an Atlantis run step after the show step (SHOWFILE is not set)}"
if [ -n "${DESTROY_GUARD:-}" ]; then
  guard=$DESTROY_GUARD
elif command -v destroy-guard >/dev/null 2>&1; then
  guard=destroy-guard
else
  guard="npx --no-install destroy-guard"
fi
module=${REPO_REL_DIR:-.}

# Atlantis escapes every character of the comment's extra arguments and joins them with commas.
accepted=$(printf '%s' "${COMMENT_ARGS:-}" | tr -d '\\' | tr ',' '\n' |
  sed -n 's/^--destroy-guard-accept=\([0-9a-f]*\)$/\1/p' | tail -n 1)

# The module directory names the project in the report (CODEOWNERS paths are repo-relative).
$guard assess --format markdown "$module=$SHOWFILE"
status=$?
if [ "$status" -ne 1 ] || [ -z "$accepted" ]; then
  exit "$status"
fi

fingerprint=$($guard assess --format json "$module=$SHOWFILE" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s).fingerprint))')
if [ "$fingerprint" = "$accepted" ]; then
  printf '\n**Accepted** by %s for fingerprint `%s`: this plan may be applied.\n' "${USER_NAME:-unknown}" "$fingerprint"
  exit 0
fi
printf '\n**Not accepted**: `--destroy-guard-accept=%s` is for another risky set; this plan has fingerprint `%s`.\n' "$accepted" "$fingerprint"
exit 1
