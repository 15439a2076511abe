import { buildRuleLookup, type IndexedRule } from './lookup.js';
import { parseOwner } from './owners.js';
import { compilePattern, type CompiledPattern } from './pattern.js';
import { pathSegments } from './paths.js';
import type { Codeowners, CodeownersError, CodeownersRule, Owner, OwnerMatch } from './types.js';

const NO_MATCH: OwnerMatch = { owners: [] };

/**
 * Reads a CODEOWNERS file as GitHub does. Never throws: a line GitHub would reject is skipped
 * and listed in `errors` (GitHub skips invalid lines and reports them through
 * `GET /repos/{owner}/{repo}/codeowners/errors`; docs/github.md "CODEOWNERS"). A file of 3 MB or more is parsed
 * all the same; refusing it, as GitHub does, is the caller's decision.
 */
export function parseCodeowners(text: string): Codeowners {
  const rules: CodeownersRule[] = [];
  const indexed: IndexedRule<CodeownersRule>[] = [];
  const errors: CodeownersError[] = [];
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Lines end in LF or CRLF; a lone CR inside a line is whitespace to the tokenizer.
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = i + 1;
    const raw = lines[i] ?? '';
    const source = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const parsed = parseLine(source);
    if (parsed === undefined) continue;
    if (typeof parsed === 'string') {
      errors.push({ line, text: source, reason: parsed });
      continue;
    }
    const rule: CodeownersRule = { line, pattern: parsed.pattern, owners: parsed.owners };
    rules.push(rule);
    indexed.push({ rule, pattern: parsed.compiled });
  }
  const lookup = buildRuleLookup(indexed);
  return {
    rules,
    errors,
    ownersOf(path: string): OwnerMatch {
      const segments = pathSegments(path);
      const rule = segments === undefined ? undefined : lookup(segments);
      return rule === undefined ? NO_MATCH : { rule, owners: rule.owners };
    },
  };
}

type ParsedLine = {
  readonly pattern: string;
  readonly compiled: CompiledPattern;
  readonly owners: Owner[];
};

/** Undefined for a blank or comment line; a string is why GitHub would skip the line. */
function parseLine(source: string): ParsedLine | string | undefined {
  // `#` starts a comment anywhere on the line: whole-line and inline comments are both
  // allowed, and CODEOWNERS has no `\#` escape (GitHub docs, CODEOWNERS syntax).
  const hash = source.indexOf('#');
  const [pattern, ...ownerTokens] = tokenize(hash < 0 ? source : source.slice(0, hash));
  if (pattern === undefined) return undefined;
  const compiled = compilePattern(pattern);
  if (!compiled.ok) return compiled.reason;
  const owners: Owner[] = [];
  for (const token of ownerTokens) {
    const owner = parseOwner(token);
    // One bad owner makes the whole line invalid, and GitHub skips it (docs/github.md "CODEOWNERS").
    if (!owner.ok) return owner.reason;
    owners.push(owner.owner);
  }
  return { pattern, compiled: compiled.pattern, owners };
}

/**
 * Splits at runs of whitespace. A backslash keeps the next character in the token, so
 * `my\ dir/` is one pattern naming `my dir` (gitignore escaping, which GitHub keeps).
 */
function tokenize(content: string): string[] {
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i < content.length; i += 1) {
    const code = content.charCodeAt(i);
    if (code === BACKSLASH) {
      if (start < 0) start = i;
      i += 1;
    } else if (isSpace(code)) {
      if (start >= 0) tokens.push(content.slice(start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) tokens.push(content.slice(start));
  return tokens;
}

const BACKSLASH = 0x5c;

function isSpace(code: number): boolean {
  // space, tab, line feed, vertical tab, form feed, carriage return
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}
