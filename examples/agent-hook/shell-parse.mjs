/**
 * shell-parse.mjs: reads shell source (bash) into a tree of the commands it would run.
 *
 * Not a full shell: the part of bash's grammar that decides which commands run. A list is
 * `{ items: Pipeline[] }` (commands separated by `;`, `&`, `&&`, `||`, newlines); a pipeline is
 * `{ commands: Command[] }`; a command is `{ kind: 'simple' | 'subshell', words, redirects,
 * heredocs, herestrings, list }`. A word is `{ text, literal, quoted, tilde, procSubst, subs }`:
 * `text` has quotes removed and escapes decoded, expansions (`$X`, `$(…)`) kept as written;
 * `literal` is false when it holds an expansion; `subs` are the lists its `$( )`, backticks and
 * `<( )` run. Heredoc bodies are read, and their substitutions too when the delimiter is
 * unquoted. `case`, function definitions and arrays are not read: they throw ParseError.
 */

/** The command is not shell this reader understands (or not shell at all). */
export class ParseError extends Error {}

/** Parses shell source into lists of pipelines of commands; throws ParseError. */
export function parseScript(source) {
  const p = { src: source, i: 0, pending: [] };
  const list = parseList(p, undefined);
  readPendingHeredocs(p);
  return list;
}

/** Commands separated by `;`, `&`, `&&`, `||` or newlines, up to `closer` or the end. */
function parseList(p, closer) {
  const items = [];
  for (;;) {
    skipBlanks(p);
    const c = p.src[p.i];
    if (c === undefined) {
      if (closer !== undefined) throw new ParseError('a "(" is never closed');
      return { items };
    }
    if (c === '\n') {
      newline(p);
    } else if (c === ';' || c === '&') {
      p.i += p.src[p.i + 1] === c ? 2 : 1;
    } else if (c === '|' && p.src[p.i + 1] === '|') {
      p.i += 2;
    } else if (c === ')') {
      if (closer === ')') return { items };
      throw new ParseError('unexpected ")"');
    } else {
      items.push(parsePipeline(p));
    }
  }
}

function parsePipeline(p) {
  const commands = [parseCommand(p)];
  for (;;) {
    skipBlanks(p);
    if (p.src[p.i] !== '|' || p.src[p.i + 1] === '|') return { commands };
    p.i += p.src[p.i + 1] === '&' ? 2 : 1;
    for (;;) {
      skipBlanks(p);
      if (p.src[p.i] !== '\n') break;
      newline(p);
    }
    commands.push(parseCommand(p));
  }
}

