/**
 * Human words for `action_reason` and `replace_paths`. These are display hints only: every
 * decision is made from `actions` (PLAN-FORMAT.md, "action_reason").
 */
const REASONS: Readonly<Record<string, string>> = {
  // Terraform 1.0+
  replace_because_tainted:
    'the object is tainted (a previous apply failed or it was marked with `terraform taint`)',
  replace_because_cannot_update: 'a changed attribute cannot be updated in place',
  replace_by_request: 'replacement was requested with `-replace`',
  // Terraform 1.1+
  delete_because_no_resource_config: 'its resource block is no longer in the configuration',
  delete_because_wrong_repetition:
    'the resource switched between count, for_each and a single instance',
  delete_because_count_index: 'its count index is beyond the new count',
  delete_because_each_key: 'its for_each key is no longer in the for_each collection',
  delete_because_no_module: 'its module call is no longer in the configuration',
  // Terraform 1.2+, 1.3+
  replace_by_triggers: 'a `replace_triggered_by` reference changed',
  delete_because_no_move_target: 'a `moved` block points to an address that does not exist',
  // OpenTofu only
  delete_because_enabled_false: 'its `enabled` meta-argument is false',
  forgot_because_lifecycle_destroy_in_state:
    'it is removed with `lifecycle { destroy = false }` (recorded in state)',
  forgot_because_lifecycle_destroy_in_config: 'it is removed with `lifecycle { destroy = false }`',
};

/** Reasons that mean "the configuration no longer has it": the wrong-state signature. */
export const ORPHAN_REASONS: ReadonlySet<string> = new Set([
  'delete_because_no_resource_config',
  'delete_because_no_module',
]);

export function describeActionReason(reason: string | undefined): string | undefined {
  if (reason === undefined) return undefined;
  // Unknown reasons pass through: a newer Terraform may add some (PRODUCT.md section 1).
  return REASONS[reason] ?? `Terraform gives the reason \`${reason}\``;
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
