import type { Protection } from '../catalog/types.js';
import type { ProtectionValue } from './finding.js';
import {
  asNumber,
  formatScalar,
  isFalse,
  isTrue,
  readProtection,
  type ReadValue,
} from './protections.js';

/**
 * What a destroy does to the data, judged from the protection attributes in `change.before`
 * (providers read them from state at destroy time, PLAN-FORMAT.md "Protection attributes").
 */
export type Outcome =
  /** The provider will refuse the destroy: the apply fails at this resource. */
  | 'blocked'
  /** A copy survives or the deletion can be undone for a while. */
  | 'recoverable'
  /** Nothing survives. */
  | 'unrecoverable'
  /** No protection attribute says either way. */
  | 'unknown';

export interface Recoverability {
  readonly outcome: Outcome;
  readonly text: string;
  readonly protections: readonly ProtectionValue[];
}

interface Statement {
  readonly outcome: Outcome;
  readonly text: string;
}

/** `deletion_protection = true`, or `deletion_protection (sensitive)` without its value. */
export function showAttribute(attribute: string, read: ReadValue): string {
  return read.sensitive
    ? `${attribute} (value marked sensitive)`
    : `${attribute} = ${showValue(read)}`;
}

/** `true`, or `30 (the default)` when the plan leaves it to the provider. Never for sensitive values. */
export function showValue(read: ReadValue): string {
  const shown = formatScalar(read.value);
  return read.origin === 'default' ? `${shown} (the default)` : shown;
}

type Judge = (read: ReadValue, attribute: string, context: Context) => Statement | undefined;

/** What the judges may consult besides their own attribute. */
interface Context {
  readonly reads: ReadonlyMap<string, ReadValue>;
  /** The type names its final snapshot (RDS-like); only then does a missing name block the destroy. */
  readonly namesSnapshot: boolean;
  readonly snapshotName: string | undefined;
}

/** The snapshot's name as shown; a sensitive name is set but never printed. */
function snapshotNameOf(read: ReadValue): string | undefined {
  if (typeof read.value !== 'string' || read.value === '') return undefined;
  return read.sensitive ? '(name marked sensitive)' : formatScalar(read.value);
}

function hasNoBackups(all: ReadonlyMap<string, ReadValue>): boolean {
  const retention = all.get('backup_retention_period');
  return retention !== undefined && asNumber(retention) === 0;
}

