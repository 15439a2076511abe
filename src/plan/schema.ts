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
import * as z from 'zod';
import type { UserError } from '../util/errors.js';
import type { PlanChange, PlanMeta } from './model.js';
import { REGENERATE, kindOf, planError, quoteShort } from './messages.js';
import { hasPlanKeys, isRecord, notAPlan } from './recognise.js';

/**
 * The zod schemas, built on first use: every valid plan passes the hand-written checks below
 * (isValidChange, isValidTop, isValidDeferred), so zod only words an error, and building its
 * schemas is a noticeable part of start-up (docs/design.md section 10).
 */
function buildSchemas() {
  const optionalString = z.string().nullish();
  const optionalBoolean = z.boolean().nullish();
  /** Carried, never inspected. */
  const opaque = z.unknown().optional();

  /** One entry of `resource_changes` (docs/plan-format.md "resource_changes[]"). */
  const change = z.object({
    address: z.string().min(1),
    // Absent at the root module.
    module_address: optionalString,
    // `managed`, `data`, OpenTofu 1.11+ `ephemeral`; every known version writes it, but a
    // missing one must not make the engine skip the change (it assesses `managed` only), so it
    // is lenient.
    mode: optionalString,
    type: z.string().min(1),
    name: optionalString,
    provider_name: optionalString,
    // Opaque key of a deposed object: the same address twice (docs/plan-format.md "Traps").
    deposed: optionalString,
    // The raw key (number or string); the engine reads addresses, so it is not validated.
    index: opaque,
    // Display hint only; unknown values mean "unspecified" (docs/plan-format.md "action_reason").
    action_reason: optionalString,
    // Terraform 1.1+: the address a `moved` block brought it from.
    previous_address: optionalString,
    change: z.object({
      // The one field every decision rests on (docs/plan-format.md "actions"): unknown words
      // pass through, but it must be a non-empty list of words.
      actions: z.array(z.string()).min(1),
      before: opaque,
      after: opaque,
      after_unknown: opaque,
      before_sensitive: opaque,
      after_sensitive: opaque,
      // Terraform 1.0+: attribute paths forcing a replacement.
      replace_paths: z.array(z.array(z.union([z.string(), z.number()]))).nullish(),
    }),
  });

  /** One entry of `deferred_changes` (Terraform 1.9+): `{ reason, resource_change }`. */
  const deferred = z.object({
    reason: z.string(),
    resource_change: z.unknown().optional(),
  });

  /**
   * Plan-level facts. `errored` (1.6+) and `applyable`/`complete` (1.8+) are always written by
   * the versions that have them; OpenTofu never writes `applyable`/`complete`
   * (docs/plan-format.md "Versions"). `resource_changes` and `deferred_changes` are checked by
   * `changeList`, element by element, so the streaming reader can share this schema.
   */
  const top = z.object({
    format_version: z.string(),
    terraform_version: optionalString,
    errored: optionalBoolean,
    complete: optionalBoolean,
    applyable: optionalBoolean,
  });
  return { change, deferred, top };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;

/** The plan's zod schemas (built once, on first use). */
export function planSchemas(): Schemas {
  schemas ??= buildSchemas();
  return schemas;
}

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
  if (!isValidTop(raw)) {
    const parsed = planSchemas().top.safeParse(raw);
    if (!parsed.success) throw invalid(parsed.error, raw, '', displayPath);
  }
  const top = raw as PlanTop;
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
  if (!isRecord(raw) || typeof raw['reason'] !== 'string') {
    const parsed = planSchemas().deferred.safeParse(raw);
    if (!parsed.success) throw invalid(parsed.error, raw, where, displayPath);
  }
  const entry = raw as z.infer<Schemas['deferred']>;
  return mapChange(entry.resource_change, `${where}.resource_change`, displayPath, entry.reason);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type ResourceChange = z.infer<Schemas['change']>;
type PlanTop = z.infer<Schemas['top']>;

const isOptionalString = (value: unknown): boolean =>
  value === undefined || value === null || typeof value === 'string';
const isNonEmptyString = (value: unknown): boolean => typeof value === 'string' && value !== '';
const isPathStep = (step: unknown): boolean => typeof step === 'string' || typeof step === 'number';

/**
 * The same rules as `planSchemas().change`, checked by hand: a plan has one element per
 * resource and zod's generic walk costs as much as the rest of the assessment on a 100 MB
 * plan. Anything this does not accept goes through zod, which then words the error; a test
 * checks the two agree (test/plan/schema.test.ts).
 */
export function isValidChange(raw: unknown): raw is ResourceChange {
  if (!isRecord(raw)) return false;
  if (!isNonEmptyString(raw['address']) || !isNonEmptyString(raw['type'])) return false;
  for (const key of [
    'module_address',
    'mode',
    'name',
    'provider_name',
    'deposed',
    'action_reason',
    'previous_address',
  ]) {
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

/** The rules of `planSchemas().top` by hand, for the same reason (test/plan/schema.test.ts). */
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
  let rc: ResourceChange;
  if (isValidChange(raw)) {
    rc = raw;
  } else {
    // zod words the error (and is the reference for what is valid).
    const parsed = planSchemas().change.safeParse(raw);
    if (!parsed.success) throw invalid(parsed.error, raw, where, displayPath);
    rc = parsed.data;
  }
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

/** `path: <where>.<field> is <kind>, expected <what>` for the first issue zod found. */
function invalid(error: z.ZodError, raw: unknown, where: string, displayPath: string): UserError {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const field = formatPath(where, path);
  const actual = kindOf(valueAt(raw, path));
  const named =
    isRecord(raw) &&
    typeof raw['address'] === 'string' &&
    raw['address'] !== '' &&
    path[0] !== 'address';
  const address = named ? ` (address ${quoteShort(String(raw['address']), 120)})` : '';
  const problem = issue === undefined ? 'is invalid' : describeIssue(issue, actual);
  return planError(
    displayPath,
    `${field}${address} ${problem}; the file is not plan JSON as Terraform writes it: ${REGENERATE}`,
  );
}

function describeIssue(issue: z.core.$ZodIssue, actual: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return `is ${actual}, expected ${article(issue.expected)}`;
    case 'invalid_union':
      return `is ${actual}, expected a string or a number`;
    case 'too_small':
      return issue.origin === 'array'
        ? 'is an empty array, expected at least one entry'
        : 'is empty';
    default:
      return 'is invalid';
  }
}

function article(expected: string): string {
  switch (expected) {
    case 'boolean':
      return 'true or false';
    case 'array':
    case 'object':
      return `an ${expected}`;
    default:
      return `a ${expected}`;
  }
}

function formatPath(where: string, path: readonly PropertyKey[]): string {
  let text = where;
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? 'the document' : text;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let current = raw;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}
