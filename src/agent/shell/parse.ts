import {
  at,
  newWord,
  ParseError,
  type Command,
  type Cursor,
  type Heredoc,
  type List,
  type Pipeline,
  type Word,
} from './ast.js';
import { parseDoubleQuoted, parseWord } from './word.js';

/** Parses shell source into lists of pipelines of commands; throws ParseError. */
export function parseScript(source: string): List {
  const p: Cursor = { src: source, i: 0, pending: [] };
  const list = parseList(p, undefined);
  readPendingHeredocs(p);
  return list;
}

/** Commands separated by `;`, `&`, `&&`, `||` or newlines, up to `closer` or the end. */
export function parseList(p: Cursor, closer: ')' | undefined): List {
  const items: Pipeline[] = [];
  for (;;) {
    skipBlanks(p);
    const c = at(p);
    if (c === '') {
      if (closer !== undefined) throw new ParseError('a "(" is never closed');
      return { items };
    }
    if (c === '\n') newline(p);
    else if (c === ';' || c === '&') p.i += at(p, 1) === c ? 2 : 1;
    else if (c === '|' && at(p, 1) === '|') p.i += 2;
    else if (c === ')') {
      if (closer === ')') return { items };
      throw new ParseError('unexpected ")"');
    } else items.push(parsePipeline(p));
  }
}

function parsePipeline(p: Cursor): Pipeline {
  const commands = [parseCommand(p)];
  for (;;) {
    skipBlanks(p);
    if (at(p) !== '|' || at(p, 1) === '|') return { commands };
    p.i += at(p, 1) === '&' ? 2 : 1;
    for (;;) {
      skipBlanks(p);
      if (at(p) !== '\n') break;
      newline(p);
    }
    commands.push(parseCommand(p));
  }
}

const REDIRECT = /(\d*)(&>>|&>|<<<|<<-|<<|<>|<&|>>|>&|>\||<(?!\()|>(?!\())/y;

function parseCommand(p: Cursor): Command {
  const command: Command = {
    kind: 'simple',
    words: [],
    redirects: [],
    heredocs: [],
    herestrings: [],
    list: undefined,
  };
  skipBlanks(p);
  if (at(p) === '(') {
    if (at(p, 1) === '(')
      skipArithmetic(p, 2); // (( … )): arithmetic, runs no command
    else {
      p.i++;
      command.kind = 'subshell';
      command.list = parseList(p, ')');
      p.i++;
    }
  }
  for (;;) {
    skipBlanks(p);
    const c = at(p);
    if (c === '' || c === '\n' || c === ';' || c === '|' || c === ')') break;
    if (c === '&' && at(p, 1) !== '>') break;
    if (readRedirect(p, command)) continue;
    if (c === '(' && isFunctionHeader(p, command)) {
      // `name() { …; }`: the body is read as the commands that follow, as if it ran here.
      command.words.unshift({ ...newWordOf('function') });
      return command;
    }
    if (c === '(') throw new ParseError('"(" inside a command (an array) is not read');
    if (command.kind === 'subshell') throw new ParseError('a word follows ")"');
    command.words.push(parseWord(p));
  }
  const empty =
    command.words.length === 0 &&
    command.redirects.length === 0 &&
    command.heredocs.length === 0 &&
    command.herestrings.length === 0;
  if (command.kind === 'simple' && empty && p.src[p.i - 1] !== ')') {
    throw new ParseError(`a command is missing before "${at(p) || 'the end'}"`);
  }
  return command;
}

/** `name ( )`: a function definition; consumes the parentheses. */
function isFunctionHeader(p: Cursor, command: Command): boolean {
  if (command.kind !== 'simple' || command.words.length !== 1 || !command.words[0]?.literal)
    return false;
  const close = /^\(\s*\)/.exec(p.src.slice(p.i));
  if (close === null) return false;
  p.i += close[0].length;
  return true;
}

function newWordOf(text: string): Word {
  return { ...newWord(), text };
}

function readRedirect(p: Cursor, command: Command): boolean {
  REDIRECT.lastIndex = p.i;
  const match = REDIRECT.exec(p.src);
  if (match === null) return false;
  p.i = REDIRECT.lastIndex;
  skipBlanks(p);
  const target = parseWord(p);
  const op = match[2] ?? '';
  if (op === '<<' || op === '<<-') {
    const doc: Heredoc = {
      delimiter: target.text,
      quoted: target.quoted,
      strip: op === '<<-',
      body: '',
      subs: [],
    };
    command.heredocs.push(doc);
    p.pending.push(doc);
  } else if (op === '<<<') command.herestrings.push(target);
  else command.redirects.push({ op, target });
  return true;
}

/** Skips `((…))` from its first `(`: `opened` parentheses are already counted at p.i. */
export function skipArithmetic(p: Cursor, opened: number): void {
  p.i += opened;
  let depth = opened;
  while (depth > 0) {
    const c = at(p);
    if (c === '') throw new ParseError('a "((" is never closed');
    if (c === '(') depth++;
    if (c === ')') depth--;
    p.i++;
  }
}

function skipBlanks(p: Cursor): void {
  for (;;) {
    const c = at(p);
    if (c === ' ' || c === '\t' || c === '\r') p.i++;
    else if (c === '\\' && at(p, 1) === '\n') p.i += 2;
    else if (c === '#') while (p.i < p.src.length && at(p) !== '\n') p.i++;
    else return;
  }
}

function newline(p: Cursor): void {
  p.i++;
  readPendingHeredocs(p);
}

/** Heredoc bodies start on the line after their `<<`: read each up to its delimiter line. */
function readPendingHeredocs(p: Cursor): void {
  for (let doc = p.pending.shift(); doc !== undefined; doc = p.pending.shift()) {
    const lines: string[] = [];
    while (p.i < p.src.length) {
      let end = p.src.indexOf('\n', p.i);
      if (end < 0) end = p.src.length;
      let line = p.src.slice(p.i, end);
      p.i = Math.min(end + 1, p.src.length);
      if (doc.strip) line = line.replace(/^\t+/, '');
      if (line === doc.delimiter) break;
      lines.push(line);
    }
    doc.body = lines.length > 0 ? `${lines.join('\n')}\n` : '';
    if (!doc.quoted) {
      // An unquoted delimiter expands the body: its $( ) and backticks run.
      const holder = newWord();
      parseDoubleQuoted({ src: doc.body, i: 0, pending: [] }, holder, true);
      doc.subs = holder.subs;
    }
  }
}