const JUDGES: Readonly<Record<Protection['effect'], Judge>> = {
  'blocks-destroy': (read, attribute) =>
    isTrue(read)
      ? {
          outcome: 'blocked',
          text: `${showAttribute(attribute, read)}: the apply will fail at this resource`,
        }
      : undefined,
  'skips-final-snapshot': (read, attribute, context) => {
    if (isTrue(read)) {
      return {
        outcome: 'unrecoverable',
        text: `no final snapshot (${showAttribute(attribute, read)}): unrecoverable`,
      };
    }
    if (!isFalse(read)) return undefined;
    const name = context.snapshotName;
    if (!context.namesSnapshot) {
      // FSx and the like take the final backup without a name.
      return {
        outcome: 'recoverable',
        text: `a final snapshot will be taken (${showAttribute(attribute, read)})`,
      };
    }
    return name === undefined
      ? {
          outcome: 'blocked',
          text: `a final snapshot is required (${showAttribute(attribute, read)}) but final_snapshot_identifier is not set: the apply will fail at this resource`,
        }
      : { outcome: 'recoverable', text: `final snapshot ${name} will be taken` };
  },
  'final-snapshot-name': () => undefined, // read by `skips-final-snapshot`
  'takes-final-snapshot': (read, attribute) =>
    isTrue(read)
      ? {
          outcome: 'recoverable',
          text: `a final snapshot will be taken (${showAttribute(attribute, read)})`,
        }
      : isFalse(read)
        ? {
            outcome: 'unrecoverable',
            text: `no final snapshot (${showAttribute(attribute, read)}): unrecoverable`,
          }
        : undefined,
  'purges-contents': (read, attribute) =>
    isTrue(read)
      ? {
          outcome: 'unrecoverable',
          text: `it and everything in it deleted (${showAttribute(attribute, read)})`,
        }
      : isFalse(read)
        ? {
            outcome: 'blocked',
            text: `the destroy fails while it still holds data (${showAttribute(attribute, read)})`,
          }
        : undefined,
  'backup-retention-days': (read, attribute) =>
    asNumber(read) === 0
      ? {
          outcome: 'unrecoverable',
          text: `no automated backups (${showAttribute(attribute, read)})`,
        }
      : undefined,
  'deletes-automated-backups': (read, attribute, context) =>
    hasNoBackups(context.reads)
      ? undefined // nothing to keep or delete: `backup-retention-days` says so
      : isTrue(read)
        ? {
            outcome: 'unrecoverable',
            text: `automated backups deleted with it (${showAttribute(attribute, read)})`,
          }
        : isFalse(read)
          ? {
              outcome: 'recoverable',
              text: `automated backups kept until their retention ends (${showAttribute(attribute, read)})`,
            }
          : undefined,
  'deletion-window-days': (read, attribute) => {
    const days = asNumber(read);
    if (days === undefined) return undefined;
    return days === 0
      ? {
          outcome: 'unrecoverable',
          text: `deleted immediately (${showAttribute(attribute, read)}): unrecoverable`,
        }
      : {
          outcome: 'recoverable',
          text: read.sensitive
            ? `scheduled for deletion (${showAttribute(attribute, read)}): recoverable until the window ends`
            : `scheduled for deletion in ${days} days (${showAttribute(attribute, read)}): recoverable until then`,
        };
  },
  // AWS: deleting a table with point-in-time recovery on leaves a system backup for 35 days.
  'point-in-time-recovery': (read, attribute) =>
    isTrue(read)
      ? {
          outcome: 'recoverable',
          text: `point-in-time recovery is on (${showAttribute(attribute, read)}): a backup taken at deletion can restore it`,
        }
      : undefined,
  'purge-protection': (read, attribute) =>
    isTrue(read)
      ? {
          outcome: 'recoverable',
          text: `soft-deleted and cannot be purged (${showAttribute(attribute, read)}): recoverable during retention`,
        }
      : isFalse(read)
        ? {
            outcome: 'unrecoverable',
            text: `can be purged right after deletion (${showAttribute(attribute, read)})`,
          }
        : undefined,
  'keeps-on-destroy': (read, attribute) =>
    isTrue(read)
      ? {
          outcome: 'recoverable',
          text: `not deleted: the provider only removes it from state (${showAttribute(attribute, read)})`,
        }
      : undefined,
  'versioning-status': () => undefined, // matters on update (versioning suspended), not on destroy
  'versioning-enabled': () => undefined,
};

/** Statements in priority order: a blocked destroy says most, then what is lost, then what survives. */
const OUTCOME_ORDER: Readonly<Record<Outcome, number>> = {
  blocked: 0,
  unrecoverable: 1,
  recoverable: 2,
  unknown: 3,
};

export function judgeRecoverability(
  protections: readonly Protection[],
  before: unknown,
  beforeSensitive: unknown,
): Recoverability {
  const reads = new Map<string, ReadValue>();
  for (const protection of protections)
    reads.set(protection.path, readProtection(before, beforeSensitive, protection));

  const nameProtection = protections.find(
    (protection) => protection.effect === 'final-snapshot-name',
  );
  const nameRead = nameProtection === undefined ? undefined : reads.get(nameProtection.path);
  const context: Context = {
    reads,
    namesSnapshot: nameProtection !== undefined,
    snapshotName: nameRead === undefined ? undefined : snapshotNameOf(nameRead),
  };

  const statements: Statement[] = [];
  const used: ProtectionValue[] = [];
  for (const protection of protections) {
    const read = reads.get(protection.path);
    if (read === undefined) continue;
    const statement = JUDGES[protection.effect](read, protection.path, context);
    if (statement === undefined) continue;
    statements.push(statement);
    used.push(
      read.sensitive
        ? { attribute: protection.path }
        : { attribute: protection.path, before: read.value ?? null },
    );
  }
  if (statements.length === 0) {
    return { outcome: 'unknown', text: '', protections: [] };
  }
  statements.sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
  const outcome = decideOutcome(statements);
  return { outcome, text: statements.map((s) => s.text).join('; '), protections: used };
}

/**
 * A blocked destroy protects the data whatever else is set. Otherwise a single surviving copy
 * (snapshot, retained backups, deletion window) makes it recoverable, and only when every
 * statement says data is lost is it unrecoverable.
 */
function decideOutcome(statements: readonly Statement[]): Outcome {
  if (statements.some((s) => s.outcome === 'blocked')) return 'blocked';
  if (statements.some((s) => s.outcome === 'recoverable')) return 'recoverable';
  return 'unrecoverable';
}
