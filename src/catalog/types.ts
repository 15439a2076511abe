import type { Severity } from './severity.js';

/** What kind of data a resource type holds; shown to reviewers and used in the JSON report. */
export const CATEGORIES = [
  'relational-database',
  'nosql-database',
  'object-storage',
  'block-storage',
  'file-storage',
  'cache',
  'queue-stream',
  'search-analytics',
  'data-warehouse',
  'encryption-key',
  'secret',
  'dns-zone',
  'identity-directory',
  'backup',
  'log',
  'container-registry',
  'source-repository',
  'kubernetes-volume',
  'kubernetes-namespace',
  'monitoring-state',
  'certificate',
  'ml-model',
  'domain',
  'workstation',
  'config-store',
  'other-stateful',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * How a protection attribute decides what happens to the data, read from `change.before`
 * on destroy and compared before/after on update. The rule that combines them into one
 * outcome is in src/assess/recoverability.ts and docs/recoverability.md.
 */
export type ProtectionEffect =
  /** On: the provider (or the API) refuses the delete: deletion_protection, PREVENT. */
  | 'blocks-destroy'
  /** `true`: the provider switches the type's deletion protection off before deleting. */
  | 'disables-protection'
  /** `true`: no final snapshot; `false`: one is taken (and must be named if the type names it). */
  | 'skips-final-snapshot'
  /** Name of the snapshot taken on destroy; unset = none (when the type has no skip switch). */
  | 'final-snapshot-name'
  /** `true`: a snapshot or backup is taken on destroy (aws_ebs_volume final_snapshot). */
  | 'takes-final-snapshot'
  /** `true`: destroy deletes every object inside; `false`: the delete is refused while any remain. */
  | 'purges-contents'
  /** `true`: destroy deletes the resource's backups too; `false`: refused while backups exist. */
  | 'deletes-backups'
  /**
   * Days automated backups are kept; 0 turns them off. At destroy only where the service
   * keeps a deleted resource's backups for a fixed time (`windowDays`).
   */
  | 'backup-retention-days'
  /** `true`: automated backups are deleted with it; `false`: kept for their retention. */
  | 'deletes-automated-backups'
  /** `true`: the service keeps the resource's backups after the delete. */
  | 'retains-backups'
  /** `true`: deleted at once; `false`: soft-deleted for `windowDays` (a grace period). */
  | 'skips-soft-delete'
  /** On: the data itself outlives the deleted object (a volume reclaim policy of Retain). */
  | 'retains-data'
  /** Days before a scheduled deletion becomes final; 0 = immediate (KMS keys, secrets). */
  | 'deletion-window-days'
  /** Days a soft-deleted copy is kept, read by another protection (`window`) and on updates. */
  | 'window-days'
  /** Seconds a soft-deleted copy is kept; 0 = soft delete off (Cloud Storage). */
  | 'soft-delete-seconds'
  /** On: point-in-time recovery; at destroy only where the service keeps a copy (`windowDays`). */
  | 'point-in-time-recovery'
  /** On: a soft-deleted object cannot be purged; off: the provider purges it after the delete. */
  | 'purge-protection'
  /** `Enabled` | `Suspended` | `Disabled` (aws_s3_bucket_versioning). Judged on updates only. */
  | 'versioning-status'
  /** `true`: object versioning is on. Judged on updates only. */
  | 'versioning-enabled'
  /** On: destroy only forgets it; the provider leaves it in place (skip_destroy, ABANDON). */
  | 'keeps-on-destroy';

export interface Protection {
  /**
   * Attribute path inside `before`/`after`: dot-separated, numeric segments index lists
   * (`point_in_time_recovery.0.enabled`). Only these paths are ever read or printed.
   */
  readonly path: string;
  readonly effect: ProtectionEffect;
  /**
   * The provider's documented default, used when the attribute is null (unset). An attribute
   * absent from `before` is never defaulted: that provider version does not have it.
   */
  readonly default?: boolean | number | string;
  /**
   * For string-valued switches: the values that mean "on" (`ACTIVE`, `PREVENT`, `ABANDON`);
   * any other string means off.
   */
  readonly onValues?: readonly string[];
  /** Path of the attribute whose number of days is this protection's window (`window-days`). */
  readonly window?: string;
  /** A fixed window in days the service keeps a copy (DynamoDB's 35-day system backup). */
  readonly windowDays?: number;
  /**
   * A provider-level setting this outcome depends on, assumed at its default and said so
   * (azurerm's `features` purge-on-destroy switches).
   */
  readonly assumes?: string;
  /** Where its behaviour at destroy is documented or coded: checked, not guessed. */
  readonly source: string;
}

/**
 * What a backup-like resource holds. `data`: the copy itself (snapshot, vault, replica,
 * versioning) — destroying it is critical. `policy`: what makes copies (backup plan,
 * selection, schedule) — destroying it is high.
 */
export type BackupRole = 'data' | 'policy';

export interface CatalogEntry {
  readonly type: string;
  readonly category: Category;
  /** Base severity of destroying or replacing it, before recoverability adjusts it. */
  readonly severity: Severity;
  readonly backup?: BackupRole;
  readonly protections?: readonly Protection[];
}
