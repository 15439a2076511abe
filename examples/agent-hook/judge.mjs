/**
 * judge.mjs: the agent hook's decision. Reads the tool call, collects the commands it would run
 * (shell-commands.mjs), refuses apply and destroy, and has destroy-guard assess saved plans.
 * Started by destroy-guard-hook.mjs.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import {
  collectCommands,
  commandName,
  expandTilde,
  findTfWord,
  INERT,
  isGuardedApply,
  isTfName,
  words,
} from './shell-commands.mjs';

const ALLOW = 0;
// Claude Code blocks a PreToolUse call only on exit 2; any other non-zero exit is reported and
// the command runs anyway. Every refusal is 2; destroy-guard-hook.mjs turns a crash into 2.
const REFUSE = 2;

const DEFAULT_GUARD = 'npx --no-install destroy-guard';
// Below the 120 s timeout in settings.example.json: a hook killed on its timeout may not block.
const TIME_BUDGET_MS = 90_000;

const APPLY_WORDS = new Set(['apply', 'destroy']);

/**
 * Text that reads as running apply or destroy: `terraform apply`, `tofu -chdir=x destroy`,
 * `terragrunt run-all apply`, `/usr/bin/terraform apply`. Not `terraform plan -destroy`.
 */
const MENTION =
  /(?:^|[^\w.-])(?:terraform|tofu|terragrunt)(?:\.exe)?(?![\w.-])[^\n;&|]*?(?<![\w-])(?:apply|destroy)(?![\w-])/;
const OVERRIDE_ASSIGNMENT = /(?:^|[^\w])DESTROY_GUARD_OVERRIDE=/;

/** Terraform and OpenTofu subcommands that never apply or destroy. */
const SAFE_SUBCOMMANDS = words(`
  init plan show validate fmt output state workspace providers import graph console get login
  logout version refresh taint untaint force-unlock test metadata modules query
`);

/** Options of `terraform apply` that take the next word as their value (Go's flag package). */
const APPLY_VALUE_FLAGS = words(`
  backup lock-timeout parallelism state state-out var var-file target replace exclude target-file
  exclude-file
`);

/** Terragrunt's own boolean flags: a word after one of these is not its value. */
const TERRAGRUNT_BOOLEAN_FLAGS = words(`
  --non-interactive --terragrunt-non-interactive --no-color --terragrunt-no-color --no-auto-init
  --terragrunt-no-auto-init --no-auto-retry --terragrunt-no-auto-retry --source-update
  --terragrunt-source-update --inputs-debug --terragrunt-debug --log-disable
`);

const OUTPUT_REDIRECTS = new Set(['>', '>>', '>|', '&>', '&>>', '<>']);

// ---------------------------------------------------------------------------------------------
// The tool call

const deadline = Date.now() + TIME_BUDGET_MS;

/**
 * Judges the tool call on standard input: refuses (writes the reason to stderr and returns 2)
 * or allows (returns 0, silently).
 */
export async function runHook() {
  const raw = await readStdin();
  let input;
  try {
    input = JSON.parse(raw);
  } catch (error) {
    return refuse(
      `could not read the tool call on standard input (${messageOf(error)}); expected {"tool_name":"Bash","tool_input":{"command":"…"}} or {"command":"…"}`,
    );
  }
  const command = commandOf(input);
  if (command === undefined) return ALLOW;
  const sessionCwd =
    isObject(input) && typeof input.cwd === 'string' && path.isAbsolute(input.cwd)
      ? input.cwd
      : process.cwd();

  const { refusal, savedPlans } = judge(command, sessionCwd);
  if (refusal !== undefined) return refuse(refusal);
  for (const plan of savedPlans) {
    const reason = assessSavedPlan(plan, sessionCwd);
    if (reason !== undefined) return refuse(reason);
  }
  return ALLOW;
}

/** The shell command of a tool call; undefined when it has none (another tool: allowed). */
function commandOf(input) {
  if (!isObject(input)) return undefined;
  if (isObject(input.tool_input) && typeof input.tool_input.command === 'string')
    return input.tool_input.command;
  if (typeof input.command === 'string') return input.command;
  return undefined;
}

