import { AWS } from './data/aws.js';
import { AZURE } from './data/azure.js';
import { GOOGLE } from './data/google.js';
import { KUBERNETES } from './data/kubernetes.js';
import { OTHERS } from './data/others.js';
import { parseStatefulTypes, ruleResolver } from './overrides.js';
import type { StatefulTypeRule } from './overrides.js';
import { GENERIC_PROTECTIONS, GOOGLE_DELETION_POLICY } from './protections.js';
import type { CatalogEntry, Protection } from './types.js';

export { GENERIC_PROTECTIONS } from './protections.js';
export { parseStatefulTypes } from './overrides.js';
export type { OverrideSeverity, StatefulTypeRule } from './overrides.js';

export interface Catalog {
  /** Entry for a type after user overrides; undefined when the type is not stateful. */
  lookup(type: string): CatalogEntry | undefined;
  /**
   * Protections that decide a destroy of this type: its own (plus hashicorp/google's
   * provider-wide `deletion_policy` on google types). Never the generic list.
   */
  protectionsFor(type: string): readonly Protection[];
  /** Protections compared on an update: the type's own, else the generic list. */
  updateProtectionsFor(type: string): readonly Protection[];
  /** Every built-in entry (after overrides), sorted by type. */
  readonly entries: readonly CatalogEntry[];
}

/** Every built-in entry, provider group by provider group. */
export const BUILT_IN_ENTRIES: readonly CatalogEntry[] = [
  ...AWS,
  ...GOOGLE,
  ...AZURE,
  ...KUBERNETES,
  ...OTHERS,
];

const BUILT_IN = new Map(BUILT_IN_ENTRIES.map((entry) => [entry.type, entry]));

/** The provider a resource type belongs to: the text before the first `_` (`azurerm`, `aws`). */
export function providerOf(type: string): string {
  const underscore = type.indexOf('_');
  return underscore === -1 ? type : type.slice(0, underscore);
}

/**
 * The built-in catalog with `stateful-types` lines applied (PRODUCT.md section 2). Throws
 * UserError for a bad line. `lookup` is called once per resource change, so results are
 * memoized per type (a plan has few distinct types even with 100,000+ changes).
 */
export function buildCatalog(statefulTypes: readonly string[] = []): Catalog {
  const rules = parseStatefulTypes(statefulTypes);
  const resolve = rules.length === 0 ? () => undefined : ruleResolver(rules);
  const entryCache = new Map<string, CatalogEntry | null>();
  const protectionCache = new Map<string, readonly Protection[]>();

  const lookup = (type: string): CatalogEntry | undefined => {
    const cached = entryCache.get(type);
    if (cached !== undefined) return cached ?? undefined;
    const entry = applyRule(type, BUILT_IN.get(type), resolve(type)?.rule);
    entryCache.set(type, entry ?? null);
    return entry;
  };

  const protectionsFor = (type: string): readonly Protection[] => {
    const cached = protectionCache.get(type);
    if (cached !== undefined) return cached;
    // Own protections come from the built-in entry even when the user marks the type
    // `none`: a protection flip on an update is worth reporting whatever the type's severity.
    const own = BUILT_IN.get(type)?.protections ?? [];
    const providerWide =
      providerOf(type) === 'google' && !own.some((p) => p.path === 'deletion_policy')
        ? GOOGLE_DELETION_POLICY
        : [];
    const merged = providerWide.length === 0 ? own : [...own, ...providerWide];
    protectionCache.set(type, merged);
    return merged;
  };

  // Generic attributes only where the type has no list of its own: a type that defines its
  // protections has been checked, and a generic path there would claim what its provider
  // does not do (docs/recoverability.md).
  const updateProtectionsFor = (type: string): readonly Protection[] => {
    const own = BUILT_IN.get(type)?.protections;
    return own === undefined || own.length === 0
      ? [...protectionsFor(type), ...GENERIC_PROTECTIONS]
      : protectionsFor(type);
  };

  const entries = BUILT_IN_ENTRIES.map((entry) => lookup(entry.type))
    .filter((entry): entry is CatalogEntry => entry !== undefined)
    .sort((a, b) => compareTypes(a.type, b.type));

  return { lookup, protectionsFor, updateProtectionsFor, entries };
}

function applyRule(
  type: string,
  builtIn: CatalogEntry | undefined,
  rule: StatefulTypeRule | undefined,
): CatalogEntry | undefined {
  if (rule === undefined) return builtIn;
  if (rule.severity === 'none') return undefined;
  // An override of a built-in type keeps what the catalog knows and changes only severity.
  if (builtIn !== undefined) {
    return builtIn.severity === rule.severity ? builtIn : { ...builtIn, severity: rule.severity };
  }
  return { type, category: 'other-stateful', severity: rule.severity };
}

function compareTypes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
