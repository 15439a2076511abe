/**
 * The hook's decision on one shell command: every command it would run, read from the shell
 * text, judged in order. The shim judges terraform wherever it runs from; the hook refuses what
 * the shim cannot see (docs/agent-guard.md has the table).
 */
import { decideProgram, GUARDED_PROGRAMS, type Env } from '../judge/program.js';
import { dangerousLine } from '../judge/mention.js';
import { stateRefusal } from '../judge/state.js';
import type { Word } from '../shell/ast.js';
import { collectCommands, type CommandRecord, type ShellRecord } from '../shell/commands.js';
import { readScript, SHELLS } from '../shell/inner-code.js';
import { commandName, isTfName, wordSet } from '../shell/names.js';
import { firstOnPath, isShimFile } from '../shim/resolve.js';
import { isGuardedBinary } from '../shim/run.js';
import { effectivePath, pathRefusal } from './path-check.js';

const GUARDED = new Set(GUARDED_PROGRAMS);

/** Programs that print, search or move around: the text in their arguments is data. */
const INERT = wordSet(`
  echo printf cat tee less more head tail wc sort uniq diff grep egrep fgrep zgrep rg ag ack git
  man which type whereis help true false : test [ [[ ls pwd cd pushd popd dirs export unset set
  sleep date jq yq tree stat file realpath readlink basename dirname mkdir touch
`);
/** Programs whose output, piped into a shell, is text the hook has read. */
const CODE_PRINTERS = wordSet('echo printf cat head tail tac');
/** Programs that run a command on another machine or in a container: no shim there. */
const REMOTE = wordSet(
  'ssh mosh rsh docker podman nerdctl kubectl oc vagrant multipass lxc incus gcloud az aws',
);
/** Arguments that ask a task runner (make, npm, just, task…) to destroy something. */
const DESTROY_WORDS = wordSet('destroy destroy-all nuke teardown -destroy --destroy');
/** Words that, after a program named by an expansion, make it dangerous. */
const RISKY_WORDS = wordSet(
  'destroy apply -destroy --destroy destroy-all apply-all run-all delete rb purge uninstall push',
);
/** Files these names end in are data, not scripts that run later. */
const DATA_FILE = /\.(?:tf|tfvars|hcl|md|txt|json|ya?ml|log|csv|lock)$/;
const OUTPUT_REDIRECTS = new Set(['>', '>>', '>|', '&>', '&>>']);

export interface HookContext {
  readonly cwd: string;
  readonly env: Env;
}

/** The refusal for `source`, or undefined to allow it. */
export function judgeShell(source: string, ctx: HookContext): string | undefined {
  const records = collectCommands(source, ctx.cwd);
  for (const record of records) {
    const why = record.kind === 'source' ? judgeSource(record) : judgeRecord(record, ctx);
    if (why !== undefined) return why;
  }
  return undefined;
}

function judgeSource(record: Extract<ShellRecord, { kind: 'source' }>): string | undefined {
  // The agent's own command, or a `bash -c` string: refused when it cannot be read.
  if (record.shell && record.error !== undefined && !record.fromFile)
    return `refused: the command could not be read as shell (${record.error}); write it as plain commands`;
  if (record.shell && record.error === undefined) return undefined;
  const line = dangerousLine(record.text);
  return line === undefined
    ? undefined
    : `refused: it runs code that does \`${line}\`, which destroy-guard cannot judge there; run the command itself so it can be judged`;
}

function judgeRecord(record: CommandRecord, ctx: HookContext): string | undefined {
  const env: Env = { ...ctx.env, ...record.env };
  const shown = display(record.words.slice(record.index));
  const withShown = (why: string | undefined): string | undefined =>
    why === undefined ? undefined : `refused \`${shown}\`: ${why}`;
  if (record.env['DESTROY_GUARD_OVERRIDE'] !== undefined)
    return withShown(
      'it sets DESTROY_GUARD_OVERRIDE, which applies a plan destroy-guard blocked; only a person may',
    );
  const path = pathRefusal(record, ctx.env);
  if (path !== undefined) return withShown(path);
  const state = stateRefusal(record);
  if (state !== undefined)
    return withShown(
      `${state}; replacing Terraform state is how the 2026 incident began; a person must do this at their own terminal`,
    );
  const written = writtenDanger(record);
  if (written !== undefined) return withShown(written);
  const program = record.words[record.index];
  if (program === undefined) return undefined;
  const args = record.words.slice(record.index + 1);
  if (!program.literal) {
    return args.some((word) => word.literal && RISKY_WORDS.has(word.text))
      ? withShown(
          'the program is named by an expansion, so destroy-guard cannot tell what it is; run it by name',
        )
      : undefined;
  }
  return withShown(judgeProgram(record, program, args, env));
}

function judgeProgram(
  record: CommandRecord,
  program: Word,
  args: readonly Word[],
  env: Env,
): string | undefined {
  const name = commandName(program);
  const cwd = record.cwd ?? process.cwd();
  if (name === 'hash' && args.some((word) => word.text.startsWith('-p')))
    return 'hash -p points a name at another binary, around the shim';
  if (name === 'alias' && args.some((word) => GUARDED.has(word.text.split('=')[0] ?? '')))
    return 'an alias for a guarded program may skip the shim';
  if (name === 'unset' && args.some((word) => word.text === 'PATH'))
    return 'unsetting PATH skips the shim';
  if (isTfName(name)) return judgeGuarded(record, program, name, args, env, cwd);
  if (/^guarded-apply(?:\.sh)?$/.test(name)) return guardedApplyRefusal(args, env, cwd);
  if (GUARDED.has(name)) {
    const why = judgeGuarded(record, program, name, args, env, cwd);
    if (why !== undefined) return why;
  }
  const at = args.findIndex(
    (word) => word.literal && (isTfName(commandName(word)) || GUARDED.has(commandName(word))),
  );
  const inner = args[at];
  if (inner !== undefined && !INERT.has(name)) {
    const why = judgeGuarded(record, inner, commandName(inner), args.slice(at + 1), env, cwd);
    if (why !== undefined) return why;
    if (
      REMOTE.has(name) &&
      decide(commandName(inner), args.slice(at + 1), env, cwd).kind !== 'pass'
    )
      return `\`${name}\` runs ${commandName(inner)} where the shim does not guard it; run it here`;
  }
  const hidden = hiddenCode(record, name, args);
  if (hidden !== undefined) return hidden;
  if (record.asCode && !INERT.has(name)) return undefined;
  if (!INERT.has(name) && args.some((word) => word.literal && DESTROY_WORDS.has(word.text)))
    return `it asks \`${name}\` to destroy something, which destroy-guard cannot see into; a person must run it`;
  return undefined;
}

