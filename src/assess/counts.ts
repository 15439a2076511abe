import type { ActionClass } from '../plan/actions.js';
import type { ChangeCounts } from './report.js';

export type MutableCounts = { -readonly [K in keyof ChangeCounts]: number };

/** Which count each class of change adds to (`open` is OpenTofu's ephemeral read). */
export const COUNT_OF: Readonly<Record<ActionClass, keyof ChangeCounts>> = {
  delete: 'delete',
  'replace-destroy-before-create': 'replace',
  'replace-create-before-destroy': 'replace',
  forget: 'forget',
  create: 'create',
  update: 'update',
  read: 'read',
  'no-op': 'noOp',
  open: 'read',
  unknown: 'unknown',
};

export function emptyCounts(): MutableCounts {
  return {
    create: 0,
    update: 0,
    delete: 0,
    replace: 0,
    forget: 0,
    read: 0,
    noOp: 0,
    unknown: 0,
    deferred: 0,
  };
}
