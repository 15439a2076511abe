import type { CatalogEntry, Protection } from '../types.js';

/*
 * Amazon Web Services (hashicorp/aws). One entry per line; protections cite the provider's
 * resource page ("AWS provider docs: <page>") whose argument reference gives the default.
 */

// AWS provider docs: aws_rds_cluster, aws_docdb_cluster, aws_neptune_cluster — all three
// document skip_final_snapshot (default false) and backup_retention_period (default 1).
const CLUSTER_SNAPSHOT_PROTECTIONS: readonly Protection[] = [
  { path: 'deletion_protection', effect: 'blocks-destroy', default: false },
  { path: 'skip_final_snapshot', effect: 'skips-final-snapshot', default: false },
  { path: 'final_snapshot_identifier', effect: 'final-snapshot-name' },
  { path: 'backup_retention_period', effect: 'backup-retention-days', default: 1 },
];

// AWS provider docs: aws_kms_key, aws_kms_replica_key, aws_kms_external_key,
// aws_kms_replica_external_key — "deletion_window_in_days ... between 7 and 30, inclusive.
// If you do not specify a value, it defaults to 30."
const KMS_KEY_PROTECTIONS: readonly Protection[] = [
  { path: 'deletion_window_in_days', effect: 'deletion-window-days', default: 30 },
];

// AWS provider docs: aws_fsx_windows_file_system, aws_fsx_openzfs_file_system,
// aws_fsx_ontap_volume — "skip_final_backup ... Defaults to false", and it must be applied
// before the destroy, so the value in state is the one that counts.
const FSX_FINAL_BACKUP: readonly Protection[] = [
  { path: 'skip_final_backup', effect: 'skips-final-snapshot', default: false },
];

// AWS provider docs: aws_elasticache_cluster, aws_elasticache_replication_group —
// snapshot_retention_limit "0 ... backups are turned off" (default 0).
const ELASTICACHE_PROTECTIONS: readonly Protection[] = [
  { path: 'final_snapshot_identifier', effect: 'final-snapshot-name' },
  { path: 'snapshot_retention_limit', effect: 'backup-retention-days', default: 0 },
];

// AWS provider docs: aws_lb (aws_alb is its alias) — enable_deletion_protection default false.
const LB_PROTECTIONS: readonly Protection[] = [
  { path: 'enable_deletion_protection', effect: 'blocks-destroy', default: false },
];

/**
 * Protections of types that are not stateful (decided in ../reviewed/aws.ts): a load balancer
 * holds no data, but switching its deletion guard off is still worth reporting on an update.
 */
export const AWS_NOT_STATEFUL_PROTECTIONS: Readonly<Record<string, readonly Protection[]>> = {
  // AWS provider docs: aws_lb.
  aws_lb: LB_PROTECTIONS,
  // AWS provider docs: aws_alb (alias of aws_lb).
  aws_alb: LB_PROTECTIONS,
};

