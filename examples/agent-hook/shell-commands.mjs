/**
 * shell-commands.mjs: from shell source to the commands it would run, as records the hook
 * judges one by one.
 *
 * A command record: `{ kind: 'command', words, index, redirects, heredocs, herestrings, cwd,
 * env, cwdChanged, asCode, container }`. `words[index]` is the program after environment
 * assignments and wrappers (`sudo`, `env`, `timeout 5m`…); `cwd` is the directory it runs in
 * (undefined after `cd "$X"`), `env` the variables set for it; `asCode`: its output is run as
 * code by a later pipeline stage (`echo … | bash`); `container`: the code it runs (`bash -c`,
 * `eval`, a heredoc to a shell, a script) was read and recorded after it.
 */
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { parseScript, ParseError } from './shell-parse.mjs';

/** Scripts larger than this are not read (a 1 MiB shell script is not a deploy script). */
const MAX_SCRIPT_BYTES = 1024 * 1024;
/** `bash -c`, `eval` and scripts within each other: deeper is not read. */
const MAX_DEPTH = 8;

/** A set from whitespace-separated words: long lists of names stay readable. */
export function words(text) {
  return new Set(text.split(/\s+/).filter((word) => word !== ''));
}

const TF_NAME = /^(?:terraform|tofu|terragrunt)(?:[-_]?v?\d[\w.]*)?$/;

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'mksh', 'ash', 'yash']);

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;

/**
 * Programs that only print, search or move around: text in their arguments is data.
 * `awk`, `sed`, `python`… are not here: they can run commands.
 */
export const INERT = words(`
  echo printf cat tee less more head tail wc sort uniq diff grep egrep fgrep zgrep rg ag ack git
  man which type whereis hash help true false : test [ [[ ls pwd cd pushd popd dirs export unset
  set sleep date jq
`);

/**
 * Programs that run the rest of their arguments as a command, in the same directory.
 * `value`: options that take the next word; `positionals`: words before the command;
 * `sub`: the subcommand that makes them a wrapper; `dashdash`: the command follows `--`;
 * `chdir`: options that change the directory (the plan file is then somewhere else).
 */
const WRAPPERS = {
  sudo: {
    value: ['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T'],
    valuePrefix: ['--user', '--group', '--host', '--prompt', '--close-from', '--chdir'],
    chdir: ['-D', '--chdir'],
  },
  doas: { value: ['-u', '-C'] },
  env: {
    value: ['-u', '-C', '-S'],
    valuePrefix: ['--unset', '--chdir', '--split-string'],
    assignments: true,
    chdir: ['-C', '--chdir'],
  },
  command: {},
  builtin: {},
  exec: { value: ['-a'] },
  nohup: {},
  time: { value: ['-f', '-o'], valuePrefix: ['--format', '--output'] },
  nice: { value: ['-n'], valuePrefix: ['--adjustment'] },
  ionice: { value: ['-c', '-n', '-p'], valuePrefix: ['--class', '--classdata'] },
  timeout: { value: ['-s', '-k'], valuePrefix: ['--signal', '--kill-after'], positionals: 1 },
  stdbuf: { value: ['-i', '-o', '-e'], valuePrefix: ['--input', '--output', '--error'] },
  caffeinate: { value: ['-t', '-w'] },
  unbuffer: {},
  chronic: {},
  'aws-vault': {
    sub: ['exec'],
    value: ['-d', '-t', '-r'],
    valuePrefix: ['--duration', '--mfa-token', '--region'],
    positionals: 1,
  },
  asdf: { sub: ['exec'] },
  direnv: { sub: ['exec'], positionals: 1 },
  mise: { sub: ['exec', 'x'], dashdash: true },
  op: { sub: ['run'], dashdash: true },
  doppler: { sub: ['run'], dashdash: true },
  infisical: { sub: ['run'], dashdash: true },
  dotenv: { dashdash: true },
};

/** Leading words that are shell grammar, not commands. */
const PREFIX_KEYWORDS = new Set([
  '!',
  '{',
  '}',
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'do',
  'done',
  'while',
  'until',
  'esac',
  'coproc',
]);

