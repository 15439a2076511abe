import type { Protection, ProtectionEffect } from '../catalog/types.js';
import type { PlanChange } from '../plan/model.js';
import type { ProtectionValue } from './finding.js';
import { asNumber, isFalse, isTrue, readProtection, type ReadValue } from './protections.js';
import { showValue } from './recoverability.js';

/**
 * Protections an in-place update switches off. Compared on values both sides know: an
 * attribute computed during apply (`after_unknown`) is not judged.
 */
export interface Weakening {
  readonly attribute: string;
  readonly text: string;
  readonly value: ProtectionValue;
}

type Weakens = (before: ReadValue, after: ReadValue) => string | undefined;

const turnedOff =
  (what: string): Weakens =>
  (before, after) =>
    isTrue(before) && isFalse(after) ? what : undefined;
const turnedOn =
  (what: string): Weakens =>
  (before, after) =>
    !isTrue(before) && isTrue(after) ? what : undefined;

const WEAKENS: Readonly<Record<ProtectionEffect, Weakens | undefined>> = {
  'blocks-destroy': turnedOff('deletion protection switched off: a later destroy will succeed'),
  'skips-final-snapshot': turnedOn(
    'final snapshot switched off: a later destroy leaves no snapshot',
  ),
  'takes-final-snapshot': turnedOff(
    'final snapshot switched off: a later destroy leaves no snapshot',
  ),
  'purges-contents': turnedOn('a later destroy will delete everything inside it'),
  'deletes-automated-backups': turnedOn('automated backups will be deleted with it'),
  'backup-retention-days': (before, after) => {
    const was = asNumber(before);
    return was !== undefined && was > 0 && asNumber(after) === 0
      ? 'automated backups switched off'
      : undefined;
  },
  'deletion-window-days': (before, after) => {
    const was = asNumber(before);
    const now = asNumber(after);
    if (was === undefined || now === undefined || now >= was) return undefined;
    return now === 0
      ? 'deletion becomes immediate: no recovery window'
      : 'recovery window shortened';
  },
  'point-in-time-recovery': turnedOff('point-in-time recovery switched off'),
  'purge-protection': turnedOff(
    'purge protection switched off: a deleted object can be purged at once',
  ),
  'versioning-status': (before, after) =>
    before.value === 'Enabled' && (after.value === 'Suspended' || after.value === 'Disabled')
      ? 'object versioning suspended: overwritten and deleted objects are no longer kept'
      : undefined,
  'versioning-enabled': turnedOff(
    'object versioning switched off: overwritten and deleted objects are no longer kept',
  ),
  'keeps-on-destroy': turnedOff(
    'a later destroy will really delete it instead of leaving it in place',
  ),
  'final-snapshot-name': undefined,
};

function showChange(attribute: string, before: ReadValue, after: ReadValue): string {
  if (before.sensitive || after.sensitive) return `${attribute} (value marked sensitive)`;
  return `${attribute}: ${showValue(before)} → ${showValue(after)}`;
}

export function findWeakenings(
  protections: readonly Protection[],
  change: Pick<
    PlanChange,
    'before' | 'after' | 'beforeSensitive' | 'afterSensitive' | 'afterUnknown'
  >,
): Weakening[] {
  const found: Weakening[] = [];
  for (const protection of protections) {
    const weakens = WEAKENS[protection.effect];
    if (weakens === undefined) continue;
    const before = readProtection(change.before, change.beforeSensitive, protection);
    const after = readProtection(
      change.after,
      change.afterSensitive,
      protection,
      change.afterUnknown,
    );
    if (before.origin === 'unknown' || after.origin === 'unknown') continue;
    const what = weakens(before, after);
    if (what === undefined) continue;
    const sensitive = before.sensitive || after.sensitive;
    found.push({
      attribute: protection.path,
      text: `${what} (${showChange(protection.path, before, after)})`,
      value: sensitive
        ? { attribute: protection.path }
        : { attribute: protection.path, before: before.value ?? null, after: after.value ?? null },
    });
  }
  return found;
}
