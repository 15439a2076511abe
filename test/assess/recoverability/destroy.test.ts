import { describe, expect, it } from 'vitest';
import type { DataOutcome } from '../../../src/assess/finding.js';
import { destroyed } from './plans.js';

/*
 * One destroy per catalog protection attribute (and per value that changes the outcome):
 * the outcome the provider's delete code gives, with the source it was checked against.
 * The full table with reasons is docs/recoverability.md.
 */

type Value = boolean | number | string | null;

interface Case {
  readonly type: string;
  readonly before: Readonly<Record<string, Value>>;
  readonly outcome: DataOutcome;
  /** A fragment of the plain-text outcome. */
  readonly says: string;
  readonly source: string;
}

const RDS = 'hashicorp/aws internal/service/rds/instance.go resourceInstanceDelete';
const RDS_CLUSTER = 'hashicorp/aws internal/service/rds/cluster.go resourceClusterDelete';

const AWS: readonly Case[] = [
  {
    type: 'aws_db_instance',
    before: { deletion_protection: true },
    outcome: 'refused',
    says: 'deletion_protection = true: the apply will fail',
    source: `${RDS}; RDS refuses while DeletionProtection`,
  },
  {
    type: 'aws_db_instance',
    before: { skip_final_snapshot: true, backup_retention_period: 7 },
    outcome: 'lost',
    says: 'no final snapshot (skip_final_snapshot = true); automated backups are deleted with it',
    source: RDS,
  },
  {
    type: 'aws_db_instance',
    before: { skip_final_snapshot: false, final_snapshot_identifier: 'orders-final' },
    outcome: 'survives',
    says: 'final snapshot orders-final is taken',
    source: RDS,
  },
  {
    type: 'aws_db_instance',
    before: { skip_final_snapshot: false },
    outcome: 'refused',
    says: 'final_snapshot_identifier is not set',
    source: `${RDS}: "final_snapshot_identifier is required when skip_final_snapshot is false"`,
  },
  {
    type: 'aws_db_instance',
    before: {
      skip_final_snapshot: true,
      delete_automated_backups: false,
      backup_retention_period: 7,
    },
    outcome: 'survives-window',
    says: 'automated backups are kept for 7 days',
    source: `${RDS} (DeleteAutomatedBackups = false: retained automated backups)`,
  },
  {
    type: 'aws_db_instance',
    before: {
      skip_final_snapshot: true,
      delete_automated_backups: false,
      backup_retention_period: 0,
    },
    outcome: 'lost',
    says: 'no final snapshot',
    source: `${RDS}; retention 0 means no automated backups to keep`,
  },
  {
    type: 'aws_rds_cluster',
    before: { deletion_protection: true },
    outcome: 'refused',
    says: 'deletion_protection = true',
    source: RDS_CLUSTER,
  },
  {
    type: 'aws_rds_cluster',
    before: { skip_final_snapshot: false, final_snapshot_identifier: 'final' },
    outcome: 'survives',
    says: 'final snapshot final is taken',
    source: RDS_CLUSTER,
  },
  {
    type: 'aws_rds_cluster',
    before: { skip_final_snapshot: true, delete_automated_backups: false },
    outcome: 'survives-window',
    says: 'automated backups are kept for 1 day',
    source: `${RDS_CLUSTER}; backup_retention_period defaults to 1`,
  },
  {
    type: 'aws_rds_global_cluster',
    before: { deletion_protection: true },
    outcome: 'refused',
    says: 'deletion_protection = true',
    source: 'hashicorp/aws internal/service/rds/global_cluster.go',
  },
  {
    type: 'aws_dsql_cluster',
    before: { deletion_protection_enabled: true, force_destroy: false },
    outcome: 'refused',
    says: 'deletion_protection_enabled = true',
    source: 'hashicorp/aws internal/service/dsql/cluster.go Delete',
  },
  {
    type: 'aws_dsql_cluster',
    before: { deletion_protection_enabled: true, force_destroy: true },
    outcome: 'lost',
    says: 'no guard known',
    source:
      'hashicorp/aws internal/service/dsql/cluster.go Delete: force_destroy switches deletion protection off first',
  },
  {
    type: 'aws_lightsail_database',
    before: { skip_final_snapshot: false, final_snapshot_name: 'last' },
    outcome: 'survives',
    says: 'final snapshot last is taken',
    source: 'hashicorp/aws internal/service/lightsail/database.go',
  },
  {
    type: 'aws_lightsail_database',
    before: { skip_final_snapshot: true },
    outcome: 'lost',
    says: 'no final snapshot',
    source: 'hashicorp/aws internal/service/lightsail/database.go',
  },
  {
    type: 'aws_docdb_cluster',
    before: { skip_final_snapshot: true, backup_retention_period: 7 },
    outcome: 'lost',
    says: 'no final snapshot (skip_final_snapshot = true)',
    source:
      'hashicorp/aws internal/service/docdb/cluster.go: automated backups go with the cluster',
  },
  {
    type: 'aws_docdb_cluster',
    before: { deletion_protection: true },
    outcome: 'refused',
    says: 'deletion_protection = true',
    source: 'hashicorp/aws internal/service/docdb/cluster.go',
  },
  {
    type: 'aws_docdb_global_cluster',
    before: { deletion_protection: true },
    outcome: 'refused',
    says: 'deletion_protection = true',
    source: 'AWS provider docs: aws_docdb_global_cluster',
  },
  {
    type: 'aws_neptune_cluster',
    before: { skip_final_snapshot: false },
    outcome: 'refused',
    says: 'final_snapshot_identifier is not set',
    source: 'hashicorp/aws internal/service/neptune/cluster.go',
  },
  {
    type: 'aws_neptune_cluster',
    before: { deletion_protection: true },
    outcome: 'refused',
    says: 'deletion_protection = true',
    source: 'hashicorp/aws internal/service/neptune/cluster.go',
  },
  {
    type: 'aws_neptune_global_cluster',
    before: { deletion_protection: true },
    outcome: 'refused',
    says: 'deletion_protection = true',
    source: 'AWS provider docs: aws_neptune_global_cluster',
  },
  {
    type: 'aws_dynamodb_table',
    before: { deletion_protection_enabled: true },
    outcome: 'refused',
    says: 'deletion_protection_enabled = true',
    source: 'AWS provider docs: aws_dynamodb_table',
  },
  {
    type: 'aws_dynamodb_table',
    before: { 'point_in_time_recovery.0.enabled': true },
    outcome: 'survives-window',
    says: 'keeps a backup for 35 days',
    source: 'DynamoDB developer guide: a deleted table with PITR keeps a system backup 35 days',
  },
  {
    type: 'aws_dynamodb_table',
    before: { 'point_in_time_recovery.0.enabled': false },
    outcome: 'lost',
    says: 'no guard known',
    source: 'DynamoDB DeleteTable',
  },
  {
    type: 'aws_qldb_ledger',
    before: {},
    outcome: 'refused',
    says: 'deletion_protection = true (the default)',
    source: 'AWS provider docs: aws_qldb_ledger deletion_protection "Defaults to true"',
  },
  {
    type: 'aws_memorydb_cluster',
    before: { final_snapshot_name: 'last', snapshot_retention_limit: 0 },
    outcome: 'survives',
    says: 'final snapshot last is taken',
    source: 'hashicorp/aws internal/service/memorydb/cluster.go (FinalSnapshotName)',
  },
  {
    type: 'aws_memorydb_cluster',
    before: { snapshot_retention_limit: 5 },
    outcome: 'lost',
    says: 'no final snapshot (final_snapshot_name is not set)',
    source: 'MemoryDB DeleteCluster: automatic snapshots go with the cluster',
  },
  {
    type: 'aws_elasticache_cluster',
    before: { final_snapshot_identifier: 'last', snapshot_retention_limit: 0 },
    outcome: 'survives',
    says: 'final snapshot last is taken',
    source: 'hashicorp/aws internal/service/elasticache/cluster.go',
  },
  {
    type: 'aws_elasticache_replication_group',
    before: { final_snapshot_identifier: 'last' },
    outcome: 'survives',
    says: 'final snapshot last is taken',
    source: 'hashicorp/aws internal/service/elasticache/replication_group.go',
  },
  {
    type: 'aws_elasticache_replication_group',
    before: { snapshot_retention_limit: 7 },
    outcome: 'lost',
    says: 'no final snapshot',
    source: 'ElastiCache: automatic backups are deleted with the group',
  },
  {
    type: 'aws_elasticache_serverless_cache',
    before: { snapshot_retention_limit: 7 },
    outcome: 'lost',
    says: 'no guard known',
    source: 'AWS provider docs: aws_elasticache_serverless_cache',
  },
  {
    type: 'aws_s3_bucket',
    before: { force_destroy: true },
    outcome: 'lost',
    says: 'it and everything in it are deleted (force_destroy = true)',
    source: 'hashicorp/aws internal/service/s3/bucket.go',
  },
  {
    type: 'aws_s3_bucket',
    before: { force_destroy: false, 'versioning.0.enabled': true },
    outcome: 'refused',
    says: 'the delete is refused while it holds anything',
    source: 'S3 DeleteBucket: BucketNotEmpty',
  },
  {
    type: 'aws_s3_directory_bucket',
    before: { force_destroy: true },
    outcome: 'lost',
    says: 'everything in it are deleted',
    source: 'hashicorp/aws internal/service/s3/directory_bucket.go',
  },
  {
    type: 'aws_ebs_volume',
    before: { final_snapshot: true },
    outcome: 'survives',
    says: 'a final snapshot is taken (final_snapshot = true)',
    source: 'hashicorp/aws internal/service/ec2/ebs_volume.go',
  },
  {
    type: 'aws_ebs_volume',
    before: {},
    outcome: 'lost',
    says: 'no final snapshot (final_snapshot = false (the default))',
    source: 'AWS provider docs: aws_ebs_volume final_snapshot "Defaults to false"',
  },
  {
    type: 'aws_fsx_lustre_file_system',
    before: { skip_final_backup: true },
    outcome: 'lost',
    says: 'no final snapshot (skip_final_backup = true)',
    source: 'hashicorp/aws internal/service/fsx/lustre_file_system.go',
  },
  {
    type: 'aws_fsx_windows_file_system',
    before: { skip_final_backup: false },
    outcome: 'survives',
    says: 'a final backup is taken (skip_final_backup = false)',
    source: 'FSx DeleteFileSystem takes the final backup itself',
  },
  {
    type: 'aws_fsx_ontap_volume',
    before: {},
    outcome: 'survives',
    says: 'a final backup is taken',
    source: 'AWS provider docs: aws_fsx_ontap_volume skip_final_backup "Defaults to false"',
  },
  {
    type: 'aws_fsx_openzfs_file_system',
    before: { skip_final_backup: true },
    outcome: 'lost',
    says: 'no final snapshot',
    source: 'AWS provider docs: aws_fsx_openzfs_file_system',
  },
  {
    type: 'aws_redshift_cluster',
    before: {
      skip_final_snapshot: false,
      final_snapshot_identifier: 'last',
      automated_snapshot_retention_period: 1,
    },
    outcome: 'survives',
    says: 'final snapshot last is taken',
    source: 'hashicorp/aws internal/service/redshift/cluster.go',
  },
  {
    type: 'aws_redshift_cluster',
    before: { skip_final_snapshot: true },
    outcome: 'lost',
    says: 'no final snapshot',
    source: 'hashicorp/aws internal/service/redshift/cluster.go',
  },
  ...[
    'aws_kms_key',
    'aws_kms_replica_key',
    'aws_kms_external_key',
    'aws_kms_replica_external_key',
  ].map((type): Case => ({
    type,
    before: { deletion_window_in_days: 7 },
    outcome: 'survives-window',
    says: 'restorable for 7 days after the delete',
    source: 'hashicorp/aws internal/service/kms: ScheduleKeyDeletion, CancelKeyDeletion',
  })),
  {
    type: 'aws_secretsmanager_secret',
    before: { recovery_window_in_days: 0 },
    outcome: 'lost',
    says: 'deleted at once (recovery_window_in_days = 0)',
    source: 'hashicorp/aws internal/service/secretsmanager/secret.go: ForceDeleteWithoutRecovery',
  },
  {
    type: 'aws_secretsmanager_secret',
    before: {},
    outcome: 'survives-window',
    says: 'restorable for 30 days',
    source: 'AWS provider docs: recovery_window_in_days default 30',
  },
  {
    type: 'aws_acmpca_certificate_authority',
    before: {},
    outcome: 'survives-window',
    says: 'restorable for 30 days',
    source: 'AWS provider docs: permanent_deletion_time_in_days "Defaults to 30"',
  },
  {
    type: 'aws_route53_zone',
    before: { force_destroy: true },
    outcome: 'lost',
    says: 'everything in it are deleted',
    source: 'hashicorp/aws internal/service/route53/zone.go',
  },
  {
    type: 'aws_route53_zone',
    before: {},
    outcome: 'refused',
    says: 'refused while it holds anything',
    source: 'Route 53 DeleteHostedZone: HostedZoneNotEmpty',
  },
  {
    type: 'aws_cognito_user_pool',
    before: { deletion_protection: 'ACTIVE' },
    outcome: 'refused',
    says: 'deletion_protection = ACTIVE',
    source: 'Cognito DeleteUserPool refuses while ACTIVE',
  },
  {
    type: 'aws_cognito_user_pool',
    before: {},
    outcome: 'lost',
    says: 'no guard known',
    source: 'AWS provider docs: default INACTIVE',
  },
  {
    type: 'aws_cloudwatch_log_group',
    before: { skip_destroy: true },
    outcome: 'not-deleted',
    says: 'the provider only removes it from state',
    source: 'hashicorp/aws internal/service/logs/group.go',
  },
  {
    type: 'aws_cloudtrail_event_data_store',
    before: {},
    outcome: 'refused',
    says: 'termination_protection_enabled = true (the default)',
    source: 'AWS provider docs: termination_protection_enabled "Default: true"',
  },
  {
    type: 'aws_ecr_repository',
    before: { force_delete: true },
    outcome: 'lost',
    says: 'everything in it are deleted (force_delete = true)',
    source: 'hashicorp/aws internal/service/ecr/repository.go',
  },
  {
    type: 'aws_ecrpublic_repository',
    before: {},
    outcome: 'refused',
    says: 'refused while it holds anything',
    source: 'hashicorp/aws internal/service/ecrpublic/repository.go',
  },
  {
    type: 'aws_lb',
    before: { enable_deletion_protection: true },
    outcome: 'refused',
    says: 'enable_deletion_protection = true',
    source: 'AWS provider docs: aws_lb',
  },
  {
    type: 'aws_alb',
    before: { enable_deletion_protection: true },
    outcome: 'refused',
    says: 'enable_deletion_protection = true',
    source: 'AWS provider docs: aws_lb',
  },
];

