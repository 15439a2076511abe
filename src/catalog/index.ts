import { allBuiltInEntries, builtInDecision, ownProtections, providerOf } from './decisions.js';
import type { Decision } from './decisions.js';
import { parseStatefulTypes, ruleResolver } from './overrides.js';
import type { StatefulTypeRule } from './overrides.js';
import { GENERIC_PROTECTIONS, GOOGLE_DELETION_POLICY } from './generic-protections.js';
import type { CatalogEntry, Protection } from './types.js';
import { byCodeUnit } from '../util/compare.js';

export { GENERIC_PROTECTIONS } from './generic-protections.js';
export { parseStatefulTypes } from './overrides.js';
export type { OverrideSeverity, StatefulTypeRule } from './overrides.js';
export {
  allBuiltInEntries,
  allDecidedTypes,
  BUILT_IN_ENTRIES,
  builtInDecision,
  providerOf,
  reviewedProviders,
} from './decisions.js';
export type { Decision, DecisionSource } from './decisions.js';

export interface Catalog {
  /** Entry for a stateful or safeguard type after user overrides; undefined otherwise. */
  lookup(type: string): CatalogEntry | undefined;
  /**
   * The decision for a type after user overrides: stateful, safeguard, `none` (reviewed: not
   * stateful) or `unreviewed` (nobody decided; docs/catalog.md says how those are judged).
   */
  decide(type: string): Decision;
  /**
   * Protections that decide a destroy of this type: its own (plus hashicorp/google's
   * provider-wide `deletion_policy` on google types). Never the generic list.
   */
  protectionsFor(type: string): readonly Protection[];
  /** Protections compared on an update: the type's own, else the generic list. */
  updateProtectionsFor(type: string): readonly Protection[];
  /** Every built-in stateful and safeguard entry (after overrides), sorted by type. */
  readonly entries: readonly CatalogEntry[];
}

/**
 * The built-in catalog with `stateful-types` lines applied (docs/design.md section 2). Throws
 * UserError for a bad line. `lookup` is called once per resource change, so results are
 * memoized per type (a plan has few distinct types even with 100,000+ changes).
 */
export function buildCatalog(statefulTypes: readonly string[] = []): Catalog {
  const rules = parseStatefulTypes(statefulTypes);
  const resolve = rules.length === 0 ? () => undefined : ruleResolver(rules);
  const decisionCache = new Map<string, Decision>();
  const protectionCache = new Map<string, readonly Protection[]>();

  const decide = (type: string): Decision => {
    const cached = decisionCache.get(type);
    if (cached !== undefined) return cached;
    const decision = applyRule(type, resolve(type)?.rule);
    decisionCache.set(type, decision);
    return decision;
  };

  const lookup = (type: string): CatalogEntry | undefined => {
    const decision = decide(type);
    return decision.status === 'stateful' || decision.status === 'safeguard'
      ? decision.entry
      : undefined;
  };

  const protectionsFor = (type: string): readonly Protection[] => {
    const cached = protectionCache.get(type);
    if (cached !== undefined) return cached;
    // Own protections are read even when the type is not stateful or the user marks it
    // `none`: a protection flip on an update is worth reporting whatever the type's severity.
    const own = ownProtections(type);
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
  const updateProtectionsFor = (type: string): readonly Protection[] =>
    ownProtections(type).length === 0
      ? [...protectionsFor(type), ...GENERIC_PROTECTIONS]
      : protectionsFor(type);

  // Listing every entry parses every reviewed list, so only `destroy-guard catalog` pays it.
  let entries: readonly CatalogEntry[] | undefined;
  return {
    lookup,
    decide,
    protectionsFor,
    updateProtectionsFor,
    get entries() {
      entries ??= allBuiltInEntries()
        .map((entry) => lookup(entry.type))
        .filter((entry): entry is CatalogEntry => entry !== undefined)
        .sort((a, b) => byCodeUnit(a.type, b.type));
      return entries;
    },
  };
}

function applyRule(type: string, rule: StatefulTypeRule | undefined): Decision {
  const builtIn = builtInDecision(type);
  if (rule === undefined) return builtIn;
  if (rule.severity === 'none') return { status: 'none', source: 'stateful-types' };
  const known = builtIn.status === 'stateful' || builtIn.status === 'safeguard';
  const base = known ? builtIn.entry : undefined;
  // An override of a known type keeps what the catalog knows and changes only severity.
  const entry: CatalogEntry =
    base === undefined
      ? { type, category: 'other-stateful', severity: rule.severity }
      : base.severity === rule.severity
        ? base
        : { ...base, severity: rule.severity };
  const status = entry.backup === undefined ? 'stateful' : 'safeguard';
  return { status, entry, source: 'stateful-types' };
}