/** Commands whose words are a loop or a definition header: they run nothing themselves. */
const HEADER_KEYWORDS = new Set(['for', 'select', 'case', 'function']);

/**
 * The commands `source` would run, in order, one record per simple command, for a shell
 * starting in `cwd`. Each piece of source read (the command, and the `bash -c` strings,
 * heredocs and scripts it runs) is also recorded, as `{ kind: 'source', text, error }`, with
 * the parse error when it could not be read.
 */
export function collectCommands(source, cwd) {
  const records = [];
  collectSource(source, { cwd, env: {} }, { asCode: false, depth: 0 }, records);
  return records;
}

function collectSource(source, state, ctx, records) {
  let list;
  try {
    list = parseScript(source);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    records.push({ kind: 'source', text: source, error: error.message });
    return;
  }
  records.push({ kind: 'source', text: source, error: undefined });
  collectList(list, state, ctx, records);
}

/**
 * Flattens the parse tree into records, one per simple command, in the order they run.
 * `state` is the directory and exported environment (copied where bash forks a subshell);
 * `ctx.asCode`: this command's output is run as shell code by a later pipeline stage.
 */
function collectList(list, state, ctx, records) {
  for (const pipeline of list.items) {
    const { commands } = pipeline;
    // `echo … | bash`: the stages before a shell reading standard input produce code.
    let codeBefore = -1;
    commands.forEach((command, i) => {
      if (i > 0 && readsCodeFromStdin(command)) codeBefore = i;
    });
    commands.forEach((command, i) => {
      // bash runs each stage of a multi-stage pipeline in a subshell: a `cd` there does not last.
      const stageState = commands.length > 1 ? cloneState(state) : state;
      collectCommand(
        command,
        stageState,
        { ...ctx, asCode: ctx.asCode || i < codeBefore },
        records,
      );
    });
  }
}

function collectCommand(command, state, ctx, records) {
  const substitutionWords = [
    ...command.words,
    ...command.redirects.map((r) => r.target),
    ...command.herestrings,
  ];
  if (command.kind === 'subshell') {
    collectList(command.list, cloneState(state), ctx, records);
    for (const word of substitutionWords)
      for (const sub of word.subs) collectList(sub, cloneState(state), ctx, records);
    return;
  }
  const words = stripKeywords(command.words);
  const shape = unwrap(words);
  const effective = words[shape.index];
  const name = effective?.literal ? commandName(effective) : '';
  const isShell = SHELLS.has(name);

  // Substitutions run before the command, each in a subshell; `bash <(…)` runs its output.
  for (const word of substitutionWords) {
    for (const sub of word.subs) {
      collectList(
        sub,
        cloneState(state),
        { ...ctx, asCode: ctx.asCode || (isShell && word.procSubst) },
        records,
      );
    }
  }
  for (const doc of command.heredocs)
    for (const sub of doc.subs) collectList(sub, cloneState(state), ctx, records);

  const record = {
    kind: 'command',
    words,
    index: shape.index,
    redirects: command.redirects,
    heredocs: command.heredocs,
    herestrings: command.herestrings,
    cwd: state.cwd,
    env: { ...state.env, ...shape.assignments },
    cwdChanged: shape.cwdChanged,
    asCode: ctx.asCode,
    container: false,
  };
  records.push(record);
  if (effective !== undefined && effective.literal)
    collectInnerCode(record, name, state, ctx, records);
  if (shape.index === 0) changeState(record, name, state);
}