const VAULT =
  'hashicorp/azurerm internal/services/keyvault/key_vault_resource.go delete: purges unless purge protection (features.key_vault.purge_soft_delete_on_destroy, default true)';

const AZURE: readonly Case[] = [
  {
    type: 'azurerm_key_vault',
    before: { purge_protection_enabled: false, soft_delete_retention_days: 90 },
    outcome: 'lost',
    says: 'purged right after the delete (purge_protection_enabled = false; assumes features.key_vault.purge_soft_delete_on_destroy = true, the default)',
    source: VAULT,
  },
  {
    type: 'azurerm_key_vault',
    before: { purge_protection_enabled: true, soft_delete_retention_days: 30 },
    outcome: 'survives-window',
    says: 'restorable for 30 days',
    source: VAULT,
  },
  {
    type: 'azurerm_key_vault_managed_hardware_security_module',
    before: {},
    outcome: 'lost',
    says: 'purged right after the delete',
    source:
      'hashicorp/azurerm internal/services/managedhsm: purge_soft_deleted_hardware_security_modules_on_destroy, default true',
  },
  {
    type: 'azurerm_key_vault_managed_hardware_security_module',
    before: { purge_protection_enabled: true },
    outcome: 'survives-window',
    says: 'restorable for 90 days',
    source: 'AzureRM provider docs: soft_delete_retention_days default 90',
  },
  {
    type: 'azurerm_app_configuration',
    before: {},
    outcome: 'lost',
    says: 'features.app_configuration.purge_soft_delete_on_destroy = true',
    source: 'hashicorp/azurerm internal/services/appconfiguration: purge unless purge protection',
  },
  {
    type: 'azurerm_app_configuration',
    before: { purge_protection_enabled: true, soft_delete_retention_days: 3 },
    outcome: 'survives-window',
    says: 'restorable for 3 days',
    source: 'AzureRM provider docs: azurerm_app_configuration',
  },
  {
    type: 'azurerm_mssql_database',
    before: { 'short_term_retention_policy.0.retention_days': 14 },
    outcome: 'survives-window',
    says: 'restorable for 14 days after the delete',
    source: 'Microsoft Learn: restore a deleted database within its retention',
  },
  ...[
    'azurerm_postgresql_flexible_server',
    'azurerm_postgresql_server',
    'azurerm_mysql_flexible_server',
    'azurerm_mysql_server',
    'azurerm_mariadb_server',
  ].map((type): Case => ({
    type,
    before: { backup_retention_days: 7 },
    outcome: 'survives-window',
    says: "keeps a deleted one's backups for 5 days",
    source: 'Microsoft Learn: restore a dropped server (backups kept 5 days)',
  })),
  {
    type: 'azurerm_storage_account',
    before: { 'blob_properties.0.versioning_enabled': true },
    outcome: 'lost',
    says: 'no guard known',
    source: 'versioning keeps versions inside the account, which goes with it',
  },
];

