import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Word } from './ast.js';
import type { CommandRecord } from './commands.js';
import { commandName, expandTilde, isTfName, wordSet } from './names.js';
import { unwrap } from './unwrap.js';

/** Scripts larger than this are not read (a 1 MiB script is not a deploy script). */
const MAX_SCRIPT_BYTES = 1024 * 1024;

export const SHELLS = wordSet('sh bash zsh dash ksh mksh ash yash fish');

/** Interpreters and the options after which their code follows as one word. */
const INTERPRETERS: Readonly<Record<string, readonly string[]>> = {
  python: ['-c'],
  python3: ['-c'],
  python2: ['-c'],
  node: ['-e', '--eval', '-p', '--print'],
  nodejs: ['-e', '--eval', '-p', '--print'],
  deno: ['eval'],
  bun: ['-e', '--eval'],
  perl: ['-e', '-E'],
  ruby: ['-e'],
  php: ['-r'],
  lua: ['-e'],
  Rscript: ['-e'],
  osascript: ['-e'],
};

/** Readers whose output, piped into a shell, is the file they read (`cat deploy.sh | bash`). */
const FILE_PRINTERS = wordSet('cat head tail tac less more');

/** Code a command runs that is in reach: read now, judged with the command. */
export interface InnerCode {
  readonly text: string;
  readonly shell: boolean;
  /** `eval`, `source`: it runs in this shell, so its `cd` and `export` last. */
  readonly sameShell: boolean;
  /** Read from a file on disk, not typed into the command. */
  readonly fromFile: boolean;
}

export function innerCode(record: CommandRecord): InnerCode[] {
  const { words, index, cwd } = record;
  const program = words[index];
  if (program === undefined || !program.literal) return [];
  const name = commandName(program);
  const shell = (text: string | undefined, sameShell = false, fromFile = false): InnerCode[] =>
    text === undefined ? [] : [{ text, shell: true, sameShell, fromFile }];
  const fedText = [
    ...record.heredocs.map((doc) => doc.body),
    ...record.herestrings.map((word) => word.text),
    ...record.redirects.filter((r) => r.op === '<').flatMap((r) => readable(r.target, cwd)),
  ];
  if (SHELLS.has(name)) {
    const operands = shellOperands(words, index);
    if (operands.command) return shell(operands.operand?.text);
    if (operands.operand !== undefined && !operands.stdin)
      return shell(readScript(operands.operand, cwd), false, true);
    return fedText.flatMap((text) => shell(text));
  }
  if (name === 'eval')
    return shell(
      words
        .slice(index + 1)
        .map((word) => word.text)
        .join(' '),
      true,
    );
  if (name === 'source' || name === '.') {
    const file = words[index + 1];
    return file === undefined ? [] : shell(readScript(file, cwd), true, true);
  }
  const codeFlags = INTERPRETERS[name.replace(/[\d.]+$/, '')] ?? INTERPRETERS[name];
  if (codeFlags !== undefined) return interpreterCode(words, index, codeFlags, cwd, fedText);
  if (record.asCode && FILE_PRINTERS.has(name))
    return words.slice(index + 1).flatMap((word) => shell(readScript(word, cwd), false, true));
  // guarded-apply is the guard's own script: judged by its options, not read.
  if (program.text.includes('/') && !isTfName(name) && !/^guarded-apply(?:\.sh)?$/.test(name))
    return scriptByPath(program, cwd);
  return [];
}

function interpreterCode(
  words: readonly Word[],
  index: number,
  codeFlags: readonly string[],
  cwd: string | undefined,
  fedText: readonly string[],
): InnerCode[] {
  const out: InnerCode[] = fedText.map((text) => ({
    text,
    shell: false,
    sameShell: false,
    fromFile: true,
  }));
  const args = words.slice(index + 1);
  const flagAt = args.findIndex((word) => codeFlags.includes(word.text));
  const code = flagAt >= 0 ? args[flagAt + 1] : undefined;
  if (code !== undefined)
    out.push({ text: code.text, shell: false, sameShell: false, fromFile: false });
  else {
    const file = args.find((word) => !word.text.startsWith('-'));
    const text = file === undefined ? undefined : readScript(file, cwd);
    if (text !== undefined) out.push({ text, shell: false, sameShell: false, fromFile: true });
  }
  return out;
}

/** `./deploy.sh`, `./destroy.py`: read; a shell script is parsed, anything else is text. */
function scriptByPath(program: Word, cwd: string | undefined): InnerCode[] {
  const text = readScript(program, cwd);
  if (text === undefined) return [];
  const first = text.split('\n', 1)[0] ?? '';
  const isShell = first.startsWith('#!')
    ? /^#!\s*\S*?(?:\/|\benv\s+(?:-\S+\s+)*)(?:ba|z|da|k|mk|a|ya)?sh\b/.test(first)
    : program.text.endsWith('.sh');
  return [{ text, shell: isShell, sameShell: false, fromFile: true }];
}

/** `bash [options] [-c STRING | FILE] …`: what the shell runs. */
function shellOperands(
  words: readonly Word[],
  index: number,
): { command: boolean; stdin: boolean; operand: Word | undefined } {
  let command = false;
  let stdin = false;
  let j = index + 1;
  for (; j < words.length; j++) {
    const text = words[j]?.text ?? '';
    if (text === '--' || text === '-') {
      j++;
      break;
    }
    if (text.startsWith('--')) {
      if (text === '--rcfile' || text === '--init-file') j++;
      continue;
    }
    if (!/^[-+][A-Za-z]+$/.test(text)) break;
    if (text[0] === '-' && text.includes('c')) command = true;
    if (text[0] === '-' && text.includes('s')) stdin = true;
    if (/[oO]/.test(text.slice(1))) j++; // -o OPTION, -O SHOPT
  }
  return { command, stdin, operand: words[j] };
}

/**
 * A stage that runs its standard input as code: `bash`, `sh -s`, `python -`, `source /dev/stdin`.
 * Not xargs: it passes words to a program, and a guarded program is the shim.
 */
export function readsCodeFromStdin(words: readonly Word[]): boolean {
  const shape = unwrap(words);
  const program = words[shape.index];
  if (program === undefined || !program.literal) return false;
  const name = commandName(program);
  if (INTERPRETERS[name.replace(/[\d.]+$/, '')] !== undefined || INTERPRETERS[name] !== undefined)
    return words.length === shape.index + 1 || words[shape.index + 1]?.text === '-';
  if (
    (name === 'source' || name === '.') &&
    /^\/dev\/(?:stdin|fd\/0)$/.test(words[shape.index + 1]?.text ?? '')
  )
    return true;
  if (!SHELLS.has(name)) return false;
  const shell = shellOperands(words, shape.index);
  return !shell.command && (shell.operand === undefined || shell.stdin);
}

function readable(word: Word, cwd: string | undefined): string[] {
  const text = readScript(word, cwd);
  return text === undefined ? [] : [text];
}

/** The text of a script a command runs, when it can be read now; undefined otherwise. */
export function readScript(word: Word, cwd: string | undefined): string | undefined {
  if (!word.literal || cwd === undefined) return undefined;
  const file = path.resolve(cwd, expandTilde(word));
  try {
    const stats = statSync(file);
    if (!stats.isFile() || stats.size > MAX_SCRIPT_BYTES) return undefined;
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
