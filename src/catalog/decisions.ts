import { AWS, AWS_NOT_STATEFUL_PROTECTIONS } from './data/aws.js';
import { AZURE } from './data/azure.js';
import { GOOGLE } from './data/google.js';
import { KUBERNETES } from './data/kubernetes.js';
import { OTHERS } from './data/others.js';
import { findReviewedDecision, parseReviewedList, REVIEWED_LISTS } from './reviewed/index.js';
import type { ParsedList, ReviewedDecision } from './reviewed/index.js';
import type { CatalogEntry, Protection } from './types.js';

/**
 * What the catalog says about a type. `none` is a decision ("reviewed: not stateful");
 * `unreviewed` means nobody has decided, and the assessment judges the type by its name.
 */
export type Decision =
  | {
      readonly status: 'stateful' | 'safeguard';
      readonly entry: CatalogEntry;
      readonly source: DecisionSource;
      readonly reviewedAt?: string;
      readonly reason?: string;
    }
  | {
      readonly status: 'none';
      readonly source: DecisionSource;
      readonly reviewedAt?: string;
      readonly reason?: string;
    }
  | { readonly status: 'unreviewed' };

/** Where a decision comes from: a full entry, a reviewed line, or the user's `stateful-types`. */
export type DecisionSource = 'catalog' | 'reviewed' | 'stateful-types';

/** Every full entry (with protection attributes), provider group by provider group. */
export const BUILT_IN_ENTRIES: readonly CatalogEntry[] = [
  ...AWS,
  ...GOOGLE,
  ...AZURE,
  ...KUBERNETES,
  ...OTHERS,
];

const BUILT_IN = new Map(BUILT_IN_ENTRIES.map((entry) => [entry.type, entry]));
const NOT_STATEFUL_PROTECTIONS: ReadonlyMap<string, readonly Protection[]> = new Map(
  Object.entries(AWS_NOT_STATEFUL_PROTECTIONS),
);
const LISTS = new Map(REVIEWED_LISTS.map((list) => [list.provider, list]));
/** Parsed whole only to list every entry (`destroy-guard catalog`) and in tests. */
const parsedLists = new Map<string, ParsedList>();

/** The provider a resource type belongs to: the text before the first `_` (`azurerm`, `aws`). */
export function providerOf(type: string): string {
  const underscore = type.indexOf('_');
  return underscore === -1 ? type : type.slice(0, underscore);
}

/** Protection attributes a type defines itself, stateful or not. */
export function ownProtections(type: string): readonly Protection[] {
  return BUILT_IN.get(type)?.protections ?? NOT_STATEFUL_PROTECTIONS.get(type) ?? [];
}

/** Providers with a reviewed list, and the version each was reviewed at. */
export function reviewedProviders(): ReadonlyMap<string, string> {
  return new Map(REVIEWED_LISTS.map((list) => [list.provider, list.reviewedAt]));
}

/**
 * A provider's parsed list. Throws when a line is bad or names a type that also has a full
 * entry: a type is decided in exactly one place.
 */
function reviewedList(provider: string): ParsedList | undefined {
  const cached = parsedLists.get(provider);
  if (cached !== undefined) return cached;
  const list = LISTS.get(provider);
  if (list === undefined) return undefined;
  const parsed = parseReviewedList(list);
  for (const type of parsed.decisions.keys()) {
    if (BUILT_IN.has(type)) {
      throw new Error(
        `reviewed list ${provider}: ${type} also has a full entry in src/catalog/data; keep one`,
      );
    }
  }
  parsedLists.set(provider, parsed);
  return parsed;
}

/** The built-in decision for a type, before the user's `stateful-types`. */
export function builtInDecision(type: string): Decision {
  const provider = providerOf(type);
  const reviewedAt = LISTS.get(provider)?.reviewedAt;
  const at = reviewedAt === undefined ? {} : { reviewedAt };
  const entry = BUILT_IN.get(type);
  if (entry !== undefined) {
    const status = entry.backup === undefined ? 'stateful' : 'safeguard';
    return { status, entry, source: 'catalog', ...at };
  }
  // One line is found and parsed per type (lookups are memoized per catalog): assessing a
  // plan never parses the thousands of lines it does not need.
  const list = LISTS.get(provider);
  const line = list === undefined ? undefined : findReviewedDecision(list, type);
  if (line === undefined) return { status: 'unreviewed' };
  return fromLine(type, line, at);
}

function fromLine(type: string, line: ReviewedDecision, at: { reviewedAt?: string }): Decision {
  const why = line.reason === undefined ? {} : { reason: line.reason };
  const common = { source: 'reviewed', ...at, ...why } as const;
  switch (line.kind) {
    case 'none':
      return { status: 'none', ...common };
    case 'safeguard':
      return { status: 'safeguard', entry: safeguardEntry(type, line.backup), ...common };
    case 'stateful':
      return {
        status: 'stateful',
        entry: { type, category: line.category, severity: line.severity },
        ...common,
      };
  }
}

/** Safeguard lines behave as backup entries: the copy itself is critical, what makes copies high. */
function safeguardEntry(type: string, backup: 'data' | 'policy'): CatalogEntry {
  return { type, category: 'backup', severity: backup === 'data' ? 'critical' : 'high', backup };
}

/** Every stateful and safeguard entry, full entries and reviewed lines (parses every list). */
export function allBuiltInEntries(): CatalogEntry[] {
  const entries: CatalogEntry[] = [...BUILT_IN_ENTRIES];
  for (const provider of LISTS.keys()) {
    for (const type of reviewedList(provider)?.decisions.keys() ?? []) {
      const decision = builtInDecision(type);
      if (decision.status !== 'none' && decision.status !== 'unreviewed') {
        entries.push(decision.entry);
      }
    }
  }
  return entries;
}

/** Every type with a built-in decision (full entries and reviewed lines). */
export function allDecidedTypes(): string[] {
  const types = BUILT_IN_ENTRIES.map((entry) => entry.type);
  for (const provider of LISTS.keys())
    types.push(...(reviewedList(provider)?.decisions.keys() ?? []));
  return types;
}
