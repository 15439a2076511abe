import {
  ANY,
  GLOBSTAR,
  parseSegment,
  STAR_SEGMENT,
  segmentMatches,
  type Segment,
} from './segment.js';
import { pathSegments } from './paths.js';
import { wildcardMatch } from './wildcard.js';

export interface CompiledPattern {
  readonly segments: readonly Segment[];
  /**
   * What the rule index keys on. Every matching path has each of `names` as a whole segment
   * (`infra` in `/infra/*.tf`), a segment starting with each of `heads` (`test_` in `test_*`)
   * and one ending with each of `tails` (`.tf`).
   */
  readonly names: readonly string[];
  readonly heads: readonly string[];
  readonly tails: readonly string[];
  /** The longest literal text every matching path contains: a quick test before matching. */
  readonly longest: string;
}

export type PatternCompilation =
  | { readonly ok: true; readonly pattern: CompiledPattern }
  | { readonly ok: false; readonly reason: string };

/**
 * Compiles a CODEOWNERS pattern once. GitHub's syntax is gitignore's with these differences
 * (GitHub docs, "About code owners", CODEOWNERS syntax; docs/github.md "CODEOWNERS"):
 * - no `!` negation: such a line is invalid and GitHub skips it;
 * - no `[ ]` ranges: brackets are ordinary characters (`/apps/[param]/` names that directory);
 * - a lone `*` as the last segment matches one level only (`docs/*` owns `docs/a.md`, not
 *   `docs/build/a.md`), where gitignore would also match directories;
 * - everything is case-sensitive.
 * As in gitignore, a pattern with a slash at the start or in the middle is anchored to the
 * root and one without matches at any depth; a trailing slash means "a directory", so `apps/`
 * owns what is below any `apps` directory but not a file named `apps`; `\` escapes the next
 * character (`f\*o` names the file `f*o`).
 */
export function compilePattern(pattern: string): PatternCompilation {
  if (pattern.startsWith('!')) {
    return invalid('negation (`!`) is not supported in CODEOWNERS; GitHub skips this line');
  }
  const scanned = splitSegments(pattern);
  if (typeof scanned === 'string') return invalid(scanned);
  let sources = scanned;
  const anchored = sources.length > 1 && sources[0] === '';
  if (anchored) sources = sources.slice(1);
  const directoryOnly = sources.at(-1) === '';
  if (directoryOnly) sources = sources.slice(0, -1);
  if (sources.length === 0) return invalid('the pattern names no path; use `*` for every file');

  const written: Segment[] = [];
  const names: string[] = [];
  const heads: string[] = [];
  const tails: string[] = [];
  let longest = '';
  for (const source of sources) {
    const segment = parseSegment(source);
    // `a/**/**/b` is `a/**/b`.
    if (segment === GLOBSTAR && written.at(-1) === GLOBSTAR) continue;
    written.push(segment);
    if (segment.kind === 'literal') {
      names.push(segment.text);
      if (segment.text.length > longest.length) longest = segment.text;
    } else if (segment.kind === 'affix' || segment.kind === 'glob') {
      if (segment.head !== '') heads.push(segment.head);
      if (segment.tail !== '') tails.push(segment.tail);
      if (segment.longest.length > longest.length) longest = segment.longest;
    }
  }
  const segments = withImpliedSegments(written, anchored || written.length > 1, directoryOnly);
  return { ok: true, pattern: { segments, names, heads, tails, longest } };
}

/** Whether `path` (repository-relative) matches `pattern`; false for an invalid pattern. */
export function matchesPattern(pattern: string, path: string): boolean {
  const compiled = compilePattern(pattern);
  const segments = pathSegments(path);
  return compiled.ok && segments !== undefined && matchesSegments(compiled.pattern, segments);
}

export function matchesSegments(pattern: CompiledPattern, segments: readonly string[]): boolean {
  return wildcardMatch(pattern.segments, segments, isGlobstar, segmentMatches);
}

function invalid(detail: string): PatternCompilation {
  return { ok: false, reason: `Invalid pattern: ${detail}` };
}

const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const ASTERISK = 0x2a;

/**
 * Splits at `/` into segments as written (escapes kept for `parseSegment`); a string is why
 * the pattern is invalid. Works on UTF-16 units and slices, so a 3 MB line stays cheap.
 */
function splitSegments(pattern: string): string[] | string {
  const sources: string[] = [];
  let start = 0;
  let starRun = 0;
  for (let i = 0; i < pattern.length; i += 1) {
    const code = pattern.charCodeAt(i);
    if (code === BACKSLASH) {
      // CODEOWNERS has no `\#` escape (GitHub docs): `#` always starts a comment, so `\#foo`
      // leaves a dangling `\`, which escapes nothing.
      if (i + 1 === pattern.length) {
        return 'it ends in a `\\` that escapes nothing (`\\#` does not escape a comment in CODEOWNERS)';
      }
      starRun = 0;
      // A file name cannot hold `/`, so an escaped slash can only be a separator.
      if (pattern.charCodeAt(i + 1) === SLASH) {
        sources.push(pattern.slice(start, i));
        start = i + 2;
      }
      i += 1;
    } else if (code === ASTERISK) {
      starRun += 1;
      // GitHub's errors API rejects `***/*.rb` with "Did you mean `**/*.rb`?".
      if (starRun === 3) {
        return 'three or more `*` in a row; use `**` for any depth or `*` within a name';
      }
    } else {
      starRun = 0;
      if (code === SLASH) {
        sources.push(pattern.slice(start, i));
        start = i + 1;
      }
    }
  }
  sources.push(pattern.slice(start));
  return sources;
}

/**
 * Adds what the pattern implies around what is written: a leading `**` for an unanchored
 * pattern, and after the last segment either nothing (a lone `*`: one level only), or one
 * segment or more (a directory pattern, `foo/` or `foo/**`), or zero or more (the path is the
 * named file, or lies below the named directory).
 */
function withImpliedSegments(
  written: Segment[],
  anchored: boolean,
  directoryOnly: boolean,
): Segment[] {
  // `**` alone matches every path; `**/` every path below a directory.
  if (written.every(isGlobstar)) {
    return directoryOnly ? [ANY, GLOBSTAR, ANY, GLOBSTAR] : [ANY, GLOBSTAR];
  }
  const segments = anchored ? [...written] : [GLOBSTAR, ...written];
  const last = segments.at(-1);
  if (directoryOnly) segments.push(ANY, GLOBSTAR);
  else if (last === GLOBSTAR) segments.splice(-1, 1, ANY, GLOBSTAR);
  else if (last !== STAR_SEGMENT) segments.push(GLOBSTAR);
  return segments;
}

function isGlobstar(segment: Segment): boolean {
  return segment === GLOBSTAR;
}