const GOOGLE: readonly Case[] = [
  {
    type: 'google_sql_database_instance',
    before: {},
    outcome: 'refused',
    says: 'deletion_protection = true (the default)',
    source: 'Google provider docs: google_sql_database_instance deletion_protection default true',
  },
  {
    type: 'google_sql_database_instance',
    before: { deletion_protection: false, 'settings.0.deletion_protection_enabled': true },
    outcome: 'refused',
    says: 'settings.0.deletion_protection_enabled = true',
    source: 'Cloud SQL instances.delete refuses while deletion protection',
  },
  {
    type: 'google_sql_database_instance',
    before: {
      deletion_protection: false,
      'settings.0.backup_configuration.0.point_in_time_recovery_enabled': true,
    },
    outcome: 'lost',
    says: 'its backups are deleted with it',
    source: 'Cloud SQL deletes backups with the instance unless retain_backups_on_delete',
  },
  {
    type: 'google_sql_database_instance',
    before: { deletion_protection: false, 'settings.0.retain_backups_on_delete': true },
    outcome: 'survives',
    says: 'its backups are kept after the delete',
    source: 'Google provider docs: settings.retain_backups_on_delete',
  },
  {
    type: 'google_sql_database_instance',
    before: {
      deletion_protection: false,
      'settings.0.final_backup_config.0.enabled': true,
      'settings.0.final_backup_config.0.retention_days': 30,
    },
    outcome: 'survives-window',
    says: 'a final backup is taken',
    source: 'Cloud SQL instances.delete enableFinalBackup, finalBackupTtlDays',
  },
  {
    type: 'google_alloydb_cluster',
    before: {},
    outcome: 'refused',
    says: 'deletion_protection = true (the default)',
    source: 'Google provider docs: google_alloydb_cluster',
  },
  {
    type: 'google_spanner_instance',
    before: { force_destroy: true },
    outcome: 'lost',
    says: 'its backups are deleted',
    source: 'Google provider docs: google_spanner_instance force_destroy',
  },
  {
    type: 'google_spanner_instance',
    before: {},
    outcome: 'lost',
    says: 'only while backups of it exist is the delete refused',
    source: 'Spanner refuses to delete an instance with backups; databases go with it',
  },
  {
    type: 'google_spanner_database',
    before: {},
    outcome: 'refused',
    says: 'deletion_protection = true (the default)',
    source: 'Google provider docs: google_spanner_database',
  },
  {
    type: 'google_spanner_database',
    before: { deletion_protection: false, enable_drop_protection: true },
    outcome: 'refused',
    says: 'enable_drop_protection = true',
    source: 'Spanner drop protection',
  },
  {
    type: 'google_oracle_database_autonomous_database',
    before: { deletion_protection: true },
    outcome: 'refused',
    says: 'deletion_protection = true',
    source: 'Google provider docs',
  },
  {
    type: 'google_bigtable_instance',
    before: { deletion_protection: false, force_destroy: true },
    outcome: 'lost',
    says: 'its backups are deleted',
    source: 'Google provider docs: google_bigtable_instance force_destroy',
  },
  {
    type: 'google_bigtable_instance',
    before: {},
    outcome: 'refused',
    says: 'deletion_protection = true (the default)',
    source: 'Google provider docs: google_bigtable_instance',
  },
  {
    type: 'google_bigtable_table',
    before: { deletion_protection: 'PROTECTED' },
    outcome: 'refused',
    says: 'deletion_protection = PROTECTED',
    source: 'Google provider docs: google_bigtable_table',
  },
  {
    type: 'google_firestore_database',
    before: {},
    outcome: 'not-deleted',
    says: 'deletion_policy = ABANDON (the default)',
    source: 'Google provider docs: google_firestore_database deletion_policy',
  },
  {
    type: 'google_firestore_database',
    before: { deletion_policy: 'DELETE', delete_protection_state: 'DELETE_PROTECTION_ENABLED' },
    outcome: 'refused',
    says: 'delete_protection_state',
    source: 'Firestore refuses while delete protection',
  },
  {
    type: 'google_firestore_database',
    before: { deletion_policy: 'PREVENT' },
    outcome: 'refused',
    says: 'deletion_policy = PREVENT',
    source: 'magic-modules "Deletion policy"',
  },
  {
    type: 'google_firestore_database',
    before: {
      deletion_policy: 'DELETE',
      point_in_time_recovery_enablement: 'POINT_IN_TIME_RECOVERY_ENABLED',
    },
    outcome: 'lost',
    says: 'no guard known',
    source: 'PITR data goes with the database',
  },
  {
    type: 'google_redis_cluster',
    before: {},
    outcome: 'refused',
    says: 'deletion_protection_enabled = true (the default)',
    source: 'Google provider docs: google_redis_cluster',
  },
  {
    type: 'google_memorystore_instance',
    before: { deletion_protection_enabled: false },
    outcome: 'lost',
    says: 'no guard known',
    source: 'Google provider docs: google_memorystore_instance',
  },
  {
    type: 'google_storage_bucket',
    before: { force_destroy: true },
    outcome: 'survives-window',
    says: 'soft-deleted: restorable for 7 days',
    source: 'Cloud Storage soft delete, default 7 days',
  },
  {
    type: 'google_storage_bucket',
    before: { force_destroy: true, 'soft_delete_policy.0.retention_duration_seconds': 0 },
    outcome: 'lost',
    says: 'it and everything in it are deleted',
    source: 'Cloud Storage soft delete off',
  },
  {
    type: 'google_storage_bucket',
    before: { 'versioning.0.enabled': true },
    outcome: 'refused',
    says: 'refused while it holds anything',
    source: 'Google provider docs: force_destroy',
  },
  {
    type: 'google_filestore_instance',
    before: { deletion_protection_enabled: true },
    outcome: 'refused',
    says: 'deletion_protection_enabled = true',
    source: 'Filestore deletion protection',
  },
  {
    type: 'google_bigquery_dataset',
    before: { delete_contents_on_destroy: true },
    outcome: 'lost',
    says: 'everything in it are deleted',
    source: 'Google provider docs: google_bigquery_dataset',
  },
  {
    type: 'google_bigquery_table',
    before: {},
    outcome: 'refused',
    says: 'deletion_protection = true (the default)',
    source: 'Google provider docs: google_bigquery_table',
  },
  {
    type: 'google_dataproc_metastore_service',
    before: { deletion_protection: true },
    outcome: 'refused',
    says: 'deletion_protection = true',
    source: 'Google provider docs',
  },
  {
    type: 'google_secret_manager_secret',
    before: {},
    outcome: 'lost',
    says: 'no guard known',
    source: 'Google provider docs: deletion_protection "Defaults to false"',
  },
  {
    type: 'google_secret_manager_regional_secret',
    before: { deletion_protection: true },
    outcome: 'refused',
    says: 'deletion_protection = true',
    source: 'Google provider docs',
  },
  {
    type: 'google_privateca_certificate_authority',
    before: { deletion_protection: false },
    outcome: 'survives-window',
    says: 'restorable for 30 days',
    source: 'Google provider docs: skip_grace_period (30-day grace period)',
  },
  {
    type: 'google_privateca_certificate_authority',
    before: { deletion_protection: false, skip_grace_period: true },
    outcome: 'lost',
    says: 'deleted at once, without a grace period',
    source: 'Google provider docs: skip_grace_period',
  },
  {
    type: 'google_dns_managed_zone',
    before: { force_destroy: true },
    outcome: 'lost',
    says: 'everything in it are deleted',
    source: 'Google provider docs: google_dns_managed_zone',
  },
  {
    type: 'google_container_cluster',
    before: {},
    outcome: 'refused',
    says: 'deletion_protection = true (the default)',
    source: 'Google provider docs: google_container_cluster',
  },
  {
    type: 'google_compute_disk',
    before: { deletion_policy: 'ABANDON' },
    outcome: 'not-deleted',
    says: 'deletion_policy = ABANDON',
    source: 'magic-modules "Deletion policy" (provider-wide)',
  },
  {
    type: 'google_compute_disk',
    before: { deletion_policy: 'PREVENT' },
    outcome: 'refused',
    says: 'deletion_policy = PREVENT',
    source: 'magic-modules "Deletion policy" (provider-wide)',
  },
  {
    type: 'google_compute_disk',
    before: { deletion_policy: 'DELETE' },
    outcome: 'lost',
    says: 'no guard known',
    source: 'magic-modules "Deletion policy" (provider-wide)',
  },
];