/** Code this command runs that can be read: `bash -c`, `eval`, heredocs to a shell, scripts. */
function collectInnerCode(record, name, state, ctx, records) {
  const { words, index } = record;
  const sources = [];
  let sameShell = false;
  if (SHELLS.has(name)) {
    const shell = shellOperands(words, index);
    if (shell.command) {
      if (shell.operand !== undefined) sources.push(shell.operand.text);
    } else if (shell.operand !== undefined && !shell.stdin) {
      sources.push(readScript(shell.operand, state.cwd));
    } else {
      sources.push(
        ...record.heredocs.map((doc) => doc.body),
        ...record.herestrings.map((word) => word.text),
      );
      for (const redirect of record.redirects)
        if (redirect.op === '<') sources.push(readScript(redirect.target, state.cwd));
    }
  } else if (name === 'eval') {
    sources.push(
      words
        .slice(index + 1)
        .map((word) => word.text)
        .join(' '),
    );
    sameShell = true;
  } else if (name === 'source' || name === '.') {
    const file = words[index + 1];
    if (file !== undefined) sources.push(readScript(file, state.cwd));
    sameShell = true;
  } else if (
    words[index].text.includes('/') &&
    !isTfName(name) &&
    !INERT.has(name) &&
    !isGuardedApply(name)
  ) {
    // A script run by path (`./deploy.sh`); guarded-apply itself is the guard, not read.
    sources.push(readScript(words[index], state.cwd, { shebang: true }));
  }
  const readable = sources.filter((source) => source !== undefined);
  if (readable.length === 0) return;
  record.container = true;
  for (const source of readable) {
    if (ctx.depth >= MAX_DEPTH) {
      // Recorded unread: the judge refuses it when it mentions apply.
      records.push({ kind: 'source', text: source, error: `nested more than ${MAX_DEPTH} deep` });
      continue;
    }
    collectSource(
      source,
      sameShell ? state : cloneState(state),
      { ...ctx, depth: ctx.depth + 1 },
      records,
    );
  }
}

/** `bash [options] [-c STRING | FILE] …`: what the shell runs. */
function shellOperands(words, index) {
  let command = false;
  let stdin = false;
  let j = index + 1;
  for (; j < words.length; j++) {
    const text = words[j].text;
    if (text === '--' || text === '-') {
      j++;
      break;
    }
    if (text.startsWith('--')) {
      if (text === '--rcfile' || text === '--init-file') j++;
      continue;
    }
    if (/^[-+][A-Za-z]+$/.test(text)) {
      if (text[0] === '-' && text.includes('c')) command = true;
      if (text[0] === '-' && text.includes('s')) stdin = true;
      if (/[oO]/.test(text.slice(1))) j++; // -o OPTION, -O SHOPT
      continue;
    }
    break;
  }
  return { command, stdin, operand: words[j] };
}

/** A stage that runs its standard input as code: `bash`, `sh -s`, `xargs`, `source /dev/stdin`. */
function readsCodeFromStdin(command) {
  if (command.kind !== 'simple') return false;
  const words = stripKeywords(command.words);
  const shape = unwrap(words);
  const effective = words[shape.index];
  if (effective === undefined || !effective.literal) return false;
  const name = commandName(effective);
  if (name === 'xargs' || name === 'parallel') return true;
  if (
    (name === 'source' || name === '.') &&
    /^\/dev\/(?:stdin|fd\/0)$/.test(words[shape.index + 1]?.text ?? '')
  )
    return true;
  if (!SHELLS.has(name)) return false;
  const shell = shellOperands(words, shape.index);
  return !shell.command && (shell.operand === undefined || shell.stdin);
}

/** The text of a shell script a command runs, when it can be read; undefined otherwise. */
function readScript(word, cwd, { shebang = false } = {}) {
  if (!word.literal || cwd === undefined) return undefined;
  const file = path.resolve(cwd, expandTilde(word));
  try {
    const stats = statSync(file);
    if (!stats.isFile() || stats.size > MAX_SCRIPT_BYTES) return undefined;
    const text = readFileSync(file, 'utf8');
    if (shebang) {
      const first = text.split('\n', 1)[0] ?? '';
      const isShell = first.startsWith('#!')
        ? /^#!\s*\S*?(?:\/|\benv\s+(?:-\S+\s+)*)(?:ba|z|da|k|mk|a|ya)?sh\b/.test(first)
        : file.endsWith('.sh');
      if (!isShell) return undefined;
    }
    return text;
  } catch {
    return undefined;
  }
}