/** Code destroy-guard cannot read before it runs: generated, decoded, or a binary by path. */
function hiddenCode(
  record: CommandRecord,
  name: string,
  args: readonly Word[],
): string | undefined {
  if (record.asCode && !CODE_PRINTERS.has(name))
    return `it pipes what \`${name}\` prints into a shell or interpreter, code destroy-guard cannot read first; run the commands themselves`;
  const code = SHELLS.has(name)
    ? args[args.findIndex((word) => /^-[a-z]*c[a-z]*$/.test(word.text)) + 1]
    : undefined;
  if (
    (code !== undefined && args.some((w) => /^-[a-z]*c/.test(w.text)) && !code.literal) ||
    (name === 'eval' && args.some((w) => !w.literal))
  )
    return `\`${name}\` runs code from an expansion, which destroy-guard cannot read first; run the commands themselves`;
  const program = record.words[record.index];
  if (
    program?.text.includes('/') === true &&
    args.some((w) => w.literal && /^(?:apply|destroy)$/.test(w.text))
  ) {
    const text = readScript(program, record.cwd);
    if (text === undefined || text.includes('\0'))
      return `it runs ${program.text} with apply or destroy, and destroy-guard cannot tell whether it is terraform; run terraform by name`;
  }
  return undefined;
}

/** examples/guarded-apply: its override and its TERRAFORM/DESTROY_GUARD are a person's to set. */
function guardedApplyRefusal(args: readonly Word[], env: Env, cwd: string): string | undefined {
  if (
    args.some((word) => word.text === '--override') ||
    env['DESTROY_GUARD_OVERRIDE'] !== undefined
  )
    return 'its override applies a plan destroy-guard blocked; only a person may do that, at their own terminal';
  const terraform = env['TERRAFORM'];
  if (terraform !== undefined && !isGuardedBinary(terraform, env, cwd))
    return `TERRAFORM=${terraform} is not the destroy-guard shim; leave it unset`;
  if (env['DESTROY_GUARD'] !== undefined)
    return 'DESTROY_GUARD replaces the guard itself; leave it unset';
  return undefined;
}

function decide(name: string, args: readonly Word[], env: Env, cwd: string) {
  return decideProgram(
    name,
    args.map((word) => word.text),
    env,
    (value) => isGuardedBinary(value, env, cwd),
  );
}

/** terraform, tofu, terragrunt or a guarded CLI, by name or by path. */
function judgeGuarded(
  record: CommandRecord,
  program: Word,
  name: string,
  args: readonly Word[],
  env: Env,
  cwd: string,
): string | undefined {
  const decision = decide(name, args, env, cwd);
  if (decision.kind === 'refuse') return decision.reason;
  const byPath = program.text.includes('/');
  const target = byPath
    ? pathOf(program.text, cwd)
    : firstOnPath(name, effectivePath(record, env) ?? '', cwd);
  const shimmed = target !== undefined && isShimFile(target);
  if (decision.kind === 'pass') return undefined;
  if (shimmed) return undefined; // the shim assesses the plan and applies the bytes it assessed
  if (byPath)
    return `it runs ${program.text} by path, around the destroy-guard shim; run \`${name}\` by name with the shim first on PATH`;
  return `${name} apply needs the destroy-guard shim to assess the plan, and \`${name}\` on PATH is not the shim; run destroy-guard shim DIR and put DIR first on PATH`;
}

function pathOf(text: string, cwd: string): string {
  return text.startsWith('/') ? text : `${cwd}/${text}`;
}

/** A script or text written now (echo …  > x.sh, cat <<EOF > x.sh, tee) that reads as danger. */
function writtenDanger(record: CommandRecord): string | undefined {
  const name = commandName(record.words[record.index]);
  const targets = [
    ...record.redirects.filter((r) => OUTPUT_REDIRECTS.has(r.op)).map((r) => r.target.text),
    ...(name === 'tee' ? record.words.slice(record.index + 1).map((word) => word.text) : []),
  ];
  const scripts = targets.filter((target) => !DATA_FILE.test(target) && target !== '/dev/null');
  if (scripts.length === 0 && !record.asCode) return undefined;
  const text = [
    record.words
      .slice(record.index + (record.asCode ? 0 : 1))
      .map((word) => word.text)
      .join(' '),
    ...record.heredocs.map((doc) => doc.body),
    ...record.herestrings.map((word) => word.text),
  ].join('\n');
  const line = dangerousLine(text);
  if (line === undefined) return undefined;
  return record.asCode
    ? `it feeds \`${line}\` to a shell or interpreter; run the command itself so it can be judged`
    : `it writes \`${line}\` into ${scripts[0] ?? 'a file'}, a script that could run it later; run the command itself so it can be judged`;
}

function display(words: readonly Word[]): string {
  const flat = words
    .map((word) => word.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat;
}
