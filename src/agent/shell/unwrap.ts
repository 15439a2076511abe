import type { Word } from './ast.js';
import { commandName } from './names.js';

export const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;

interface WrapperSpec {
  /** Options that take the next word as their value. */
  readonly value?: readonly string[];
  /** Words before the command (`timeout 5m`). */
  readonly positionals?: number;
  /** The subcommand that makes it a wrapper (`aws-vault exec`). */
  readonly sub?: readonly string[];
  /** The command follows `--`. */
  readonly dashdash?: boolean;
  /** Takes NAME=VALUE words (`env`). */
  readonly assignments?: boolean;
  /** Options that start from an empty environment (or the default PATH). */
  readonly clear?: readonly string[];
  /** It always resets PATH (sudo's secure_path). */
  readonly resetsPath?: boolean;
}

/** Programs that run the rest of their arguments as a command. */
const WRAPPERS: Readonly<Record<string, WrapperSpec>> = {
  sudo: { value: ['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T'], resetsPath: true },
  doas: { value: ['-u', '-C'], resetsPath: true },
  env: {
    value: ['-u', '-C', '-S', '--unset', '--chdir', '--split-string'],
    assignments: true,
    clear: ['-i', '--ignore-environment', '-'],
  },
  command: { clear: ['-p'] },
  builtin: {},
  exec: { value: ['-a'] },
  nohup: {},
  time: { value: ['-f', '-o', '--format', '--output'] },
  nice: { value: ['-n', '--adjustment'] },
  ionice: { value: ['-c', '-n', '-p', '--class', '--classdata'] },
  timeout: { value: ['-s', '-k', '--signal', '--kill-after'], positionals: 1 },
  stdbuf: { value: ['-i', '-o', '-e', '--input', '--output', '--error'] },
  setsid: {},
  unbuffer: {},
  chronic: {},
  'aws-vault': {
    sub: ['exec'],
    value: ['-d', '-t', '-r', '--duration', '--region'],
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

export interface Unwrapped {
  /** Where the real command is, after assignments and wrappers. */
  readonly index: number;
  /** Variables set for the command (an expansion's value is unknown: ''). */
  readonly assignments: Record<string, string>;
  /** The names whose value came from an expansion. */
  readonly dynamic: Set<string>;
  /** `env -i`: the command starts from an empty environment. */
  readonly cleared: boolean;
}

/** Assignments, then wrappers (`sudo`, `env`, `timeout 5m`…): where the real command is. */
export function unwrap(words: readonly Word[]): Unwrapped {
  const out = { index: 0, assignments: {}, dynamic: new Set<string>(), cleared: false };
  let i = 0;
  while (i < words.length && ASSIGNMENT.test(words[i]?.text ?? '')) addAssignment(out, words[i++]);
  for (let rounds = 0; rounds < 16 && i < words.length; rounds++) {
    const word = words[i];
    if (word === undefined || !word.literal) break;
    const spec = WRAPPERS[commandName(word)];
    if (spec === undefined) break;
    if (commandName(word) === 'command' && /^-[vV]$/.test(words[i + 1]?.text ?? '')) break;
    const next = skipWrapper(words, i + 1, spec, out);
    if (next === undefined) break;
    i = next;
  }
  return { ...out, index: i };
}

function skipWrapper(
  words: readonly Word[],
  from: number,
  spec: WrapperSpec,
  out: { assignments: Record<string, string>; dynamic: Set<string>; cleared: boolean },
): number | undefined {
  let j = from;
  if (spec.resetsPath === true) out.cleared = true;
  if (spec.sub !== undefined) {
    if (!spec.sub.includes(words[j]?.text ?? '')) return undefined;
    j++;
  }
  if (spec.dashdash) {
    const dashes = words.findIndex((w, k) => k >= j && w.text === '--');
    return dashes < 0 ? undefined : dashes + 1;
  }
  let positionals = spec.positionals ?? 0;
  while (j < words.length) {
    const text = words[j]?.text ?? '';
    if (text === '--') return j + 1;
    if (spec.assignments === true && ASSIGNMENT.test(text)) {
      addAssignment(out, words[j]);
      j++;
      continue;
    }
    if (spec.clear?.includes(text) === true) out.cleared = true;
    if (/^(?:-u|--unset)=?$/.test(text) && words[j + 1]?.text === 'PATH') out.cleared = true;
    if (text === '--unset=PATH' || text === '-uPATH') out.cleared = true;
    if (text.startsWith('-') && text !== '-') {
      j += !text.includes('=') && spec.value?.includes(text) === true ? 2 : 1;
      continue;
    }
    if (text === '-' && spec.clear?.includes('-') === true) {
      j++;
      continue;
    }
    if (positionals > 0) {
      positionals--;
      j++;
      continue;
    }
    break;
  }
  return j;
}

export function addAssignment(
  out: { assignments: Record<string, string>; dynamic: Set<string> },
  word: Word | undefined,
): void {
  if (word === undefined) return;
  const equals = word.text.indexOf('=');
  const name = word.text.slice(0, equals).replace(/\+$/, '');
  out.assignments[name] = word.text.slice(equals + 1);
  if (!word.literal) out.dynamic.add(name);
  else out.dynamic.delete(name);
}