/** Assignments, then wrappers (`sudo`, `env`, `timeout 5m`…): where the real command is. */
function unwrap(words) {
  const assignments = {};
  let cwdChanged = false;
  let i = 0;
  while (i < words.length && ASSIGNMENT.test(words[i].text)) addAssignment(assignments, words[i++]);
  for (let rounds = 0; rounds < 16 && i < words.length; rounds++) {
    const word = words[i];
    if (!word.literal) break;
    const name = commandName(word);
    if (!Object.hasOwn(WRAPPERS, name)) break;
    const spec = WRAPPERS[name];
    if (name === 'command' && /^-[vV]$/.test(words[i + 1]?.text ?? '')) break; // a look-up
    let j = i + 1;
    if (spec.sub !== undefined) {
      if (!spec.sub.includes(words[j]?.text ?? '')) break;
      j++;
    }
    if (spec.dashdash) {
      const dashes = words.findIndex((w, k) => k >= j && w.text === '--');
      if (dashes < 0) break;
      i = dashes + 1;
      continue;
    }
    let positionals = spec.positionals ?? 0;
    while (j < words.length) {
      const text = words[j].text;
      if (text === '--') {
        j++;
        break;
      }
      if (spec.assignments && ASSIGNMENT.test(text)) {
        addAssignment(assignments, words[j++]);
        continue;
      }
      if (text.startsWith('-') && text !== '-') {
        const flag = text.split('=')[0];
        if (
          spec.chdir?.some(
            (option) => flag === option || (option.length === 2 && flag.startsWith(option)),
          )
        )
          cwdChanged = true;
        const takesValue =
          !text.includes('=') && (spec.value?.includes(text) || spec.valuePrefix?.includes(text));
        j += takesValue ? 2 : 1;
        continue;
      }
      if (positionals > 0) {
        positionals--;
        j++;
        continue;
      }
      break;
    }
    i = j;
  }
  return { index: i, assignments, cwdChanged };
}

function addAssignment(assignments, word) {
  const equals = word.text.indexOf('=');
  const name = word.text.slice(0, equals).replace(/\+$/, '');
  // An expansion's value is unknown; the variable is still marked as set.
  assignments[name] = word.literal ? word.text.slice(equals + 1) : '';
}

function stripKeywords(words) {
  let i = 0;
  while (i < words.length && words[i].literal && PREFIX_KEYWORDS.has(words[i].text)) i++;
  if (i < words.length && words[i].literal && HEADER_KEYWORDS.has(words[i].text)) return [];
  return words.slice(i);
}

/** `cd`, `pushd`, `popd` and `export` change what later commands in the same shell see. */
function changeState(record, name, state) {
  const args = record.words.slice(record.index + 1);
  if (name === 'cd' || name === 'pushd') {
    const operands = args.filter((word) => !/^-[LPe@]+$/.test(word.text) && word.text !== '--');
    const target = operands[0];
    if (target === undefined) state.cwd = name === 'cd' ? homedir() : undefined;
    else if (
      !target.literal ||
      target.text === '-' ||
      /^[+-]\d+$/.test(target.text) ||
      state.cwd === undefined
    )
      state.cwd = undefined;
    else state.cwd = path.resolve(state.cwd, expandTilde(target));
  } else if (name === 'popd') {
    state.cwd = undefined;
  } else if (name === 'export') {
    for (const word of args) if (ASSIGNMENT.test(word.text)) addAssignment(state.env, word);
  }
}

function cloneState(state) {
  return { cwd: state.cwd, env: { ...state.env } };
}

// ---------------------------------------------------------------------------------------------
// Names

/** The program a word names: `/usr/local/bin/terraform` → terraform, `hashicorp/terraform:1.9` → terraform. */
export function commandName(word) {
  if (word === undefined) return '';
  const trimmed = word.text.replace(/\/+$/, '');
  return trimmed
    .slice(trimmed.lastIndexOf('/') + 1)
    .replace(/[:@].*$/, '')
    .replace(/\.exe$/i, '');
}

export function isGuardedApply(name) {
  return /^guarded-apply(?:\.sh)?$/.test(name);
}

export function isTfName(name) {
  return TF_NAME.test(name);
}

export function findTfWord(words, from) {
  for (let k = from; k < words.length; k++)
    if (words[k].literal && isTfName(commandName(words[k]))) return k;
  return -1;
}

export function expandTilde(word) {
  if (!word.tilde) return word.text;
  if (word.text === '~') return homedir();
  if (word.text.startsWith('~/')) return path.join(homedir(), word.text.slice(2));
  return word.text;
}
