import type { CatalogEntry } from '../catalog/types.js';
import { isAtLeast, type Severity } from '../catalog/severity.js';
import { isCreateBeforeDestroy, isDelete } from '../plan/actions.js';
import type { DataOutcome, Part, Parts } from './finding.js';
import type { Recoverability } from './recoverability.js';

/**
 * A destroyed catalog entry's outcome, words and severity (docs/recoverability.md). Severity
 * follows the outcome: lost → critical; survives (for a window or for good) → high, so a
 * code owner still looks and knows the restore path; refused or not deleted → medium, since
 * this apply loses nothing. Entries reviewed below high (data Terraform itself re-creates)
 * keep their severity unless the delete does not happen.
 */
export interface DestroyOutcome {
  /** Undefined for a backup policy: it holds no data, so nothing is lost or kept. */
  readonly outcome: DataOutcome | undefined;
  readonly severity: Severity;
  readonly parts: Parts;
}

const NO_GUARD: Parts = ['lost: no guard known: deleted with its data'];

function severityOf(entry: CatalogEntry, outcome: DataOutcome): Severity {
  const base: Severity =
    entry.backup === 'data' ? 'critical' : entry.backup === 'policy' ? 'high' : entry.severity;
  if (outcome === 'refused' || outcome === 'not-deleted')
    return isAtLeast(base, 'medium') ? 'medium' : base;
  // Losing a backup copy is the loss: a backup keeps its role's severity.
  if (entry.backup !== undefined || !isAtLeast(base, 'high')) return base;
  return outcome === 'lost' ? 'critical' : 'high';
}

function fallback(entry: CatalogEntry): Parts {
  if (entry.backup === 'data') return ['lost: this backup copy is deleted'];
  if (entry.backup === 'policy') return ['no further backups are made by it'];
  return NO_GUARD;
}

export function destroyOutcome(
  entry: CatalogEntry,
  actions: readonly string[],
  judged: Recoverability,
): DestroyOutcome {
  const outcome = judged.outcome ?? (entry.backup === 'policy' ? undefined : 'lost');
  const text = judged.outcome === undefined ? fallback(entry) : judged.parts;
  const parts: Part[] = isDelete(actions)
    ? [...text]
    : [
        `the replacement starts empty (${isCreateBeforeDestroy(actions) ? 'created before the old one is destroyed' : 'created after the old one is destroyed'}); the old one: `,
        ...text,
      ];
  return { outcome, severity: severityOf(entry, outcome ?? 'lost'), parts };
}
