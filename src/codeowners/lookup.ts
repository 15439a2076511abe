import { matchesSegments, type CompiledPattern } from './pattern.js';

export interface IndexedRule<Rule> {
  readonly rule: Rule;
  readonly pattern: CompiledPattern;
}

/** Returns the last rule (in file order) whose pattern matches the path's segments. */
export type RuleLookup<Rule> = (segments: readonly string[]) => Rule | undefined;

type KeyKind = 'names' | 'heads' | 'tails';
const KEY_KINDS: readonly KeyKind[] = ['names', 'heads', 'tails'];

/**
 * Builds the "last matching line wins" lookup (GitHub docs: the last matching pattern takes
 * the most precedence) without trying every rule on every path. A path can only match a rule
 * if one of its segments is named by the rule (`infra` in `/infra/db/`), or starts or ends with
 * the literal text of one of the rule's wildcard segments (`test_*`, `*.tf`). Each rule is
 * filed under its rarest such key; a path looks up its own segments, their prefixes and their
 * suffixes. Rules with no key at all (`*`, `*x*`, `?`) are candidates for every path, and
 * are screened with a substring test first.
 */
export function buildRuleLookup<Rule>(entries: readonly IndexedRule<Rule>[]): RuleLookup<Rule> {
  const index = { names: new KeyIndex(), heads: new KeyIndex(), tails: new KeyIndex() };
  for (const { pattern } of entries) {
    for (const kind of KEY_KINDS) index[kind].count(pattern[kind]);
  }
  const unkeyed: number[] = [];
  entries.forEach(({ pattern }, position) => {
    let best: { kind: KeyKind; key: string; count: number } | undefined;
    for (const kind of KEY_KINDS) {
      const rarest = index[kind].rarest(pattern[kind]);
      if (rarest !== undefined && (best === undefined || rarest.count < best.count)) {
        best = { kind, ...rarest };
      }
    }
    if (best === undefined) unkeyed.push(position);
    else index[best.kind].add(best.key, position);
  });

  return (segments) => {
    const lists = new Set<readonly number[]>();
    for (const segment of new Set(segments)) {
      index.names.collect(segment, lists);
      index.heads.collectPrefixes(segment, lists);
      index.tails.collectSuffixes(segment, lists);
    }
    const path = segments.join('/');
    return lastMatch(keyedCandidates(lists), unkeyed, (position) => {
      const entry = entries[position];
      if (entry === undefined || !path.includes(entry.pattern.longest)) return undefined;
      return matchesSegments(entry.pattern, segments) ? entry.rule : undefined;
    });
  };
}

/** The positions in the lists, ascending; each rule is filed under one key only. */
function keyedCandidates(lists: ReadonlySet<readonly number[]>): Int32Array {
  let size = 0;
  for (const list of lists) size += list.length;
  const positions = new Int32Array(size);
  let at = 0;
  for (const list of lists) {
    positions.set(list, at);
    at += list.length;
  }
  return positions.sort();
}

/**
 * Tries the candidates last line first: both lists are ascending, so walk them from their
 * ends, always taking the higher position, and stop at the first rule that matches.
 */
function lastMatch<Rule>(
  keyed: Int32Array,
  unkeyed: readonly number[],
  tryRule: (position: number) => Rule | undefined,
): Rule | undefined {
  let k = keyed.length - 1;
  let u = unkeyed.length - 1;
  while (k >= 0 || u >= 0) {
    const fromKeyed = keyed[k] ?? -1;
    const fromUnkeyed = unkeyed[u] ?? -1;
    let position: number;
    if (fromKeyed > fromUnkeyed) {
      position = fromKeyed;
      k -= 1;
    } else {
      position = fromUnkeyed;
      u -= 1;
    }
    const rule = tryRule(position);
    if (rule !== undefined) return rule;
  }
  return undefined;
}

/** Rule positions by key, with how many patterns carry each key. */
class KeyIndex {
  private readonly frequency = new Map<string, number>();
  private readonly rules = new Map<string, number[]>();
  /** Lengths of the keys filed, longest first, for prefix and suffix lookups. */
  private lengths: number[] = [];

  count(keys: readonly string[]): void {
    // Once per pattern: `a/**/a` is one pattern with the key `a`.
    for (const key of new Set(keys)) this.frequency.set(key, (this.frequency.get(key) ?? 0) + 1);
  }

  rarest(keys: readonly string[]): { key: string; count: number } | undefined {
    let best: { key: string; count: number } | undefined;
    for (const key of keys) {
      const count = this.frequency.get(key) ?? 0;
      if (best === undefined || count < best.count) best = { key, count };
    }
    return best;
  }

  add(key: string, position: number): void {
    const list = this.rules.get(key);
    if (list === undefined) {
      this.rules.set(key, [position]);
      if (!this.lengths.includes(key.length)) this.lengths.push(key.length);
    } else {
      list.push(position);
    }
  }

  collect(key: string, into: Set<readonly number[]>): void {
    const list = this.rules.get(key);
    if (list !== undefined) into.add(list);
  }

  collectPrefixes(segment: string, into: Set<readonly number[]>): void {
    for (const length of this.lengths) {
      if (length <= segment.length) this.collect(segment.slice(0, length), into);
    }
  }

  collectSuffixes(segment: string, into: Set<readonly number[]>): void {
    for (const length of this.lengths) {
      if (length <= segment.length) this.collect(segment.slice(segment.length - length), into);
    }
  }
}
