import type { CatalogEntry } from '../types.js';

/*
 * Google Cloud (hashicorp/google). Every protection names its source (`source`). Besides
 * these, recent provider versions give nearly every resource a `deletion_policy` (PREVENT,
 * ABANDON, DELETE), read on every google type from src/catalog/generic-protections.ts.
 */
// One entry per line, so adding a type is a one-line change.
// prettier-ignore
export const GOOGLE: readonly CatalogEntry[] = [
  // Relational databases
  // Google provider docs: google_sql_database_instance — deletion_protection "Defaults to
  // true" (a Terraform-side guard); settings.deletion_protection_enabled "Defaults to false"
  // (server-side, guards every surface); settings.backup_configuration
  // .point_in_time_recovery_enabled; settings.final_backup_config.enabled.
  {
    type: 'google_sql_database_instance',
    category: 'relational-database',
    severity: 'critical',
    protections: [
      { path: 'deletion_protection', effect: 'blocks-destroy', default: true, source: 'Google provider docs: google_sql_database_instance' },
      { path: 'settings.0.deletion_protection_enabled', effect: 'blocks-destroy', default: false, source: 'Google provider docs: google_sql_database_instance' },
      // Cloud SQL deletes an instance's backups with it unless retain_backups_on_delete.
      { path: 'settings.0.retain_backups_on_delete', effect: 'retains-backups', default: false, source: 'Google provider docs: google_sql_database_instance settings.retain_backups_on_delete; Cloud SQL deletes backups with the instance otherwise' },
      { path: 'settings.0.final_backup_config.0.enabled', effect: 'takes-final-snapshot', default: false, window: 'settings.0.final_backup_config.0.retention_days', source: 'Google provider docs: google_sql_database_instance settings.final_backup_config; Cloud SQL instances.delete enableFinalBackup' },
      { path: 'settings.0.final_backup_config.0.retention_days', effect: 'window-days', source: 'Cloud SQL instances.delete finalBackupTtlDays' },
      // Point-in-time recovery needs the instance's backups, which go with it: updates only.
      { path: 'settings.0.backup_configuration.0.point_in_time_recovery_enabled', effect: 'point-in-time-recovery', source: 'Google provider docs: google_sql_database_instance settings.backup_configuration.point_in_time_recovery_enabled' },
    ],
  },
  { type: 'google_sql_database', category: 'relational-database', severity: 'critical' },
  // Google provider docs: google_alloydb_cluster — deletion_protection: "When the field is set
  // to true or unset in Terraform state, a terraform destroy that would delete the cluster will
  // fail."
  {
    type: 'google_alloydb_cluster',
    category: 'relational-database',
    severity: 'critical',
    protections: [{ path: 'deletion_protection', effect: 'blocks-destroy', default: true, source: 'Google provider docs: google_alloydb_cluster' }],
  },
  { type: 'google_alloydb_instance', category: 'relational-database', severity: 'high' },
  // Google provider docs: google_spanner_instance — force_destroy (default false) also deletes
  // every backup of the instance.
  {
    type: 'google_spanner_instance',
    category: 'relational-database',
    severity: 'critical',
    protections: [{ path: 'force_destroy', effect: 'deletes-backups', default: false, source: 'Google provider docs: google_spanner_instance force_destroy (deletes backups first; without it the delete fails while backups exist)' }],
  },
  // Google provider docs: google_spanner_database — deletion_protection (Terraform-side,
  // default true) and enable_drop_protection (server-side, default false).
  {
    type: 'google_spanner_database',
    category: 'relational-database',
    severity: 'critical',
    protections: [
      { path: 'deletion_protection', effect: 'blocks-destroy', default: true, source: 'Google provider docs: google_spanner_database' },
      { path: 'enable_drop_protection', effect: 'blocks-destroy', default: false, source: 'Google provider docs: google_spanner_database' },
    ],
  },
  // Google provider docs: google_oracle_database_autonomous_database — deletion_protection
  // (Terraform-side; the page gives no default, so none is assumed).
  {
    type: 'google_oracle_database_autonomous_database',
    category: 'relational-database',
    severity: 'critical',
    protections: [{ path: 'deletion_protection', effect: 'blocks-destroy', source: 'Google provider docs: google_oracle_database_autonomous_database' }],
  },

  // NoSQL databases
  // Google provider docs: google_bigtable_instance — deletion_protection (default true);
  // force_destroy (default false) deletes the instance's backups too.
  {
    type: 'google_bigtable_instance',
    category: 'nosql-database',
    severity: 'critical',
    protections: [
      { path: 'deletion_protection', effect: 'blocks-destroy', default: true, source: 'Google provider docs: google_bigtable_instance' },
      { path: 'force_destroy', effect: 'deletes-backups', default: false, source: 'Google provider docs: google_bigtable_instance force_destroy (deletes backups first; without it the delete can be blocked by backups)' },
    ],
  },
  // google_bigtable_table docs: deletion_protection PROTECTED | UNPROTECTED (default UNPROTECTED).
  { type: 'google_bigtable_table', category: 'nosql-database', severity: 'critical', protections: [{ path: 'deletion_protection', effect: 'blocks-destroy', default: 'UNPROTECTED', onValues: ['PROTECTED'], source: 'Google provider docs: google_bigtable_table' }] },
  // google_firestore_database docs: deletion_policy ABANDON (default: destroy only removes it from state) | DELETE;
  // delete_protection_state DELETE_PROTECTION_ENABLED blocks deletion; point_in_time_recovery_enablement.
  { type: 'google_firestore_database', category: 'nosql-database', severity: 'critical', protections: [
    { path: 'deletion_policy', effect: 'keeps-on-destroy', default: 'ABANDON', onValues: ['ABANDON'], source: 'Google provider docs: google_firestore_database deletion_policy (default ABANDON: removed from state only)' },
    { path: 'deletion_policy', effect: 'blocks-destroy', onValues: ['PREVENT'], source: 'magic-modules best practices "Deletion policy" (PREVENT)' },
    { path: 'delete_protection_state', effect: 'blocks-destroy', onValues: ['DELETE_PROTECTION_ENABLED'], source: 'Google provider docs: google_firestore_database' },
    { path: 'point_in_time_recovery_enablement', effect: 'point-in-time-recovery', default: 'POINT_IN_TIME_RECOVERY_DISABLED', onValues: ['POINT_IN_TIME_RECOVERY_ENABLED'], source: 'Google provider docs: google_firestore_database' },
  ] },
  { type: 'google_firebase_database_instance', category: 'nosql-database', severity: 'critical' },

  // Caches
  { type: 'google_redis_instance', category: 'cache', severity: 'high' },
  // Google provider docs: google_redis_cluster — deletion_protection_enabled "Default value is
  // true".
  {
    type: 'google_redis_cluster',
    category: 'cache',
    severity: 'high',
    protections: [{ path: 'deletion_protection_enabled', effect: 'blocks-destroy', default: true, source: 'Google provider docs: google_redis_cluster' }],
  },
  // Google provider docs: google_memorystore_instance — deletion_protection_enabled "Default
  // value is true".
  {
    type: 'google_memorystore_instance',
    category: 'cache',
    severity: 'high',
    protections: [{ path: 'deletion_protection_enabled', effect: 'blocks-destroy', default: true, source: 'Google provider docs: google_memorystore_instance' }],
  },
  // Memcached keeps nothing worth restoring.

  // Object storage
  // Google provider docs: google_storage_bucket — force_destroy (default false) deletes every
  // object; versioning.enabled.
  {
    type: 'google_storage_bucket',
    category: 'object-storage',
    severity: 'critical',
    protections: [
      { path: 'force_destroy', effect: 'purges-contents', default: false, source: 'Google provider docs: google_storage_bucket force_destroy; without it the delete fails while objects remain' },
      // Objects deleted (force_destroy) stay restorable for the soft-delete retention, 7 days
      // unless the bucket sets another (0 turns soft delete off).
      { path: 'soft_delete_policy.0.retention_duration_seconds', effect: 'soft-delete-seconds', default: 604_800, source: 'Google provider docs: google_storage_bucket soft_delete_policy.retention_duration_seconds (default 604800); Cloud Storage soft delete' },
      { path: 'versioning.0.enabled', effect: 'versioning-enabled', default: false, source: 'Google provider docs: google_storage_bucket' },
    ],
  },

  // Block and file storage
  { type: 'google_compute_disk', category: 'block-storage', severity: 'critical' },
  { type: 'google_compute_region_disk', category: 'block-storage', severity: 'critical' },
  // Google provider docs: google_filestore_instance — deletion_protection_enabled (server-side).
  {
    type: 'google_filestore_instance',
    category: 'file-storage',
    severity: 'critical',
    protections: [{ path: 'deletion_protection_enabled', effect: 'blocks-destroy', source: 'Google provider docs: google_filestore_instance' }],
  },
  { type: 'google_netapp_volume', category: 'file-storage', severity: 'critical' },
  { type: 'google_netapp_storage_pool', category: 'file-storage', severity: 'high' },
  // Parallelstore and Managed Lustre are mostly scratch space filled from Cloud Storage.
  { type: 'google_parallelstore_instance', category: 'file-storage', severity: 'high' },
  { type: 'google_lustre_instance', category: 'file-storage', severity: 'high' },

  // Backups, snapshots and vaults
  { type: 'google_compute_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'google_alloydb_backup', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'google_filestore_backup', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'google_filestore_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'google_netapp_backup', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'google_netapp_backup_vault', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'google_netapp_volume_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'google_backup_dr_backup_vault', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'google_netapp_backup_policy', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'google_backup_dr_backup_plan', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'google_backup_dr_backup_plan_association', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'google_gke_backup_backup_plan', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'google_spanner_backup_schedule', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'google_firestore_backup_schedule', category: 'backup', severity: 'high', backup: 'policy' },
  // Resource policies are how disk snapshot schedules are declared (they can also be
  // placement or instance schedules; a reviewer tells them apart at a glance).
  { type: 'google_compute_resource_policy', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'google_compute_disk_resource_policy_attachment', category: 'backup', severity: 'high', backup: 'policy' },

  // Queues and streams: a subscription holds the undelivered messages.
  { type: 'google_pubsub_subscription', category: 'queue-stream', severity: 'high' },

  // Data warehouses
  // Google provider docs: google_bigquery_dataset — delete_contents_on_destroy (default false)
  // deletes every table in the dataset.
  {
    type: 'google_bigquery_dataset',
    category: 'data-warehouse',
    severity: 'critical',
    protections: [
      { path: 'delete_contents_on_destroy', effect: 'purges-contents', default: false, source: 'Google provider docs: google_bigquery_dataset' },
    ],
  },
  // Google provider docs: google_bigquery_table — deletion_protection (default true).
  {
    type: 'google_bigquery_table',
    category: 'data-warehouse',
    severity: 'critical',
    protections: [{ path: 'deletion_protection', effect: 'blocks-destroy', default: true, source: 'Google provider docs: google_bigquery_table' }],
  },
  // Google provider docs: google_dataproc_metastore_service — deletion_protection.
  {
    type: 'google_dataproc_metastore_service',
    category: 'data-warehouse',
    severity: 'high',
    protections: [{ path: 'deletion_protection', effect: 'blocks-destroy', source: 'Google provider docs: google_dataproc_metastore_service' }],
  },

  // Encryption keys: Cloud KMS never deletes a key, but destroying one destroys every version,
  // which makes the data encrypted with it unreadable.
  { type: 'google_kms_crypto_key', category: 'encryption-key', severity: 'critical' },
  { type: 'google_kms_crypto_key_version', category: 'encryption-key', severity: 'critical' },

  // Secrets
  // Google provider docs: google_secret_manager_secret — deletion_protection "Defaults to false".
  {
    type: 'google_secret_manager_secret',
    category: 'secret',
    severity: 'high',
    protections: [{ path: 'deletion_protection', effect: 'blocks-destroy', default: false, source: 'Google provider docs: google_secret_manager_secret' }],
  },
  { type: 'google_secret_manager_secret_version', category: 'secret', severity: 'high' },
  // Google provider docs: google_secret_manager_regional_secret — deletion_protection
  // "Defaults to false".
  {
    type: 'google_secret_manager_regional_secret',
    category: 'secret',
    severity: 'high',
    protections: [{ path: 'deletion_protection', effect: 'blocks-destroy', default: false, source: 'Google provider docs: google_secret_manager_regional_secret' }],
  },

  // Certificates
  // Google provider docs: google_privateca_certificate_authority — deletion_protection
  // (default true).
  {
    type: 'google_privateca_certificate_authority',
    category: 'certificate',
    severity: 'high',
    protections: [
      { path: 'deletion_protection', effect: 'blocks-destroy', default: true, source: 'Google provider docs: google_privateca_certificate_authority' },
      { path: 'skip_grace_period', effect: 'skips-soft-delete', default: false, windowDays: 30, source: 'Google provider docs: google_privateca_certificate_authority skip_grace_period (a deleted CA is restorable for 30 days unless set)' },
    ],
  },
  { type: 'google_privateca_ca_pool', category: 'certificate', severity: 'high' },

  // DNS zones
  // Google provider docs: google_dns_managed_zone — force_destroy (default false) deletes every
  // record set.
  {
    type: 'google_dns_managed_zone',
    category: 'dns-zone',
    severity: 'high',
    protections: [{ path: 'force_destroy', effect: 'purges-contents', default: false, source: 'Google provider docs: google_dns_managed_zone' }],
  },

  // Identity
  { type: 'google_identity_platform_tenant', category: 'identity-directory', severity: 'high' },
  { type: 'google_active_directory_domain', category: 'identity-directory', severity: 'critical' },

  // Logs
  { type: 'google_logging_project_bucket_config', category: 'log', severity: 'high' },

  // Container registries and source repositories
  { type: 'google_artifact_registry_repository', category: 'container-registry', severity: 'high' },
  { type: 'google_sourcerepo_repository', category: 'source-repository', severity: 'high' },
  { type: 'google_secure_source_manager_instance', category: 'source-repository', severity: 'high' },
  { type: 'google_secure_source_manager_repository', category: 'source-repository', severity: 'high' },

  // Healthcare API stores hold patient records.
  { type: 'google_healthcare_dataset', category: 'other-stateful', severity: 'critical' },
  { type: 'google_healthcare_fhir_store', category: 'other-stateful', severity: 'critical' },
  { type: 'google_healthcare_dicom_store', category: 'other-stateful', severity: 'critical' },
  { type: 'google_healthcare_hl7_v2_store', category: 'other-stateful', severity: 'critical' },

  // Other stateful
  // Google provider docs: google_container_cluster — deletion_protection (default true).
  {
    type: 'google_container_cluster',
    category: 'other-stateful',
    severity: 'high',
    protections: [{ path: 'deletion_protection', effect: 'blocks-destroy', default: true, source: 'Google provider docs: google_container_cluster' }],
  },
];
