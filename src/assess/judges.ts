import type { Protection, ProtectionEffect } from '../catalog/types.js';
import { code, type DataOutcome, type Part, type Parts } from './finding.js';
import { asNumber, formatScalar, isFalse, isTrue, type ReadValue } from './read-protection.js';

/*
 * One judge per protection effect: what that attribute alone says about a destroy, from the
 * provider's delete code (each catalog entry names its source). src/assess/recoverability.ts
 * combines the statements into one outcome.
 */

export interface Statement {
  readonly outcome: DataOutcome;
  readonly parts: Parts;
  readonly windowDays?: number;
}

export interface Reading {
  readonly protection: Protection;
  readonly read: ReadValue;
}

/** What a judge may consult besides its own attribute. */
export interface Context {
  readonly readings: readonly Reading[];
}

function find(context: Context, effect: ProtectionEffect): Reading | undefined {
  return context.readings.find((reading) => reading.protection.effect === effect);
}

function numberAt(context: Context, path: string | undefined): number | undefined {
  if (path === undefined) return undefined;
  const reading = context.readings.find((r) => r.protection.path === path);
  return reading === undefined || reading.read.sensitive ? undefined : asNumber(reading.read);
}

/** `deletion_protection = true` as one code part, `(the default)` after it when defaulted. */
export function attributeParts(attribute: string, read: ReadValue): Part[] {
  if (read.sensitive) return [code(attribute), ' (value marked sensitive)'];
  const shown = code(`${attribute} = ${formatScalar(read.value)}`);
  return read.origin === 'default' ? [shown, ' (the default)'] : [shown];
}

type Judge = (read: ReadValue, protection: Protection, context: Context) => Statement | undefined;

const say = (outcome: DataOutcome, parts: Parts, windowDays?: number): Statement =>
  windowDays === undefined ? { outcome, parts } : { outcome, parts, windowDays };

function finalSnapshotTaken(context: Context, switchParts: Parts): Statement {
  const name = find(context, 'final-snapshot-name');
  if (name === undefined)
    return say('survives', ['a final backup is taken (', ...switchParts, ')']);
  const value = name.read.value;
  if (typeof value !== 'string' || value === '') {
    return say('refused', [
      'a final snapshot is required (',
      ...switchParts,
      ') but ',
      code(name.protection.path),
      ' is not set: the provider refuses the delete and the apply will fail at this resource',
    ]);
  }
  return say(
    'survives',
    name.read.sensitive
      ? ['a final snapshot is taken (its name is marked sensitive)']
      : ['final snapshot ', code(value), ' is taken'],
  );
}

export function days(count: number): string {
  return count === 1 ? '1 day' : `${count} days`;
}

function windowParts(windowDays: number | undefined): string {
  return windowDays === undefined ? 'until its retention ends' : `for ${days(windowDays)}`;
}

