import { isSeverity } from './severity.js';
import type { Severity } from './severity.js';
import { globMatcher, isGlob } from '../util/glob.js';
import { UserError } from '../util/errors.js';

/** What a `stateful-types` line sets: a severity, or `none` for "not stateful". */
export type OverrideSeverity = Exclude<Severity, 'info'> | 'none';

/** One parsed `stateful-types` line. */
export interface StatefulTypeRule {
  /** Exact resource type or a glob (`*` and `?` only). */
  readonly pattern: string;
  readonly severity: OverrideSeverity;
  readonly glob: boolean;
}

const ALLOWED = 'use TYPE or TYPE=critical|high|medium|low|none';
/** Resource type names are identifiers (letters, digits, `_`, `-`); globs add `*` and `?`. */
const TYPE_PATTERN = /^[A-Za-z0-9_\-*?]+$/u;
/** A line with no severity marks the type stateful at this severity (docs/design.md section 2). */
const DEFAULT_SEVERITY: OverrideSeverity = 'high';

/**
 * Parses `stateful-types` lines (the action input and `--stateful-types`, each value may hold
 * several lines). Blank lines and `#` comments are skipped; order is kept because later lines
 * win. A bad line throws a one-line UserError naming the input and the allowed forms.
 */
export function parseStatefulTypes(values: readonly string[]): readonly StatefulTypeRule[] {
  const rules: StatefulTypeRule[] = [];
  for (const value of values) {
    for (const raw of value.split(/\r?\n/u)) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      rules.push(parseLine(line));
    }
  }
  return rules;
}

function parseLine(line: string): StatefulTypeRule {
  const equals = line.indexOf('=');
  const pattern = (equals === -1 ? line : line.slice(0, equals)).trim();
  if (pattern === '') throw bad(line, 'has no resource type');
  if (!TYPE_PATTERN.test(pattern)) throw bad(line, 'is not a resource type or glob');
  let severity = DEFAULT_SEVERITY;
  if (equals !== -1) {
    const level = line
      .slice(equals + 1)
      .trim()
      .toLowerCase();
    if (!isOverrideSeverity(level)) throw bad(line, 'has an unknown severity');
    severity = level;
  }
  return { pattern, severity, glob: isGlob(pattern) };
}

function isOverrideSeverity(value: string): value is OverrideSeverity {
  return value === 'none' || (value !== 'info' && isSeverity(value));
}

function bad(line: string, problem: string): UserError {
  return new UserError(`stateful-types: ${JSON.stringify(line)} ${problem}; ${ALLOWED}`);
}

/** A rule that decides a type, with its position (higher = later = wins). */
export interface RuleMatch {
  readonly rule: StatefulTypeRule;
  readonly index: number;
}

/**
 * Finds the last rule that names a type. Exact names are a Map look-up; globs are tried only
 * when there are any, and only those written after the last exact rule for the type.
 */
export function ruleResolver(
  rules: readonly StatefulTypeRule[],
): (type: string) => RuleMatch | undefined {
  const exact = new Map<string, RuleMatch>();
  const globsLatestFirst: { match: RuleMatch; test: (value: string) => boolean }[] = [];
  rules.forEach((rule, index) => {
    if (!rule.glob) exact.set(rule.pattern, { rule, index });
    else globsLatestFirst.unshift({ match: { rule, index }, test: globMatcher([rule.pattern]) });
  });
  return (type) => {
    const byName = exact.get(type);
    for (const glob of globsLatestFirst) {
      if (byName !== undefined && glob.match.index < byName.index) break;
      if (glob.test(type)) return glob.match;
    }
    return byName;
  };
}
