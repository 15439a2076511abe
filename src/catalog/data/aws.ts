import type { CatalogEntry, Protection } from '../types.js';

/*
 * Amazon Web Services (hashicorp/aws). One entry per line. Every protection names its source
 * (`source`): the provider's delete function (internal/service/<svc>/<file>.go) or resource
 * page, and the AWS API behaviour it relies on. What each does at destroy is in
 * docs/recoverability.md.
 */

const RDS_CLUSTER = 'hashicorp/aws internal/service/rds/cluster.go resourceClusterDelete';
const RDS_INSTANCE = 'hashicorp/aws internal/service/rds/instance.go resourceInstanceDelete';

// RDS refuses DeleteDBInstance/DeleteDBCluster while DeletionProtection is on.
const deletionProtection = (source: string): Protection => ({
  path: 'deletion_protection',
  effect: 'blocks-destroy',
  default: false,
  source: `${source}; the API refuses while DeletionProtection is on`,
});

// skip_final_snapshot = false without final_snapshot_identifier: the provider returns an
// error before calling the API ("FinalSnapshotIdentifier is required when a final snapshot
// is required"), so the apply fails at this resource.
const finalSnapshot = (source: string, name = 'final_snapshot_identifier'): Protection[] => [
  { path: 'skip_final_snapshot', effect: 'skips-final-snapshot', default: false, source },
  { path: name, effect: 'final-snapshot-name', source },
];

// aws_docdb_cluster, aws_neptune_cluster: automated backups go with the cluster, so the
// retention period matters on updates only.
const CLUSTER_SNAPSHOT_PROTECTIONS = (source: string): readonly Protection[] => [
  deletionProtection(source),
  ...finalSnapshot(source),
  { path: 'backup_retention_period', effect: 'backup-retention-days', default: 1, source },
];

// KMS ScheduleKeyDeletion: PendingWindowInDays 7–30, the provider's default 30; the key is
// restorable (CancelKeyDeletion) until the window ends.
const KMS_KEY_PROTECTIONS: readonly Protection[] = [
  {
    path: 'deletion_window_in_days',
    effect: 'deletion-window-days',
    default: 30,
    source: 'hashicorp/aws internal/service/kms/key.go resourceKeyDelete (ScheduleKeyDeletion)',
  },
];

// FSx DeleteFileSystem/DeleteVolume take a final backup unless SkipFinalBackup: no name is
// needed (the provider does not send one), so `false` means a backup survives.
const FSX_FINAL_BACKUP = (type: string): readonly Protection[] => [
  {
    path: 'skip_final_backup',
    effect: 'skips-final-snapshot',
    default: false,
    source: `AWS provider docs: ${type} skip_final_backup "Defaults to false"; FSx takes the final backup itself`,
  },
];

// ElastiCache DeleteCacheCluster/DeleteReplicationGroup: FinalSnapshotIdentifier set = a
// snapshot is kept; automatic backups are deleted with the cluster, so the retention limit
// matters on updates only.
const ELASTICACHE_PROTECTIONS = (file: string): readonly Protection[] => [
  {
    path: 'final_snapshot_identifier',
    effect: 'final-snapshot-name',
    source: `hashicorp/aws internal/service/elasticache/${file} (FinalSnapshotIdentifier)`,
  },
  {
    path: 'snapshot_retention_limit',
    effect: 'backup-retention-days',
    default: 0,
    source: `hashicorp/aws internal/service/elasticache/${file}; automatic backups are deleted with the cluster`,
  },
];

