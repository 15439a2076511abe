import type { Protection } from './types.js';

/**
 * Protection attributes read on updates of ANY resource type, after a type's own: flipping
 * `deletion_protection` off matters whatever the type, including types the catalog does not
 * know. They carry no defaults, because a default is a per-type documented fact; an absent
 * value here means "unknown", never "off".
 */
export const GENERIC_PROTECTIONS: readonly Protection[] = [
  { path: 'deletion_protection', effect: 'blocks-destroy' },
  { path: 'deletion_protection_enabled', effect: 'blocks-destroy' },
  { path: 'enable_deletion_protection', effect: 'blocks-destroy' },
  { path: 'force_destroy', effect: 'purges-contents' },
  { path: 'delete_contents_on_destroy', effect: 'purges-contents' },
  { path: 'skip_final_snapshot', effect: 'skips-final-snapshot' },
  { path: 'final_snapshot', effect: 'takes-final-snapshot' },
  { path: 'final_snapshot_identifier', effect: 'final-snapshot-name' },
  { path: 'backup_retention_period', effect: 'backup-retention-days' },
  { path: 'delete_automated_backups', effect: 'deletes-automated-backups' },
  { path: 'point_in_time_recovery.0.enabled', effect: 'point-in-time-recovery' },
  { path: 'deletion_window_in_days', effect: 'deletion-window-days' },
  { path: 'recovery_window_in_days', effect: 'deletion-window-days' },
  { path: 'soft_delete_retention_days', effect: 'deletion-window-days' },
  { path: 'purge_protection_enabled', effect: 'purge-protection' },
  { path: 'versioning_configuration.0.status', effect: 'versioning-status' },
  // The legacy aws_s3_bucket `versioning` block and google_storage_bucket share this shape.
  { path: 'versioning.0.enabled', effect: 'versioning-enabled' },
];
