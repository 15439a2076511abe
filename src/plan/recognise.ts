/**
 * Names the JSON documents people pass instead of a plan, so the error can say which command
 * produces a plan (docs/design.md section 9: "a JSON document that is not a plan").
 */
import type { UserError } from '../util/errors.js';
import { PLAN_AND_SHOW, SHOW_JSON, kindOf, planError, quoteShort } from './messages.js';

export type JsonObject = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A line of `terraform plan -json` / `apply -json` (Terraform's machine-readable UI). */
export function isUiLogLine(value: unknown): boolean {
  return isRecord(value) && ('@level' in value || '@message' in value);
}

/**
 * Keys only a plan has. Every Terraform and OpenTofu plan carries `planned_values` and
 * `configuration` (Go structs, never omitted); `resource_changes` is omitted when empty
 * (docs/plan-format.md "Versions"). `terraform show -json` of a state has `values` instead.
 */
const PLAN_KEYS = [
  'planned_values',
  'resource_changes',
  'deferred_changes',
  'configuration',
  'prior_state',
  'output_changes',
  'resource_drift',
] as const;

export function hasPlanKeys(document: JsonObject): boolean {
  return PLAN_KEYS.some((key) => key in document);
}

const NOT_A_PLAN_FIX = `a plan comes from ${PLAN_AND_SHOW}`;

/** The error for a parsed document without a usable `format_version`, or one that is no plan. */
export function notAPlan(document: unknown, displayPath: string): UserError {
  if (Array.isArray(document)) {
    return planError(
      displayPath,
      `is a JSON array, not a plan (plan JSON is an object with format_version); ${NOT_A_PLAN_FIX}`,
    );
  }
  if (!isRecord(document)) {
    return planError(displayPath, `is a JSON ${jsonKind(document)}, not a plan; ${NOT_A_PLAN_FIX}`);
  }
  // HCP Terraform's redacted JSON names its version `plan_format_version` and embeds
  // `provider_schemas` (docs/plan-format.md "Noise").
  if (
    'plan_format_version' in document ||
    ('provider_schemas' in document && !('format_version' in document))
  ) {
    return planError(
      displayPath,
      `is HCP Terraform's redacted plan JSON (plan_format_version, provider_schemas), a different format; run \`terraform show -json\` on the saved plan to get the standard plan JSON: ${SHOW_JSON}`,
    );
  }
  // terraform.tfstate / `terraform state pull`: `version` (4), `serial`, `lineage`, `resources`.
  if (
    'serial' in document &&
    'version' in document &&
    ('lineage' in document || 'resources' in document)
  ) {
    return planError(
      displayPath,
      `is a Terraform state file (version, serial, lineage), not a plan; ${NOT_A_PLAN_FIX}`,
    );
  }
  if (isUiLogLine(document)) {
    return planError(
      displayPath,
      `is a line of the machine-readable log of \`terraform plan -json\` (@level/@message), not the plan; ${NOT_A_PLAN_FIX}`,
    );
  }
  const byShape = notAPlanByShape(document, displayPath);
  if (byShape !== undefined) return byShape;
  const keys = Object.keys(document);
  if (keys.length === 0) {
    return planError(
      displayPath,
      `is an empty JSON object ({}), not a plan: the command that wrote it produced no plan; ${NOT_A_PLAN_FIX}`,
    );
  }
  const shown = keys.slice(0, 5).map((key) => quoteShort(key, 30));
  const more = keys.length > 5 ? `, … ${keys.length - 5} more` : '';
  return planError(
    displayPath,
    `is not a Terraform plan: it has no format_version (top-level keys: ${shown.join(', ')}${more}); ${NOT_A_PLAN_FIX}`,
  );
}

/** The documents told apart by format_version and their top-level keys. */
function notAPlanByShape(
  document: Readonly<Record<string, unknown>>,
  displayPath: string,
): UserError | undefined {
  const formatVersion = document['format_version'];
  if ('values' in document && !hasPlanKeys(document)) {
    return planError(
      displayPath,
      `is \`terraform show -json\` output for the state (values, no planned_values or resource_changes), not a plan; name the saved plan file: ${SHOW_JSON}`,
    );
  }
  if (
    typeof formatVersion === 'string' &&
    'provider_schemas' in document &&
    !hasPlanKeys(document)
  ) {
    return planError(
      displayPath,
      `is \`terraform providers schema -json\` output, not a plan; ${NOT_A_PLAN_FIX}`,
    );
  }
  if (typeof formatVersion === 'string' && !hasPlanKeys(document)) {
    // `{"format_version":"1.0"}` is what `terraform show -json` prints with no plan file and no state.
    return planError(
      displayPath,
      `has format_version but nothing a plan has (planned_values, resource_changes): \`terraform show -json\` was run without the plan file; name it: ${SHOW_JSON}`,
    );
  }
  if (formatVersion !== undefined) {
    return planError(
      displayPath,
      `format_version is ${kindOf(formatVersion)}, not a version string as in every plan; this is not a Terraform plan: ${NOT_A_PLAN_FIX}`,
    );
  }
  return undefined;
}

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  return typeof value === 'boolean' ? 'boolean' : typeof value;
}
