import type { Catalog } from '../catalog/index.js';
import { isAtLeast, type Severity } from '../catalog/severity.js';
import { classifyActions } from '../plan/actions.js';
import type { FindingKind } from './finding.js';
import { judgeUnreviewedDestroy } from './unreviewed.js';

/** Kinds that require approval whatever `fail-on` says: the tool could not judge the plan. */
const ALWAYS_REQUIRE_APPROVAL: ReadonlySet<FindingKind> = new Set([
  'incomplete-plan',
  'unknown-action',
]);

export function requiresApproval(kind: FindingKind, severity: Severity, failOn: Severity): boolean {
  return ALWAYS_REQUIRE_APPROVAL.has(kind) || isAtLeast(severity, failOn);
}

/**
 * Whether assessing a change of this type and these actions (src/assess/assess-plan.ts) reads
 * its attribute values (`before`, `after`, their marks): a catalog type's destroy, an unknown
 * action, and every finding that requires approval (its identity digests the object in
 * `before`); an update only when `before` holds the top-level attribute of one of the
 * protections it is checked for (src/assess/weakened.ts finds no weakening of a protection
 * `before` lacks), so the list of those attributes is returned for the reader to look for. The plan reader leaves the others unparsed (src/plan/stream/reader.ts):
 * most changes of a large plan are replacements of types the catalog does not hold.
 */
export function valuesNeeded(options: {
  readonly catalog: Catalog;
  readonly failOn: Severity;
}): (type: string, actions: readonly string[]) => boolean | readonly string[] {
  const { catalog, failOn } = options;
  // Per type: whether the destroy of a type without a catalog entry requires approval.
  const destroyApproved = new Map<string, boolean>();
  const approvesDestroy = (type: string): boolean => {
    let approves = destroyApproved.get(type);
    if (approves === undefined) {
      // As PlanAssessor's #notStateful judges it: unreviewed and holding data is high.
      const holdsData =
        catalog.decide(type).status === 'unreviewed' && judgeUnreviewedDestroy(type).holdsData;
      approves = holdsData
        ? requiresApproval('destroy', 'high', failOn)
        : requiresApproval('other-destroy', 'low', failOn);
      destroyApproved.set(type, approves);
    }
    return approves;
  };
  // Per type: the top-level attributes of the protections an update of it is checked for.
  const keysByType = new Map<string, readonly string[]>();
  const updateKeys = (type: string): readonly string[] => {
    let keys = keysByType.get(type);
    if (keys === undefined) {
      const paths = catalog.updateProtectionsFor(type).map((protection) => protection.path);
      keys = [...new Set(paths.map((path) => path.split('.')[0] as string))];
      keysByType.set(type, keys);
    }
    return keys;
  };
  return (type, actions) => {
    switch (classifyActions(actions)) {
      case 'create':
      case 'read':
      case 'no-op':
      case 'open':
        return false;
      case 'forget':
        return requiresApproval('forget', 'info', failOn);
      case 'delete':
      case 'replace-destroy-before-create':
      case 'replace-create-before-destroy':
        return catalog.lookup(type) !== undefined || approvesDestroy(type);
      case 'update':
        return updateKeys(type);
      default:
        return true;
    }
  };
}
