/**
 * terraform and tofu command lines: which pass straight through, which are refused, and which
 * applies go through an assessed plan. The table and its reasons are in docs/agent-guard.md.
 */
import { parseScript } from '../shell/parse.js';
import { wordSet } from '../shell/names.js';
import { PASS, PERSON, planFix, refuse, type Decision } from './decision.js';

/** Subcommands that read, format or plan: they change no infrastructure and no state. */
const HARMLESS = wordSet(`
  plan fmt validate show output providers version graph console get login logout metadata
  modules query import untaint taint -version --version -help --help -v version
`);

/** Options of `apply` that take the next word as their value (Go's flag package). */
const APPLY_VALUE_FLAGS = wordSet(`
  backup lock-timeout parallelism state state-out var var-file target replace exclude
  target-file exclude-file
`);

/** apply options that mean the same with a saved plan. */
const SAVED_PLAN_FLAGS = wordSet(
  'auto-approve no-color lock lock-timeout parallelism input compact-warnings json',
);
/** apply options that are apply's own and not plan's. */
const APPLY_ONLY_FLAGS = wordSet('auto-approve backup state-out');

export interface TfArgs {
  readonly globals: readonly string[];
  readonly sub: string | undefined;
  readonly args: readonly string[];
  readonly chdir: string | undefined;
}

/**
 * Splits `terraform [globals] SUB [args]`, with TF_CLI_ARGS and TF_CLI_ARGS_SUB inserted after
 * the subcommand, where Terraform puts them.
 */
export function readTfArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): TfArgs | { error: string } {
  let i = 0;
  while (i < argv.length && (argv[i] ?? '').startsWith('-')) i++;
  const globals = argv.slice(0, i);
  const sub = argv[i];
  const chdirArg = globals.find((arg) => /^--?chdir=/.test(arg));
  const chdir = chdirArg?.slice(chdirArg.indexOf('=') + 1);
  if (sub === undefined) return { globals, sub, args: [], chdir };
  const extra: string[] = [];
  for (const name of ['TF_CLI_ARGS', `TF_CLI_ARGS_${sub.replace(/-/g, '_')}`]) {
    const split = splitArgs(env[name] ?? '');
    if (split === undefined) return { error: `${name} cannot be read as arguments; unset it` };
    extra.push(...split);
  }
  return { globals, sub, args: [...extra, ...argv.slice(i + 1)], chdir };
}

function splitArgs(text: string): string[] | undefined {
  if (text.trim() === '') return [];
  try {
    const list = parseScript(text);
    const words = list.items.flatMap((p) => p.commands.flatMap((c) => c.words));
    if (list.items.length !== 1 || words.some((word) => !word.literal)) return undefined;
    return words.map((word) => word.text);
  } catch {
    return undefined;
  }
}

/** The decision for `terraform`/`tofu` with these (already split) arguments. */
export function decideTerraform(family: 'terraform' | 'tofu', call: TfArgs): Decision {
  const { sub, args } = call;
  const shown = `${family} ${sub ?? ''}`.trim();
  if (sub === undefined || HARMLESS.has(sub)) return PASS;
  switch (sub) {
    case 'destroy':
      return refuse(`${shown} deletes everything in the state with no plan to assess; ${PERSON}`);
    case 'apply':
      return decideApply(family, call);
    case 'init':
      return decideInit(shown, args);
    case 'state':
      return decideState(family, args);
    case 'workspace':
      return args.some((arg) => arg === 'delete')
        ? refuse(`${family} workspace delete drops a workspace's state; ${PERSON}`)
        : PASS;
    case 'force-unlock':
      return refuse(
        `${shown} breaks another run's lock on the state, which can corrupt it; ${PERSON}`,
      );
    case 'refresh':
      return refuse(
        `${shown} rewrites the state with no plan to assess; use ${family} apply -refresh-only, which destroy-guard assesses`,
      );
    case 'test':
      return refuse(
        `${shown} creates and destroys real infrastructure outside any assessed plan; ${PERSON}`,
      );
    default:
      return refuse(
        `destroy-guard does not know \`${shown}\`, so it refuses it; run it by hand if it is safe`,
      );
  }
}

function decideInit(shown: string, args: readonly string[]): Decision {
  const flag = args.find((arg) => /^--?(?:reconfigure|migrate-state|force-copy)(?:=|$)/.test(arg));
  if (flag === undefined) return PASS;
  return refuse(
    `${shown} ${flag} points Terraform at another state (the first step of the 2026 incident); ${PERSON}`,
  );
}

function decideState(family: string, args: readonly string[]): Decision {
  const sub = args.find((arg) => !arg.startsWith('-'));
  if (sub === undefined || sub === 'list' || sub === 'show' || sub === 'pull') return PASS;
  return refuse(
    `${family} state ${sub} edits the state by hand, outside any plan destroy-guard can assess; ${PERSON}`,
  );
}

function decideApply(family: 'terraform' | 'tofu', call: TfArgs): Decision {
  const { args } = call;
  if (args.some((arg) => /^--?destroy(?:=(?!false)|$)/.test(arg))) {
    return refuse(
      `${family} apply -destroy deletes everything in the state with no plan to assess; ${PERSON}`,
    );
  }
  const positionals: string[] = [];
  const planArgs: string[] = [];
  const applyArgs: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const arg = args[k] ?? '';
    if (positionals.length > 0 || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      positionals.push(...args.slice(k + 1));
      break;
    }
    const name = arg.replace(/^--?/, '').split('=')[0] ?? '';
    const option =
      !arg.includes('=') && APPLY_VALUE_FLAGS.has(name) ? [arg, args[++k] ?? ''] : [arg];
    if (!APPLY_ONLY_FLAGS.has(name)) planArgs.push(...option);
    if (SAVED_PLAN_FLAGS.has(name)) applyArgs.push(...option);
  }
  if (positionals.length > 1) {
    return refuse(
      `${family} apply names more than one plan (${positionals.join(', ')}); ${planFix(family)}`,
    );
  }
  return {
    kind: 'apply',
    call: {
      family,
      globals: call.globals,
      plan: positionals[0],
      planArgs,
      applyArgs,
      chdir: call.chdir,
    },
  };
}
