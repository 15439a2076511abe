/**
 * From shell source to the commands it would run, as records the hook judges one by one.
 * Code the command hands to something else (`bash -c`, `eval`, heredocs to a shell, scripts
 * it runs, `python -c`) is read too: shell is parsed, other languages are kept as text.
 */
import { homedir } from 'node:os';
import path from 'node:path';
import {
  ParseError,
  type Command,
  type Heredoc,
  type List,
  type Redirect,
  type Word,
} from './ast.js';
import { commandName, expandTilde, wordSet } from './names.js';
import { parseScript } from './parse.js';
import { innerCode, readsCodeFromStdin } from './inner-code.js';
import { addAssignment, ASSIGNMENT, unwrap } from './unwrap.js';

/** `bash -c`, `eval` and scripts within each other: deeper is not read. */
const MAX_DEPTH = 8;

export interface CommandRecord {
  readonly kind: 'command';
  readonly words: readonly Word[];
  /** `words[index]` is the program, after assignments and wrappers. */
  readonly index: number;
  readonly redirects: readonly Redirect[];
  readonly heredocs: readonly Heredoc[];
  readonly herestrings: readonly Word[];
  /** The directory it runs in; undefined after `cd "$X"`. */
  readonly cwd: string | undefined;
  /** Variables set for it, exported earlier or assigned in front of it. */
  readonly env: Readonly<Record<string, string>>;
  /** Variables whose value is an expansion this reader cannot know. */
  readonly dynamic: ReadonlySet<string>;
  /** `env -i`: it starts from an empty environment. */
  readonly cleared: boolean;
  /** A later stage of the pipeline runs its output as code (`echo … | bash`). */
  readonly asCode: boolean;
}

/** A piece of code read: the command itself, a `bash -c` string, a script, `python -c` text. */
export interface SourceRecord {
  readonly kind: 'source';
  readonly text: string;
  /** Shell is parsed into the records after it; other code is judged as text only. */
  readonly shell: boolean;
  /** Read from a file on disk (a script), not typed into the command by the agent. */
  readonly fromFile: boolean;
  readonly error: string | undefined;
}

export type ShellRecord = CommandRecord | SourceRecord;

interface State {
  cwd: string | undefined;
  env: Record<string, string>;
  dynamic: Set<string>;
}

interface Context {
  readonly asCode: boolean;
  readonly depth: number;
}

/** Leading words that are shell grammar, not commands. */
const PREFIX_KEYWORDS = wordSet('! { } if then else elif fi do done while until esac coproc');
/** Words that are a loop or case header: they run nothing themselves. */
const HEADER_KEYWORDS = wordSet('for select case');

/** The commands `source` would run, in order, for a shell starting in `cwd`. */
export function collectCommands(source: string, cwd: string): ShellRecord[] {
  const records: ShellRecord[] = [];
  const state: State = { cwd, env: {}, dynamic: new Set() };
  collectSource(source, state, { asCode: false, depth: 0 }, records);
  return records;
}

function collectSource(
  source: string,
  state: State,
  ctx: Context,
  records: ShellRecord[],
  fromFile = false,
): void {
  let list: List;
  try {
    list = parseScript(source);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    records.push({ kind: 'source', text: source, shell: true, fromFile, error: error.message });
    return;
  }
  records.push({ kind: 'source', text: source, shell: true, fromFile, error: undefined });
  collectList(list, state, ctx, records);
}

function collectList(list: List, state: State, ctx: Context, records: ShellRecord[]): void {
  for (const { commands } of list.items) {
    // `echo … | bash`: the stages before a shell reading standard input produce code.
    let codeBefore = -1;
    commands.forEach((command, i) => {
      if (i > 0 && command.kind === 'simple' && readsCodeFromStdin(stripKeywords(command.words)))
        codeBefore = i;
    });
    commands.forEach((command, i) => {
      // Each stage of a multi-stage pipeline runs in a subshell: a `cd` there does not last.
      const stageState = commands.length > 1 ? cloneState(state) : state;
      const asCode = ctx.asCode || i < codeBefore;
      collectCommand(command, stageState, { ...ctx, asCode }, records);
    });
  }
}