const KUBERNETES: readonly Case[] = [
  ...['kubernetes_persistent_volume', 'kubernetes_persistent_volume_v1'].flatMap((type): Case[] => [
    {
      type,
      before: { 'spec.0.persistent_volume_reclaim_policy': 'Delete' },
      outcome: 'lost',
      says: 'its data is deleted with it',
      source: 'Kubernetes docs "Persistent Volumes": Delete',
    },
    {
      type,
      before: { 'spec.0.persistent_volume_reclaim_policy': 'Retain' },
      outcome: 'survives',
      says: 'its data is kept',
      source: 'Kubernetes docs "Persistent Volumes": Retain',
    },
  ]),
  ...['kubernetes_stateful_set', 'kubernetes_stateful_set_v1'].flatMap((type): Case[] => [
    {
      type,
      before: { 'spec.0.persistent_volume_claim_retention_policy.0.when_deleted': 'Delete' },
      outcome: 'lost',
      says: 'its data is deleted with it',
      source: 'Kubernetes docs "StatefulSets": whenDeleted Delete',
    },
    {
      type,
      before: { spec: null },
      outcome: 'survives',
      says: 'Retain (the default)',
      source: 'Kubernetes docs "StatefulSets": whenDeleted defaults to Retain',
    },
  ]),
];

