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
    const raw = lines[index] ?? '';
    const hash = raw.indexOf('#');
    const body = (hash === -1 ? raw : raw.slice(0, hash)).trim();
    if (body === '') continue;
    const reason = hash === -1 ? undefined : raw.slice(hash + 1).trim();
    const where = `reviewed list ${list.provider}, line ${index + 1} (${JSON.stringify(raw.trim())})`;
    if (reason === '') throw new Error(`${where}: empty reason after #; write one or drop the #`);
    const [type = '', ...words] = body.split(/\s+/u);
    if (!TYPE_NAME.test(type) || !type.startsWith(`${list.provider}_`)) {
      throw new Error(`${where}: ${type} is not a ${list.provider} resource type`);
    }
    if (decisions.has(type)) throw new Error(`${where}: ${type} is decided twice`);
    const decision = decisionOf(words, reason);
    if (decision === undefined) throw new Error(`${where}: not a decision; ${FORMS}`);
    decisions.set(type, decision);
  }
  return { provider: list.provider, reviewedAt: list.reviewedAt, decisions };
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
