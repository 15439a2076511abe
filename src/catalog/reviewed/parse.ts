import { CATEGORIES } from '../types.js';
import type { BackupRole, Category } from '../types.js';
import type { ReviewedList } from './format.js';

/** One decision line, parsed (the line format is in ./format.ts). */
export type ReviewedDecision =
  | {
      readonly kind: 'stateful';
      readonly category: Category;
      readonly severity: 'critical' | 'high';
      readonly reason?: string;
    }
  | { readonly kind: 'safeguard'; readonly backup: BackupRole; readonly reason?: string }
  | { readonly kind: 'none'; readonly reason?: string };

export interface ParsedList {
  readonly provider: string;
  readonly reviewedAt: string;
  readonly decisions: ReadonlyMap<string, ReviewedDecision>;
}

const TYPE_NAME = /^[a-z0-9]+_[a-z0-9_]+$/u;
const FORMS = 'use TYPE stateful CATEGORY critical|high, TYPE safeguard data|policy, or TYPE none';

/**
 * Parses a provider's decision lines. The lists are built-in data, so a bad line is a defect
 * of this package, not user input: it throws a plain Error naming the list, the line number
 * and the allowed forms, and a unit test parses every list so none ever ships.
 */
export function parseReviewedList(list: ReviewedList): ParsedList {
  const decisions = new Map<string, ReviewedDecision>();
  const lines = list.lines.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const parsed = parseReviewedLine(list, lines[index] ?? '', index + 1);
    if (parsed === undefined) continue;
    const [type, decision] = parsed;
    if (decisions.has(type)) {
      throw new Error(`${where(list, index + 1, lines[index] ?? '')}: ${type} is decided twice`);
    }
    decisions.set(type, decision);
  }
  return { provider: list.provider, reviewedAt: list.reviewedAt, decisions };
}

/**
 * The decision line for one type, found without parsing the rest: a lookup during an
 * assessment costs one string search, not a parse of thousands of lines (docs/catalog.md).
 */
export function findReviewedDecision(
  list: ReviewedList,
  type: string,
): ReviewedDecision | undefined {
  const text = list.lines;
  const needle = `\n${type}`;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const after = text.charAt(at + needle.length);
    // `aws_lb` must not match the line of `aws_lb_listener`.
    if (after !== ' ' && after !== '\t' && after !== '\n' && after !== '') continue;
    const end = text.indexOf('\n', at + 1);
    const raw = text.slice(at + 1, end === -1 ? undefined : end);
    const lineNumber = () => text.slice(0, at + 1).split('\n').length;
    return parseReviewedLine(list, raw, lineNumber)?.[1];
  }
  return undefined;
}

/** One line: undefined for blank lines and comments, else its type and decision; throws when bad. */
function parseReviewedLine(
  list: ReviewedList,
  raw: string,
  lineNumber: number | (() => number),
): [string, ReviewedDecision] | undefined {
  const hash = raw.indexOf('#');
  const body = (hash === -1 ? raw : raw.slice(0, hash)).trim();
  if (body === '') return undefined;
  const fail = (problem: string): Error =>
    new Error(
      `${where(list, typeof lineNumber === 'number' ? lineNumber : lineNumber(), raw)}: ${problem}`,
    );
  const reason = hash === -1 ? undefined : raw.slice(hash + 1).trim();
  if (reason === '') throw fail('empty reason after #; write one or drop the #');
  const [type = '', ...words] = body.split(/\s+/u);
  if (!TYPE_NAME.test(type) || !type.startsWith(`${list.provider}_`)) {
    throw fail(`${type} is not a ${list.provider} resource type`);
  }
  const decision = decisionOf(words, reason);
  if (decision === undefined) throw fail(`not a decision; ${FORMS}`);
  return [type, decision];
}

function where(list: ReviewedList, lineNumber: number, raw: string): string {
  return `reviewed list ${list.provider}, line ${lineNumber} (${JSON.stringify(raw.trim())})`;
}

function decisionOf(
  words: readonly string[],
  reason: string | undefined,
): ReviewedDecision | undefined {
  const why = reason === undefined ? {} : { reason };
  const [kind, first, second, ...rest] = words;
  if (rest.length > 0) return undefined;
  if (kind === 'none' && first === undefined) return { kind, ...why };
  if (kind === 'safeguard' && (first === 'data' || first === 'policy') && second === undefined) {
    return { kind, backup: first, ...why };
  }
  if (kind === 'stateful' && isCategory(first) && (second === 'critical' || second === 'high')) {
    return { kind, category: first, severity: second, ...why };
  }
  return undefined;
}

function isCategory(value: string | undefined): value is Category {
  return value !== undefined && (CATEGORIES as readonly string[]).includes(value);
}