const REDIRECT = /(\d*)(&>>|&>|<<<|<<-|<<|<>|<&|>>|>&|>\||<(?!\()|>(?!\())/y;

function parseCommand(p) {
  const command = {
    kind: 'simple',
    words: [],
    redirects: [],
    heredocs: [],
    herestrings: [],
    list: undefined,
  };
  skipBlanks(p);
  if (p.src[p.i] === '(') {
    if (p.src[p.i + 1] === '(') {
      skipArithmetic(p, 2); // (( … )): arithmetic, runs no command
    } else {
      p.i++;
      command.kind = 'subshell';
      command.list = parseList(p, ')');
      p.i++;
    }
  }
  for (;;) {
    skipBlanks(p);
    const c = p.src[p.i];
    if (c === undefined || c === '\n' || c === ';' || c === '|' || c === ')') break;
    if (c === '&' && p.src[p.i + 1] !== '>') break;
    REDIRECT.lastIndex = p.i;
    const match = REDIRECT.exec(p.src);
    if (match !== null) {
      p.i = REDIRECT.lastIndex;
      skipBlanks(p);
      const target = parseWord(p);
      const op = match[2];
      if (op === '<<' || op === '<<-') {
        const doc = {
          delimiter: target.text,
          quoted: target.quoted,
          strip: op === '<<-',
          body: '',
          subs: [],
        };
        command.heredocs.push(doc);
        p.pending.push(doc);
      } else if (op === '<<<') {
        command.herestrings.push(target);
      } else {
        command.redirects.push({ op, target });
      }
      continue;
    }
    if (c === '(')
      throw new ParseError('"(" inside a command (a function definition or an array) is not read');
    if (command.kind === 'subshell') throw new ParseError('a word follows ")"');
    command.words.push(parseWord(p));
  }
  if (
    command.kind === 'simple' &&
    command.words.length === 0 &&
    command.redirects.length === 0 &&
    command.heredocs.length === 0 &&
    command.herestrings.length === 0 &&
    p.src[p.i - 1] !== ')'
  ) {
    throw new ParseError(`a command is missing before "${p.src[p.i] ?? 'the end'}"`);
  }
  return command;
}

function newWord() {
  return { text: '', literal: true, quoted: false, tilde: false, procSubst: false, subs: [] };
}

function parseWord(p) {
  const word = newWord();
  const start = p.i;
  if (p.src[p.i] === '~') word.tilde = true;
  for (;;) {
    const c = p.src[p.i];
    if (c === undefined || ' \t\r\n;&|()'.includes(c)) {
      if (c === '(' && p.i === start) throw new ParseError('unexpected "("');
      break;
    }
    if (c === '<' || c === '>') {
      if (p.src[p.i + 1] !== '(') break;
      const from = p.i;
      p.i += 2;
      word.subs.push(parseList(p, ')'));
      p.i++;
      word.text += p.src.slice(from, p.i);
      word.literal = false;
      word.procSubst = true;
    } else if (c === '\\') {
      const next = p.src[p.i + 1];
      if (next !== '\n' && next !== undefined) {
        word.text += next;
        word.quoted = true;
      }
      p.i += next === undefined ? 1 : 2;
    } else if (c === "'") {
      const end = p.src.indexOf("'", p.i + 1);
      if (end < 0) throw new ParseError("a ' is never closed");
      word.text += p.src.slice(p.i + 1, end);
      word.quoted = true;
      p.i = end + 1;
    } else if (c === '"') {
      p.i++;
      parseDoubleQuoted(p, word, false);
    } else if (c === '$') {
      parseDollar(p, word, false);
    } else if (c === '`') {
      parseBacktick(p, word);
    } else {
      word.text += c;
      p.i++;
    }
  }
  if (p.i === start) throw new ParseError(`a word is missing before "${p.src[p.i] ?? 'the end'}"`);
  return word;
}

/** Inside "…" (or an unquoted heredoc body, up to the end): `\`, `$` and backticks are special. */
function parseDoubleQuoted(p, word, toEnd) {
  word.quoted = true;
  for (;;) {
    const c = p.src[p.i];
    if (c === undefined) {
      if (toEnd) return;
      throw new ParseError('a " is never closed');
    }
    if (c === '"' && !toEnd) {
      p.i++;
      return;
    }
    if (c === '\\') {
      const next = p.src[p.i + 1];
      if (next === '\n') p.i += 2;
      else if (next !== undefined && '$`"\\'.includes(next) && (next !== '"' || !toEnd)) {
        word.text += next;
        p.i += 2;
      } else {
        word.text += c;
        p.i++;
      }
    } else if (c === '$') {
      parseDollar(p, word, true);
    } else if (c === '`') {
      parseBacktick(p, word);
    } else {
      word.text += c;
      p.i++;
    }
  }
}

/** `$…`: parameters, `$( )`, `$(( ))`, `${ }`, `$'…'`. Expansions keep their source text. */
function parseDollar(p, word, quoted) {
  const from = p.i;
  const next = p.src[p.i + 1];
  if (!quoted && next === "'") {
    parseAnsiC(p, word);
    return;
  }
  if (!quoted && next === '"') {
    p.i++; // $"…": a translated string, read as "…"
    return;
  }
  if (next === '(') {
    if (p.src[p.i + 2] === '(') {
      p.i++;
      skipArithmetic(p, 2);
    } else {
      p.i += 2;
      word.subs.push(parseList(p, ')'));
      p.i++;
    }
  } else if (next === '{') {
    const before = word.text;
    p.i += 2;
    let depth = 1;
    while (depth > 0) {
      const c = p.src[p.i];
      if (c === undefined) throw new ParseError('a "${" is never closed');
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
  } else if (next !== undefined && /[A-Za-z_]/.test(next)) {
    p.i += 1 + /^[A-Za-z_][A-Za-z0-9_]*/.exec(p.src.slice(p.i + 1, p.i + 256))[0].length;
  } else if (next !== undefined && /[0-9@*#?$!-]/.test(next)) {
    p.i += 2;
  } else {
    word.text += '$';
    p.i++;
    return;
  }
  word.text += p.src.slice(from, p.i);
  word.literal = false;
}

function parseBacktick(p, word) {
  const from = p.i;
  p.i++;
  let inner = '';
  for (;;) {
    const c = p.src[p.i];
    if (c === undefined) throw new ParseError('a ` is never closed');
    if (c === '`') {
      p.i++;
      break;
    }
    if (c === '\\' && p.i + 1 < p.src.length) {
      const next = p.src[p.i + 1];
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

const ANSI_SIMPLE = {
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

/** `$'…'`: ANSI-C quoting, decoded (`$'terraform\x20apply'` is `terraform apply`). */
function parseAnsiC(p, word) {
  p.i += 2;
  word.quoted = true;
  for (;;) {
    const c = p.src[p.i];
    if (c === undefined) throw new ParseError("a $' is never closed");
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
    const escape = rest[0];
    let match;
    if (escape !== undefined && escape in ANSI_SIMPLE) {
      word.text += ANSI_SIMPLE[escape];
      p.i += 2;
    } else if (
      (match = /^(?:x([0-9a-fA-F]{1,2})|u([0-9a-fA-F]{1,4})|U([0-9a-fA-F]{1,8})|([0-7]{1,3}))/.exec(
        rest,
      ))
    ) {
      const code = parseInt(
        match[1] ?? match[2] ?? match[3] ?? match[4],
        match[4] === undefined ? 16 : 8,
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

/** Skips `((…))` from its first `(`: `opened` parentheses are already counted at p.i. */
function skipArithmetic(p, opened) {
  p.i += opened;
  let depth = opened;
  while (depth > 0) {
    const c = p.src[p.i];
    if (c === undefined) throw new ParseError('a "((" is never closed');
    if (c === '(') depth++;
    if (c === ')') depth--;
    p.i++;
  }
}

function skipBlanks(p) {
  for (;;) {
    const c = p.src[p.i];
    if (c === ' ' || c === '\t' || c === '\r') p.i++;
    else if (c === '\\' && p.src[p.i + 1] === '\n') p.i += 2;
    else if (c === '#') while (p.i < p.src.length && p.src[p.i] !== '\n') p.i++;
    else return;
  }
}

function newline(p) {
  p.i++;
  readPendingHeredocs(p);
}

/** Heredoc bodies start on the line after their `<<`: read each up to its delimiter line. */
function readPendingHeredocs(p) {
  while (p.pending.length > 0) {
    const doc = p.pending.shift();
    const lines = [];
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
      const body = { src: doc.body, i: 0, pending: [] };
      const holder = newWord();
      parseDoubleQuoted(body, holder, true);
      doc.subs = holder.subs;
    }
  }
}
