import type { Protection } from '../catalog/types.js';

/**
 * Reads protection attributes out of `change.before` / `change.after`. This is the only code
 * that looks inside attribute values, and it only returns scalars at catalog paths: every
 * other value in a plan stays unread (plan values are plaintext secrets, docs/plan-format.md).
 */
export type Scalar = boolean | number | string | null;

export interface ReadValue {
  /** The value the provider will act on: the attribute's, else the documented default. */
  readonly value: Scalar | undefined;
  /**
   * Where it came from: `absent` = the provider version has no such attribute (no guard);
   * `unset` = null with no documented default; `unknown` = computed during apply
   * (`after_unknown`).
   */
  readonly origin: 'plan' | 'default' | 'absent' | 'unset' | 'unknown';
  /** Marked sensitive: may decide a finding, but is never printed. */
  readonly sensitive: boolean;
  /** For string switches (`Protection.onValues`): whether the value means "on". */
  readonly on?: boolean;
}

// The same few catalog paths are read for every change of a plan: split each once.
const SEGMENTS = new Map<string, readonly string[]>();

function segmentsOf(path: string): readonly string[] {
  let segments = SEGMENTS.get(path);
  if (segments === undefined) {
    segments = path.split('.');
    SEGMENTS.set(path, segments);
  }
  return segments;
}

function step(container: unknown, segment: string): unknown {
  if (Array.isArray(container)) {
    const index = Number(segment);
    return Number.isInteger(index) ? (container as unknown[])[index] : undefined;
  }
  if (container !== null && typeof container === 'object' && Object.hasOwn(container, segment)) {
    return (container as Record<string, unknown>)[segment];
  }
  return undefined;
}

/**
 * The value at `path`, `null` when a block or value on the way is unset (an empty block
 * list, a null attribute), and `undefined` only when the top-level attribute is missing:
 * `before` carries every attribute of the resource's schema, so a missing one does not
 * exist in the provider version in use (docs/recoverability.md, "Absent is not a default").
 */
function at(root: unknown, path: string): unknown {
  const segments = segmentsOf(path);
  const [first, ...rest] = segments;
  if (first === undefined) return undefined;
  let current = step(root, first);
  if (current === undefined) return undefined;
  for (const segment of rest) {
    if (current === null) return null;
    current = step(current, segment);
    if (current === undefined) return null;
  }
  return current;
}

/**
 * Sensitivity marks mirror the value's shape, but any level can be a bare `true` (everything
 * below is sensitive) or `false` (docs/plan-format.md).
 */
export function isMarkedSensitive(marks: unknown, path: string): boolean {
  let current = marks;
  for (const segment of segmentsOf(path)) {
    if (current === true) return true;
    current = step(current, segment);
    if (current === undefined || current === false || current === null) return false;
  }
  return current === true || (current !== null && typeof current === 'object');
}

function isScalar(value: unknown): value is Scalar {
  return value === null || ['boolean', 'number', 'string'].includes(typeof value);
}

/** Unknown values are missing from `after` and `true` in `after_unknown` (docs/plan-format.md). */
function isMarkedUnknown(afterUnknown: unknown, path: string): boolean {
  let current = afterUnknown;
  for (const segment of segmentsOf(path)) {
    if (current === true) return true;
    current = step(current, segment);
    if (current === undefined || current === false || current === null) return false;
  }
  return current === true;
}

export function readProtection(
  values: unknown,
  sensitiveMarks: unknown,
  protection: Protection,
  unknownMarks?: unknown,
): ReadValue {
  const sensitive = isMarkedSensitive(sensitiveMarks, protection.path);
  if (unknownMarks !== undefined && isMarkedUnknown(unknownMarks, protection.path)) {
    return { value: undefined, origin: 'unknown', sensitive };
  }
  const raw = at(values, protection.path);
  if (raw === undefined) return { value: undefined, origin: 'absent', sensitive };
  const value = raw !== null && isScalar(raw) ? raw : protection.default;
  if (value === undefined) return { value: undefined, origin: 'unset', sensitive };
  const origin = value === raw ? 'plan' : 'default';
  const onValues = protection.onValues;
  return onValues !== undefined && typeof value === 'string'
    ? { value, origin, sensitive, on: onValues.includes(value) }
    : { value, origin, sensitive };
}

/** A value as a reviewer reads it: `true`, `30`, a string as it is. Never called on sensitive ones. */
export function formatScalar(value: Scalar | undefined): string {
  if (value === undefined) return 'unset';
  return String(value);
}

export function isTrue(read: ReadValue): boolean {
  return read.on ?? (read.value === true || read.value === 'true');
}

export function isFalse(read: ReadValue): boolean {
  return read.on === undefined ? read.value === false || read.value === 'false' : !read.on;
}

export function asNumber(read: ReadValue): number | undefined {
  if (typeof read.value === 'number') return read.value;
  if (typeof read.value === 'string' && /^\d+$/u.test(read.value)) return Number(read.value);
  return undefined;
}
