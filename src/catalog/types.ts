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
 * on destroy and compared before/after on update.
 */
export type ProtectionEffect =
  /** `true`: the provider refuses to delete (deletion_protection, enable_deletion_protection). */
  | 'blocks-destroy'
  /** `true`: no final snapshot is taken (skip_final_snapshot). */
  | 'skips-final-snapshot'
  /** Name of the snapshot taken on destroy (final_snapshot_identifier). */
  | 'final-snapshot-name'
  /** `true`: a snapshot is taken on destroy (aws_ebs_volume final_snapshot). */
  | 'takes-final-snapshot'
  /** `true`: destroy deletes every object/table inside (force_destroy, delete_contents_on_destroy). */
  | 'purges-contents'
  /** Days automated backups are kept; 0 turns backups off. */
  | 'backup-retention-days'
  /** `true`: automated backups are deleted with the instance (delete_automated_backups). */
  | 'deletes-automated-backups'
  /** Days before a scheduled deletion becomes final; 0 = immediate (KMS, secrets, soft delete). */
  | 'deletion-window-days'
  /** `true`: continuous backups / point-in-time recovery are on. */
  | 'point-in-time-recovery'
  /** `true`: a soft-deleted object cannot be purged before its retention ends. */
  | 'purge-protection'
  /** `Enabled` | `Suspended` | `Disabled` (aws_s3_bucket_versioning). */
  | 'versioning-status'
  /** `true`: object versioning is on (legacy aws_s3_bucket `versioning` block, GCS). */
  | 'versioning-enabled'
  /** `true`: destroy only forgets it; the provider leaves the data in place (skip_destroy, ABANDON). */
  | 'keeps-on-destroy';

export interface Protection {
  /**
   * Attribute path inside `before`/`after`: dot-separated, numeric segments index lists
   * (`point_in_time_recovery.0.enabled`). Only these paths are ever read or printed.
   */
  readonly path: string;
  readonly effect: ProtectionEffect;
  /** The provider's documented default, used when the attribute is absent or null. */
  readonly default?: boolean | number | string;
  /**
   * For string-valued switches: the values that mean "on" (`ACTIVE`, `PROTECTED`,
   * `DELETE_PROTECTION_ENABLED`); any other string means off.
   */
  readonly onValues?: readonly string[];
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
