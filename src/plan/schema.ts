/**
 * The plan JSON boundary: zod schemas for the top level and for one resource change, and the
 * mapping into the engine's types (src/plan/model.ts). Validated once here; nothing downstream
 * casts. Attribute values (`before`, `after`, the sensitive and unknown marks) stay `unknown`
 * and are never walked: they are large and hold plaintext secrets (docs/plan-format.md "Traps").
 *
 * Strict where the engine relies on a field (`address`, `type`, `change.actions`); lenient where
 * real Terraform 0.12–1.17 and OpenTofu output varies (fields absent in older versions or
 * stripped from test harness output, such as `terraform_version`; nulls).
 */
import type { PlanChange, PlanMeta } from './model.js';
import { REGENERATE, kindOf, planError, quoteShort } from './messages.js';
import { PlanShapeError } from './shape-error.js';
import type { DeferredChange, PlanTop, ResourceChange } from './zod-schemas.js';
import { hasPlanKeys, isRecord, notAPlan } from './recognise.js';

/** "0.1" (TF 0.12) … "1.2" (TF 1.5+, every OpenTofu): accept majors 0 and 1 (docs/plan-format.md). */
const SUPPORTED_FORMAT = /^[01](?:\.\d+)+$/u;
export const SUPPORTED_FORMATS = '0.x and 1.x (Terraform 0.12 to 1.17, OpenTofu 1.6 to 1.12)';

/**
 * Validates the top-level object (without looking into its change lists) and recognises
 * documents that are not plans. Throws a one-line UserError for anything but a plan. Only the
 * presence of `resource_changes`/`deferred_changes` counts here, so a streaming reader may pass
 * the top level with those lists left empty. Call it before handing over any change, so a
 * non-plan emits nothing (Terraform writes `format_version` first).
 */
export function toPlanMeta(raw: unknown, displayPath: string): PlanMeta {
  if (!isRecord(raw) || typeof raw['format_version'] !== 'string' || !hasPlanKeys(raw)) {
    throw notAPlan(raw, displayPath);
  }
  const formatVersion = raw['format_version'];
  if (!SUPPORTED_FORMAT.test(formatVersion)) {
    throw planError(
      displayPath,
      `format_version ${quoteShort(formatVersion)} is not supported; destroy-guard reads plan JSON format ${SUPPORTED_FORMATS}: produce the plan with one of those, or upgrade destroy-guard`,
    );
  }
  const top = isValidTop(raw) ? (raw as PlanTop) : refuse('top', raw, '', displayPath);
  const meta: Mutable<PlanMeta> = {
    formatVersion,
    // Test harnesses strip it; Terraform and OpenTofu always write it.
    terraformVersion: top.terraform_version ?? '',
    errored: top.errored ?? false,
    // Absent before 1.8 and in OpenTofu: those plans are complete.
    complete: top.complete ?? true,
  };
  if (top.applyable !== undefined && top.applyable !== null) meta.applyable = top.applyable;
  return meta;
}

/**
 * `resource_changes` or `deferred_changes` of a top-level object: absent when empty
 * (docs/plan-format.md "Versions"), otherwise an array.
 */
export function changeList(
  top: Readonly<Record<string, unknown>>,
  key: 'resource_changes' | 'deferred_changes',
  displayPath: string,
): readonly unknown[] {
  const list = top[key];
  if (list === undefined || list === null) return [];
  if (Array.isArray(list)) return list;
  throw planError(
    displayPath,
    `${key} is ${kindOf(list)}, expected an array of changes; ${REGENERATE}`,
  );
}

/** Validates and maps `resource_changes[index]`. */
export function toPlanChange(raw: unknown, displayPath: string, index: number): PlanChange {
  return mapChange(raw, `resource_changes[${index}]`, displayPath, undefined);
}

