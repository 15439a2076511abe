#!/usr/bin/env node
/**
 * destroy-guard-hook.mjs: a pre-execution hook for coding agents.
 *
 * Reads one tool call as JSON on standard input, Claude Code's PreToolUse shape
 * `{"tool_name":"Bash","tool_input":{"command":"…"},"cwd":"…"}` or a bare `{"command":"…"}`,
 * and refuses (exit 2, one line on stderr: Claude Code's convention for blocking a tool call
 * and telling the model why) any shell command that would run `terraform`, `tofu` or
 * `terragrunt` `apply` or `destroy`, unless it applies a saved plan that `destroy-guard assess`
 * passes. Everything else is allowed: exit 0, silently.
 *
 * The command is read as shell, not matched with one regular expression: quotes, escapes,
 * `&&`, `||`, `;`, `|`, newlines, subshells, `$( )`, backticks, heredocs, `bash -c`, `eval`,
 * shell scripts it runs, environment prefixes, `sudo`/`env`/`timeout`-style wrappers and
 * absolute paths. When it cannot tell whether text it was given runs (`ssh host "terraform
 * apply"`, a command it cannot parse, a program named by a variable), it refuses: a refusal
 * costs the agent one more command, a wrong allow can cost the database. Text that only
 * prints or searches (`echo "terraform apply"`, `grep`, `git commit -m`) is allowed, unless a
 * later stage of the pipeline runs it as code (`echo terraform apply | bash`).
 *
 * No dependencies; four files (this one, judge.mjs, shell-commands.mjs, shell-parse.mjs):
 * copy them together. Environment:
 *   DESTROY_GUARD  the destroy-guard command, split on whitespace
 *                  (default `npx --no-install destroy-guard`)
 */

// Claude Code blocks a call only on exit 2: a hook that crashes (exit 1), or cannot load its
// modules, would let the command run. So the modules load here, where a failure still refuses.
try {
  const { runHook } = await import('./judge.mjs');
  process.exitCode = await runHook();
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `destroy-guard: the hook failed (${reason.replace(/\s+/g, ' ')}), so it refuses to be safe\n`,
  );
  process.exitCode = 2;
}
