import { isDelete } from '../plan/actions.js';
import type { PlanChange, PlanMeta } from '../plan/model.js';
import { code, type Part, type Parts } from './finding.js';

/**
 * Human words for `action_reason` and `replace_paths`. These are display hints only: every
 * decision is made from `actions` (docs/plan-format.md, "action_reason").
 */
const REASONS: Readonly<Record<string, readonly Part[]>> = {
  // Terraform 1.0+
  replace_because_tainted: [
    'the object is tainted (a previous apply failed or it was marked with ',
    code('terraform taint'),
    ')',
  ],
  replace_because_cannot_update: ['a changed attribute cannot be updated in place'],
  replace_by_request: ['replacement was requested with ', code('-replace')],
  // Terraform 1.1+
  delete_because_no_resource_config: ['its resource block is no longer in the configuration'],
  delete_because_wrong_repetition: [
    'the resource switched between count, for_each and a single instance',
  ],
  delete_because_count_index: ['its count index is beyond the new count'],
  delete_because_each_key: ['its for_each key is no longer in the for_each collection'],
  delete_because_no_module: ['its module call is no longer in the configuration'],
  // Terraform 1.2+, 1.3+
  replace_by_triggers: ['a ', code('replace_triggered_by'), ' reference changed'],
  delete_because_no_move_target: [
    'a ',
    code('moved'),
    ' block points to an address that does not exist',
  ],
  // OpenTofu only
  delete_because_enabled_false: ['its ', code('enabled'), ' meta-argument is false'],
  forgot_because_lifecycle_destroy_in_state: [
    'it is removed with ',
    code('lifecycle { destroy = false }'),
    ' (recorded in state)',
  ],
  forgot_because_lifecycle_destroy_in_config: [
    'it is removed with ',
    code('lifecycle { destroy = false }'),
  ],
};

/** Reasons that mean "the configuration no longer has it": the wrong-state signature. */
export const ORPHAN_REASONS: ReadonlySet<string> = new Set([
  'delete_because_no_resource_config',
  'delete_because_no_module',
]);

export function describeActionReason(reason: string | undefined): readonly Part[] | undefined {
  if (reason === undefined) return undefined;
  // Unknown reasons pass through: a newer Terraform may add some (docs/plan-format.md).
  return REASONS[reason] ?? ['Terraform gives the reason ', code(reason)];
}

/** `["tags", "Name"]` → `tags.Name`, `["ingress", 0, "cidr"]` → `ingress[0].cidr`. */
export function formatAttributePath(path: readonly (string | number)[]): string {
  let text = '';
  for (const step of path) {
    if (typeof step === 'number') text += `[${step}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/u.test(step)) text += text === '' ? step : `.${step}`;
    else text += `[${JSON.stringify(step)}]`;
  }
  return text;
}

export function forcingAttributes(
  replacePaths: readonly (readonly (string | number)[])[],
): string[] {
  return [...new Set(replacePaths.map(formatAttributePath).filter((path) => path !== ''))].sort();
}

export function because(actionReason: string | undefined): Parts {
  const words = describeActionReason(actionReason);
  return words === undefined ? [] : [' because ', ...words];
}

export function destroyReason(change: PlanChange): Parts {
  const deferred: Parts =
    change.deferredReason === undefined ? [] : [' (deferred: ', code(change.deferredReason), ')'];
  if (change.deposed !== undefined) {
    return [
      'deposed object ',
      code(change.deposed),
      ', left by an earlier create-before-destroy replacement, is destroyed',
      ...deferred,
    ];
  }
  const verb = isDelete(change.actions) ? 'destroyed' : 'replaced';
  const forcing = forcingAttributes(change.replacePaths);
  const forced: Part[] = [];
  forcing.forEach((path, index) => forced.push(index === 0 ? ' (forced by ' : ', ', code(path)));
  if (forced.length > 0) forced.push(')');
  const why = describeActionReason(change.actionReason);
  return [...(why === undefined ? [verb] : [`${verb}: `, ...why]), ...forced, ...deferred];
}

export function incompleteReason(meta: PlanMeta): Parts | undefined {
  if (meta.errored) {
    return [
      'the plan errored (',
      code('errored: true'),
      '): its resource changes are partial, so a destroy may be missing from this report; fix the errors and plan again',
    ];
  }
  if (!meta.complete) {
    return [
      'the plan is incomplete (',
      code('complete: false'),
      '): deferred changes will only be planned after this one is applied, so more destroys may follow',
    ];
  }
  return undefined;
}