export const JUDGES: Readonly<Record<ProtectionEffect, Judge>> = {
  'blocks-destroy': (read, protection, context) => {
    if (!isTrue(read)) return undefined;
    const override = find(context, 'disables-protection');
    // aws_dsql_cluster: force_destroy switches the protection off, then deletes.
    if (override !== undefined && isTrue(override.read)) return undefined;
    return say('refused', [
      ...attributeParts(protection.path, read),
      ': the apply will fail at this resource',
    ]);
  },
  'disables-protection': () => undefined, // read by `blocks-destroy`
  'skips-final-snapshot': (read, protection, context) => {
    const shown = attributeParts(protection.path, read);
    if (isTrue(read)) return say('lost', ['no final snapshot (', ...shown, ')']);
    return isFalse(read) ? finalSnapshotTaken(context, shown) : undefined;
  },
  'final-snapshot-name': (read, protection, context) => {
    if (find(context, 'skips-final-snapshot') !== undefined) return undefined;
    if (read.origin === 'absent') return undefined;
    if (typeof read.value === 'string' && read.value !== '') {
      return say(
        'survives',
        read.sensitive
          ? ['a final snapshot is taken (its name is marked sensitive)']
          : ['final snapshot ', code(read.value), ' is taken'],
      );
    }
    return say('lost', ['no final snapshot (', code(protection.path), ' is not set)']);
  },
  'takes-final-snapshot': (read, protection, context) => {
    const shown = attributeParts(protection.path, read);
    if (isFalse(read)) return say('lost', ['no final snapshot (', ...shown, ')']);
    if (!isTrue(read)) return undefined;
    if (protection.window === undefined)
      return say('survives', ['a final snapshot is taken (', ...shown, ')']);
    const kept = numberAt(context, protection.window);
    return say(
      'survives-window',
      ['a final backup is taken (', ...shown, ') and kept ', windowParts(kept)],
      kept,
    );
  },
  'purges-contents': (read, protection) => {
    const shown = attributeParts(protection.path, read);
    if (isTrue(read)) return say('lost', ['it and everything in it are deleted (', ...shown, ')']);
    return isFalse(read)
      ? say('refused', [
          'the delete is refused while it holds anything (',
          ...shown,
          '): the apply will fail at this resource',
        ])
      : undefined;
  },
  'deletes-backups': (read, protection) => {
    const shown = attributeParts(protection.path, read);
    if (isTrue(read))
      return say('lost', ['it, its data and its backups are deleted (', ...shown, ')']);
    return isFalse(read)
      ? say('lost', [
          'its data is deleted with it; only while backups of it exist is the delete refused (',
          ...shown,
          ')',
        ])
      : undefined;
  },
  // Read by `deletes-automated-backups` too; at destroy only where a fixed window is known.
  'backup-retention-days': (read, protection) =>
    protection.windowDays !== undefined && (asNumber(read) ?? 0) > 0
      ? say(
          'survives-window',
          [
            'backups are on (',
            ...attributeParts(protection.path, read),
            `): the service keeps a deleted one's backups for ${days(protection.windowDays)}`,
          ],
          protection.windowDays,
        )
      : undefined,
  'skips-soft-delete': (read, protection) => {
    const shown = attributeParts(protection.path, read);
    if (isTrue(read))
      return say('lost', ['deleted at once, without a grace period (', ...shown, ')']);
    return isFalse(read)
      ? say(
          'survives-window',
          ['soft-deleted (', ...shown, '): restorable ', windowParts(protection.windowDays)],
          protection.windowDays,
        )
      : undefined;
  },
  'retains-data': (read, protection) =>
    isTrue(read)
      ? say('survives', [
          'its data is kept when the object is deleted (',
          ...attributeParts(protection.path, read),
          ')',
        ])
      : say('lost', [
          'its data is deleted with it (',
          ...attributeParts(protection.path, read),
          ')',
        ]),
  'deletes-automated-backups': (read, protection, context) => {
    const retention = find(context, 'backup-retention-days');
    const kept = retention === undefined ? undefined : numberAt(context, retention.protection.path);
    if (kept === 0) return undefined; // no automated backups to keep or delete
    const shown = attributeParts(protection.path, read);
    if (isTrue(read))
      return say('lost', ['automated backups are deleted with it (', ...shown, ')']);
    if (!isFalse(read)) return undefined;
    return say(
      'survives-window',
      ['automated backups are kept ', windowParts(kept), ' (', ...shown, ')'],
      kept,
    );
  },
  'retains-backups': (read, protection) => {
    const shown = attributeParts(protection.path, read);
    if (isTrue(read))
      return say('survives', ['its backups are kept after the delete (', ...shown, ')']);
    return isFalse(read)
      ? say('lost', ['its backups are deleted with it (', ...shown, ')'])
      : undefined;
  },
  'deletion-window-days': (read, protection) => {
    const shown = attributeParts(protection.path, read);
    if (read.sensitive)
      return say('survives-window', ['restorable until its deletion window ends (', ...shown, ')']);
    const count = asNumber(read);
    if (count === undefined) return undefined;
    return count === 0
      ? say('lost', ['deleted at once (', ...shown, ')'])
      : say(
          'survives-window',
          [`restorable for ${days(count)} after the delete (`, ...shown, ')'],
          count,
        );
  },
  'window-days': () => undefined, // read through another protection's `window`
  'soft-delete-seconds': (read, protection) => {
    const seconds = read.sensitive ? undefined : asNumber(read);
    if (seconds === undefined) return undefined;
    const shown = attributeParts(protection.path, read);
    if (seconds === 0) return say('lost', ['soft delete is off (', ...shown, ')']);
    const count = Math.floor(seconds / 86_400);
    return say(
      'survives-window',
      [`soft-deleted: restorable for ${days(count)} (`, ...shown, ')'],
      count,
    );
  },
  'point-in-time-recovery': (read, protection) =>
    isTrue(read) && protection.windowDays !== undefined
      ? say(
          'survives-window',
          [
            'point-in-time recovery is on (',
            ...attributeParts(protection.path, read),
            `): the service keeps a backup for ${days(protection.windowDays)} after the delete`,
          ],
          protection.windowDays,
        )
      : undefined,
  'purge-protection': (read, protection, context) => {
    const shown = attributeParts(protection.path, read);
    const assumed: Part[] =
      protection.assumes === undefined
        ? []
        : ['; assumes ', code(protection.assumes), ', the default'];
    if (isFalse(read))
      return say('lost', ['purged right after the delete (', ...shown, ...assumed, ')']);
    if (!isTrue(read)) return undefined;
    const kept = numberAt(context, protection.window);
    return say(
      'survives-window',
      ['soft-deleted and cannot be purged (', ...shown, '): restorable ', windowParts(kept)],
      kept,
    );
  },
  'versioning-status': () => undefined, // matters on update (versioning suspended), not on destroy
  'versioning-enabled': () => undefined,
  'keeps-on-destroy': (read, protection) =>
    isTrue(read)
      ? say('not-deleted', [
          'the provider only removes it from state (',
          ...attributeParts(protection.path, read),
          ')',
        ])
      : undefined,
};
