/**
 * The zod schemas of the plan JSON boundary (src/plan/schema.ts), and the wording of what they
 * refuse. Every valid plan passes the hand-written checks of schema.ts, which are the same
 * rules (test/plan/valid-change.test.ts), so this module is loaded, and its schemas built, only
 * to word an error (src/plan/shape-error.ts): zod is a sixth of the CLI's start-up
 * (docs/design.md section 10).
 */
import * as z from 'zod';
import type { UserError } from '../util/errors.js';
import type { PlanShapeError } from './shape-error.js';
import { REGENERATE, kindOf, planError, quoteShort } from './messages.js';
import { isRecord } from './recognise.js';

/** The schemas, built on first use. */
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

export type ResourceChange = z.infer<Schemas['change']>;
export type DeferredChange = z.infer<Schemas['deferred']>;
export type PlanTop = z.infer<Schemas['top']>;

/**
 * The one-line refusal of a PlanShapeError: its first field the schema refuses, what that field
 * is and what was expected. Should the schema accept what the hand-written checks refused (a
 * test keeps the two the same), the error's own refusal stands: never a pass.
 */
export function wordShape(error: PlanShapeError): UserError {
  const parsed = planSchemas()[error.shape].safeParse(error.raw);
  if (parsed.success) return error;
  return invalid(parsed.error, error.raw, error.where, error.displayPath);
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