export const DESTROY_CASES: readonly Case[] = [...AWS, ...AZURE, ...GOOGLE, ...KUBERNETES];

const SEVERITY: Readonly<Record<DataOutcome, readonly string[]>> = {
  lost: ['critical'],
  survives: ['high'],
  'survives-window': ['high'],
  refused: ['medium'],
  'not-deleted': ['medium'],
};

describe('what a destroy does to the data, per protection attribute', () => {
  it.each(DESTROY_CASES.map((c) => [`${c.type} ${JSON.stringify(c.before)}`, c] as const))(
    '%s',
    (_name, c) => {
      const finding = destroyed(c.type, c.before);
      expect(finding.outcome, c.source).toBe(c.outcome);
      expect(finding.recoverability, c.source).toContain(c.says);
      const base = [
        'aws_lb',
        'aws_alb',
        'aws_cloudwatch_log_group',
        'kubernetes_stateful_set',
        'kubernetes_stateful_set_v1',
      ];
      if (!base.includes(c.type)) expect(SEVERITY[c.outcome]).toContain(finding.severity);
      if (c.outcome === 'lost') {
        expect(finding.recoverability).not.toMatch(
          /recoverable|will be taken|the apply will fail|survives/u,
        );
        expect(finding.requiresApproval).toBe(true);
      } else {
        expect(finding.recoverability).not.toMatch(/unrecoverable|^lost/u);
      }
      expect(finding.recoverability).not.toContain('`');
    },
  );
});
