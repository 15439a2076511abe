/**
 * One segment of a pattern (the text between two slashes) and how it matches one path
 * segment. Wildcards never cross a `/`: `*` is any run of characters, `?` one character.
 * Brackets are ordinary characters, as CODEOWNERS has no `[ ]` ranges (GitHub docs).
 */
export type Segment =
  | { readonly kind: 'globstar' } // `**`: zero or more whole segments
  | { readonly kind: 'any' } // exactly one segment, whatever it holds (implied, never written)
  | { readonly kind: 'star' } // a lone `*`: exactly one non-empty segment
  | { readonly kind: 'literal'; readonly text: string }
  | Wildcards<{ readonly kind: 'affix' }> // `a*b`: one `*`, no `?`
  | Wildcards<{ readonly kind: 'glob'; readonly chars: readonly GlobChar[] }>;

/**
 * A segment with wildcards, with the literal text before the first and after the last one and
 * its longest literal run: every path segment it matches starts, ends with and contains them.
 */
type Wildcards<T> = T & { readonly head: string; readonly tail: string; readonly longest: string };

/** A code point of a glob segment, or one of its two wildcards. */
export type GlobChar = number;
export const STAR: GlobChar = -1;
export const ONE_CHAR: GlobChar = -2;

export const GLOBSTAR: Segment = { kind: 'globstar' };
export const ANY: Segment = { kind: 'any' };
export const STAR_SEGMENT: Segment = { kind: 'star' };

const SPECIAL = /[\\*?]/u;

/** Reads one segment as written: `\` escapes the next character (`f\*o` names `f*o`). */
export function parseSegment(source: string): Segment {
  if (source === '**') return GLOBSTAR;
  if (source === '*') return STAR_SEGMENT;
  if (!SPECIAL.test(source)) return { kind: 'literal', text: source };
  const chars: GlobChar[] = [];
  let stars = 0;
  let ones = 0;
  let head: string | undefined;
  let run = '';
  let longest = '';
  let escaping = false;
  for (const ch of source) {
    if (!escaping && ch === '\\') {
      escaping = true;
    } else if (!escaping && (ch === '*' || ch === '?')) {
      // Consecutive stars act as one within a segment, as in gitignore (`a**b` is `a*b`).
      if (ch === '*' && chars.at(-1) === STAR) continue;
      head ??= run;
      if (run.length > longest.length) longest = run;
      run = '';
      chars.push(ch === '*' ? STAR : ONE_CHAR);
      if (ch === '*') stars += 1;
      else ones += 1;
    } else {
      escaping = false;
      chars.push(ch.codePointAt(0) ?? 0);
      run += ch;
    }
  }
  if (run.length > longest.length) longest = run;
  if (head === undefined) return { kind: 'literal', text: run };
  // `*.tf`, `main*`, `test_*.py`: a prefix and suffix test, the common case, and fast.
  if (stars === 1 && ones === 0) return { kind: 'affix', head, tail: run, longest };
  return { kind: 'glob', chars, head, tail: run, longest };
}

export function segmentMatches(segment: Segment, text: string): boolean {
  switch (segment.kind) {
    case 'literal':
      return segment.text === text;
    case 'affix':
      return (
        text.length >= segment.head.length + segment.tail.length &&
        text.startsWith(segment.head) &&
        text.endsWith(segment.tail)
      );
    case 'glob':
      return globMatches(segment.chars, text);
    case 'star':
      return text.length > 0;
    case 'any':
      return true;
    case 'globstar':
      return false;
  }
}

/**
 * Two-pointer wildcard matching over code points (`?` is one character, not one UTF-16 unit):
 * on a mismatch only the latest `*` takes one more character, so `*a*a*a*a*b` runs in
 * O(pattern × text) instead of the exponential time a backtracking RegExp can take.
 */
function globMatches(chars: readonly GlobChar[], text: string): boolean {
  let c = 0;
  let t = 0;
  let starAt = -1;
  let starText = 0;
  while (t < text.length) {
    const ch = chars[c];
    const point = text.codePointAt(t) ?? 0;
    if (ch === STAR) {
      starAt = c;
      starText = t;
      c += 1;
    } else if (ch !== undefined && (ch === ONE_CHAR || ch === point)) {
      c += 1;
      t += point > 0xffff ? 2 : 1;
    } else if (starAt >= 0) {
      c = starAt + 1;
      starText += (text.codePointAt(starText) ?? 0) > 0xffff ? 2 : 1;
      t = starText;
    } else {
      return false;
    }
  }
  while (chars[c] === STAR) c += 1;
  return c === chars.length;
}
