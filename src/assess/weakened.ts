import type { Protection, ProtectionEffect } from '../catalog/types.js';
import type { PlanChange } from '../plan/model.js';
import { code, type Part, type ProtectionValue } from './finding.js';
import {
  asNumber,
  formatScalar,
  isFalse,
  isTrue,
  readProtection,
  type ReadValue,
} from './read-protection.js';

/**
 * Protections an in-place update switches off, or makes unknown until apply while they are
 * on now (docs/recoverability.md, "Updates"): every attribute that decides a destroy's
 * outcome, not only the classic list.
 */
export interface Weakening {
  readonly attribute: string;
  readonly parts: readonly Part[];
  readonly value: ProtectionValue;
}

interface Rule {
  /** Whether the value protects the data now (what an unknown `after` may switch off). */
  readonly protects: (read: ReadValue) => boolean;
  /** What the change does, when it weakens the protection. */
  readonly weakens: (before: ReadValue, after: ReadValue) => string | undefined;
}

const isSet = (read: ReadValue): boolean => typeof read.value === 'string' && read.value !== '';
const positive = (read: ReadValue): boolean => (asNumber(read) ?? 0) > 0;

const switchedOff = (what: string): Rule => ({
  protects: isTrue,
  weakens: (before, after) => (isTrue(before) && isFalse(after) ? what : undefined),
});
const switchedOn = (what: string): Rule => ({
  protects: isFalse,
  weakens: (before, after) => (!isTrue(before) && isTrue(after) ? what : undefined),
});
const shortened = (toZero: string, shorter: string): Rule => ({
  protects: positive,
  weakens: (before, after) => {
    const was = asNumber(before);
    const now = asNumber(after);
    if (was === undefined || now === undefined || now >= was) return undefined;
    return now === 0 ? toZero : shorter;
  },
});

const NO_SNAPSHOT = 'final snapshot switched off: a later destroy leaves no snapshot';

const RULES: Readonly<Record<ProtectionEffect, Rule>> = {
  'blocks-destroy': switchedOff('deletion protection switched off: a later destroy will succeed'),
  'disables-protection': switchedOn('a later destroy switches deletion protection off first'),
  'skips-final-snapshot': switchedOn(NO_SNAPSHOT),
  'final-snapshot-name': {
    protects: isSet,
    weakens: (before, after) =>
      isSet(before) && !isSet(after)
        ? 'final snapshot name removed: a later destroy leaves no snapshot'
        : undefined,
  },
  'takes-final-snapshot': switchedOff(NO_SNAPSHOT),
  'purges-contents': switchedOn('a later destroy will delete everything inside it'),
  'deletes-backups': switchedOn('a later destroy will delete its backups too'),
  'deletes-automated-backups': switchedOn('automated backups will be deleted with it'),
  'skips-soft-delete': switchedOn('a later destroy deletes it at once, without a grace period'),
  'retains-data': switchedOff('a later destroy deletes its data with it'),
  'retains-backups': switchedOff('backups will no longer be kept after a delete'),
  'backup-retention-days': shortened(
    'automated backups switched off',
    'backup retention shortened',
  ),
  'deletion-window-days': shortened(
    'deletion becomes immediate: no recovery window',
    'recovery window shortened',
  ),
  'window-days': shortened('soft delete switched off', 'soft-delete retention shortened'),
  'soft-delete-seconds': shortened('soft delete switched off', 'soft-delete retention shortened'),
  'point-in-time-recovery': switchedOff('point-in-time recovery switched off'),
  'purge-protection': switchedOff(
    'purge protection switched off: a deleted object can be purged at once',
  ),
  'versioning-status': {
    protects: (read) => read.value === 'Enabled',
    weakens: (before, after) =>
      before.value === 'Enabled' && (after.value === 'Suspended' || after.value === 'Disabled')
        ? 'object versioning suspended: overwritten and deleted objects are no longer kept'
        : undefined,
  },
  'versioning-enabled': switchedOff(
    'object versioning switched off: overwritten and deleted objects are no longer kept',
  ),
  'keeps-on-destroy': switchedOff(
    'a later destroy will really delete it instead of leaving it in place',
  ),
};

function shown(read: ReadValue): string {
  const value = formatScalar(read.value);
  return read.origin === 'default' ? `${value} (the default)` : value;
}

function changeParts(attribute: string, before: ReadValue, after: ReadValue): Part[] {
  if (before.sensitive || after.sensitive) return [code(attribute), ' (value marked sensitive)'];
  if (after.origin === 'unknown')
    return [code(attribute), ': ', code(shown(before)), ' → known after apply'];
  return [code(attribute), ': ', code(shown(before)), ' → ', code(shown(after))];
}

type Change = Pick<
  PlanChange,
  'before' | 'after' | 'beforeSensitive' | 'afterSensitive' | 'afterUnknown'
>;

function weakeningOf(protection: Protection, change: Change): Weakening | undefined {
  const rule = RULES[protection.effect];
  const before = readProtection(change.before, change.beforeSensitive, protection);
  if (before.origin === 'absent') return undefined; // no such guard in this provider version
  const after = readProtection(
    change.after,
    change.afterSensitive,
    protection,
    change.afterUnknown,
  );
  const what =
    after.origin === 'unknown'
      ? rule.protects(before)
        ? 'may be switched off: its new value is known only after apply'
        : undefined
      : rule.weakens(before, after);
  if (what === undefined) return undefined;
  const attribute = protection.path;
  const sensitive = before.sensitive || after.sensitive;
  const value: ProtectionValue = sensitive
    ? { attribute }
    : after.origin === 'unknown'
      ? { attribute, before: before.value ?? null }
      : { attribute, before: before.value ?? null, after: after.value ?? null };
  return { attribute, parts: [what, ' (', ...changeParts(attribute, before, after), ')'], value };
}

export function findWeakenings(protections: readonly Protection[], change: Change): Weakening[] {
  const found: Weakening[] = [];
  const seen = new Set<string>();
  for (const protection of protections) {
    // One attribute, one weakening: `deletion_policy` is read twice (PREVENT and ABANDON).
    if (seen.has(protection.path)) continue;
    const weakening = weakeningOf(protection, change);
    if (weakening === undefined) continue;
    seen.add(protection.path);
    found.push(weakening);
  }
  return found;
}
