import type { Finding } from '../../../src/assess/finding.js';
import { BUILT_IN_ENTRIES } from '../../../src/catalog/index.js';
import { assess, change } from '../changes.js';

/*
 * One-change plans for the per-attribute tables. `before` is built as a provider writes it:
 * every protection attribute of the type present (null when unset), then the case's values
 * set at their paths (`a.0.b` creates the block list).
 */

type Value = boolean | number | string | null;

function setPath(root: Record<string, unknown>, path: string, value: Value): void {
  const segments = path.split('.');
  let current: Record<string, unknown> | unknown[] = root;
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    const next = segments[index + 1];
    const key = Array.isArray(current) ? Number(segment) : segment;
    const holder = current as Record<string | number, unknown>;
    if (last) {
      holder[key] = value;
      return;
    }
    const existing = holder[key];
    if (existing === null || existing === undefined || typeof existing !== 'object') {
      holder[key] = next !== undefined && /^\d+$/u.test(next) ? [] : {};
    }
    current = holder[key] as Record<string, unknown> | unknown[];
  });
}

export function before(type: string, values: Readonly<Record<string, Value>>): unknown {
  const root: Record<string, unknown> = { id: 'x' };
  const entry = BUILT_IN_ENTRIES.find((candidate) => candidate.type === type);
  for (const protection of entry?.protections ?? []) {
    const top = protection.path.split('.')[0] ?? protection.path;
    root[top] = null;
  }
  for (const [path, value] of Object.entries(values)) setPath(root, path, value);
  return root;
}

function onlyFinding(findings: readonly Finding[], address: string): Finding {
  const found = findings.filter((finding) => finding.address === address);
  if (found.length !== 1) throw new Error(`${address}: ${found.length} findings`);
  const [first] = found;
  if (first === undefined) throw new Error(address);
  return first;
}

export function destroyed(type: string, values: Readonly<Record<string, Value>>): Finding {
  const address = `${type}.x`;
  return onlyFinding(
    assess([change(address, ['delete'], { before: before(type, values) })]).findings,
    address,
  );
}

export function updated(
  type: string,
  was: Readonly<Record<string, Value>>,
  now: Readonly<Record<string, Value>>,
  unknown?: string,
): readonly Finding[] {
  const afterUnknown: Record<string, unknown> = {};
  if (unknown !== undefined) setPath(afterUnknown, unknown, true);
  const built = before(type, now) as Record<string, unknown>;
  const top = unknown?.split('.')[0];
  // An unknown value is missing from `after` (docs/plan-format.md).
  const after = Object.fromEntries(Object.entries(built).filter(([key]) => key !== top));
  return assess([
    change(`${type}.x`, ['update'], { before: before(type, was), after, afterUnknown }),
  ]).findings;
}