/** Validates and maps `deferred_changes[index]`: its `resource_change`, with the reason. */
export function toDeferredChange(raw: unknown, displayPath: string, index: number): PlanChange {
  const where = `deferred_changes[${index}]`;
  const entry =
    isRecord(raw) && typeof raw['reason'] === 'string'
      ? (raw as DeferredChange)
      : refuse('deferred', raw, where, displayPath);
  return mapChange(entry.resource_change, `${where}.resource_change`, displayPath, entry.reason);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What the hand-written checks refuse, for the zod schemas to word (src/plan/shape-error.ts). */
function refuse(
  shape: PlanShapeError['shape'],
  raw: unknown,
  where: string,
  displayPath: string,
): never {
  throw new PlanShapeError(shape, raw, where, displayPath);
}

const isOptionalString = (value: unknown): boolean =>
  value === undefined || value === null || typeof value === 'string';
const isNonEmptyString = (value: unknown): boolean => typeof value === 'string' && value !== '';
const OPTIONAL_STRINGS = [
  'module_address',
  'mode',
  'name',
  'provider_name',
  'deposed',
  'action_reason',
  'previous_address',
] as const;
const isPathStep = (step: unknown): boolean => typeof step === 'string' || typeof step === 'number';

/**
 * The same rules as the zod schema of a change (src/plan/zod-schemas.ts), checked by hand: a plan has one element per
 * resource and zod's generic walk costs as much as the rest of the assessment on a 100 MB
 * plan. Anything this does not accept goes through zod, which then words the error; a test
 * checks the two agree (test/plan/schema.test.ts).
 */
export function isValidChange(raw: unknown): raw is ResourceChange {
  if (!isRecord(raw)) return false;
  if (!isNonEmptyString(raw['address']) || !isNonEmptyString(raw['type'])) return false;
  for (const key of OPTIONAL_STRINGS) {
    if (!isOptionalString(raw[key])) return false;
  }
  const change = raw['change'];
  if (!isRecord(change)) return false;
  const actions = change['actions'];
  if (
    !Array.isArray(actions) ||
    actions.length === 0 ||
    !actions.every((word) => typeof word === 'string')
  )
    return false;
  const paths = change['replace_paths'];
  if (paths === undefined || paths === null) return true;
  return (
    Array.isArray(paths) && paths.every((path) => Array.isArray(path) && path.every(isPathStep))
  );
}

const isOptionalBoolean = (value: unknown): boolean =>
  value === undefined || value === null || typeof value === 'boolean';

/** The rules of the top level's zod schema by hand, for the same reason (test/plan/valid-change.test.ts). */
function isValidTop(raw: Readonly<Record<string, unknown>>): boolean {
  return (
    typeof raw['format_version'] === 'string' &&
    isOptionalString(raw['terraform_version']) &&
    isOptionalBoolean(raw['errored']) &&
    isOptionalBoolean(raw['complete']) &&
    isOptionalBoolean(raw['applyable'])
  );
}

function mapChange(
  raw: unknown,
  where: string,
  displayPath: string,
  deferredReason: string | undefined,
): PlanChange {
  // zod words the error (and is the reference for what is valid).
  const rc = isValidChange(raw) ? raw : refuse('change', raw, where, displayPath);
  const change: Mutable<PlanChange> = {
    address: rc.address,
    mode: rc.mode ?? 'managed',
    type: rc.type,
    name: rc.name ?? '',
    providerName: rc.provider_name ?? '',
    actions: rc.change.actions,
    replacePaths: rc.change.replace_paths ?? [],
    before: rc.change.before ?? null,
    after: rc.change.after ?? null,
    // Absent marks mean "nothing marked" (older versions omit them).
    beforeSensitive: rc.change.before_sensitive ?? false,
    afterSensitive: rc.change.after_sensitive ?? false,
    afterUnknown: rc.change.after_unknown ?? false,
  };
  if (rc.module_address !== undefined && rc.module_address !== null)
    change.moduleAddress = rc.module_address;
  if (rc.deposed !== undefined && rc.deposed !== null) change.deposed = rc.deposed;
  if (rc.action_reason !== undefined && rc.action_reason !== null)
    change.actionReason = rc.action_reason;
  if (rc.previous_address !== undefined && rc.previous_address !== null)
    change.previousAddress = rc.previous_address;
  if (deferredReason !== undefined) change.deferredReason = deferredReason;
  return change;
}