function collectCommand(
  command: Command,
  state: State,
  ctx: Context,
  records: ShellRecord[],
): void {
  const substituted = [
    ...command.words,
    ...command.redirects.map((r) => r.target),
    ...command.herestrings,
  ];
  for (const word of substituted)
    for (const sub of word.subs) collectList(sub, cloneState(state), ctx, records);
  for (const doc of command.heredocs)
    for (const sub of doc.subs) collectList(sub, cloneState(state), ctx, records);
  if (command.kind === 'subshell') {
    if (command.list !== undefined) collectList(command.list, cloneState(state), ctx, records);
    return;
  }
  const words = stripKeywords(command.words);
  const shape = unwrap(words);
  const record: CommandRecord = {
    kind: 'command',
    words,
    index: shape.index,
    redirects: command.redirects,
    heredocs: command.heredocs,
    herestrings: command.herestrings,
    cwd: state.cwd,
    env: { ...state.env, ...shape.assignments },
    dynamic: new Set([...state.dynamic, ...shape.dynamic]),
    cleared: shape.cleared,
    asCode: ctx.asCode,
  };
  records.push(record);
  for (const code of innerCode(record)) {
    if (ctx.depth >= MAX_DEPTH) {
      records.push({
        kind: 'source',
        text: code.text,
        shell: false,
        fromFile: code.fromFile,
        error: 'nested too deep',
      });
    } else if (code.shell) {
      const inner = code.sameShell ? state : cloneState(state);
      collectSource(
        code.text,
        inner,
        { asCode: false, depth: ctx.depth + 1 },
        records,
        code.fromFile,
      );
    } else {
      records.push({
        kind: 'source',
        text: code.text,
        shell: false,
        fromFile: code.fromFile,
        error: undefined,
      });
    }
  }
  if (shape.index === 0 || shape.index === words.length) changeState(record, state);
}

/** Drops grammar words; a loop header runs nothing; `function f {` runs what follows `{`. */
function stripKeywords(words: readonly Word[]): Word[] {
  let i = 0;
  const isKeyword = (k: number, set: ReadonlySet<string>): boolean =>
    words[k]?.literal === true && set.has(words[k]?.text ?? '');
  while (i < words.length && isKeyword(i, PREFIX_KEYWORDS)) i++;
  if (isKeyword(i, HEADER_KEYWORDS)) return [];
  if (words[i]?.literal === true && words[i]?.text === 'function') {
    const brace = words.findIndex((w, k) => k > i && w.literal && w.text === '{');
    return brace < 0 ? [] : stripKeywords(words.slice(brace + 1));
  }
  return words.slice(i);
}

/** `cd`, `pushd`, `popd` and `export` change what later commands in the same shell see. */
function changeState(record: CommandRecord, state: State): void {
  const name = commandName(record.words[record.index]);
  const args = record.words.slice(record.index + 1);
  if (name === 'cd' || name === 'pushd') {
    const target = args.find((word) => !/^-[LPe@]+$/.test(word.text) && word.text !== '--');
    if (target === undefined) state.cwd = name === 'cd' ? homedir() : undefined;
    else if (!target.literal || /^(?:-|[+-]\d+)$/.test(target.text) || state.cwd === undefined)
      state.cwd = undefined;
    else state.cwd = path.resolve(state.cwd, expandTilde(target));
  } else if (name === 'popd') {
    state.cwd = undefined;
  } else if (name === 'export' || name === 'declare' || name === 'typeset' || name === 'local') {
    const out = { assignments: state.env, dynamic: state.dynamic };
    for (const word of args) if (ASSIGNMENT.test(word.text)) addAssignment(out, word);
  }
  // A bare `PATH=…` with no command sets it for the rest of the shell.
  if (record.words.length > 0 && record.index === record.words.length) {
    const out = { assignments: state.env, dynamic: state.dynamic };
    for (const word of record.words) addAssignment(out, word);
  }
}

function cloneState(state: State): State {
  return { cwd: state.cwd, env: { ...state.env }, dynamic: new Set(state.dynamic) };
}