// Left as another review decided it (aws_lb, aws_alb).
const LB_PROTECTIONS: readonly Protection[] = [
  {
    path: 'enable_deletion_protection',
    effect: 'blocks-destroy',
    default: false,
    source: 'AWS provider docs: aws_lb enable_deletion_protection (default false)',
  },
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
  // delete_automated_backups = false keeps the automated backups (RDS "retained automated
  // backups") for their retention period; backup_retention_period is computed from the API.
  {
    type: 'aws_db_instance',
    category: 'relational-database',
    severity: 'critical',
    protections: [
      deletionProtection(RDS_INSTANCE),
      ...finalSnapshot(RDS_INSTANCE),
      { path: 'delete_automated_backups', effect: 'deletes-automated-backups', default: true, source: RDS_INSTANCE },
      { path: 'backup_retention_period', effect: 'backup-retention-days', source: RDS_INSTANCE },
    ],
  },
  {
    type: 'aws_rds_cluster',
    category: 'relational-database',
    severity: 'critical',
    protections: [
      deletionProtection(RDS_CLUSTER),
      ...finalSnapshot(RDS_CLUSTER),
      { path: 'delete_automated_backups', effect: 'deletes-automated-backups', default: true, source: RDS_CLUSTER },
      { path: 'backup_retention_period', effect: 'backup-retention-days', default: 1, source: RDS_CLUSTER },
    ],
  },
  // An instance of a cluster holds no data of its own, but losing the last one is an outage.
  { type: 'aws_rds_cluster_instance', category: 'relational-database', severity: 'high' },
  {
    type: 'aws_rds_global_cluster',
    category: 'relational-database',
    severity: 'critical',
    protections: [deletionProtection('hashicorp/aws internal/service/rds/global_cluster.go')],
  },
  // force_destroy (newer provider versions) switches deletion protection off, then deletes.
  {
    type: 'aws_dsql_cluster',
    category: 'relational-database',
    severity: 'critical',
    protections: [
      { path: 'deletion_protection_enabled', effect: 'blocks-destroy', source: 'hashicorp/aws internal/service/dsql/cluster.go Delete; the API refuses while protection is on' },
      { path: 'force_destroy', effect: 'disables-protection', default: false, source: 'hashicorp/aws internal/service/dsql/cluster.go Delete: updates deletion_protection_enabled to false first' },
    ],
  },
  {
    type: 'aws_lightsail_database',
    category: 'relational-database',
    severity: 'critical',
    protections: finalSnapshot('hashicorp/aws internal/service/lightsail/database.go resourceDatabaseDelete', 'final_snapshot_name'),
  },

  // NoSQL databases
  { type: 'aws_docdb_cluster', category: 'nosql-database', severity: 'critical', protections: CLUSTER_SNAPSHOT_PROTECTIONS('hashicorp/aws internal/service/docdb/cluster.go resourceClusterDelete') },
  // Cluster member: the storage is the cluster's, but losing the last instance is an outage.
  { type: 'aws_docdb_cluster_instance', category: 'nosql-database', severity: 'high' },
  {
    type: 'aws_docdb_global_cluster',
    category: 'nosql-database',
    severity: 'critical',
    protections: [{ path: 'deletion_protection', effect: 'blocks-destroy', source: 'AWS provider docs: aws_docdb_global_cluster deletion_protection; the API refuses while it is on' }],
  },
  { type: 'aws_docdbelastic_cluster', category: 'nosql-database', severity: 'critical' },
  { type: 'aws_neptune_cluster', category: 'nosql-database', severity: 'critical', protections: CLUSTER_SNAPSHOT_PROTECTIONS('hashicorp/aws internal/service/neptune/cluster.go resourceClusterDelete') },
  // Cluster member, as aws_docdb_cluster_instance.
  { type: 'aws_neptune_cluster_instance', category: 'nosql-database', severity: 'high' },
  {
    type: 'aws_neptune_global_cluster',
    category: 'nosql-database',
    severity: 'critical',
    protections: [{ path: 'deletion_protection', effect: 'blocks-destroy', source: 'AWS provider docs: aws_neptune_global_cluster deletion_protection; the API refuses while it is on' }],
  },
  // Deleting a table with point-in-time recovery on leaves a system backup for 35 days
  // (DynamoDB developer guide, "Point-in-time recovery": deleted tables).
  {
    type: 'aws_dynamodb_table',
    category: 'nosql-database',
    severity: 'critical',
    protections: [
      { path: 'deletion_protection_enabled', effect: 'blocks-destroy', default: false, source: 'AWS provider docs: aws_dynamodb_table deletion_protection_enabled "Defaults to false"; DeleteTable refuses while it is on' },
      { path: 'point_in_time_recovery.0.enabled', effect: 'point-in-time-recovery', default: false, windowDays: 35, source: 'DynamoDB developer guide, point-in-time recovery: a deleted table keeps a system backup for 35 days' },
    ],
  },
  { type: 'aws_dynamodb_global_table', category: 'nosql-database', severity: 'critical' },
  { type: 'aws_keyspaces_keyspace', category: 'nosql-database', severity: 'critical' },
  { type: 'aws_keyspaces_table', category: 'nosql-database', severity: 'critical' },
  { type: 'aws_timestreamwrite_database', category: 'nosql-database', severity: 'critical' },
  { type: 'aws_timestreamwrite_table', category: 'nosql-database', severity: 'critical' },
  {
    type: 'aws_qldb_ledger',
    category: 'nosql-database',
    severity: 'critical',
    protections: [{ path: 'deletion_protection', effect: 'blocks-destroy', default: true, source: 'AWS provider docs: aws_qldb_ledger deletion_protection "Defaults to true"; DeleteLedger refuses while it is on' }],
  },
  // MemoryDB is a durable primary database, not a cache. A final snapshot name keeps one.
  {
    type: 'aws_memorydb_cluster',
    category: 'nosql-database',
    severity: 'critical',
    protections: [
      { path: 'final_snapshot_name', effect: 'final-snapshot-name', source: 'hashicorp/aws internal/service/memorydb/cluster.go resourceClusterDelete (FinalSnapshotName)' },
      { path: 'snapshot_retention_limit', effect: 'backup-retention-days', default: 0, source: 'AWS provider docs: aws_memorydb_cluster snapshot_retention_limit "Defaults to 0"' },
    ],
  },
  // The online store's records are not in the configuration.
  { type: 'aws_sagemaker_feature_group', category: 'nosql-database', severity: 'high' },

  // Caches: Redis-compatible caches often hold sessions and queues, so high. DAX is a
  // write-through cache in front of DynamoDB and loses nothing: aws_dax_cluster is decided
  // `none` in ../reviewed/aws.ts.
  { type: 'aws_elasticache_cluster', category: 'cache', severity: 'high', protections: ELASTICACHE_PROTECTIONS('cluster.go') },
  { type: 'aws_elasticache_replication_group', category: 'cache', severity: 'high', protections: ELASTICACHE_PROTECTIONS('replication_group.go') },
  {
    type: 'aws_elasticache_serverless_cache',
    category: 'cache',
    severity: 'high',
    protections: [{ path: 'snapshot_retention_limit', effect: 'backup-retention-days', source: 'AWS provider docs: aws_elasticache_serverless_cache snapshot_retention_limit' }],
  },
  { type: 'aws_elasticache_global_replication_group', category: 'cache', severity: 'high' },

  // Object storage
  // force_destroy deletes every object version first (locked ones included); without it
  // DeleteBucket fails with BucketNotEmpty.
  {
    type: 'aws_s3_bucket',
    category: 'object-storage',
    severity: 'critical',
    protections: [
      { path: 'force_destroy', effect: 'purges-contents', default: false, source: 'hashicorp/aws internal/service/s3/bucket.go resourceBucketDelete (emptyBucket on BucketNotEmpty)' },
      { path: 'versioning.0.enabled', effect: 'versioning-enabled', default: false, source: 'AWS provider docs: aws_s3_bucket versioning (deprecated block)' },
    ],
  },
  {
    type: 'aws_s3_directory_bucket',
    category: 'object-storage',
    severity: 'critical',
    protections: [{ path: 'force_destroy', effect: 'purges-contents', default: false, source: 'hashicorp/aws internal/service/s3/directory_bucket.go Delete (empties it on BucketNotEmpty)' }],
  },
  { type: 'aws_s3control_bucket', category: 'object-storage', severity: 'critical' },
  { type: 'aws_s3tables_table_bucket', category: 'object-storage', severity: 'critical' },
  { type: 'aws_s3tables_table', category: 'data-warehouse', severity: 'critical' },
  { type: 'aws_lightsail_bucket', category: 'object-storage', severity: 'critical' },
  // aws_s3_object and aws_s3_bucket_object are decided `none` in ../reviewed/aws.ts: Terraform
  // uploads their content from the configuration.

  // Block and file storage
  {
    type: 'aws_ebs_volume',
    category: 'block-storage',
    severity: 'critical',
    protections: [{ path: 'final_snapshot', effect: 'takes-final-snapshot', default: false, source: 'hashicorp/aws internal/service/ec2/ebs_volume.go resourceEBSVolumeDelete (CreateSnapshot when final_snapshot)' }],
  },
  { type: 'aws_lightsail_disk', category: 'block-storage', severity: 'critical' },
  { type: 'aws_efs_file_system', category: 'file-storage', severity: 'critical' },
  // Lustre: skip_final_backup's default changed across provider versions, so none is assumed.
  {
    type: 'aws_fsx_lustre_file_system',
    category: 'file-storage',
    severity: 'critical',
    protections: [{ path: 'skip_final_backup', effect: 'skips-final-snapshot', source: 'hashicorp/aws internal/service/fsx/lustre_file_system.go resourceLustreFileSystemDelete (SkipFinalBackup)' }],
  },
  { type: 'aws_fsx_windows_file_system', category: 'file-storage', severity: 'critical', protections: FSX_FINAL_BACKUP('aws_fsx_windows_file_system') },
  { type: 'aws_fsx_ontap_file_system', category: 'file-storage', severity: 'critical' },
  { type: 'aws_fsx_ontap_volume', category: 'file-storage', severity: 'critical', protections: FSX_FINAL_BACKUP('aws_fsx_ontap_volume') },
  { type: 'aws_fsx_openzfs_file_system', category: 'file-storage', severity: 'critical', protections: FSX_FINAL_BACKUP('aws_fsx_openzfs_file_system') },
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
    protections: [{ path: 'versioning_configuration.0.status', effect: 'versioning-status', source: 'AWS provider docs: aws_s3_bucket_versioning versioning_configuration.status' }],
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
  {
    type: 'aws_redshift_cluster',
    category: 'data-warehouse',
    severity: 'critical',
    protections: [
      ...finalSnapshot('hashicorp/aws internal/service/redshift/cluster.go resourceClusterDelete'),
      { path: 'automated_snapshot_retention_period', effect: 'backup-retention-days', default: 1, source: 'AWS provider docs: aws_redshift_cluster automated_snapshot_retention_period "Default is 1"' },
    ],
  },
  { type: 'aws_redshiftserverless_namespace', category: 'data-warehouse', severity: 'critical' },

  // Encryption keys: destroying one makes everything encrypted with it unreadable.
  { type: 'aws_kms_key', category: 'encryption-key', severity: 'critical', protections: KMS_KEY_PROTECTIONS },
  { type: 'aws_kms_replica_key', category: 'encryption-key', severity: 'critical', protections: KMS_KEY_PROTECTIONS },
  { type: 'aws_kms_external_key', category: 'encryption-key', severity: 'critical', protections: KMS_KEY_PROTECTIONS },
  { type: 'aws_kms_replica_external_key', category: 'encryption-key', severity: 'critical', protections: KMS_KEY_PROTECTIONS },
  { type: 'aws_cloudhsm_v2_cluster', category: 'encryption-key', severity: 'critical' },

  // Secrets
  {
    type: 'aws_secretsmanager_secret',
    category: 'secret',
    severity: 'high',
    protections: [{ path: 'recovery_window_in_days', effect: 'deletion-window-days', default: 30, source: 'hashicorp/aws internal/service/secretsmanager/secret.go resourceSecretDelete (ForceDeleteWithoutRecovery when 0)' }],
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
      { path: 'permanent_deletion_time_in_days', effect: 'deletion-window-days', default: 30, source: 'AWS provider docs: aws_acmpca_certificate_authority permanent_deletion_time_in_days "Defaults to 30"; RestoreCertificateAuthority until then' },
    ],
  },

  // DNS zones
  // AWS provider docs: aws_route53_zone — force_destroy (default false) deletes every record.
  {
    type: 'aws_route53_zone',
    category: 'dns-zone',
    severity: 'high',
    protections: [{ path: 'force_destroy', effect: 'purges-contents', default: false, source: 'hashicorp/aws internal/service/route53/zone.go resourceZoneDelete; DeleteHostedZone refuses while records other than NS/SOA exist' }],
  },

  // Identity: user pools hold password hashes that cannot be exported, so a pool cannot be
  // rebuilt.
  { type: 'aws_cognito_user_pool', category: 'identity-directory', severity: 'critical', protections: [{ path: 'deletion_protection', effect: 'blocks-destroy', default: 'INACTIVE', onValues: ['ACTIVE'], source: 'AWS provider docs: aws_cognito_user_pool deletion_protection ACTIVE | INACTIVE (default INACTIVE); DeleteUserPool refuses while ACTIVE' }] },
  { type: 'aws_cognito_identity_pool', category: 'identity-directory', severity: 'high' },
  { type: 'aws_directory_service_directory', category: 'identity-directory', severity: 'critical' },

  // Logs
  { type: 'aws_cloudwatch_log_group', category: 'log', severity: 'high', protections: [{ path: 'skip_destroy', effect: 'keeps-on-destroy', default: false, source: 'hashicorp/aws internal/service/logs/group.go resourceGroupDelete (skip_destroy: removed from state only)' }] },
  {
    type: 'aws_cloudtrail_event_data_store',
    category: 'log',
    severity: 'high',
    protections: [
      { path: 'termination_protection_enabled', effect: 'blocks-destroy', default: true, source: 'AWS provider docs: aws_cloudtrail_event_data_store termination_protection_enabled "Default: true"; DeleteEventDataStore refuses while it is on' },
    ],
  },

  // Container registries
  {
    type: 'aws_ecr_repository',
    category: 'container-registry',
    severity: 'high',
    protections: [{ path: 'force_delete', effect: 'purges-contents', default: false, source: 'hashicorp/aws internal/service/ecr/repository.go resourceRepositoryDelete (Force); without it RepositoryNotEmptyException' }],
  },
  {
    type: 'aws_ecrpublic_repository',
    category: 'container-registry',
    severity: 'high',
    protections: [{ path: 'force_destroy', effect: 'purges-contents', default: false, source: 'hashicorp/aws internal/service/ecrpublic/repository.go resourceRepositoryDelete (Force)' }],
  },

  // Source repositories
  { type: 'aws_codecommit_repository', category: 'source-repository', severity: 'high' },

  // Other stateful: the cluster's etcd holds every Kubernetes object applied outside
  // Terraform (workloads, secrets, config maps). A load balancer holds no data: aws_lb and
  // aws_alb are decided `none` in ../reviewed/aws.ts, their protections are above.
  { type: 'aws_eks_cluster', category: 'other-stateful', severity: 'high' },
];
