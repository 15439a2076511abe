import { at, newWord, ParseError, type Cursor, type Word } from './ast.js';
import { parseList, parseScript, skipArithmetic } from './parse.js';

const WORD_END = new Set([' ', '\t', '\r', '\n', ';', '&', '|', '(', ')']);

export function parseWord(p: Cursor): Word {
  const word = newWord();
  const start = p.i;
  if (at(p) === '~') word.tilde = true;
  for (;;) {
    const c = at(p);
    if (c === '' || WORD_END.has(c)) {
      if (c === '(' && p.i === start) throw new ParseError('unexpected "("');
      break;
    }
    if (c === '<' || c === '>') {
      if (at(p, 1) !== '(') break;
      const from = p.i;
      p.i += 2;
      word.subs.push(parseList(p, ')'));
      p.i++;
      word.text += p.src.slice(from, p.i);
      word.literal = false;
      word.procSubst = true;
    } else if (c === '\\') {
      const next = at(p, 1);
      if (next !== '\n' && next !== '') {
        word.text += next;
        word.quoted = true;
      }
      p.i += next === '' ? 1 : 2;
    } else if (c === "'") {
      const end = p.src.indexOf("'", p.i + 1);
      if (end < 0) throw new ParseError("a ' is never closed");
      word.text += p.src.slice(p.i + 1, end);
      word.quoted = true;
      p.i = end + 1;
    } else if (c === '"') {
      p.i++;
      parseDoubleQuoted(p, word, false);
    } else if (c === '$') parseDollar(p, word, false);
    else if (c === '`') parseBacktick(p, word);
    else {
      word.text += c;
      p.i++;
    }
  }
  if (p.i === start) throw new ParseError(`a word is missing before "${at(p) || 'the end'}"`);
  return word;
}

/** Inside "…" (or an unquoted heredoc body, up to the end): `\`, `$` and backticks are special. */
export function parseDoubleQuoted(p: Cursor, word: Word, toEnd: boolean): void {
  word.quoted = true;
  for (;;) {
    const c = at(p);
    if (c === '') {
      if (toEnd) return;
      throw new ParseError('a " is never closed');
    }
    if (c === '"' && !toEnd) {
      p.i++;
      return;
    }
    if (c === '\\') {
      const next = at(p, 1);
      if (next === '\n') p.i += 2;
      else if (next !== '' && '$`"\\'.includes(next) && (next !== '"' || !toEnd)) {
        word.text += next;
        p.i += 2;
      } else {
        word.text += c;
        p.i++;
      }
    } else if (c === '$') parseDollar(p, word, true);
    else if (c === '`') parseBacktick(p, word);
    else {
      word.text += c;
      p.i++;
    }
  }
}

/** `$…`: parameters, `$( )`, `$(( ))`, `${ }`, `$'…'`. Expansions keep their source text. */
function parseDollar(p: Cursor, word: Word, quoted: boolean): void {
  const from = p.i;
  const next = at(p, 1);
  if (!quoted && next === "'") return parseAnsiC(p, word);
  if (!quoted && next === '"') {
    p.i++; // $"…": a translated string, read as "…"
    return;
  }
  if (next === '(') {
    if (at(p, 2) === '(') {
      p.i++;
      skipArithmetic(p, 2);
    } else {
      p.i += 2;
      word.subs.push(parseList(p, ')'));
      p.i++;
    }
  } else if (next === '{') {
    skipBraced(p, word, quoted);
  } else if (/[A-Za-z_]/.test(next)) {
    p.i += 1 + (/^[A-Za-z_][A-Za-z0-9_]*/.exec(p.src.slice(p.i + 1, p.i + 256))?.[0].length ?? 0);
  } else if (/[0-9@*#?$!-]/.test(next) && next !== '') {
    p.i += 2;
  } else {
    word.text += '$';
    p.i++;
    return;
  }
  word.text += p.src.slice(from, p.i);
  word.literal = false;
}

/** `${ … }`: skipped to its closing brace; substitutions inside it still run. */
function skipBraced(p: Cursor, word: Word, quoted: boolean): void {
  const before = word.text;
  p.i += 2;
  let depth = 1;
  while (depth > 0) {
    const c = at(p);
    if (c === '') throw new ParseError('a "${" is never closed');
    if (c === '\\') p.i += 2;
    else if (c === "'" && !quoted) {
      const end = p.src.indexOf("'", p.i + 1);
      if (end < 0) throw new ParseError("a ' is never closed");
      p.i = end + 1;
    } else if (c === '"') {
      p.i++;
      parseDoubleQuoted(p, word, false);
    } else if (c === '$') parseDollar(p, word, true);
    else if (c === '`') parseBacktick(p, word);
    else {
      if (c === '{') depth++;
      if (c === '}') depth--;
      p.i++;
    }
  }
  word.text = before;
}

function parseBacktick(p: Cursor, word: Word): void {
  const from = p.i;
  p.i++;
  let inner = '';
  for (;;) {
    const c = at(p);
    if (c === '') throw new ParseError('a ` is never closed');
    if (c === '`') {
      p.i++;
      break;
    }
    const next = at(p, 1);
    if (c === '\\' && next !== '') {
      inner += '$`\\'.includes(next) ? next : `\\${next}`;
      p.i += 2;
    } else {
      inner += c;
      p.i++;
    }
  }
  word.subs.push(parseScript(inner));
  word.text += p.src.slice(from, p.i);
  word.literal = false;
}

const ANSI_SIMPLE: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

const ANSI_CODE = /^(?:x([0-9a-fA-F]{1,2})|u([0-9a-fA-F]{1,4})|U([0-9a-fA-F]{1,8})|([0-7]{1,3}))/;

/** `$'…'`: ANSI-C quoting, decoded (`$'terraform\x20apply'` is `terraform apply`). */
function parseAnsiC(p: Cursor, word: Word): void {
  p.i += 2;
  word.quoted = true;
  for (;;) {
    const c = at(p);
    if (c === '') throw new ParseError("a $' is never closed");
    if (c === "'") {
      p.i++;
      return;
    }
    if (c !== '\\') {
      word.text += c;
      p.i++;
      continue;
    }
    const rest = p.src.slice(p.i + 1, p.i + 10);
    const escape = rest[0] ?? '';
    const simple = ANSI_SIMPLE[escape];
    const match = ANSI_CODE.exec(rest);
    if (simple !== undefined) {
      word.text += simple;
      p.i += 2;
    } else if (match !== null) {
      const octal = match[4];
      const code = parseInt(
        match[1] ?? match[2] ?? match[3] ?? octal ?? '0',
        octal === undefined ? 16 : 8,
      );
      word.text += code <= 0x10ffff ? String.fromCodePoint(code) : '';
      p.i += 1 + match[0].length;
    } else if (escape === 'c' && rest[1] !== undefined) {
      word.text += String.fromCharCode(rest.charCodeAt(1) & 31);
      p.i += 3;
    } else {
      word.text += '\\';
      p.i++;
    }
  }
}
