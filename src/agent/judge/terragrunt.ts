/**
 * terragrunt command lines. Terragrunt runs terraform or tofu from PATH for each unit, so a unit's
 * plan and apply reach the shim and are assessed there; what is refused here is what runs many
 * units at once (`run-all`, `--all`, `*-all`), destroy, and a terraform that is not on PATH.
 */
import { PASS, PERSON, refuse, type Decision } from './decision.js';
import { decideTerraform, readTfArgs } from './terraform.js';

const ALL_COMMANDS = new Set([
  'run-all',
  'destroy-all',
  'apply-all',
  'plan-all',
  'output-all',
  'validate-all',
]);
const TF_PATH_FLAGS = /^--(?:terragrunt-)?tf-?path(?:=|$)/;

export function decideTerragrunt(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  isGuardedBinary: (value: string) => boolean,
): Decision {
  const tfPath =
    argv.find((arg) => TF_PATH_FLAGS.test(arg)) ??
    (env['TG_TF_PATH'] !== undefined || env['TERRAGRUNT_TFPATH'] !== undefined
      ? `TG_TF_PATH=${env['TG_TF_PATH'] ?? env['TERRAGRUNT_TFPATH'] ?? ''}`
      : undefined);
  if (tfPath !== undefined) {
    const value = tfPath.includes('=') ? tfPath.slice(tfPath.indexOf('=') + 1) : '';
    if (!isGuardedBinary(value)) {
      return refuse(
        `terragrunt ${tfPath} runs a terraform the destroy-guard shim does not guard; drop it so terragrunt finds terraform on PATH`,
      );
    }
  }
  if (argv.some((arg) => /^--?destroy(?:=(?!false)|$)/.test(arg))) {
    return refuse(`terragrunt with -destroy deletes what the units manage; ${PERSON}`);
  }
  const { bare, flags } = splitTerragruntFlags(argv);
  const words = bare.filter((arg) => !arg.startsWith('-'));
  const sub = words[0];
  if (sub === undefined) return PASS;
  const all =
    ALL_COMMANDS.has(sub) ||
    argv.some((arg) => arg === '--all' || arg === '-all' || /^--(?:terragrunt-)?graph/.test(arg)) ||
    (sub === 'stack' && words[1] === 'run');
  const inner = innerTfCommand(bare, sub);
  if (
    sub === 'destroy-all' ||
    sub === 'apply-all' ||
    (all && /^(?:apply|destroy)$/.test(inner ?? ''))
  ) {
    return refuse(
      `terragrunt ${sub}${inner === undefined ? '' : ` ${inner}`} applies or destroys many units at once; plan and apply each unit's saved plan on its own, or ${PERSON}`,
    );
  }
  if (all) return PASS; // plan-all, run-all plan, run --all validate: reads only
  const tfArgv = sub === 'run' || sub === 'exec' ? afterRun(bare) : bare;
  const tf = readTfArgs(tfArgv, env);
  if ('error' in tf) return refuse(`terragrunt: ${tf.error}`);
  if (tf.sub === undefined) return PASS;
  const decision = decideTerraform('terraform', tf);
  if (decision.kind === 'refuse')
    return refuse(decision.reason.replace(/^terraform /, 'terragrunt '));
  if (decision.kind === 'apply') {
    return {
      kind: 'apply',
      call: {
        ...decision.call,
        family: 'terragrunt',
        globals: flags,
      },
    };
  }
  return decision;
}

/** `run-all apply`, `run --all -- apply`, `stack run apply`: the terraform command run. */
function innerTfCommand(argv: readonly string[], sub: string): string | undefined {
  const at = argv.indexOf(sub);
  return argv.slice(at + 1).find((arg) => !arg.startsWith('-') && arg !== 'run');
}

/** `terragrunt run [--flags] [--] apply tfplan`: the terraform arguments. */
function afterRun(argv: readonly string[]): string[] {
  const dashes = argv.indexOf('--');
  if (dashes >= 0) return argv.slice(dashes + 1);
  const at = argv.findIndex((arg) => arg === 'run' || arg === 'exec');
  return argv.slice(at + 1);
}

/** Terragrunt's own options that take the next word as their value. */
const VALUE_FLAGS = new Set(
  [
    'working-dir',
    'config',
    'log-level',
    'tf-path',
    'tfpath',
    'source',
    'download-dir',
    'iam-assume-role',
    'parallelism',
    'queue-include-dir',
    'queue-exclude-dir',
    'include-dir',
    'exclude-dir',
    'log-format',
    'provider-cache-dir',
    'filter',
  ].flatMap((name) => [`--${name}`, `--terragrunt-${name}`]),
);

/** The arguments without terragrunt's --flags (and their values); terraform's -flags stay. */
function splitTerragruntFlags(argv: readonly string[]): { bare: string[]; flags: string[] } {
  const out: string[] = [];
  const flags: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] ?? '';
    if (arg === '--') {
      out.push(...argv.slice(k));
      break;
    }
    if (!arg.startsWith('--')) out.push(arg);
    else if (!arg.includes('=') && VALUE_FLAGS.has(arg)) flags.push(arg, argv[++k] ?? '');
    else flags.push(arg);
  }
  return { bare: out, flags };
}
