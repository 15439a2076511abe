import type { Protection } from './types.js';

const GENERIC = 'a common provider convention, read on updates of types without their own list';

/**
 * Protection attributes read on updates of types that have no protection list of their own
 * (types the catalog does not know included): flipping `deletion_protection` off matters
 * whatever the type. They are never read at destroy, because what an attribute does there is
 * a per-type fact (FSx's `skip_final_backup` is not RDS's `skip_final_snapshot`), and they
 * carry no defaults: an absent value means "unknown", never "off".
 */
export const GENERIC_PROTECTIONS: readonly Protection[] = [
  { path: 'deletion_protection', effect: 'blocks-destroy', source: GENERIC },
  { path: 'deletion_protection_enabled', effect: 'blocks-destroy', source: GENERIC },
  { path: 'enable_deletion_protection', effect: 'blocks-destroy', source: GENERIC },
  { path: 'termination_protection_enabled', effect: 'blocks-destroy', source: GENERIC },
  { path: 'force_destroy', effect: 'purges-contents', source: GENERIC },
  { path: 'delete_contents_on_destroy', effect: 'purges-contents', source: GENERIC },
  { path: 'skip_final_snapshot', effect: 'skips-final-snapshot', source: GENERIC },
  { path: 'final_snapshot', effect: 'takes-final-snapshot', source: GENERIC },
  { path: 'backup_retention_period', effect: 'backup-retention-days', source: GENERIC },
  { path: 'delete_automated_backups', effect: 'deletes-automated-backups', source: GENERIC },
  { path: 'point_in_time_recovery.0.enabled', effect: 'point-in-time-recovery', source: GENERIC },
  { path: 'deletion_window_in_days', effect: 'deletion-window-days', source: GENERIC },
  { path: 'recovery_window_in_days', effect: 'deletion-window-days', source: GENERIC },
  { path: 'soft_delete_retention_days', effect: 'window-days', source: GENERIC },
  { path: 'purge_protection_enabled', effect: 'purge-protection', source: GENERIC },
  { path: 'versioning_configuration.0.status', effect: 'versioning-status', source: GENERIC },
  // The legacy aws_s3_bucket `versioning` block and google_storage_bucket share this shape.
  { path: 'versioning.0.enabled', effect: 'versioning-enabled', source: GENERIC },
];

/**
 * `deletion_policy` as recent hashicorp/google versions add it to nearly every resource
 * (magic-modules "Deletion policy": PREVENT blocks the delete, ABANDON only removes the
 * resource from state, DELETE, the usual default, deletes). Read on every `google_*` type
 * that does not define a `deletion_policy` of its own; absent from `before` on provider
 * versions without it, and then nothing is assumed.
 */
export const GOOGLE_DELETION_POLICY: readonly Protection[] = [
  {
    path: 'deletion_policy',
    effect: 'blocks-destroy',
    onValues: ['PREVENT'],
    source: 'hashicorp/google: magic-modules best practices "Deletion policy" (PREVENT)',
  },
  {
    path: 'deletion_policy',
    effect: 'keeps-on-destroy',
    onValues: ['ABANDON'],
    source: 'hashicorp/google: magic-modules best practices "Deletion policy" (ABANDON)',
  },
];