function refuse(reason) {
  process.stderr.write(`destroy-guard: ${reason.replace(/\s*\n\s*/g, ' ')}\n`);
  return REFUSE;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

// ---------------------------------------------------------------------------------------------
// Judging a command

/**
 * Reads the command as shell and judges every command it would run, in order.
 * Returns the first refusal, or the saved plans that must pass destroy-guard.
 */
function judge(source, sessionCwd) {
  const records = collectCommands(source, sessionCwd);
  const savedPlans = [];
  for (const [position, record] of records.entries()) {
    const refusal =
      record.kind === 'source'
        ? judgeSource(record)
        : judgeRecord(record, records.slice(0, position), savedPlans);
    if (refusal !== undefined) return { refusal, savedPlans: [] };
  }
  return { refusal: undefined, savedPlans };
}

/** A piece of shell source: the override is refused, and unreadable text that mentions apply. */
function judgeSource(record) {
  if (OVERRIDE_ASSIGNMENT.test(record.text)) {
    return 'refused: it sets DESTROY_GUARD_OVERRIDE, which applies a plan destroy-guard blocked; only a person may override, at their own terminal';
  }
  if (record.error !== undefined && MENTION.test(record.text)) {
    return `refused \`${clip(record.text)}\`: it could not be read as shell (${record.error}) and it mentions terraform apply or destroy, so this hook refuses rather than guess; ${fixFor('terraform')}`;
  }
  return undefined;
}

function judgeRecord(record, earlier, savedPlans) {
  const { words, index } = record;
  if (record.container) return undefined; // the code it runs was collected and is judged on its own
  const effective = words[index];
  if (effective === undefined)
    return mentionCheck(record, (text) => `holds ${text} in an assignment or option`);
  const name = commandName(effective);

  if (!effective.literal) {
    const at = findTfWord(words, index + 1);
    if (at >= 0) return judgeTf(record, at, { via: display([effective]) }, earlier, savedPlans);
    if (words.slice(index + 1).some((word) => word.literal && APPLY_WORDS.has(word.text))) {
      return `refused \`${display(words)}\`: the program is named by an expansion (\`${effective.text}\`) and is given apply or destroy, so this hook cannot tell whether it is terraform; run terraform by name; ${fixFor('terraform')}`;
    }
    return mentionCheck(record, (text) => `hands ${text} as text to \`${effective.text}\``);
  }
  if (isTfName(name)) {
    const via = record.cwdChanged ? 'a wrapper that changes directory' : undefined;
    return judgeTf(record, index, { via }, earlier, savedPlans);
  }
  if (isGuardedApply(name)) {
    if (
      words.some((word) => word.text === '--override') ||
      record.env.DESTROY_GUARD !== undefined
    ) {
      return `refused \`${display(words)}\`: --override and DESTROY_GUARD make guarded-apply apply a plan destroy-guard blocked; only a person may do that, at their own terminal`;
    }
    return undefined;
  }
  if (INERT.has(name) && !record.asCode) return inertCheck(record);
  const at = findTfWord(words, index + 1);
  if (at >= 0)
    return judgeTf(
      record,
      at,
      { via: record.asCode ? 'a shell later in the pipeline' : name },
      earlier,
      savedPlans,
    );
  return mentionCheck(record, (text) =>
    record.asCode
      ? `feeds ${text} to a shell later in the pipeline`
      : `hands ${text} as text to \`${name}\``,
  );
}

/**
 * Text that reads as terraform apply/destroy where this hook cannot see whether it runs:
 * refused. `how(text)` says where the text goes: "hands `terraform apply` as text to `ssh`".
 */
function mentionCheck(record, how) {
  const effective = record.words[record.index];
  const texts = [
    ...record.words.map((word) => word.text),
    ...record.herestrings.map((word) => word.text),
    ...record.heredocs.map((doc) => doc.body),
  ];
  const hit = texts.find((text) => MENTION.test(text));
  if (hit === undefined) return undefined;
  const quoted = `\`${clip(MENTION.exec(hit)?.[0].trim() ?? hit, 60)}\``;
  const where = hit === effective?.text ? `names the program ${quoted} as one word` : how(quoted);
  return `refused \`${display(record.words)}\`: it ${where}, so this hook cannot tell what it would apply (it refuses when unsure); run terraform directly; ${fixFor('terraform')}`;
}

/** `cat > deploy.sh <<EOF … terraform apply … EOF` writes a script that runs apply later. */
function inertCheck(record) {
  if (record.heredocs.length === 0 && record.herestrings.length === 0) return undefined;
  const writes =
    record.redirects.some((r) => OUTPUT_REDIRECTS.has(r.op)) ||
    commandName(record.words[record.index]) === 'tee';
  if (!writes) return undefined;
  return mentionCheck(
    record,
    (text) => `writes ${text} into a file, a script that could run it later`,
  );
}

/** A terraform, tofu or terragrunt invocation at `at`. `via`: the program it runs through. */
function judgeTf(record, at, options, earlier, savedPlans) {
  const bin = record.words[at];
  const tool = commandName(bin);
  const args = record.words.slice(at + 1);
  const shown = display(record.words.slice(options.via === undefined ? at : record.index));
  const family = tool.startsWith('terragrunt')
    ? 'terragrunt'
    : tool.startsWith('tofu')
      ? 'tofu'
      : 'terraform';
  if (family === 'terragrunt')
    return judgeTerragrunt(record, bin, args, shown, options, earlier, savedPlans);

  // Global options (-chdir=DIR, -help, -version) come before the subcommand.
  let i = 0;
  while (i < args.length && args[i].text.startsWith('-')) i++;
  const globals = args.slice(0, i);
  const sub = args[i];
  const rest = args.slice(i + 1);
  if (sub === undefined) {
    // `xargs terraform`: the arguments come from standard input.
    if (options.via === 'xargs' || options.via === 'parallel') {
      return `refused \`${shown}\`: ${options.via} supplies ${family}'s arguments from its input, so this hook cannot tell whether it applies; ${fixFor(family)}`;
    }
    return undefined;
  }
  if (!sub.literal || /[*?[{]/.test(sub.text)) {
    return `refused \`${shown}\`: this hook cannot tell which ${family} command \`${sub.text}\` is; name it literally; ${fixFor(family)}`;
  }
  if (sub.text === 'destroy') {
    return `refused \`${shown}\`: destroy deletes resources without a saved plan for destroy-guard to assess; ${fixFor(family)}`;
  }
  if (sub.text === 'apply') {
    return judgeApply(
      record,
      { bin, family, globals, args: rest, shown, via: options.via, plainFlags: true },
      earlier,
      savedPlans,
    );
  }
  if (
    !SAFE_SUBCOMMANDS.has(sub.text) &&
    rest.some((word) => word.literal && APPLY_WORDS.has(word.text))
  ) {
    return `refused \`${shown}\`: \`${sub.text}\` is not a ${family} command this hook knows, and apply or destroy follows it; ${fixFor(family)}`;
  }
  return undefined;
}

function judgeTerragrunt(record, bin, args, shown, options, earlier, savedPlans) {
  const subAt = args.findIndex((word) => !word.text.startsWith('-'));
  const sub = args[subAt];
  if (sub === undefined) return undefined;
  if (!sub.literal) {
    return `refused \`${shown}\`: this hook cannot tell which terragrunt command \`${sub.text}\` is; name it literally; ${fixFor('terragrunt')}`;
  }
  const rest = args.slice(subAt + 1);
  if (sub.text === 'destroy') {
    return `refused \`${shown}\`: destroy deletes resources without a saved plan for destroy-guard to assess; ${fixFor('terragrunt')}`;
  }
  if (sub.text === 'apply') {
    if (
      args.some(
        (word) =>
          word.text === '--all' ||
          word.text.startsWith('--graph') ||
          word.text.startsWith('--terragrunt-include'),
      )
    ) {
      return `refused \`${shown}\`: it applies many modules at once, whose plans this hook cannot assess one by one; apply each module's saved plan on its own: ${fixFor('terragrunt')}`;
    }
    // Terragrunt's own flags are --double-dash; terraform's are -single-dash.
    const globals = [...args.slice(0, subAt), ...rest.filter((word) => word.text.startsWith('--'))];
    return judgeApply(
      record,
      {
        bin,
        family: 'terragrunt',
        globals,
        args: rest,
        shown,
        via: options.via,
        plainFlags: false,
      },
      earlier,
      savedPlans,
    );
  }
  if (args.some((word) => word.literal && APPLY_WORDS.has(word.text))) {
    return `refused \`${shown}\`: \`terragrunt ${sub.text}\` runs apply or destroy, across modules or through a command whose plans this hook cannot assess; ${fixFor('terragrunt')}`;
  }
  if (
    ['run-all', 'run', 'stack', 'exec'].includes(sub.text) &&
    rest.some((word) => !word.literal)
  ) {
    return `refused \`${shown}\`: this hook cannot tell which command \`terragrunt ${sub.text}\` runs; name it literally; ${fixFor('terragrunt')}`;
  }
  return undefined;
}

/** `apply`: only a saved plan, run where this hook can read it, may go on to be assessed. */
function judgeApply(record, call, earlier, savedPlans) {
  const { family, shown } = call;
  const fix = fixFor(family);
  if (call.args.some((word) => /^--?destroy(?:=|$)/.test(word.text))) {
    return `refused \`${shown}\`: apply -destroy deletes resources without a saved plan for destroy-guard to assess; ${fix}`;
  }
  const operands = applyOperands(call.args, call.plainFlags);
  if (operands.ambiguous !== undefined) {
    return `refused \`${shown}\`: ${operands.ambiguous}, so this hook cannot tell which saved plan it applies; write terragrunt flags as --flag=value; ${fix}`;
  }
  if (operands.positionals.length === 0) {
    return `refused \`${shown}\`: apply without a saved plan applies changes that nobody assessed; ${fix}`;
  }
  if (operands.positionals.length > 1) {
    return `refused \`${shown}\`: it names more than one plan (${operands.positionals.map((w) => w.text).join(', ')}); ${fix}`;
  }
  const plan = operands.positionals[0];
  if (!plan.literal) {
    return `refused \`${shown}\`: the saved plan is named by an expansion (\`${plan.text}\`) this hook cannot resolve; name the plan file literally`;
  }
  if (call.via !== undefined) {
    return `refused \`${shown}\`: ${family} runs through ${call.via}, where this hook cannot read the saved plan it would apply; run \`${family} apply ${plan.text}\` directly`;
  }
  if (record.cwd === undefined) {
    return `refused \`${shown}\`: an earlier \`cd\` makes the directory unknown (a variable, \`cd -\`, \`popd\`), so this hook cannot find the saved plan; cd to a literal directory or use ${family} -chdir=DIR`;
  }
  const dynamic = call.globals.find((word) => !word.literal);
  if (dynamic !== undefined) {
    return `refused \`${shown}\`: \`${dynamic.text}\` is an expansion this hook cannot resolve, so it cannot find the saved plan; write it literally`;
  }
  // Terraform adds TF_CLI_ARGS(_apply) to the command line: harmless options (-no-color) are
  // fine, another plan file or -destroy is not.
  const cliArgs = ['TF_CLI_ARGS', 'TF_CLI_ARGS_apply'].find((name) =>
    (record.env[name] ?? process.env[name] ?? '')
      .split(/\s+/)
      .some((arg) => arg !== '' && (!arg.startsWith('-') || /destroy/.test(arg))),
  );
  if (cliArgs !== undefined) {
    return `refused \`${shown}\`: ${cliArgs} adds arguments to the apply that this hook cannot judge; unset it`;
  }
  const writer = earlierWriter(earlier, plan.text);
  if (writer !== undefined) {
    return `refused \`${shown}\`: ${writer} runs earlier in the same command and could write ${plan.text} after this hook assessed it; run that first, then \`${family} apply ${plan.text}\` as a command of its own`;
  }
  savedPlans.push({
    family,
    bin: expandTilde(call.bin),
    globals: call.globals.map((word) => word.text),
    plan: expandTilde(plan),
    cwd: record.cwd,
    env: record.env,
    shown,
  });
  return undefined;
}

/**
 * The plan-file operand of `apply`. Go's flag package (Terraform, OpenTofu) stops reading
 * options at the first operand; an option in APPLY_VALUE_FLAGS written without `=` takes the
 * next word. Terragrunt's --flags may take a value too, and it cannot be told from an operand.
 */
function applyOperands(args, plainFlags) {
  const positionals = [];
  for (let k = 0; k < args.length; k++) {
    const word = args[k];
    const text = word.text;
    if (positionals.length > 0 && plainFlags) {
      positionals.push(word);
      continue;
    }
    if (text === '--') {
      positionals.push(...args.slice(k + 1));
      break;
    }
    if (text.startsWith('--') && !plainFlags) {
      const next = args[k + 1];
      if (
        !text.includes('=') &&
        !TERRAGRUNT_BOOLEAN_FLAGS.has(text) &&
        next !== undefined &&
        !next.text.startsWith('-')
      ) {
        return {
          positionals,
          ambiguous: `\`${next.text}\` may be the value of ${text} or the plan`,
        };
      }
      continue;
    }
    if (text.startsWith('-') && text !== '-') {
      const name = text.replace(/^--?/, '');
      if (!name.includes('=') && APPLY_VALUE_FLAGS.has(name)) k++;
      continue;
    }
    positionals.push(word);
  }
  return { positionals, ambiguous: undefined };
}

/**
 * What in the same command, before the apply, could change the saved plan between this
 * hook's check and the apply: a plan, or any program not known to leave files alone.
 */
function earlierWriter(earlier, planText) {
  const planName = path.basename(planText);
  for (const record of earlier) {
    if (record.kind === 'source') {
      if (record.error !== undefined) return 'code this hook could not read';
      continue;
    }
    if (record.container) continue;
    const effective = record.words[record.index];
    if (effective === undefined) continue;
    const name = commandName(effective);
    if (!effective.literal) return `\`${display(record.words)}\``;
    if (isTfName(name)) {
      const sub = record.words.slice(record.index + 1).find((word) => !word.text.startsWith('-'));
      if (sub === undefined) continue;
      if (
        !sub.literal ||
        sub.text === 'plan' ||
        ['run-all', 'run', 'stack', 'exec'].includes(sub.text)
      ) {
        return `\`${display(record.words)}\``;
      }
      continue;
    }
    if (isDestroyGuard(record)) continue;
    if (INERT.has(name)) {
      const writes =
        record.redirects.some(
          (r) => OUTPUT_REDIRECTS.has(r.op) && path.basename(r.target.text) === planName,
        ) ||
        (name === 'tee' && record.words.some((word) => path.basename(word.text) === planName));
      if (writes) return `\`${display(record.words)}\``;
      continue;
    }
    return `\`${display(record.words)}\``;
  }
  return undefined;
}

function isDestroyGuard(record) {
  const name = commandName(record.words[record.index]);
  const launchers = new Set(['destroy-guard', 'npx', 'node', 'pnpm', 'yarn', 'bunx', 'npm']);
  return (
    launchers.has(name) &&
    record.words
      .slice(record.index)
      .some((word) => /^destroy-guard(?:\.js)?$/.test(commandName(word)))
  );
}

// ---------------------------------------------------------------------------------------------
// Assessing a saved plan

/** `terraform show -json PLAN | destroy-guard assess -`: undefined when it passes. */
function assessSavedPlan(plan, sessionCwd) {
  const showArgs = [...plan.globals, 'show', '-json', plan.plan];
  const showText = [plan.family, ...showArgs].join(' ');
  const show = run(plan.bin, showArgs, { cwd: plan.cwd, env: { ...process.env, ...plan.env } });
  if (show.failure !== undefined) {
    return `refused \`${plan.shown}\`: could not read the saved plan (\`${showText}\` in ${plan.cwd} ${show.failure}); ${fixFor(plan.family)}`;
  }
  const guard = guardCommand();
  const guardText = [...guard, 'assess', '-'].join(' ');
  const assess = run(guard[0], [...guard.slice(1), 'assess', '-', '--format', 'json'], {
    cwd: sessionCwd,
    env: process.env,
    input: show.stdout,
    allowExit: [1],
  });
  const report = parseReport(assess.stdout);
  if (assess.failure === undefined && assess.status === 0 && report?.verdict === 'pass')
    return undefined;
  if (assess.failure === undefined && assess.status === 1 && report?.verdict === 'blocked') {
    const risky = report.findings.filter((finding) => finding?.requiresApproval === true);
    const listed = risky.slice(0, 3).map((f) => [f.kind, f.address].filter(Boolean).join(' '));
    const more = risky.length > 3 ? ', …' : '';
    return `refused \`${plan.shown}\`: destroy-guard BLOCKED this saved plan (risk ${report.risk}; ${risky.length} finding${risky.length === 1 ? '' : 's'} require approval: ${listed.join(', ')}${more}); see them with \`${showText} | ${guardText}\`; a person must review and apply this plan, do not work around this check`;
  }
  const why =
    assess.failure ?? `exited ${assess.status} without a report${firstLine(assess.stderr)}`;
  return `refused \`${plan.shown}\`: destroy-guard could not assess the saved plan (\`${guardText}\` ${why}); is destroy-guard installed (npm install --save-dev destroy-guard) or DESTROY_GUARD set?`;
}

function guardCommand() {
  const configured = (process.env.DESTROY_GUARD ?? '').trim();
  return (configured === '' ? DEFAULT_GUARD : configured).split(/\s+/);
}

/** spawnSync within the time budget; `failure` says why when it did not exit 0 (or allowExit). */
function run(command, args, { cwd, env, input, allowExit = [] }) {
  const remaining = deadline - Date.now();
  if (remaining <= 0)
    return {
      failure: 'did not run: the hook ran out of time',
      stdout: '',
      stderr: '',
      status: null,
    };
  const result = spawnSync(command, args, {
    cwd,
    env,
    input: input ?? '',
    encoding: 'utf8',
    timeout: remaining,
    maxBuffer: 1024 * 1024 * 1024,
  });
  const stdout = result.stdout ?? '';
  const stderr = result.stderr ?? '';
  if (result.error !== undefined) {
    const code = /** @type {{ code?: string }} */ (result.error).code;
    const why =
      code === 'ETIMEDOUT'
        ? 'timed out'
        : code === 'ENOENT'
          ? `failed: ${command} was not found`
          : `failed: ${result.error.message}`;
    return { failure: why, stdout, stderr, status: result.status };
  }
  if (result.status !== 0 && !allowExit.includes(result.status)) {
    const how =
      result.status === null ? `was killed by ${result.signal}` : `exited ${result.status}`;
    return { failure: `${how}${firstLine(stderr)}`, stdout, stderr, status: result.status };
  }
  return { failure: undefined, stdout, stderr, status: result.status };
}

function parseReport(text) {
  try {
    const report = JSON.parse(text);
    if (isObject(report) && typeof report.verdict === 'string' && Array.isArray(report.findings))
      return report;
  } catch {
    // not a report: judged as "could not assess"
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function fixFor(tool) {
  return `fix: plan to a file, then apply the saved plan: ${tool} plan -out=tfplan && ${tool} apply tfplan (the apply as a command of its own, so this hook can assess tfplan before it runs)`;
}

function display(words) {
  return clip(words.map((word) => word.text).join(' '));
}

function clip(text, max = 100) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The line of a tool's stderr that says what went wrong (Terraform prints warnings first). */
function firstLine(text) {
  const lines = (text ?? '')
    // eslint-disable-next-line no-control-regex -- ANSI colour codes in Terraform's diagnostics
    .replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
    .split('\n')
    .map((l) => l.replace(/[│╷╵]/g, '').trim());
  const line = lines.find((l) => /\berror\b/i.test(l)) ?? lines.find((l) => l !== '');
  return line === undefined ? '' : `: ${clip(line, 200)}`;
}

function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