// One entry per line, so adding a type is a one-line change.
// prettier-ignore
export const AWS: readonly CatalogEntry[] = [
  // Relational databases
  // AWS provider docs: aws_db_instance — deletion_protection (false), skip_final_snapshot
  // (false), delete_automated_backups (true). backup_retention_period is computed from the
  // RDS API (which defaults to 1), so it has no default here.
  {
    type: 'aws_db_instance',
    category: 'relational-database',
    severity: 'critical',
    protections: [
      { path: 'deletion_protection', effect: 'blocks-destroy', default: false },
      { path: 'skip_final_snapshot', effect: 'skips-final-snapshot', default: false },
      { path: 'final_snapshot_identifier', effect: 'final-snapshot-name' },
      { path: 'delete_automated_backups', effect: 'deletes-automated-backups', default: true },
      { path: 'backup_retention_period', effect: 'backup-retention-days' },
    ],
  },
  // AWS provider docs: aws_rds_cluster — as above, plus delete_automated_backups (true).
  {
    type: 'aws_rds_cluster',
    category: 'relational-database',
    severity: 'critical',
    protections: [
      ...CLUSTER_SNAPSHOT_PROTECTIONS,
      { path: 'delete_automated_backups', effect: 'deletes-automated-backups', default: true },
    ],
  },
  // An instance of a cluster holds no data of its own, but losing the last one is an outage.
  { type: 'aws_rds_cluster_instance', category: 'relational-database', severity: 'high' },
  // AWS provider docs: aws_rds_global_cluster — deletion_protection default false.
  {
    type: 'aws_rds_global_cluster',
    category: 'relational-database',
    severity: 'critical',
    protections: [{ path: 'deletion_protection', effect: 'blocks-destroy', default: false }],
  },
  // AWS provider docs: aws_dsql_cluster — deletion_protection_enabled (no default documented).
  {
    type: 'aws_dsql_cluster',
    category: 'relational-database',
    severity: 'critical',
    protections: [{ path: 'deletion_protection_enabled', effect: 'blocks-destroy' }],
  },
  // AWS provider docs: aws_lightsail_database — skip_final_snapshot default false.
  {
    type: 'aws_lightsail_database',
    category: 'relational-database',
    severity: 'critical',
    protections: [
      { path: 'skip_final_snapshot', effect: 'skips-final-snapshot', default: false },
      { path: 'final_snapshot_name', effect: 'final-snapshot-name' },
    ],
  },

  // NoSQL databases
  // AWS provider docs: aws_docdb_cluster.
  { type: 'aws_docdb_cluster', category: 'nosql-database', severity: 'critical', protections: CLUSTER_SNAPSHOT_PROTECTIONS },
  // Cluster member: the storage is the cluster's, but losing the last instance is an outage.
  { type: 'aws_docdb_cluster_instance', category: 'nosql-database', severity: 'high' },
  // AWS provider docs: aws_docdb_global_cluster — deletion_protection (no default documented).
  {
    type: 'aws_docdb_global_cluster',
    category: 'nosql-database',
    severity: 'critical',
    protections: [{ path: 'deletion_protection', effect: 'blocks-destroy' }],
  },
  { type: 'aws_docdbelastic_cluster', category: 'nosql-database', severity: 'critical' },
  // AWS provider docs: aws_neptune_cluster.
  { type: 'aws_neptune_cluster', category: 'nosql-database', severity: 'critical', protections: CLUSTER_SNAPSHOT_PROTECTIONS },
  // Cluster member, as aws_docdb_cluster_instance.
  { type: 'aws_neptune_cluster_instance', category: 'nosql-database', severity: 'high' },
  // AWS provider docs: aws_neptune_global_cluster — deletion_protection (no default documented).
  {
    type: 'aws_neptune_global_cluster',
    category: 'nosql-database',
    severity: 'critical',
    protections: [{ path: 'deletion_protection', effect: 'blocks-destroy' }],
  },
  // AWS provider docs: aws_dynamodb_table — deletion_protection_enabled "Defaults to false";
  // point_in_time_recovery.enabled defaults to false.
  {
    type: 'aws_dynamodb_table',
    category: 'nosql-database',
    severity: 'critical',
    protections: [
      { path: 'deletion_protection_enabled', effect: 'blocks-destroy', default: false },
      {
        path: 'point_in_time_recovery.0.enabled',
        effect: 'point-in-time-recovery',
        default: false,
      },
    ],
  },
  { type: 'aws_dynamodb_global_table', category: 'nosql-database', severity: 'critical' },
  { type: 'aws_keyspaces_keyspace', category: 'nosql-database', severity: 'critical' },
  { type: 'aws_keyspaces_table', category: 'nosql-database', severity: 'critical' },
  { type: 'aws_timestreamwrite_database', category: 'nosql-database', severity: 'critical' },
  { type: 'aws_timestreamwrite_table', category: 'nosql-database', severity: 'critical' },
  // AWS provider docs: aws_qldb_ledger — deletion_protection "Defaults to true".
  {
    type: 'aws_qldb_ledger',
    category: 'nosql-database',
    severity: 'critical',
    protections: [{ path: 'deletion_protection', effect: 'blocks-destroy', default: true }],
  },
  // MemoryDB is a durable primary database, not a cache.
  // AWS provider docs: aws_memorydb_cluster — snapshot_retention_limit "Defaults to 0".
  {
    type: 'aws_memorydb_cluster',
    category: 'nosql-database',
    severity: 'critical',
    protections: [
      { path: 'final_snapshot_name', effect: 'final-snapshot-name' },
      { path: 'snapshot_retention_limit', effect: 'backup-retention-days', default: 0 },
    ],
  },
  // The online store's records are not in the configuration.
  { type: 'aws_sagemaker_feature_group', category: 'nosql-database', severity: 'high' },

  // Caches: Redis-compatible caches often hold sessions and queues, so high. DAX is a
  // write-through cache in front of DynamoDB and loses nothing: aws_dax_cluster is decided
  // `none` in ../reviewed/aws.ts.
  // AWS provider docs: aws_elasticache_cluster.
  { type: 'aws_elasticache_cluster', category: 'cache', severity: 'high', protections: ELASTICACHE_PROTECTIONS },
  // AWS provider docs: aws_elasticache_replication_group.
  { type: 'aws_elasticache_replication_group', category: 'cache', severity: 'high', protections: ELASTICACHE_PROTECTIONS },
  // AWS provider docs: aws_elasticache_serverless_cache — snapshot_retention_limit.
  {
    type: 'aws_elasticache_serverless_cache',
    category: 'cache',
    severity: 'high',
    protections: [{ path: 'snapshot_retention_limit', effect: 'backup-retention-days' }],
  },
  { type: 'aws_elasticache_global_replication_group', category: 'cache', severity: 'high' },

  // Object storage
  // AWS provider docs: aws_s3_bucket — force_destroy "Default: false" (deletes every object,
  // locked ones included); the deprecated versioning block's enabled defaults to false.
  {
    type: 'aws_s3_bucket',
    category: 'object-storage',
    severity: 'critical',
    protections: [
      { path: 'force_destroy', effect: 'purges-contents', default: false },
      { path: 'versioning.0.enabled', effect: 'versioning-enabled', default: false },
    ],
  },
  // AWS provider docs: aws_s3_directory_bucket — force_destroy default false.
  {
    type: 'aws_s3_directory_bucket',
    category: 'object-storage',
    severity: 'critical',
    protections: [{ path: 'force_destroy', effect: 'purges-contents', default: false }],
  },
  { type: 'aws_s3control_bucket', category: 'object-storage', severity: 'critical' },
  { type: 'aws_s3tables_table_bucket', category: 'object-storage', severity: 'critical' },
  { type: 'aws_s3tables_table', category: 'data-warehouse', severity: 'critical' },
  { type: 'aws_lightsail_bucket', category: 'object-storage', severity: 'critical' },
  // aws_s3_object and aws_s3_bucket_object are decided `none` in ../reviewed/aws.ts: Terraform
  // uploads their content from the configuration.

  // Block and file storage
  // AWS provider docs: aws_ebs_volume — final_snapshot "Defaults to false".
  {
    type: 'aws_ebs_volume',
    category: 'block-storage',
    severity: 'critical',
    protections: [{ path: 'final_snapshot', effect: 'takes-final-snapshot', default: false }],
  },
  { type: 'aws_lightsail_disk', category: 'block-storage', severity: 'critical' },
  { type: 'aws_efs_file_system', category: 'file-storage', severity: 'critical' },
  // AWS provider docs: aws_fsx_lustre_file_system — skip_final_backup (its default changed
  // across provider versions, so none is assumed).
  {
    type: 'aws_fsx_lustre_file_system',
    category: 'file-storage',
    severity: 'critical',
    protections: [{ path: 'skip_final_backup', effect: 'skips-final-snapshot' }],
  },
  // AWS provider docs: aws_fsx_windows_file_system.
  { type: 'aws_fsx_windows_file_system', category: 'file-storage', severity: 'critical', protections: FSX_FINAL_BACKUP },
  { type: 'aws_fsx_ontap_file_system', category: 'file-storage', severity: 'critical' },
  // AWS provider docs: aws_fsx_ontap_volume.
  { type: 'aws_fsx_ontap_volume', category: 'file-storage', severity: 'critical', protections: FSX_FINAL_BACKUP },
  // AWS provider docs: aws_fsx_openzfs_file_system.
  { type: 'aws_fsx_openzfs_file_system', category: 'file-storage', severity: 'critical', protections: FSX_FINAL_BACKUP },
  { type: 'aws_fsx_openzfs_volume', category: 'file-storage', severity: 'critical' },

  // Backups, snapshots, vaults, replicas and versioning: the copies that make a loss recoverable.
  { type: 'aws_db_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_db_snapshot_copy', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_db_cluster_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_db_instance_automated_backups_replication', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_docdb_cluster_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_neptune_cluster_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_redshift_cluster_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_redshiftserverless_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_memorydb_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_dynamodb_table_replica', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_ebs_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_ebs_snapshot_copy', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_ebs_snapshot_import', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_fsx_backup', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_fsx_openzfs_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_efs_replication_configuration', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_backup_vault', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_backup_logically_air_gapped_vault', category: 'backup', severity: 'critical', backup: 'data' },
  // Glacier vaults are archives, most often of backups.
  { type: 'aws_glacier_vault', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'aws_s3_bucket_replication_configuration', category: 'backup', severity: 'critical', backup: 'data' },
  // AWS provider docs: aws_s3_bucket_versioning — versioning_configuration.status is
  // required (Enabled, Suspended or Disabled), so there is no default.
  {
    type: 'aws_s3_bucket_versioning',
    category: 'backup',
    severity: 'critical',
    backup: 'data',
    protections: [{ path: 'versioning_configuration.0.status', effect: 'versioning-status' }],
  },
  { type: 'aws_backup_plan', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'aws_backup_selection', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'aws_backup_vault_lock_configuration', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'aws_backup_vault_policy', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'aws_efs_backup_policy', category: 'backup', severity: 'high', backup: 'policy' },
  // Data Lifecycle Manager policies are EBS snapshot schedules.
  { type: 'aws_dlm_lifecycle_policy', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'aws_redshift_snapshot_schedule', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'aws_redshift_snapshot_schedule_association', category: 'backup', severity: 'high', backup: 'policy' },

  // Queues and streams: messages not yet consumed are lost. Firehose only buffers, but what is
  // in its buffer when it is deleted never reaches the destination.
  { type: 'aws_sqs_queue', category: 'queue-stream', severity: 'high' },
  { type: 'aws_kinesis_stream', category: 'queue-stream', severity: 'high' },
  { type: 'aws_kinesis_video_stream', category: 'queue-stream', severity: 'high' },
  { type: 'aws_kinesis_firehose_delivery_stream', category: 'queue-stream', severity: 'high' },
  { type: 'aws_msk_cluster', category: 'queue-stream', severity: 'high' },
  { type: 'aws_msk_serverless_cluster', category: 'queue-stream', severity: 'high' },
  { type: 'aws_mq_broker', category: 'queue-stream', severity: 'high' },

  // Search and analytics
  { type: 'aws_opensearch_domain', category: 'search-analytics', severity: 'high' },
  { type: 'aws_elasticsearch_domain', category: 'search-analytics', severity: 'high' },
  { type: 'aws_opensearchserverless_collection', category: 'search-analytics', severity: 'high' },
  { type: 'aws_cloudsearch_domain', category: 'search-analytics', severity: 'high' },
  { type: 'aws_kendra_index', category: 'search-analytics', severity: 'high' },
  // The Glue catalog holds table definitions (the data stays in S3), often made by crawlers
  // and queries outside Terraform; deleting a database deletes its tables.
  { type: 'aws_glue_catalog_database', category: 'search-analytics', severity: 'high' },
  { type: 'aws_glue_catalog_table', category: 'search-analytics', severity: 'high' },

  // Data warehouses
  // AWS provider docs: aws_redshift_cluster — skip_final_snapshot "Default is false",
  // automated_snapshot_retention_period "Default is 1" (0 disables automated snapshots).
  {
    type: 'aws_redshift_cluster',
    category: 'data-warehouse',
    severity: 'critical',
    protections: [
      { path: 'skip_final_snapshot', effect: 'skips-final-snapshot', default: false },
      { path: 'final_snapshot_identifier', effect: 'final-snapshot-name' },
      { path: 'automated_snapshot_retention_period', effect: 'backup-retention-days', default: 1 },
    ],
  },
  { type: 'aws_redshiftserverless_namespace', category: 'data-warehouse', severity: 'critical' },

  // Encryption keys: destroying one makes everything encrypted with it unreadable.
  // AWS provider docs: aws_kms_key.
  { type: 'aws_kms_key', category: 'encryption-key', severity: 'critical', protections: KMS_KEY_PROTECTIONS },
  // AWS provider docs: aws_kms_replica_key.
  { type: 'aws_kms_replica_key', category: 'encryption-key', severity: 'critical', protections: KMS_KEY_PROTECTIONS },
  // AWS provider docs: aws_kms_external_key.
  { type: 'aws_kms_external_key', category: 'encryption-key', severity: 'critical', protections: KMS_KEY_PROTECTIONS },
  // AWS provider docs: aws_kms_replica_external_key.
  { type: 'aws_kms_replica_external_key', category: 'encryption-key', severity: 'critical', protections: KMS_KEY_PROTECTIONS },
  { type: 'aws_cloudhsm_v2_cluster', category: 'encryption-key', severity: 'critical' },

  // Secrets
  // AWS provider docs: aws_secretsmanager_secret — recovery_window_in_days "0 to force
  // deletion without recovery or range from 7 to 30 days. The default value is 30."
  {
    type: 'aws_secretsmanager_secret',
    category: 'secret',
    severity: 'high',
    protections: [{ path: 'recovery_window_in_days', effect: 'deletion-window-days', default: 30 }],
  },
  // aws_secretsmanager_secret_version and aws_ssm_parameter are decided `none` in
  // ../reviewed/aws.ts: their values come from the configuration.

  // Certificates
  // AWS provider docs: aws_acmpca_certificate_authority — permanent_deletion_time_in_days
  // "Defaults to 30" (7 to 30): the CA can be restored until then.
  {
    type: 'aws_acmpca_certificate_authority',
    category: 'certificate',
    severity: 'high',
    protections: [
      { path: 'permanent_deletion_time_in_days', effect: 'deletion-window-days', default: 30 },
    ],
  },

  // DNS zones
  // AWS provider docs: aws_route53_zone — force_destroy (default false) deletes every record.
  {
    type: 'aws_route53_zone',
    category: 'dns-zone',
    severity: 'high',
    protections: [{ path: 'force_destroy', effect: 'purges-contents', default: false }],
  },

  // Identity: user pools hold password hashes that cannot be exported, so a pool cannot be
  // rebuilt. Its deletion_protection is the string ACTIVE/INACTIVE, which Protection cannot
  // express, so none is listed.
  // Cognito user pool docs: deletion_protection ACTIVE | INACTIVE (default INACTIVE).
  { type: 'aws_cognito_user_pool', category: 'identity-directory', severity: 'critical', protections: [{ path: 'deletion_protection', effect: 'blocks-destroy', default: 'INACTIVE', onValues: ['ACTIVE'] }] },
  { type: 'aws_cognito_identity_pool', category: 'identity-directory', severity: 'high' },
  { type: 'aws_directory_service_directory', category: 'identity-directory', severity: 'critical' },

  // Logs (skip_destroy on aws_cloudwatch_log_group keeps the group; no effect expresses it).
  // aws_cloudwatch_log_group docs: skip_destroy = true leaves the log group (and its events) in place on destroy.
  { type: 'aws_cloudwatch_log_group', category: 'log', severity: 'high', protections: [{ path: 'skip_destroy', effect: 'keeps-on-destroy', default: false }] },
  // AWS provider docs: aws_cloudtrail_event_data_store — termination_protection_enabled
  // "Default: true": CloudTrail refuses to delete the store.
  {
    type: 'aws_cloudtrail_event_data_store',
    category: 'log',
    severity: 'high',
    protections: [
      { path: 'termination_protection_enabled', effect: 'blocks-destroy', default: true },
    ],
  },

  // Container registries
  // AWS provider docs: aws_ecr_repository — force_delete (default false) deletes the images.
  {
    type: 'aws_ecr_repository',
    category: 'container-registry',
    severity: 'high',
    protections: [{ path: 'force_delete', effect: 'purges-contents', default: false }],
  },
  // AWS provider docs: aws_ecrpublic_repository — force_destroy default false.
  {
    type: 'aws_ecrpublic_repository',
    category: 'container-registry',
    severity: 'high',
    protections: [{ path: 'force_destroy', effect: 'purges-contents', default: false }],
  },

  // Source repositories
  { type: 'aws_codecommit_repository', category: 'source-repository', severity: 'high' },

  // Other stateful: the cluster's etcd holds every Kubernetes object applied outside
  // Terraform (workloads, secrets, config maps). A load balancer holds no data: aws_lb and
  // aws_alb are decided `none` in ../reviewed/aws.ts, their protections are above.
  { type: 'aws_eks_cluster', category: 'other-stateful', severity: 'high' },
];
