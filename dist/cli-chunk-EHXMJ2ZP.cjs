const __destroyGuardFileUrl = require('node:url').pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  SEVERITIES: () => SEVERITIES,
  assessPlans: () => assessPlans,
  buildCatalog: () => buildCatalog,
  byCodeUnit: () => byCodeUnit,
  bySeverityDescending: () => bySeverityDescending,
  codeSpan: () => codeSpan,
  decodePlanText: () => decodePlanText,
  escapeHtml: () => escapeHtml,
  escapeInvisible: () => escapeInvisible,
  escapeText: () => escapeText,
  isCreateBeforeDestroy: () => isCreateBeforeDestroy,
  isDelete: () => isDelete,
  isDestroyBeforeCreate: () => isDestroyBeforeCreate,
  isForget: () => isForget,
  isSeverity: () => isSeverity,
  judgeUnreviewedName: () => judgeUnreviewedName,
  markdownLine: () => markdownLine,
  parseStatefulTypes: () => parseStatefulTypes,
  plainText: () => plainText,
  providerOf: () => providerOf,
  severityRank: () => severityRank
});
module.exports = __toCommonJS(stdin_exports);
var import_cli_chunk_AUXWUNJ3 = require("./cli-chunk-AUXWUNJ3.cjs");
var import_node_buffer = require("node:buffer");
var import_promises = require("node:fs/promises");
var import_node_path = __toESM(require("node:path"));
var import_node_buffer2 = require("node:buffer");
var import_promises2 = require("node:fs/promises");
var import_node_os = __toESM(require("node:os"));
var import_node_path2 = __toESM(require("node:path"));
var import_node_buffer3 = require("node:buffer");
var import_promises3 = require("node:fs/promises");
var import_node_buffer4 = require("node:buffer");
var import_promises4 = require("node:fs/promises");
var import_node_buffer5 = require("node:buffer");
var import_node_buffer6 = require("node:buffer");
var import_node_buffer7 = require("node:buffer");
var import_node_buffer8 = require("node:buffer");
var import_node_fs = require("node:fs");
var import_node_url = require("node:url");
var import_node_worker_threads = require("node:worker_threads");
var import_node_buffer9 = require("node:buffer");
var import_node_buffer10 = require("node:buffer");
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var RDS_CLUSTER = "hashicorp/aws internal/service/rds/cluster.go resourceClusterDelete", RDS_INSTANCE = "hashicorp/aws internal/service/rds/instance.go resourceInstanceDelete", deletionProtection = (source) => ({
  path: "deletion_protection",
  effect: "blocks-destroy",
  default: false,
  source: `${source}; the API refuses while DeletionProtection is on`
}), finalSnapshot = (source, name = "final_snapshot_identifier") => [
  { path: "skip_final_snapshot", effect: "skips-final-snapshot", default: false, source },
  { path: name, effect: "final-snapshot-name", source }
], CLUSTER_SNAPSHOT_PROTECTIONS = (source) => [
  deletionProtection(source),
  ...finalSnapshot(source),
  { path: "backup_retention_period", effect: "backup-retention-days", default: 1, source }
], KMS_KEY_PROTECTIONS = [
  {
    path: "deletion_window_in_days",
    effect: "deletion-window-days",
    default: 30,
    source: "hashicorp/aws internal/service/kms/key.go resourceKeyDelete (ScheduleKeyDeletion)"
  }
], FSX_FINAL_BACKUP = (type) => [
  {
    path: "skip_final_backup",
    effect: "skips-final-snapshot",
    default: false,
    source: `AWS provider docs: ${type} skip_final_backup "Defaults to false"; FSx takes the final backup itself`
  }
], ELASTICACHE_PROTECTIONS = (file) => [
  {
    path: "final_snapshot_identifier",
    effect: "final-snapshot-name",
    source: `hashicorp/aws internal/service/elasticache/${file} (FinalSnapshotIdentifier)`
  },
  {
    path: "snapshot_retention_limit",
    effect: "backup-retention-days",
    default: 0,
    source: `hashicorp/aws internal/service/elasticache/${file}; automatic backups are deleted with the cluster`
  }
], LB_PROTECTIONS = [
  {
    path: "enable_deletion_protection",
    effect: "blocks-destroy",
    default: false,
    source: "AWS provider docs: aws_lb enable_deletion_protection (default false)"
  }
], AWS_NOT_STATEFUL_PROTECTIONS = {
  // AWS provider docs: aws_lb.
  aws_lb: LB_PROTECTIONS,
  // AWS provider docs: aws_alb (alias of aws_lb).
  aws_alb: LB_PROTECTIONS
}, AWS = [
  // Relational databases
  // delete_automated_backups = false keeps the automated backups (RDS "retained automated
  // backups") for their retention period; backup_retention_period is computed from the API.
  {
    type: "aws_db_instance",
    category: "relational-database",
    severity: "critical",
    protections: [
      deletionProtection(RDS_INSTANCE),
      ...finalSnapshot(RDS_INSTANCE),
      { path: "delete_automated_backups", effect: "deletes-automated-backups", default: true, source: RDS_INSTANCE },
      { path: "backup_retention_period", effect: "backup-retention-days", source: RDS_INSTANCE }
    ]
  },
  {
    type: "aws_rds_cluster",
    category: "relational-database",
    severity: "critical",
    protections: [
      deletionProtection(RDS_CLUSTER),
      ...finalSnapshot(RDS_CLUSTER),
      { path: "delete_automated_backups", effect: "deletes-automated-backups", default: true, source: RDS_CLUSTER },
      { path: "backup_retention_period", effect: "backup-retention-days", default: 1, source: RDS_CLUSTER }
    ]
  },
  // An instance of a cluster holds no data of its own, but losing the last one is an outage.
  { type: "aws_rds_cluster_instance", category: "relational-database", severity: "high" },
  {
    type: "aws_rds_global_cluster",
    category: "relational-database",
    severity: "critical",
    protections: [deletionProtection("hashicorp/aws internal/service/rds/global_cluster.go")]
  },
  // force_destroy (newer provider versions) switches deletion protection off, then deletes.
  {
    type: "aws_dsql_cluster",
    category: "relational-database",
    severity: "critical",
    protections: [
      { path: "deletion_protection_enabled", effect: "blocks-destroy", source: "hashicorp/aws internal/service/dsql/cluster.go Delete; the API refuses while protection is on" },
      { path: "force_destroy", effect: "disables-protection", default: false, source: "hashicorp/aws internal/service/dsql/cluster.go Delete: updates deletion_protection_enabled to false first" }
    ]
  },
  {
    type: "aws_lightsail_database",
    category: "relational-database",
    severity: "critical",
    protections: finalSnapshot("hashicorp/aws internal/service/lightsail/database.go resourceDatabaseDelete", "final_snapshot_name")
  },
  // NoSQL databases
  { type: "aws_docdb_cluster", category: "nosql-database", severity: "critical", protections: CLUSTER_SNAPSHOT_PROTECTIONS("hashicorp/aws internal/service/docdb/cluster.go resourceClusterDelete") },
  // Cluster member: the storage is the cluster's, but losing the last instance is an outage.
  { type: "aws_docdb_cluster_instance", category: "nosql-database", severity: "high" },
  {
    type: "aws_docdb_global_cluster",
    category: "nosql-database",
    severity: "critical",
    protections: [{ path: "deletion_protection", effect: "blocks-destroy", source: "AWS provider docs: aws_docdb_global_cluster deletion_protection; the API refuses while it is on" }]
  },
  { type: "aws_docdbelastic_cluster", category: "nosql-database", severity: "critical" },
  { type: "aws_neptune_cluster", category: "nosql-database", severity: "critical", protections: CLUSTER_SNAPSHOT_PROTECTIONS("hashicorp/aws internal/service/neptune/cluster.go resourceClusterDelete") },
  // Cluster member, as aws_docdb_cluster_instance.
  { type: "aws_neptune_cluster_instance", category: "nosql-database", severity: "high" },
  {
    type: "aws_neptune_global_cluster",
    category: "nosql-database",
    severity: "critical",
    protections: [{ path: "deletion_protection", effect: "blocks-destroy", source: "AWS provider docs: aws_neptune_global_cluster deletion_protection; the API refuses while it is on" }]
  },
  // Deleting a table with point-in-time recovery on leaves a system backup for 35 days
  // (DynamoDB developer guide, "Point-in-time recovery": deleted tables).
  {
    type: "aws_dynamodb_table",
    category: "nosql-database",
    severity: "critical",
    protections: [
      { path: "deletion_protection_enabled", effect: "blocks-destroy", default: false, source: 'AWS provider docs: aws_dynamodb_table deletion_protection_enabled "Defaults to false"; DeleteTable refuses while it is on' },
      { path: "point_in_time_recovery.0.enabled", effect: "point-in-time-recovery", default: false, windowDays: 35, source: "DynamoDB developer guide, point-in-time recovery: a deleted table keeps a system backup for 35 days" }
    ]
  },
  { type: "aws_dynamodb_global_table", category: "nosql-database", severity: "critical" },
  { type: "aws_keyspaces_keyspace", category: "nosql-database", severity: "critical" },
  { type: "aws_keyspaces_table", category: "nosql-database", severity: "critical" },
  { type: "aws_timestreamwrite_database", category: "nosql-database", severity: "critical" },
  { type: "aws_timestreamwrite_table", category: "nosql-database", severity: "critical" },
  {
    type: "aws_qldb_ledger",
    category: "nosql-database",
    severity: "critical",
    protections: [{ path: "deletion_protection", effect: "blocks-destroy", default: true, source: 'AWS provider docs: aws_qldb_ledger deletion_protection "Defaults to true"; DeleteLedger refuses while it is on' }]
  },
  // MemoryDB is a durable primary database, not a cache. A final snapshot name keeps one.
  {
    type: "aws_memorydb_cluster",
    category: "nosql-database",
    severity: "critical",
    protections: [
      { path: "final_snapshot_name", effect: "final-snapshot-name", source: "hashicorp/aws internal/service/memorydb/cluster.go resourceClusterDelete (FinalSnapshotName)" },
      { path: "snapshot_retention_limit", effect: "backup-retention-days", default: 0, source: 'AWS provider docs: aws_memorydb_cluster snapshot_retention_limit "Defaults to 0"' }
    ]
  },
  // The online store's records are not in the configuration.
  { type: "aws_sagemaker_feature_group", category: "nosql-database", severity: "high" },
  // Caches: Redis-compatible caches often hold sessions and queues, so high. DAX is a
  // write-through cache in front of DynamoDB and loses nothing: aws_dax_cluster is decided
  // `none` in ../reviewed/aws.ts.
  { type: "aws_elasticache_cluster", category: "cache", severity: "high", protections: ELASTICACHE_PROTECTIONS("cluster.go") },
  { type: "aws_elasticache_replication_group", category: "cache", severity: "high", protections: ELASTICACHE_PROTECTIONS("replication_group.go") },
  {
    type: "aws_elasticache_serverless_cache",
    category: "cache",
    severity: "high",
    protections: [{ path: "snapshot_retention_limit", effect: "backup-retention-days", source: "AWS provider docs: aws_elasticache_serverless_cache snapshot_retention_limit" }]
  },
  { type: "aws_elasticache_global_replication_group", category: "cache", severity: "high" },
  // Object storage
  // force_destroy deletes every object version first (locked ones included); without it
  // DeleteBucket fails with BucketNotEmpty.
  {
    type: "aws_s3_bucket",
    category: "object-storage",
    severity: "critical",
    protections: [
      { path: "force_destroy", effect: "purges-contents", default: false, source: "hashicorp/aws internal/service/s3/bucket.go resourceBucketDelete (emptyBucket on BucketNotEmpty)" },
      { path: "versioning.0.enabled", effect: "versioning-enabled", default: false, source: "AWS provider docs: aws_s3_bucket versioning (deprecated block)" }
    ]
  },
  {
    type: "aws_s3_directory_bucket",
    category: "object-storage",
    severity: "critical",
    protections: [{ path: "force_destroy", effect: "purges-contents", default: false, source: "hashicorp/aws internal/service/s3/directory_bucket.go Delete (empties it on BucketNotEmpty)" }]
  },
  { type: "aws_s3control_bucket", category: "object-storage", severity: "critical" },
  { type: "aws_s3tables_table_bucket", category: "object-storage", severity: "critical" },
  { type: "aws_s3tables_table", category: "data-warehouse", severity: "critical" },
  { type: "aws_lightsail_bucket", category: "object-storage", severity: "critical" },
  // aws_s3_object and aws_s3_bucket_object are decided `none` in ../reviewed/aws.ts: Terraform
  // uploads their content from the configuration.
  // Block and file storage
  {
    type: "aws_ebs_volume",
    category: "block-storage",
    severity: "critical",
    protections: [{ path: "final_snapshot", effect: "takes-final-snapshot", default: false, source: "hashicorp/aws internal/service/ec2/ebs_volume.go resourceEBSVolumeDelete (CreateSnapshot when final_snapshot)" }]
  },
  { type: "aws_lightsail_disk", category: "block-storage", severity: "critical" },
  { type: "aws_efs_file_system", category: "file-storage", severity: "critical" },
  // Lustre: skip_final_backup's default changed across provider versions, so none is assumed.
  {
    type: "aws_fsx_lustre_file_system",
    category: "file-storage",
    severity: "critical",
    protections: [{ path: "skip_final_backup", effect: "skips-final-snapshot", source: "hashicorp/aws internal/service/fsx/lustre_file_system.go resourceLustreFileSystemDelete (SkipFinalBackup)" }]
  },
  { type: "aws_fsx_windows_file_system", category: "file-storage", severity: "critical", protections: FSX_FINAL_BACKUP("aws_fsx_windows_file_system") },
  { type: "aws_fsx_ontap_file_system", category: "file-storage", severity: "critical" },
  { type: "aws_fsx_ontap_volume", category: "file-storage", severity: "critical", protections: FSX_FINAL_BACKUP("aws_fsx_ontap_volume") },
  { type: "aws_fsx_openzfs_file_system", category: "file-storage", severity: "critical", protections: FSX_FINAL_BACKUP("aws_fsx_openzfs_file_system") },
  { type: "aws_fsx_openzfs_volume", category: "file-storage", severity: "critical" },
  // Backups, snapshots, vaults, replicas and versioning: the copies that make a loss recoverable.
  { type: "aws_db_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_db_snapshot_copy", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_db_cluster_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_db_instance_automated_backups_replication", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_docdb_cluster_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_neptune_cluster_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_redshift_cluster_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_redshiftserverless_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_memorydb_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_dynamodb_table_replica", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_ebs_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_ebs_snapshot_copy", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_ebs_snapshot_import", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_fsx_backup", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_fsx_openzfs_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_efs_replication_configuration", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_backup_vault", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_backup_logically_air_gapped_vault", category: "backup", severity: "critical", backup: "data" },
  // Glacier vaults are archives, most often of backups.
  { type: "aws_glacier_vault", category: "backup", severity: "critical", backup: "data" },
  { type: "aws_s3_bucket_replication_configuration", category: "backup", severity: "critical", backup: "data" },
  // AWS provider docs: aws_s3_bucket_versioning \u2014 versioning_configuration.status is
  // required (Enabled, Suspended or Disabled), so there is no default.
  {
    type: "aws_s3_bucket_versioning",
    category: "backup",
    severity: "critical",
    backup: "data",
    protections: [{ path: "versioning_configuration.0.status", effect: "versioning-status", source: "AWS provider docs: aws_s3_bucket_versioning versioning_configuration.status" }]
  },
  { type: "aws_backup_plan", category: "backup", severity: "high", backup: "policy" },
  { type: "aws_backup_selection", category: "backup", severity: "high", backup: "policy" },
  { type: "aws_backup_vault_lock_configuration", category: "backup", severity: "high", backup: "policy" },
  { type: "aws_backup_vault_policy", category: "backup", severity: "high", backup: "policy" },
  { type: "aws_efs_backup_policy", category: "backup", severity: "high", backup: "policy" },
  // Data Lifecycle Manager policies are EBS snapshot schedules.
  { type: "aws_dlm_lifecycle_policy", category: "backup", severity: "high", backup: "policy" },
  { type: "aws_redshift_snapshot_schedule", category: "backup", severity: "high", backup: "policy" },
  { type: "aws_redshift_snapshot_schedule_association", category: "backup", severity: "high", backup: "policy" },
  // Queues and streams: messages not yet consumed are lost. Firehose only buffers, but what is
  // in its buffer when it is deleted never reaches the destination.
  { type: "aws_sqs_queue", category: "queue-stream", severity: "high" },
  { type: "aws_kinesis_stream", category: "queue-stream", severity: "high" },
  { type: "aws_kinesis_video_stream", category: "queue-stream", severity: "high" },
  { type: "aws_kinesis_firehose_delivery_stream", category: "queue-stream", severity: "high" },
  { type: "aws_msk_cluster", category: "queue-stream", severity: "high" },
  { type: "aws_msk_serverless_cluster", category: "queue-stream", severity: "high" },
  { type: "aws_mq_broker", category: "queue-stream", severity: "high" },
  // Search and analytics
  { type: "aws_opensearch_domain", category: "search-analytics", severity: "high" },
  { type: "aws_elasticsearch_domain", category: "search-analytics", severity: "high" },
  { type: "aws_opensearchserverless_collection", category: "search-analytics", severity: "high" },
  { type: "aws_cloudsearch_domain", category: "search-analytics", severity: "high" },
  { type: "aws_kendra_index", category: "search-analytics", severity: "high" },
  // The Glue catalog holds table definitions (the data stays in S3), often made by crawlers
  // and queries outside Terraform; deleting a database deletes its tables.
  { type: "aws_glue_catalog_database", category: "search-analytics", severity: "high" },
  { type: "aws_glue_catalog_table", category: "search-analytics", severity: "high" },
  // Data warehouses
  {
    type: "aws_redshift_cluster",
    category: "data-warehouse",
    severity: "critical",
    protections: [
      ...finalSnapshot("hashicorp/aws internal/service/redshift/cluster.go resourceClusterDelete"),
      { path: "automated_snapshot_retention_period", effect: "backup-retention-days", default: 1, source: 'AWS provider docs: aws_redshift_cluster automated_snapshot_retention_period "Default is 1"' }
    ]
  },
  { type: "aws_redshiftserverless_namespace", category: "data-warehouse", severity: "critical" },
  // Encryption keys: destroying one makes everything encrypted with it unreadable.
  { type: "aws_kms_key", category: "encryption-key", severity: "critical", protections: KMS_KEY_PROTECTIONS },
  { type: "aws_kms_replica_key", category: "encryption-key", severity: "critical", protections: KMS_KEY_PROTECTIONS },
  { type: "aws_kms_external_key", category: "encryption-key", severity: "critical", protections: KMS_KEY_PROTECTIONS },
  { type: "aws_kms_replica_external_key", category: "encryption-key", severity: "critical", protections: KMS_KEY_PROTECTIONS },
  { type: "aws_cloudhsm_v2_cluster", category: "encryption-key", severity: "critical" },
  // Secrets
  {
    type: "aws_secretsmanager_secret",
    category: "secret",
    severity: "high",
    protections: [{ path: "recovery_window_in_days", effect: "deletion-window-days", default: 30, source: "hashicorp/aws internal/service/secretsmanager/secret.go resourceSecretDelete (ForceDeleteWithoutRecovery when 0)" }]
  },
  // aws_secretsmanager_secret_version and aws_ssm_parameter are decided `none` in
  // ../reviewed/aws.ts: their values come from the configuration.
  // Certificates
  // AWS provider docs: aws_acmpca_certificate_authority \u2014 permanent_deletion_time_in_days
  // "Defaults to 30" (7 to 30): the CA can be restored until then.
  {
    type: "aws_acmpca_certificate_authority",
    category: "certificate",
    severity: "high",
    protections: [
      { path: "permanent_deletion_time_in_days", effect: "deletion-window-days", default: 30, source: 'AWS provider docs: aws_acmpca_certificate_authority permanent_deletion_time_in_days "Defaults to 30"; RestoreCertificateAuthority until then' }
    ]
  },
  // DNS zones
  // AWS provider docs: aws_route53_zone \u2014 force_destroy (default false) deletes every record.
  {
    type: "aws_route53_zone",
    category: "dns-zone",
    severity: "high",
    protections: [{ path: "force_destroy", effect: "purges-contents", default: false, source: "hashicorp/aws internal/service/route53/zone.go resourceZoneDelete; DeleteHostedZone refuses while records other than NS/SOA exist" }]
  },
  // Identity: user pools hold password hashes that cannot be exported, so a pool cannot be
  // rebuilt.
  { type: "aws_cognito_user_pool", category: "identity-directory", severity: "critical", protections: [{ path: "deletion_protection", effect: "blocks-destroy", default: "INACTIVE", onValues: ["ACTIVE"], source: "AWS provider docs: aws_cognito_user_pool deletion_protection ACTIVE | INACTIVE (default INACTIVE); DeleteUserPool refuses while ACTIVE" }] },
  { type: "aws_cognito_identity_pool", category: "identity-directory", severity: "high" },
  { type: "aws_directory_service_directory", category: "identity-directory", severity: "critical" },
  // Logs
  { type: "aws_cloudwatch_log_group", category: "log", severity: "high", protections: [{ path: "skip_destroy", effect: "keeps-on-destroy", default: false, source: "hashicorp/aws internal/service/logs/group.go resourceGroupDelete (skip_destroy: removed from state only)" }] },
  {
    type: "aws_cloudtrail_event_data_store",
    category: "log",
    severity: "high",
    protections: [
      { path: "termination_protection_enabled", effect: "blocks-destroy", default: true, source: 'AWS provider docs: aws_cloudtrail_event_data_store termination_protection_enabled "Default: true"; DeleteEventDataStore refuses while it is on' }
    ]
  },
  // Container registries
  {
    type: "aws_ecr_repository",
    category: "container-registry",
    severity: "high",
    protections: [{ path: "force_delete", effect: "purges-contents", default: false, source: "hashicorp/aws internal/service/ecr/repository.go resourceRepositoryDelete (Force); without it RepositoryNotEmptyException" }]
  },
  {
    type: "aws_ecrpublic_repository",
    category: "container-registry",
    severity: "high",
    protections: [{ path: "force_destroy", effect: "purges-contents", default: false, source: "hashicorp/aws internal/service/ecrpublic/repository.go resourceRepositoryDelete (Force)" }]
  },
  // Source repositories
  { type: "aws_codecommit_repository", category: "source-repository", severity: "high" },
  // Other stateful: the cluster's etcd holds every Kubernetes object applied outside
  // Terraform (workloads, secrets, config maps). A load balancer holds no data: aws_lb and
  // aws_alb are decided `none` in ../reviewed/aws.ts, their protections are above.
  { type: "aws_eks_cluster", category: "other-stateful", severity: "high" }
];
var serverBackups = (type) => [
  {
    path: "backup_retention_days",
    effect: "backup-retention-days",
    default: 7,
    windowDays: 5,
    source: `AzureRM provider docs: ${type} backup_retention_days "Defaults to 7"; Microsoft Learn: a dropped server's backups are kept 5 days`
  }
], vaultProtections = (assumes, file) => [
  {
    path: "purge_protection_enabled",
    effect: "purge-protection",
    default: false,
    window: "soft_delete_retention_days",
    assumes,
    source: `hashicorp/azurerm internal/services/${file} delete (purge unless purge protection)`
  },
  {
    path: "soft_delete_retention_days",
    effect: "window-days",
    default: 90,
    source: 'AzureRM provider docs: soft_delete_retention_days "between 7 and 90 (the default) days"'
  }
], AZURE = [
  // Relational databases: a server takes all of its databases with it.
  { type: "azurerm_mssql_server", category: "relational-database", severity: "critical" },
  // A deleted database can be restored to its deletion time within its point-in-time
  // retention while its server exists (Microsoft Learn, "Restore a deleted database").
  {
    type: "azurerm_mssql_database",
    category: "relational-database",
    severity: "critical",
    protections: [
      { path: "short_term_retention_policy.0.retention_days", effect: "deletion-window-days", default: 7, source: "AzureRM provider docs: azurerm_mssql_database short_term_retention_policy.retention_days (default 7); Microsoft Learn: restore a deleted database within its retention" }
    ]
  },
  { type: "azurerm_mssql_managed_instance", category: "relational-database", severity: "critical" },
  { type: "azurerm_mssql_managed_database", category: "relational-database", severity: "critical" },
  { type: "azurerm_sql_server", category: "relational-database", severity: "critical" },
  { type: "azurerm_sql_database", category: "relational-database", severity: "critical" },
  { type: "azurerm_postgresql_flexible_server", category: "relational-database", severity: "critical", protections: serverBackups("azurerm_postgresql_flexible_server") },
  { type: "azurerm_postgresql_flexible_server_database", category: "relational-database", severity: "critical" },
  { type: "azurerm_postgresql_server", category: "relational-database", severity: "critical", protections: serverBackups("azurerm_postgresql_server") },
  { type: "azurerm_postgresql_database", category: "relational-database", severity: "critical" },
  { type: "azurerm_mysql_flexible_server", category: "relational-database", severity: "critical", protections: serverBackups("azurerm_mysql_flexible_server") },
  { type: "azurerm_mysql_flexible_database", category: "relational-database", severity: "critical" },
  { type: "azurerm_mysql_server", category: "relational-database", severity: "critical", protections: serverBackups("azurerm_mysql_server") },
  { type: "azurerm_mysql_database", category: "relational-database", severity: "critical" },
  { type: "azurerm_mariadb_server", category: "relational-database", severity: "critical", protections: serverBackups("azurerm_mariadb_server") },
  { type: "azurerm_mariadb_database", category: "relational-database", severity: "critical" },
  { type: "azurerm_cosmosdb_postgresql_cluster", category: "relational-database", severity: "critical" },
  // NoSQL databases
  { type: "azurerm_cosmosdb_account", category: "nosql-database", severity: "critical" },
  { type: "azurerm_cosmosdb_sql_database", category: "nosql-database", severity: "critical" },
  { type: "azurerm_cosmosdb_sql_container", category: "nosql-database", severity: "critical" },
  { type: "azurerm_cosmosdb_mongo_database", category: "nosql-database", severity: "critical" },
  { type: "azurerm_cosmosdb_mongo_collection", category: "nosql-database", severity: "critical" },
  { type: "azurerm_cosmosdb_cassandra_keyspace", category: "nosql-database", severity: "critical" },
  { type: "azurerm_cosmosdb_cassandra_table", category: "nosql-database", severity: "critical" },
  { type: "azurerm_cosmosdb_gremlin_database", category: "nosql-database", severity: "critical" },
  { type: "azurerm_cosmosdb_gremlin_graph", category: "nosql-database", severity: "critical" },
  { type: "azurerm_cosmosdb_table", category: "nosql-database", severity: "critical" },
  { type: "azurerm_mongo_cluster", category: "nosql-database", severity: "critical" },
  { type: "azurerm_storage_table", category: "nosql-database", severity: "high" },
  // Object storage
  // Deleting the account deletes every container, share, queue and table.
  {
    type: "azurerm_storage_account",
    category: "object-storage",
    severity: "critical",
    protections: [
      { path: "blob_properties.0.versioning_enabled", effect: "versioning-enabled", default: false, source: 'AzureRM provider docs: azurerm_storage_account blob_properties.versioning_enabled "Defaults to false"' }
    ]
  },
  { type: "azurerm_storage_container", category: "object-storage", severity: "critical" },
  { type: "azurerm_storage_data_lake_gen2_filesystem", category: "object-storage", severity: "critical" },
  // Block and file storage
  { type: "azurerm_managed_disk", category: "block-storage", severity: "critical" },
  { type: "azurerm_elastic_san_volume", category: "block-storage", severity: "critical" },
  { type: "azurerm_storage_share", category: "file-storage", severity: "critical" },
  { type: "azurerm_netapp_volume", category: "file-storage", severity: "critical" },
  { type: "azurerm_managed_lustre_file_system", category: "file-storage", severity: "critical" },
  // Backups, snapshots, vaults and replication. Destroying a protected item stops protection
  // and deletes its recovery points.
  { type: "azurerm_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "azurerm_netapp_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "azurerm_netapp_backup_vault", category: "backup", severity: "critical", backup: "data" },
  { type: "azurerm_recovery_services_vault", category: "backup", severity: "critical", backup: "data" },
  { type: "azurerm_backup_protected_vm", category: "backup", severity: "critical", backup: "data" },
  { type: "azurerm_backup_protected_file_share", category: "backup", severity: "critical", backup: "data" },
  { type: "azurerm_data_protection_backup_vault", category: "backup", severity: "critical", backup: "data" },
  { type: "azurerm_data_protection_backup_instance_disk", category: "backup", severity: "critical", backup: "data" },
  { type: "azurerm_data_protection_backup_instance_blob_storage", category: "backup", severity: "critical", backup: "data" },
  { type: "azurerm_data_protection_backup_instance_postgresql", category: "backup", severity: "critical", backup: "data" },
  { type: "azurerm_storage_object_replication", category: "backup", severity: "critical", backup: "data" },
  { type: "azurerm_backup_policy_vm", category: "backup", severity: "high", backup: "policy" },
  { type: "azurerm_backup_policy_vm_workload", category: "backup", severity: "high", backup: "policy" },
  { type: "azurerm_backup_policy_file_share", category: "backup", severity: "high", backup: "policy" },
  { type: "azurerm_data_protection_backup_policy_disk", category: "backup", severity: "high", backup: "policy" },
  { type: "azurerm_data_protection_backup_policy_blob_storage", category: "backup", severity: "high", backup: "policy" },
  { type: "azurerm_data_protection_backup_policy_postgresql", category: "backup", severity: "high", backup: "policy" },
  { type: "azurerm_netapp_snapshot_policy", category: "backup", severity: "high", backup: "policy" },
  { type: "azurerm_netapp_backup_policy", category: "backup", severity: "high", backup: "policy" },
  // Caches
  { type: "azurerm_redis_cache", category: "cache", severity: "high" },
  { type: "azurerm_redis_enterprise_cluster", category: "cache", severity: "high" },
  { type: "azurerm_redis_enterprise_database", category: "cache", severity: "high" },
  { type: "azurerm_managed_redis", category: "cache", severity: "high" },
  // Queues and streams
  { type: "azurerm_servicebus_namespace", category: "queue-stream", severity: "high" },
  { type: "azurerm_servicebus_queue", category: "queue-stream", severity: "high" },
  { type: "azurerm_servicebus_topic", category: "queue-stream", severity: "high" },
  { type: "azurerm_servicebus_subscription", category: "queue-stream", severity: "high" },
  { type: "azurerm_eventhub_namespace", category: "queue-stream", severity: "high" },
  { type: "azurerm_eventhub", category: "queue-stream", severity: "high" },
  { type: "azurerm_storage_queue", category: "queue-stream", severity: "high" },
  // Search, analytics and data warehouses
  { type: "azurerm_search_service", category: "search-analytics", severity: "high" },
  { type: "azurerm_databricks_workspace", category: "search-analytics", severity: "high" },
  { type: "azurerm_kusto_cluster", category: "data-warehouse", severity: "critical" },
  { type: "azurerm_kusto_database", category: "data-warehouse", severity: "critical" },
  { type: "azurerm_synapse_workspace", category: "data-warehouse", severity: "critical" },
  { type: "azurerm_synapse_sql_pool", category: "data-warehouse", severity: "critical" },
  // Encryption keys and secrets
  { type: "azurerm_key_vault", category: "encryption-key", severity: "critical", protections: vaultProtections("features.key_vault.purge_soft_delete_on_destroy = true", "keyvault/key_vault_resource.go") },
  { type: "azurerm_key_vault_key", category: "encryption-key", severity: "critical" },
  { type: "azurerm_key_vault_managed_hardware_security_module", category: "encryption-key", severity: "critical", protections: vaultProtections("features.key_vault.purge_soft_deleted_hardware_security_modules_on_destroy = true", "managedhsm/key_vault_managed_hardware_security_module_resource.go") },
  { type: "azurerm_key_vault_managed_hardware_security_module_key", category: "encryption-key", severity: "critical" },
  { type: "azurerm_key_vault_secret", category: "secret", severity: "high" },
  { type: "azurerm_key_vault_certificate", category: "certificate", severity: "high" },
  // DNS zones
  { type: "azurerm_dns_zone", category: "dns-zone", severity: "high" },
  { type: "azurerm_private_dns_zone", category: "dns-zone", severity: "high" },
  // Identity directories
  { type: "azurerm_aadb2c_directory", category: "identity-directory", severity: "critical" },
  { type: "azurerm_active_directory_domain_service", category: "identity-directory", severity: "critical" },
  // Logs: a Log Analytics workspace often holds the security and audit trail.
  { type: "azurerm_log_analytics_workspace", category: "log", severity: "high" },
  { type: "azurerm_application_insights", category: "log", severity: "high" },
  // Container registries
  { type: "azurerm_container_registry", category: "container-registry", severity: "high" },
  // Other stateful
  // The provider purges a soft-deleted store after deleting it unless purge protection is on
  // (features.app_configuration.purge_soft_delete_on_destroy, default true).
  {
    type: "azurerm_app_configuration",
    category: "other-stateful",
    severity: "high",
    protections: [
      { path: "purge_protection_enabled", effect: "purge-protection", default: false, window: "soft_delete_retention_days", assumes: "features.app_configuration.purge_soft_delete_on_destroy = true", source: "hashicorp/azurerm internal/services/appconfiguration/app_configuration_resource.go delete (purge unless purge protection)" },
      { path: "soft_delete_retention_days", effect: "window-days", default: 7, source: 'AzureRM provider docs: azurerm_app_configuration soft_delete_retention_days "between 1 and 7 days. Defaults to 7"' }
    ]
  },
  { type: "azurerm_healthcare_fhir_service", category: "other-stateful", severity: "critical" },
  { type: "azurerm_kubernetes_cluster", category: "other-stateful", severity: "high" }
];
var GOOGLE = [
  // Relational databases
  // Google provider docs: google_sql_database_instance \u2014 deletion_protection "Defaults to
  // true" (a Terraform-side guard); settings.deletion_protection_enabled "Defaults to false"
  // (server-side, guards every surface); settings.backup_configuration
  // .point_in_time_recovery_enabled; settings.final_backup_config.enabled.
  {
    type: "google_sql_database_instance",
    category: "relational-database",
    severity: "critical",
    protections: [
      { path: "deletion_protection", effect: "blocks-destroy", default: true, source: "Google provider docs: google_sql_database_instance" },
      { path: "settings.0.deletion_protection_enabled", effect: "blocks-destroy", default: false, source: "Google provider docs: google_sql_database_instance" },
      // Cloud SQL deletes an instance's backups with it unless retain_backups_on_delete.
      { path: "settings.0.retain_backups_on_delete", effect: "retains-backups", default: false, source: "Google provider docs: google_sql_database_instance settings.retain_backups_on_delete; Cloud SQL deletes backups with the instance otherwise" },
      { path: "settings.0.final_backup_config.0.enabled", effect: "takes-final-snapshot", default: false, window: "settings.0.final_backup_config.0.retention_days", source: "Google provider docs: google_sql_database_instance settings.final_backup_config; Cloud SQL instances.delete enableFinalBackup" },
      { path: "settings.0.final_backup_config.0.retention_days", effect: "window-days", source: "Cloud SQL instances.delete finalBackupTtlDays" },
      // Point-in-time recovery needs the instance's backups, which go with it: updates only.
      { path: "settings.0.backup_configuration.0.point_in_time_recovery_enabled", effect: "point-in-time-recovery", source: "Google provider docs: google_sql_database_instance settings.backup_configuration.point_in_time_recovery_enabled" }
    ]
  },
  { type: "google_sql_database", category: "relational-database", severity: "critical" },
  // Google provider docs: google_alloydb_cluster \u2014 deletion_protection: "When the field is set
  // to true or unset in Terraform state, a terraform destroy that would delete the cluster will
  // fail."
  {
    type: "google_alloydb_cluster",
    category: "relational-database",
    severity: "critical",
    protections: [{ path: "deletion_protection", effect: "blocks-destroy", default: true, source: "Google provider docs: google_alloydb_cluster" }]
  },
  { type: "google_alloydb_instance", category: "relational-database", severity: "high" },
  // Google provider docs: google_spanner_instance \u2014 force_destroy (default false) also deletes
  // every backup of the instance.
  {
    type: "google_spanner_instance",
    category: "relational-database",
    severity: "critical",
    protections: [{ path: "force_destroy", effect: "deletes-backups", default: false, source: "Google provider docs: google_spanner_instance force_destroy (deletes backups first; without it the delete fails while backups exist)" }]
  },
  // Google provider docs: google_spanner_database \u2014 deletion_protection (Terraform-side,
  // default true) and enable_drop_protection (server-side, default false).
  {
    type: "google_spanner_database",
    category: "relational-database",
    severity: "critical",
    protections: [
      { path: "deletion_protection", effect: "blocks-destroy", default: true, source: "Google provider docs: google_spanner_database" },
      { path: "enable_drop_protection", effect: "blocks-destroy", default: false, source: "Google provider docs: google_spanner_database" }
    ]
  },
  // Google provider docs: google_oracle_database_autonomous_database \u2014 deletion_protection
  // (Terraform-side; the page gives no default, so none is assumed).
  {
    type: "google_oracle_database_autonomous_database",
    category: "relational-database",
    severity: "critical",
    protections: [{ path: "deletion_protection", effect: "blocks-destroy", source: "Google provider docs: google_oracle_database_autonomous_database" }]
  },
  // NoSQL databases
  // Google provider docs: google_bigtable_instance \u2014 deletion_protection (default true);
  // force_destroy (default false) deletes the instance's backups too.
  {
    type: "google_bigtable_instance",
    category: "nosql-database",
    severity: "critical",
    protections: [
      { path: "deletion_protection", effect: "blocks-destroy", default: true, source: "Google provider docs: google_bigtable_instance" },
      { path: "force_destroy", effect: "deletes-backups", default: false, source: "Google provider docs: google_bigtable_instance force_destroy (deletes backups first; without it the delete can be blocked by backups)" }
    ]
  },
  // google_bigtable_table docs: deletion_protection PROTECTED | UNPROTECTED (default UNPROTECTED).
  { type: "google_bigtable_table", category: "nosql-database", severity: "critical", protections: [{ path: "deletion_protection", effect: "blocks-destroy", default: "UNPROTECTED", onValues: ["PROTECTED"], source: "Google provider docs: google_bigtable_table" }] },
  // google_firestore_database docs: deletion_policy ABANDON (default: destroy only removes it from state) | DELETE;
  // delete_protection_state DELETE_PROTECTION_ENABLED blocks deletion; point_in_time_recovery_enablement.
  { type: "google_firestore_database", category: "nosql-database", severity: "critical", protections: [
    { path: "deletion_policy", effect: "keeps-on-destroy", default: "ABANDON", onValues: ["ABANDON"], source: "Google provider docs: google_firestore_database deletion_policy (default ABANDON: removed from state only)" },
    { path: "deletion_policy", effect: "blocks-destroy", onValues: ["PREVENT"], source: 'magic-modules best practices "Deletion policy" (PREVENT)' },
    { path: "delete_protection_state", effect: "blocks-destroy", onValues: ["DELETE_PROTECTION_ENABLED"], source: "Google provider docs: google_firestore_database" },
    { path: "point_in_time_recovery_enablement", effect: "point-in-time-recovery", default: "POINT_IN_TIME_RECOVERY_DISABLED", onValues: ["POINT_IN_TIME_RECOVERY_ENABLED"], source: "Google provider docs: google_firestore_database" }
  ] },
  { type: "google_firebase_database_instance", category: "nosql-database", severity: "critical" },
  // Caches
  { type: "google_redis_instance", category: "cache", severity: "high" },
  // Google provider docs: google_redis_cluster \u2014 deletion_protection_enabled "Default value is
  // true".
  {
    type: "google_redis_cluster",
    category: "cache",
    severity: "high",
    protections: [{ path: "deletion_protection_enabled", effect: "blocks-destroy", default: true, source: "Google provider docs: google_redis_cluster" }]
  },
  // Google provider docs: google_memorystore_instance \u2014 deletion_protection_enabled "Default
  // value is true".
  {
    type: "google_memorystore_instance",
    category: "cache",
    severity: "high",
    protections: [{ path: "deletion_protection_enabled", effect: "blocks-destroy", default: true, source: "Google provider docs: google_memorystore_instance" }]
  },
  // Memcached keeps nothing worth restoring.
  // Object storage
  // Google provider docs: google_storage_bucket \u2014 force_destroy (default false) deletes every
  // object; versioning.enabled.
  {
    type: "google_storage_bucket",
    category: "object-storage",
    severity: "critical",
    protections: [
      { path: "force_destroy", effect: "purges-contents", default: false, source: "Google provider docs: google_storage_bucket force_destroy; without it the delete fails while objects remain" },
      // Objects deleted (force_destroy) stay restorable for the soft-delete retention, 7 days
      // unless the bucket sets another (0 turns soft delete off).
      { path: "soft_delete_policy.0.retention_duration_seconds", effect: "soft-delete-seconds", default: 604800, source: "Google provider docs: google_storage_bucket soft_delete_policy.retention_duration_seconds (default 604800); Cloud Storage soft delete" },
      { path: "versioning.0.enabled", effect: "versioning-enabled", default: false, source: "Google provider docs: google_storage_bucket" }
    ]
  },
  // Block and file storage
  { type: "google_compute_disk", category: "block-storage", severity: "critical" },
  { type: "google_compute_region_disk", category: "block-storage", severity: "critical" },
  // Google provider docs: google_filestore_instance \u2014 deletion_protection_enabled (server-side).
  {
    type: "google_filestore_instance",
    category: "file-storage",
    severity: "critical",
    protections: [{ path: "deletion_protection_enabled", effect: "blocks-destroy", source: "Google provider docs: google_filestore_instance" }]
  },
  { type: "google_netapp_volume", category: "file-storage", severity: "critical" },
  { type: "google_netapp_storage_pool", category: "file-storage", severity: "high" },
  // Parallelstore and Managed Lustre are mostly scratch space filled from Cloud Storage.
  { type: "google_parallelstore_instance", category: "file-storage", severity: "high" },
  { type: "google_lustre_instance", category: "file-storage", severity: "high" },
  // Backups, snapshots and vaults
  { type: "google_compute_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "google_alloydb_backup", category: "backup", severity: "critical", backup: "data" },
  { type: "google_filestore_backup", category: "backup", severity: "critical", backup: "data" },
  { type: "google_filestore_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "google_netapp_backup", category: "backup", severity: "critical", backup: "data" },
  { type: "google_netapp_backup_vault", category: "backup", severity: "critical", backup: "data" },
  { type: "google_netapp_volume_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "google_backup_dr_backup_vault", category: "backup", severity: "critical", backup: "data" },
  { type: "google_netapp_backup_policy", category: "backup", severity: "high", backup: "policy" },
  { type: "google_backup_dr_backup_plan", category: "backup", severity: "high", backup: "policy" },
  { type: "google_backup_dr_backup_plan_association", category: "backup", severity: "high", backup: "policy" },
  { type: "google_gke_backup_backup_plan", category: "backup", severity: "high", backup: "policy" },
  { type: "google_spanner_backup_schedule", category: "backup", severity: "high", backup: "policy" },
  { type: "google_firestore_backup_schedule", category: "backup", severity: "high", backup: "policy" },
  // Resource policies are how disk snapshot schedules are declared (they can also be
  // placement or instance schedules; a reviewer tells them apart at a glance).
  { type: "google_compute_resource_policy", category: "backup", severity: "high", backup: "policy" },
  { type: "google_compute_disk_resource_policy_attachment", category: "backup", severity: "high", backup: "policy" },
  // Queues and streams: a subscription holds the undelivered messages.
  { type: "google_pubsub_subscription", category: "queue-stream", severity: "high" },
  // Data warehouses
  // Google provider docs: google_bigquery_dataset \u2014 delete_contents_on_destroy (default false)
  // deletes every table in the dataset.
  {
    type: "google_bigquery_dataset",
    category: "data-warehouse",
    severity: "critical",
    protections: [
      { path: "delete_contents_on_destroy", effect: "purges-contents", default: false, source: "Google provider docs: google_bigquery_dataset" }
    ]
  },
  // Google provider docs: google_bigquery_table \u2014 deletion_protection (default true).
  {
    type: "google_bigquery_table",
    category: "data-warehouse",
    severity: "critical",
    protections: [{ path: "deletion_protection", effect: "blocks-destroy", default: true, source: "Google provider docs: google_bigquery_table" }]
  },
  // Google provider docs: google_dataproc_metastore_service \u2014 deletion_protection.
  {
    type: "google_dataproc_metastore_service",
    category: "data-warehouse",
    severity: "high",
    protections: [{ path: "deletion_protection", effect: "blocks-destroy", source: "Google provider docs: google_dataproc_metastore_service" }]
  },
  // Encryption keys: Cloud KMS never deletes a key, but destroying one destroys every version,
  // which makes the data encrypted with it unreadable.
  { type: "google_kms_crypto_key", category: "encryption-key", severity: "critical" },
  { type: "google_kms_crypto_key_version", category: "encryption-key", severity: "critical" },
  // Secrets
  // Google provider docs: google_secret_manager_secret \u2014 deletion_protection "Defaults to false".
  {
    type: "google_secret_manager_secret",
    category: "secret",
    severity: "high",
    protections: [{ path: "deletion_protection", effect: "blocks-destroy", default: false, source: "Google provider docs: google_secret_manager_secret" }]
  },
  { type: "google_secret_manager_secret_version", category: "secret", severity: "high" },
  // Google provider docs: google_secret_manager_regional_secret \u2014 deletion_protection
  // "Defaults to false".
  {
    type: "google_secret_manager_regional_secret",
    category: "secret",
    severity: "high",
    protections: [{ path: "deletion_protection", effect: "blocks-destroy", default: false, source: "Google provider docs: google_secret_manager_regional_secret" }]
  },
  // Certificates
  // Google provider docs: google_privateca_certificate_authority \u2014 deletion_protection
  // (default true).
  {
    type: "google_privateca_certificate_authority",
    category: "certificate",
    severity: "high",
    protections: [
      { path: "deletion_protection", effect: "blocks-destroy", default: true, source: "Google provider docs: google_privateca_certificate_authority" },
      { path: "skip_grace_period", effect: "skips-soft-delete", default: false, windowDays: 30, source: "Google provider docs: google_privateca_certificate_authority skip_grace_period (a deleted CA is restorable for 30 days unless set)" }
    ]
  },
  { type: "google_privateca_ca_pool", category: "certificate", severity: "high" },
  // DNS zones
  // Google provider docs: google_dns_managed_zone \u2014 force_destroy (default false) deletes every
  // record set.
  {
    type: "google_dns_managed_zone",
    category: "dns-zone",
    severity: "high",
    protections: [{ path: "force_destroy", effect: "purges-contents", default: false, source: "Google provider docs: google_dns_managed_zone" }]
  },
  // Identity
  { type: "google_identity_platform_tenant", category: "identity-directory", severity: "high" },
  { type: "google_active_directory_domain", category: "identity-directory", severity: "critical" },
  // Logs
  { type: "google_logging_project_bucket_config", category: "log", severity: "high" },
  // Container registries and source repositories
  { type: "google_artifact_registry_repository", category: "container-registry", severity: "high" },
  { type: "google_sourcerepo_repository", category: "source-repository", severity: "high" },
  { type: "google_secure_source_manager_instance", category: "source-repository", severity: "high" },
  { type: "google_secure_source_manager_repository", category: "source-repository", severity: "high" },
  // Healthcare API stores hold patient records.
  { type: "google_healthcare_dataset", category: "other-stateful", severity: "critical" },
  { type: "google_healthcare_fhir_store", category: "other-stateful", severity: "critical" },
  { type: "google_healthcare_dicom_store", category: "other-stateful", severity: "critical" },
  { type: "google_healthcare_hl7_v2_store", category: "other-stateful", severity: "critical" },
  // Other stateful
  // Google provider docs: google_container_cluster \u2014 deletion_protection (default true).
  {
    type: "google_container_cluster",
    category: "other-stateful",
    severity: "high",
    protections: [{ path: "deletion_protection", effect: "blocks-destroy", default: true, source: "Google provider docs: google_container_cluster" }]
  }
];
var RECLAIM = [
  {
    path: "spec.0.persistent_volume_reclaim_policy",
    effect: "retains-data",
    default: "Retain",
    onValues: ["Retain"],
    source: 'Kubernetes docs "Persistent Volumes" (Reclaiming); kubernetes provider docs: kubernetes_persistent_volume'
  }
], CLAIM_RETENTION = [
  {
    path: "spec.0.persistent_volume_claim_retention_policy.0.when_deleted",
    effect: "retains-data",
    default: "Retain",
    onValues: ["Retain"],
    source: 'Kubernetes docs "StatefulSets" (PersistentVolumeClaim retention); kubernetes provider docs: kubernetes_stateful_set'
  }
], KUBERNETES = [
  { type: "kubernetes_persistent_volume", category: "kubernetes-volume", severity: "critical", protections: RECLAIM },
  { type: "kubernetes_persistent_volume_v1", category: "kubernetes-volume", severity: "critical", protections: RECLAIM },
  { type: "kubernetes_persistent_volume_claim", category: "kubernetes-volume", severity: "critical" },
  { type: "kubernetes_persistent_volume_claim_v1", category: "kubernetes-volume", severity: "critical" },
  // A stateful set keeps its claims on delete by default (persistentVolumeClaimRetentionPolicy
  // whenDeleted: Retain), but it is the workload that owns them.
  { type: "kubernetes_stateful_set", category: "kubernetes-volume", severity: "high", protections: CLAIM_RETENTION },
  { type: "kubernetes_stateful_set_v1", category: "kubernetes-volume", severity: "high", protections: CLAIM_RETENTION },
  { type: "kubernetes_namespace", category: "kubernetes-namespace", severity: "high" },
  { type: "kubernetes_namespace_v1", category: "kubernetes-namespace", severity: "high" },
  { type: "kubernetes_secret", category: "secret", severity: "high" },
  { type: "kubernetes_secret_v1", category: "secret", severity: "high" }
];
var OTHERS = [
  // DigitalOcean (digitalocean/digitalocean)
  { type: "digitalocean_database_cluster", category: "relational-database", severity: "critical" },
  { type: "digitalocean_database_db", category: "relational-database", severity: "critical" },
  { type: "digitalocean_database_replica", category: "backup", severity: "critical", backup: "data" },
  { type: "digitalocean_volume", category: "block-storage", severity: "critical" },
  { type: "digitalocean_volume_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "digitalocean_droplet_snapshot", category: "backup", severity: "critical", backup: "data" },
  // DigitalOcean provider docs: digitalocean_spaces_bucket \u2014 force_destroy "Default is false";
  // versioning.enabled.
  {
    type: "digitalocean_spaces_bucket",
    category: "object-storage",
    severity: "critical",
    protections: [
      { path: "force_destroy", effect: "purges-contents", default: false, source: "DigitalOcean provider docs: digitalocean_spaces_bucket" },
      { path: "versioning.0.enabled", effect: "versioning-enabled", default: false, source: "DigitalOcean provider docs: digitalocean_spaces_bucket" }
    ]
  },
  { type: "digitalocean_domain", category: "dns-zone", severity: "high" },
  { type: "digitalocean_container_registry", category: "container-registry", severity: "high" },
  // Cloudflare (cloudflare/cloudflare)
  { type: "cloudflare_zone", category: "dns-zone", severity: "high" },
  { type: "cloudflare_r2_bucket", category: "object-storage", severity: "critical" },
  { type: "cloudflare_d1_database", category: "relational-database", severity: "critical" },
  { type: "cloudflare_workers_kv_namespace", category: "nosql-database", severity: "high" },
  { type: "cloudflare_queue", category: "queue-stream", severity: "high" },
  // MongoDB Atlas (mongodb/mongodbatlas): termination_protection_enabled makes Atlas refuse
  // the delete. MongoDB Atlas provider docs: mongodbatlas_cluster, mongodbatlas_advanced_cluster,
  // mongodbatlas_serverless_instance, mongodbatlas_flex_cluster (computed from Atlas when
  // unset, so no default).
  {
    type: "mongodbatlas_cluster",
    category: "nosql-database",
    severity: "critical",
    protections: [{ path: "termination_protection_enabled", effect: "blocks-destroy", source: "MongoDB Atlas provider docs: mongodbatlas_cluster" }]
  },
  {
    type: "mongodbatlas_advanced_cluster",
    category: "nosql-database",
    severity: "critical",
    protections: [{ path: "termination_protection_enabled", effect: "blocks-destroy", source: "MongoDB Atlas provider docs: mongodbatlas_advanced_cluster" }]
  },
  {
    type: "mongodbatlas_serverless_instance",
    category: "nosql-database",
    severity: "critical",
    protections: [{ path: "termination_protection_enabled", effect: "blocks-destroy", source: "MongoDB Atlas provider docs: mongodbatlas_serverless_instance" }]
  },
  {
    type: "mongodbatlas_flex_cluster",
    category: "nosql-database",
    severity: "critical",
    protections: [{ path: "termination_protection_enabled", effect: "blocks-destroy", source: "MongoDB Atlas provider docs: mongodbatlas_flex_cluster" }]
  },
  { type: "mongodbatlas_cloud_backup_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "mongodbatlas_cloud_backup_schedule", category: "backup", severity: "high", backup: "policy" },
  { type: "mongodbatlas_backup_compliance_policy", category: "backup", severity: "high", backup: "policy" },
  { type: "mongodbatlas_project", category: "other-stateful", severity: "high" },
  // Snowflake (Snowflake-Labs/snowflake): a dropped object can be UNDROPped during its Time
  // Travel retention. Snowflake provider docs: snowflake_database, snowflake_schema,
  // snowflake_table \u2014 data_retention_time_in_days (inherited from the account when unset, so
  // no default).
  {
    type: "snowflake_database",
    category: "data-warehouse",
    severity: "critical",
    protections: [{ path: "data_retention_time_in_days", effect: "deletion-window-days", source: "Snowflake provider docs: snowflake_database" }]
  },
  {
    type: "snowflake_schema",
    category: "data-warehouse",
    severity: "critical",
    protections: [{ path: "data_retention_time_in_days", effect: "deletion-window-days", source: "Snowflake provider docs: snowflake_schema" }]
  },
  {
    type: "snowflake_table",
    category: "data-warehouse",
    severity: "critical",
    protections: [{ path: "data_retention_time_in_days", effect: "deletion-window-days", source: "Snowflake provider docs: snowflake_table" }]
  },
  { type: "snowflake_stage", category: "data-warehouse", severity: "high" },
  { type: "snowflake_secondary_database", category: "backup", severity: "critical", backup: "data" },
  // GitHub (integrations/github): issues, pull requests and wikis exist nowhere else.
  // github_repository docs: archive_on_destroy = true archives the repository instead of deleting it.
  { type: "github_repository", category: "source-repository", severity: "high", protections: [{ path: "archive_on_destroy", effect: "keeps-on-destroy", default: false, source: "GitHub provider docs: github_repository" }] },
  // HashiCorp Vault (hashicorp/vault): disabling a mount or deleting a namespace deletes every
  // secret under it.
  { type: "vault_mount", category: "secret", severity: "critical" },
  { type: "vault_namespace", category: "secret", severity: "critical" },
  { type: "vault_kv_secret_v2", category: "secret", severity: "high" },
  { type: "vault_kv_secret", category: "secret", severity: "high" },
  { type: "vault_generic_secret", category: "secret", severity: "high" },
  { type: "vault_transit_secret_backend_key", category: "encryption-key", severity: "critical" },
  { type: "vault_pki_secret_backend_root_cert", category: "certificate", severity: "high" },
  { type: "vault_raft_snapshot_agent_config", category: "backup", severity: "high", backup: "policy" },
  // Datadog (DataDog/datadog) and PagerDuty (PagerDuty/pagerduty): the history attached to
  // these objects (SLO history, indexed logs, incidents) is lost with them.
  { type: "datadog_logs_index", category: "log", severity: "high" },
  // Also a monitor's alert history and downtimes, and a schedule's overrides made by hand.
  { type: "datadog_service_level_objective", category: "monitoring-state", severity: "high" },
  { type: "datadog_monitor", category: "monitoring-state", severity: "high" },
  { type: "pagerduty_service", category: "monitoring-state", severity: "high" },
  { type: "pagerduty_schedule", category: "monitoring-state", severity: "high" },
  // Confluent Cloud (confluentinc/confluent)
  { type: "confluent_kafka_cluster", category: "queue-stream", severity: "high" },
  { type: "confluent_kafka_topic", category: "queue-stream", severity: "high" },
  { type: "confluent_environment", category: "other-stateful", severity: "high" },
  // Elastic Cloud (elastic/ec) and the Elastic Stack (elastic/elasticstack)
  { type: "ec_deployment", category: "search-analytics", severity: "critical" },
  // Elasticstack provider docs: elasticstack_elasticsearch_index \u2014 deletion_protection
  // (default true: the provider refuses to delete the index).
  {
    type: "elasticstack_elasticsearch_index",
    category: "search-analytics",
    severity: "high",
    protections: [{ path: "deletion_protection", effect: "blocks-destroy", default: true, source: "Elasticstack provider docs: elasticstack_elasticsearch_index" }]
  },
  { type: "elasticstack_elasticsearch_snapshot_repository", category: "backup", severity: "high", backup: "policy" },
  { type: "elasticstack_elasticsearch_snapshot_lifecycle", category: "backup", severity: "high", backup: "policy" },
  // Heroku (heroku/heroku): Heroku Postgres and Key-Value Store are add-ons; deleting an app
  // deletes its add-ons.
  { type: "heroku_addon", category: "relational-database", severity: "critical" },
  { type: "heroku_app", category: "other-stateful", severity: "high" },
  // Oracle Cloud Infrastructure (oracle/oci)
  { type: "oci_database_autonomous_database", category: "relational-database", severity: "critical" },
  { type: "oci_database_db_system", category: "relational-database", severity: "critical" },
  // OCI provider docs: oci_mysql_mysql_db_system \u2014 deletion_policy.is_delete_protected
  // ("false (default)").
  {
    type: "oci_mysql_mysql_db_system",
    category: "relational-database",
    severity: "critical",
    protections: [
      { path: "deletion_policy.0.is_delete_protected", effect: "blocks-destroy", default: false, source: "OCI provider docs: oci_mysql_mysql_db_system" }
    ]
  },
  { type: "oci_nosql_table", category: "nosql-database", severity: "critical" },
  { type: "oci_objectstorage_bucket", category: "object-storage", severity: "critical" },
  { type: "oci_core_volume", category: "block-storage", severity: "critical" },
  { type: "oci_core_boot_volume", category: "block-storage", severity: "high" },
  { type: "oci_file_storage_file_system", category: "file-storage", severity: "critical" },
  { type: "oci_database_backup", category: "backup", severity: "critical", backup: "data" },
  { type: "oci_database_autonomous_database_backup", category: "backup", severity: "critical", backup: "data" },
  { type: "oci_mysql_mysql_backup", category: "backup", severity: "critical", backup: "data" },
  { type: "oci_core_volume_backup", category: "backup", severity: "critical", backup: "data" },
  { type: "oci_core_boot_volume_backup", category: "backup", severity: "critical", backup: "data" },
  { type: "oci_file_storage_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "oci_core_volume_backup_policy", category: "backup", severity: "high", backup: "policy" },
  { type: "oci_core_volume_backup_policy_assignment", category: "backup", severity: "high", backup: "policy" },
  { type: "oci_kms_vault", category: "encryption-key", severity: "critical" },
  { type: "oci_kms_key", category: "encryption-key", severity: "critical" },
  { type: "oci_vault_secret", category: "secret", severity: "high" },
  { type: "oci_streaming_stream", category: "queue-stream", severity: "high" },
  { type: "oci_artifacts_container_repository", category: "container-registry", severity: "high" },
  { type: "oci_dns_zone", category: "dns-zone", severity: "high" },
  { type: "oci_logging_log_group", category: "log", severity: "high" },
  // Alibaba Cloud (aliyun/alicloud)
  // Alicloud provider docs: alicloud_db_instance \u2014 deletion_protection "Default value: false".
  {
    type: "alicloud_db_instance",
    category: "relational-database",
    severity: "critical",
    protections: [{ path: "deletion_protection", effect: "blocks-destroy", default: false, source: "Alicloud provider docs: alicloud_db_instance" }]
  },
  { type: "alicloud_polardb_cluster", category: "relational-database", severity: "critical" },
  { type: "alicloud_mongodb_instance", category: "nosql-database", severity: "critical" },
  { type: "alicloud_kvstore_instance", category: "cache", severity: "high" },
  // Alicloud provider docs: alicloud_oss_bucket \u2014 force_destroy "Defaults to false".
  {
    type: "alicloud_oss_bucket",
    category: "object-storage",
    severity: "critical",
    protections: [{ path: "force_destroy", effect: "purges-contents", default: false, source: "Alicloud provider docs: alicloud_oss_bucket" }]
  },
  // Alicloud provider docs: alicloud_ecs_disk \u2014 delete_auto_snapshot "Default value: false".
  {
    type: "alicloud_ecs_disk",
    category: "block-storage",
    severity: "critical",
    protections: [
      { path: "delete_auto_snapshot", effect: "deletes-automated-backups", default: false, source: "Alicloud provider docs: alicloud_ecs_disk" }
    ]
  },
  { type: "alicloud_nas_file_system", category: "file-storage", severity: "critical" },
  { type: "alicloud_ecs_snapshot", category: "backup", severity: "critical", backup: "data" },
  { type: "alicloud_hbr_vault", category: "backup", severity: "critical", backup: "data" },
  { type: "alicloud_hbr_ecs_backup_plan", category: "backup", severity: "high", backup: "policy" },
  // Alicloud provider docs: alicloud_kms_key \u2014 pending_window_in_days (7 to 30 in older
  // versions, 7 to 366 later; the documented default changed, so none is assumed).
  {
    type: "alicloud_kms_key",
    category: "encryption-key",
    severity: "critical",
    protections: [{ path: "pending_window_in_days", effect: "deletion-window-days", source: "Alicloud provider docs: alicloud_kms_key" }]
  },
  // Alicloud provider docs: alicloud_kms_secret \u2014 recovery_window_in_days "Default value: 30".
  {
    type: "alicloud_kms_secret",
    category: "secret",
    severity: "high",
    protections: [{ path: "recovery_window_in_days", effect: "deletion-window-days", default: 30, source: "Alicloud provider docs: alicloud_kms_secret" }]
  },
  { type: "alicloud_alidns_domain", category: "dns-zone", severity: "high" },
  { type: "alicloud_log_project", category: "log", severity: "high" },
  { type: "alicloud_log_store", category: "log", severity: "high" },
  { type: "alicloud_cr_ee_repo", category: "container-registry", severity: "high" },
  // Hetzner Cloud (hetznercloud/hcloud)
  // Hcloud provider docs: hcloud_volume \u2014 delete_protection "Default: false".
  {
    type: "hcloud_volume",
    category: "block-storage",
    severity: "critical",
    protections: [{ path: "delete_protection", effect: "blocks-destroy", default: false, source: "Hcloud provider docs: hcloud_volume" }]
  },
  // Aiven (aiven/aiven): termination_protection makes Aiven refuse the delete.
  // Aiven provider docs: aiven_pg, aiven_mysql, aiven_kafka, aiven_opensearch.
  {
    type: "aiven_pg",
    category: "relational-database",
    severity: "critical",
    protections: [{ path: "termination_protection", effect: "blocks-destroy", source: "Aiven provider docs: aiven_pg" }]
  },
  {
    type: "aiven_mysql",
    category: "relational-database",
    severity: "critical",
    protections: [{ path: "termination_protection", effect: "blocks-destroy", source: "Aiven provider docs: aiven_mysql" }]
  },
  {
    type: "aiven_kafka",
    category: "queue-stream",
    severity: "high",
    protections: [{ path: "termination_protection", effect: "blocks-destroy", source: "Aiven provider docs: aiven_kafka" }]
  },
  {
    type: "aiven_opensearch",
    category: "search-analytics",
    severity: "high",
    protections: [{ path: "termination_protection", effect: "blocks-destroy", source: "Aiven provider docs: aiven_opensearch" }]
  },
  // Linode (linode/linode) and Scaleway (scaleway/scaleway)
  { type: "linode_volume", category: "block-storage", severity: "critical" },
  { type: "linode_object_storage_bucket", category: "object-storage", severity: "critical" },
  { type: "scaleway_rdb_instance", category: "relational-database", severity: "critical" },
  // Scaleway provider docs: scaleway_object_bucket \u2014 force_destroy "Default: false".
  {
    type: "scaleway_object_bucket",
    category: "object-storage",
    severity: "critical",
    protections: [{ path: "force_destroy", effect: "purges-contents", default: false, source: "Scaleway provider docs: scaleway_object_bucket" }]
  }
];
var ALICLOUD_REVIEWED = {
  provider: "alicloud",
  reviewedAt: "aliyun/alicloud v1.289.0 (sources of 2026-08-21)",
  get lines() {
    return `
alicloud_adb_cluster stateful data-warehouse critical   # the old name of alicloud_adb_db_cluster
alicloud_adb_db_cluster stateful data-warehouse critical
alicloud_adb_db_cluster_lake_version stateful data-warehouse critical
alicloud_alikafka_instance stateful queue-stream high
alicloud_alikafka_topic stateful queue-stream high
alicloud_amqp_instance stateful queue-stream high
alicloud_amqp_queue stateful queue-stream high
alicloud_amqp_virtual_host stateful queue-stream high   # cascade: its queues and their messages
alicloud_cassandra_cluster stateful nosql-database critical
alicloud_click_house_db_cluster stateful data-warehouse critical
alicloud_click_house_enterprise_db_cluster stateful data-warehouse critical
alicloud_cloud_phone_instance stateful workstation high   # the phone's user data
alicloud_cms_prometheus_instance stateful monitoring-state high   # the metrics it stores
alicloud_compute_nest_service_instance stateful other-stateful high   # cascade: deleting a service instance deletes the resources it deployed
alicloud_cr_chart_namespace stateful container-registry high   # cascade: its chart repositories
alicloud_cr_chart_repository stateful container-registry high   # every chart pushed to it
alicloud_cr_ee_instance stateful container-registry high   # every repository and image in the instance
alicloud_cr_ee_namespace stateful container-registry high   # cascade: its repositories and images
alicloud_cr_namespace stateful container-registry high   # cascade: its repositories and images
alicloud_cr_repo stateful container-registry high   # every image pushed to it
alicloud_cs_edge_kubernetes stateful other-stateful high   # as other Kubernetes clusters: its etcd and volumes
alicloud_cs_kubernetes stateful other-stateful high   # as other Kubernetes clusters: its etcd and volumes
alicloud_cs_managed_kubernetes stateful other-stateful high   # as other Kubernetes clusters: its etcd and volumes
alicloud_cs_serverless_kubernetes stateful other-stateful high   # as other Kubernetes clusters: its etcd and volumes
alicloud_data_works_project stateful other-stateful high   # workflows and nodes built in the DataWorks IDE
alicloud_datahub_project stateful queue-stream high   # cascade: its topics and their records
alicloud_datahub_topic stateful queue-stream high
alicloud_db_database stateful relational-database critical
alicloud_dbfs_instance stateful block-storage critical
alicloud_dfs_file_system stateful file-storage critical
alicloud_disk stateful block-storage critical   # the old name of alicloud_ecs_disk
alicloud_dns stateful dns-zone high   # the old name of alicloud_dns_domain
alicloud_dns_domain stateful dns-zone high   # records created outside Terraform go with the domain
alicloud_drds_instance stateful relational-database critical
alicloud_drds_polardbx_instance stateful relational-database critical
alicloud_ecd_desktop stateful workstation high   # its user disk holds what the user saved
alicloud_ecd_nas_file_system stateful file-storage critical
alicloud_ecp_instance stateful workstation high   # the phone's user data
alicloud_ecs_instance_set stateful block-storage high   # deletes its instances' system disks
alicloud_elasticsearch_instance stateful search-analytics high
alicloud_emr_cluster stateful other-stateful high   # HDFS and local disks of the cluster's nodes; data kept in OSS survives
alicloud_emrv2_cluster stateful other-stateful high   # HDFS and local disks of the cluster's nodes; data kept in OSS survives
alicloud_ens_disk stateful block-storage critical
alicloud_ens_instance stateful block-storage high   # deletes its system disk
alicloud_esa_kv_namespace stateful nosql-database high   # every key written to it, mostly by edge routines
alicloud_esa_site stateful dns-zone high   # records and rules created outside Terraform go with the site
alicloud_gpdb_database stateful data-warehouse critical
alicloud_gpdb_elastic_instance stateful data-warehouse critical
alicloud_gpdb_instance stateful data-warehouse critical
alicloud_gpdb_supabase_project stateful relational-database critical   # a Supabase project and its Postgres database
alicloud_graph_database_db_instance stateful nosql-database critical
alicloud_hbase_instance stateful nosql-database critical
alicloud_hologram_instance stateful data-warehouse critical
alicloud_instance stateful block-storage high   # deletes its system disk and data disks created with it
alicloud_kms_client_key stateful secret high   # the client key and its password are generated and returned once
alicloud_kms_instance stateful encryption-key critical   # the keys and secrets created in the instance
alicloud_kms_key_version stateful encryption-key critical
alicloud_lindorm_instance stateful nosql-database critical
alicloud_lindorm_instance_v2 stateful nosql-database critical
alicloud_maxcompute_project stateful data-warehouse critical   # its tables and resources
alicloud_message_service_queue stateful queue-stream high
alicloud_milvus_instance stateful nosql-database critical   # a vector database
alicloud_mns_queue stateful queue-stream high   # the old name of alicloud_message_service_queue
alicloud_mongodb_serverless_instance stateful nosql-database critical
alicloud_mongodb_sharding_instance stateful nosql-database critical
alicloud_mse_cluster stateful config-store high   # Nacos or ZooKeeper configuration and registrations made outside Terraform
alicloud_nas_fileset stateful file-storage critical   # deleting a fileset deletes its files
alicloud_ocean_base_instance stateful relational-database critical
alicloud_ons_instance stateful queue-stream high
alicloud_ons_topic stateful queue-stream high
alicloud_oos_parameter stateful config-store high   # as other parameter stores: the value and its history
alicloud_oos_secret_parameter stateful secret high   # as other parameter stores: the value and its history
alicloud_open_search_app_group stateful search-analytics high
alicloud_ots_instance stateful nosql-database critical
alicloud_ots_table stateful nosql-database critical
alicloud_pai_workspace_experiment stateful ml-model high   # its runs and logged metrics
alicloud_pai_workspace_model stateful ml-model high   # the model versions registered by training
alicloud_pai_workspace_run stateful ml-model high   # its logged metrics
alicloud_pai_workspace_workspace stateful ml-model high   # cascade: its models, experiments and runs
alicloud_polardb_database stateful relational-database critical
alicloud_polardb_dynamo_table stateful nosql-database critical
alicloud_polardb_zonal_db_cluster stateful relational-database critical
alicloud_pvtz_zone stateful dns-zone high   # records created outside Terraform go with the zone
alicloud_rds_clone_db_instance stateful relational-database critical   # the clone holds its own writes
alicloud_rds_custom stateful relational-database critical
alicloud_rds_custom_disk stateful block-storage critical
alicloud_rds_ddr_instance stateful relational-database critical   # an instance restored from a cross-region backup, with its own writes
alicloud_rds_upgrade_db_instance stateful relational-database critical   # the upgraded instance the data was migrated to
alicloud_redis_tair_instance stateful cache high
alicloud_rocketmq_instance stateful queue-stream high
alicloud_rocketmq_topic stateful queue-stream high
alicloud_ros_stack stateful other-stateful high   # cascade: deleting a stack deletes its resources (retain_all_resources defaults to false)
alicloud_ros_stack_instance stateful other-stateful high   # cascade: deletes the stack and its resources in the target account
alicloud_ros_stack_instances stateful other-stateful high   # cascade: deletes the stacks and their resources in the target accounts
alicloud_selectdb_db_instance stateful data-warehouse critical
alicloud_service_catalog_provisioned_product stateful other-stateful high   # cascade: deletes the resources the product deployed
alicloud_simple_application_server_disk stateful block-storage critical
alicloud_simple_application_server_instance stateful block-storage high   # its disk is the server's storage
alicloud_star_rocks_instance stateful data-warehouse critical
alicloud_tsdb_instance stateful nosql-database critical
alicloud_yundun_dbaudit_instance stateful log high   # the stored audit records
alicloud_adb_backup_policy safeguard policy
alicloud_cassandra_backup_plan safeguard policy
alicloud_cassandra_data_center safeguard data   # the replicas it holds; the cluster keeps the data in its other data centres
alicloud_click_house_backup_policy safeguard policy
alicloud_click_house_enterprise_db_cluster_backup_policy safeguard policy
alicloud_cloud_phone_image safeguard data
alicloud_cr_ee_sync_rule safeguard data   # replication of images to another instance
alicloud_db_backup_policy safeguard policy
alicloud_db_readonly_instance safeguard data   # a read replica
alicloud_dbfs_auto_snap_shot_policy safeguard policy
alicloud_dbfs_snapshot safeguard data
alicloud_dbs_backup_plan safeguard data   # releasing a backup plan deletes the backups it stores
alicloud_ebs_disk_replica_group safeguard data   # asynchronous replication of disks
alicloud_ebs_disk_replica_pair safeguard data   # asynchronous replication of a disk
alicloud_ebs_enterprise_snapshot_policy safeguard policy
alicloud_ebs_enterprise_snapshot_policy_attachment safeguard policy
alicloud_ecd_image safeguard data
alicloud_ecd_snapshot safeguard data
alicloud_ecs_auto_snapshot_policy safeguard policy
alicloud_ecs_auto_snapshot_policy_attachment safeguard policy
alicloud_ecs_snapshot_group safeguard data
alicloud_ens_image safeguard data
alicloud_ens_snapshot safeguard data
alicloud_gpdb_backup_policy safeguard policy
alicloud_hbr_hana_backup_plan safeguard policy
alicloud_hbr_nas_backup_plan safeguard policy
alicloud_hbr_oss_backup_plan safeguard policy
alicloud_hbr_ots_backup_plan safeguard policy
alicloud_hbr_policy safeguard policy
alicloud_hbr_policy_binding safeguard policy
alicloud_hbr_replication_vault safeguard data
alicloud_hbr_server_backup_plan safeguard policy
alicloud_image safeguard data   # a copy of disks as they were
alicloud_image_copy safeguard data   # a copy of an image in another region
alicloud_kvstore_backup_policy safeguard policy
alicloud_nas_auto_snapshot_policy safeguard policy
alicloud_nas_recycle_bin safeguard policy   # keeps deleted files restorable
alicloud_nas_snapshot safeguard data
alicloud_oss_bucket_object_worm_configuration safeguard policy   # retention lock
alicloud_oss_bucket_replication safeguard data
alicloud_oss_bucket_versioning safeguard data   # object versioning
alicloud_oss_bucket_worm safeguard policy   # retention lock
alicloud_polardb_backup_policy safeguard policy
alicloud_polardb_global_database_network safeguard data   # cross-region replication
alicloud_rds_backup safeguard data
alicloud_rds_instance_cross_backup_policy safeguard policy
alicloud_redis_backup safeguard data
alicloud_simple_application_server_custom_image safeguard data
alicloud_simple_application_server_snapshot safeguard data
alicloud_snapshot safeguard data   # the old name of alicloud_ecs_snapshot
alicloud_snapshot_policy safeguard policy   # the old name of alicloud_ecs_auto_snapshot_policy
alicloud_threat_detection_backup_policy safeguard policy   # anti-ransomware backups
alicloud_alikafka_consumer_group none   # offsets only; the messages stay in the topic
alicloud_cloud_storage_gateway_gateway none   # a gateway; the data is in its OSS bucket
alicloud_cr_chain none
alicloud_cr_endpoint_acl_policy none
alicloud_datahub_subscription none   # offsets only; the records stay in the topic
alicloud_db_account none
alicloud_disk_attachment none
alicloud_dts_migration_job none   # moves data; the source and destination keep it
alicloud_dts_subscription_job none
alicloud_dts_synchronization_job none   # moves data; the source and destination keep it
alicloud_ebs_replica_group_drill none
alicloud_ebs_replica_pair_drill none
alicloud_ecs_disk_attachment none
alicloud_esa_kv none   # its value comes from the configuration
alicloud_hbr_cross_account none
alicloud_hbr_ecs_backup_client none
alicloud_hbr_hana_backup_client none
alicloud_hbr_hana_instance none
alicloud_hbr_restore_job none
alicloud_kms_alias none
alicloud_kms_application_access_point none
alicloud_kms_ciphertext none   # computed from the plaintext in the configuration
alicloud_kms_network_rule none
alicloud_kms_policy none
alicloud_kvstore_account none
alicloud_log_store_index none
alicloud_logtail_attachment none
alicloud_logtail_config none
alicloud_message_service_subscription none
alicloud_message_service_topic none   # a topic delivers and keeps nothing
alicloud_mns_topic none   # a topic delivers and keeps nothing
alicloud_mns_topic_subscription none
alicloud_mongodb_account none
alicloud_mse_nacos_config none   # its content comes from the configuration
alicloud_mse_znode none   # its content comes from the configuration
alicloud_nas_data_flow none
alicloud_nas_lifecycle_policy none
alicloud_ons_group none   # offsets only; the messages stay in the topic
alicloud_oss_bucket_object none   # its content comes from the configuration
alicloud_polardb_account none
alicloud_polardb_dynamo_item none   # its value comes from the configuration
alicloud_rds_db_node none   # a node of the instance, whose storage is the instance's
alicloud_realtime_compute_deployment none   # its state is in savepoints in OSS
alicloud_realtime_compute_vvp_instance none   # job state is kept in OSS
alicloud_rocketmq_consumer_group none   # offsets only; the messages stay in the topic
alicloud_selectdb_db_cluster none   # a compute cluster; the data is the instance's
alicloud_sls_index none
alicloud_star_rocks_node_group none   # a compute group; the data is the instance's
`;
  }
};
var AWS_REVIEWED = {
  provider: "aws",
  reviewedAt: "hashicorp/aws v6.58.0",
  get lines() {
    return `
aws_accessanalyzer_analyzer                                           none
aws_accessanalyzer_archive_rule                                       none
aws_account_alternate_contact                                         none
aws_account_primary_contact                                           none
aws_account_region                                                    none
aws_acm_certificate                                                   none
aws_acm_certificate_validation                                        none
aws_acmpca_certificate                                                none                                  # issued certificates cannot be deleted; destroy only removes it from state
aws_acmpca_certificate_authority_certificate                          none
aws_acmpca_permission                                                 none
aws_acmpca_policy                                                     none
aws_alb                                                               none                                  # holds no data; an enable_deletion_protection flip is still reported
aws_alb_listener                                                      none
aws_alb_listener_certificate                                          none
aws_alb_listener_rule                                                 none
aws_alb_target_group                                                  none
aws_alb_target_group_attachment                                       none
aws_ami                                                               none                                  # registered from existing snapshots, which stay (only aws_ami_copy and aws_ami_from_instance delete theirs)
aws_ami_copy                                                          safeguard data                        # a copy of an image; deleting it deletes the snapshots it made
aws_ami_from_instance                                                 safeguard data                        # an image of the instance's disks; deleting it deletes the snapshots it made
aws_ami_launch_permission                                             none
aws_amplify_app                                                       none
aws_amplify_backend_environment                                       none
aws_amplify_branch                                                    none
aws_amplify_domain_association                                        none
aws_amplify_webhook                                                   none
aws_api_gateway_account                                               none
aws_api_gateway_api_key                                               none                                  # a new key is issued; nothing stored is lost
aws_api_gateway_authorizer                                            none
aws_api_gateway_base_path_mapping                                     none
aws_api_gateway_client_certificate                                    none
aws_api_gateway_deployment                                            none
aws_api_gateway_documentation_part                                    none
aws_api_gateway_documentation_version                                 none
aws_api_gateway_domain_name                                           none
aws_api_gateway_domain_name_access_association                        none
aws_api_gateway_gateway_response                                      none
aws_api_gateway_integration                                           none
aws_api_gateway_integration_response                                  none
aws_api_gateway_method                                                none
aws_api_gateway_method_response                                       none
aws_api_gateway_method_settings                                       none
aws_api_gateway_model                                                 none
aws_api_gateway_request_validator                                     none
aws_api_gateway_resource                                              none
aws_api_gateway_rest_api                                              none
aws_api_gateway_rest_api_policy                                       none
aws_api_gateway_rest_api_put                                          none
aws_api_gateway_stage                                                 none
aws_api_gateway_usage_plan                                            none
aws_api_gateway_usage_plan_key                                        none
aws_api_gateway_vpc_link                                              none
aws_apigatewayv2_api                                                  none
aws_apigatewayv2_api_mapping                                          none
aws_apigatewayv2_authorizer                                           none
aws_apigatewayv2_deployment                                           none
aws_apigatewayv2_domain_name                                          none
aws_apigatewayv2_integration                                          none
aws_apigatewayv2_integration_response                                 none
aws_apigatewayv2_model                                                none
aws_apigatewayv2_route                                                none
aws_apigatewayv2_route_response                                       none
aws_apigatewayv2_routing_rule                                         none
aws_apigatewayv2_stage                                                none
aws_apigatewayv2_vpc_link                                             none
aws_app_cookie_stickiness_policy                                      none
aws_appautoscaling_policy                                             none
aws_appautoscaling_scheduled_action                                   none
aws_appautoscaling_target                                             none
aws_appconfig_application                                             none
aws_appconfig_configuration_profile                                   none
aws_appconfig_deployment                                              none
aws_appconfig_deployment_strategy                                     none
aws_appconfig_environment                                             none
aws_appconfig_extension                                               none
aws_appconfig_extension_association                                   none
aws_appconfig_hosted_configuration_version                            none
aws_appfabric_app_authorization                                       none
aws_appfabric_app_authorization_connection                            none
aws_appfabric_app_bundle                                              none
aws_appfabric_ingestion                                               none
aws_appfabric_ingestion_destination                                   none
aws_appflow_connector_profile                                         none
aws_appflow_flow                                                      none
aws_appintegrations_data_integration                                  none
aws_appintegrations_event_integration                                 none
aws_applicationinsights_application                                   none
aws_appmesh_gateway_route                                             none
aws_appmesh_mesh                                                      none
aws_appmesh_route                                                     none
aws_appmesh_virtual_gateway                                           none
aws_appmesh_virtual_node                                              none
aws_appmesh_virtual_router                                            none
aws_appmesh_virtual_service                                           none
aws_apprunner_auto_scaling_configuration_version                      none
aws_apprunner_connection                                              none
aws_apprunner_custom_domain_association                               none
aws_apprunner_default_auto_scaling_configuration_version              none
aws_apprunner_deployment                                              none
aws_apprunner_observability_configuration                             none
aws_apprunner_service                                                 none
aws_apprunner_vpc_connector                                           none
aws_apprunner_vpc_ingress_connection                                  none
aws_appstream_directory_config                                        none
aws_appstream_fleet                                                   none
aws_appstream_fleet_stack_association                                 none
aws_appstream_image_builder                                           none                                  # a temporary builder instance
aws_appstream_stack                                                   none
aws_appstream_user                                                    none                                  # defined by the configuration; application settings are stored in S3
aws_appstream_user_stack_association                                  none
aws_appsync_api                                                       none
aws_appsync_api_cache                                                 none                                  # a cache of resolver results
aws_appsync_api_key                                                   none                                  # a new key is issued; nothing stored is lost
aws_appsync_channel_namespace                                         none
aws_appsync_datasource                                                none
aws_appsync_domain_name                                               none
aws_appsync_domain_name_api_association                               none
aws_appsync_function                                                  none
aws_appsync_graphql_api                                               none
aws_appsync_resolver                                                  none
aws_appsync_source_api_association                                    none
aws_appsync_type                                                      none
aws_arcregionswitch_plan                                              none
aws_arczonalshift_autoshift_observer_notification_status              none
aws_arczonalshift_zonal_autoshift_configuration                       none
aws_athena_capacity_reservation                                       none
aws_athena_data_catalog                                               none
aws_athena_database                                                   stateful data-warehouse high          # its tables are usually created by queries outside Terraform; force_destroy drops them
aws_athena_named_query                                                none
aws_athena_prepared_statement                                         none
aws_athena_workgroup                                                  none
aws_auditmanager_account_registration                                 none
aws_auditmanager_assessment                                           stateful monitoring-state high        # the evidence collected for the assessment is deleted with it
aws_auditmanager_assessment_delegation                                none
aws_auditmanager_assessment_report                                    none
aws_auditmanager_control                                              none
aws_auditmanager_framework                                            none
aws_auditmanager_framework_share                                      none
aws_auditmanager_organization_admin_account_registration              none
aws_autoscaling_attachment                                            none
aws_autoscaling_group                                                 none
aws_autoscaling_group_tag                                             none
aws_autoscaling_lifecycle_hook                                        none
aws_autoscaling_notification                                          none
aws_autoscaling_policy                                                none
aws_autoscaling_schedule                                              none
aws_autoscaling_traffic_source_attachment                             none
aws_autoscalingplans_scaling_plan                                     none
aws_backup_framework                                                  none
aws_backup_global_settings                                            none
aws_backup_region_settings                                            none
aws_backup_report_plan                                                none
aws_backup_restore_testing_plan                                       none
aws_backup_restore_testing_selection                                  none
aws_backup_vault_notifications                                        none
aws_batch_compute_environment                                         none
aws_batch_job_definition                                              none
aws_batch_job_queue                                                   none
aws_batch_scheduling_policy                                           none
aws_bcmdataexports_export                                             none
aws_bedrock_custom_model                                              stateful ml-model high                # the customised model is the output of a training job
aws_bedrock_evaluation_job                                            none
aws_bedrock_foundation_model_agreement                                none
aws_bedrock_guardrail                                                 none
aws_bedrock_guardrail_version                                         none
aws_bedrock_inference_profile                                         none
aws_bedrock_model_invocation_logging_configuration                    none
aws_bedrock_provisioned_model_throughput                              none
aws_bedrock_use_case_for_model_access                                 none
aws_bedrockagent_agent                                                none
aws_bedrockagent_agent_action_group                                   none
aws_bedrockagent_agent_alias                                          none
aws_bedrockagent_agent_collaborator                                   none
aws_bedrockagent_agent_knowledge_base_association                     none
aws_bedrockagent_data_source                                          none                                  # its documents are re-ingested from the source
aws_bedrockagent_flow                                                 none
aws_bedrockagent_knowledge_base                                       none                                  # the vectors live in the separate vector store
aws_bedrockagent_prompt                                               none
aws_bedrockagentcore_agent_runtime                                    none
aws_bedrockagentcore_agent_runtime_endpoint                           none
aws_bedrockagentcore_api_key_credential_provider                      none
aws_bedrockagentcore_browser                                          none
aws_bedrockagentcore_browser_profile                                  stateful config-store high            # holds cookies, local storage and sign-in state saved from browser sessions
aws_bedrockagentcore_code_interpreter                                 none
aws_bedrockagentcore_evaluator                                        none
aws_bedrockagentcore_gateway                                          none
aws_bedrockagentcore_gateway_target                                   none
aws_bedrockagentcore_harness                                          none
aws_bedrockagentcore_memory                                           stateful nosql-database high          # holds the agent's conversation events and extracted long-term memories
aws_bedrockagentcore_memory_strategy                                  none
aws_bedrockagentcore_oauth2_credential_provider                       none
aws_bedrockagentcore_online_evaluation_config                         none
aws_bedrockagentcore_policy                                           none
aws_bedrockagentcore_policy_engine                                    none
aws_bedrockagentcore_registry                                         none
aws_bedrockagentcore_resource_policy                                  none
aws_bedrockagentcore_token_vault_cmk                                  none
aws_bedrockagentcore_workload_identity                                none
aws_billing_view                                                      none
aws_budgets_budget                                                    none
aws_budgets_budget_action                                             none
aws_ce_anomaly_monitor                                                none
aws_ce_anomaly_subscription                                           none
aws_ce_cost_allocation_tag                                            none
aws_ce_cost_category                                                  none
aws_chatbot_slack_channel_configuration                               none
aws_chatbot_teams_channel_configuration                               none
aws_chime_voice_connector                                             none
aws_chime_voice_connector_group                                       none
aws_chime_voice_connector_logging                                     none
aws_chime_voice_connector_origination                                 none
aws_chime_voice_connector_streaming                                   none
aws_chime_voice_connector_termination                                 none
aws_chime_voice_connector_termination_credentials                     none
aws_chimesdkmediapipelines_media_insights_pipeline_configuration      none
aws_chimesdkvoice_global_settings                                     none
aws_chimesdkvoice_sip_media_application                               none
aws_chimesdkvoice_sip_rule                                            none
aws_chimesdkvoice_voice_profile_domain                                stateful identity-directory high      # deleting the domain deletes the enrolled speakers' voice profiles
aws_cleanrooms_collaboration                                          none
aws_cleanrooms_configured_table                                       none
aws_cleanrooms_membership                                             none
aws_cloud9_environment_ec2                                            stateful workstation high             # the environment's EBS volume holds the developers' work
aws_cloud9_environment_membership                                     none
aws_cloudcontrolapi_resource                                          stateful other-stateful high          # manages any CloudFormation resource type, data stores included; the type is only an argument
aws_cloudformation_stack                                              stateful other-stateful high          # cascade: deleting the stack deletes every resource it created, data stores included
aws_cloudformation_stack_instances                                    stateful other-stateful high          # cascade: deletes the stack instances and their resources unless retain_stacks
aws_cloudformation_stack_set                                          stateful other-stateful high          # cascade: deleting the set deletes its stacks and their resources
aws_cloudformation_stack_set_instance                                 stateful other-stateful high          # cascade: deletes the stack and its resources unless retain_stack
aws_cloudformation_type                                               none
aws_cloudfront_anycast_ip_list                                        none
aws_cloudfront_cache_policy                                           none
aws_cloudfront_connection_function                                    none
aws_cloudfront_connection_group                                       none
aws_cloudfront_continuous_deployment_policy                           none
aws_cloudfront_distribution                                           none
aws_cloudfront_distribution_tenant                                    none
aws_cloudfront_field_level_encryption_config                          none
aws_cloudfront_field_level_encryption_profile                         none
aws_cloudfront_function                                               none
aws_cloudfront_key_group                                              none
aws_cloudfront_key_value_store                                        stateful config-store high            # keys written through the KeyValueStore API live only in the store
aws_cloudfront_monitoring_subscription                                none
aws_cloudfront_multitenant_distribution                               none
aws_cloudfront_origin_access_control                                  none
aws_cloudfront_origin_access_identity                                 none
aws_cloudfront_origin_request_policy                                  none
aws_cloudfront_public_key                                             none
aws_cloudfront_realtime_log_config                                    none
aws_cloudfront_response_headers_policy                                none
aws_cloudfront_trust_store                                            none
aws_cloudfront_vpc_origin                                             none
aws_cloudfrontkeyvaluestore_key                                       none                                  # written from the configuration
aws_cloudfrontkeyvaluestore_keys_exclusive                            none
aws_cloudhsm_v2_hsm                                                   stateful encryption-key high          # cluster member: the keys are the cluster's; deleting the last HSM leaves only the cluster backups
aws_cloudsearch_domain_service_access_policy                          none
aws_cloudtrail                                                        none                                  # delivers events to S3 and CloudWatch Logs, which keep them
aws_cloudtrail_organization_delegated_admin_account                   none
aws_cloudwatch_alarm_mute_rule                                        none
aws_cloudwatch_composite_alarm                                        none
aws_cloudwatch_contributor_insight_rule                               none
aws_cloudwatch_contributor_managed_insight_rule                       none
aws_cloudwatch_dashboard                                              none
aws_cloudwatch_event_api_destination                                  none
aws_cloudwatch_event_archive                                          stateful log high                     # holds the archived events kept for replay
aws_cloudwatch_event_bus                                              none
aws_cloudwatch_event_bus_policy                                       none
aws_cloudwatch_event_connection                                       none
aws_cloudwatch_event_endpoint                                         none
aws_cloudwatch_event_permission                                       none
aws_cloudwatch_event_rule                                             none
aws_cloudwatch_event_target                                           none
aws_cloudwatch_log_account_policy                                     none
aws_cloudwatch_log_anomaly_detector                                   none
aws_cloudwatch_log_data_protection_policy                             none
aws_cloudwatch_log_delivery                                           none
aws_cloudwatch_log_delivery_destination                               none
aws_cloudwatch_log_delivery_destination_policy                        none
aws_cloudwatch_log_delivery_source                                    none
aws_cloudwatch_log_destination                                        none
aws_cloudwatch_log_destination_policy                                 none
aws_cloudwatch_log_index_policy                                       none
aws_cloudwatch_log_metric_filter                                      none
aws_cloudwatch_log_resource_policy                                    none
aws_cloudwatch_log_s3_table_integration_source                        none
aws_cloudwatch_log_storage_tier_policy                                none
aws_cloudwatch_log_stream                                             stateful log high                     # deleting the stream deletes its log events
aws_cloudwatch_log_subscription_filter                                none
aws_cloudwatch_log_transformer                                        none
aws_cloudwatch_metric_alarm                                           none
aws_cloudwatch_metric_stream                                          none
aws_cloudwatch_otel_enrichment                                        none
aws_cloudwatch_query_definition                                       none
aws_codeartifact_domain                                               none                                  # AWS refuses the delete while repositories exist, so a delete that succeeds loses nothing
aws_codeartifact_domain_permissions_policy                            none
aws_codeartifact_repository                                           stateful container-registry high      # holds the published package versions
aws_codeartifact_repository_permissions_policy                        none
aws_codebuild_fleet                                                   none
aws_codebuild_project                                                 none
aws_codebuild_report_group                                            none                                  # test reports regenerated by builds
aws_codebuild_resource_policy                                         none
aws_codebuild_source_credential                                       none
aws_codebuild_webhook                                                 none
aws_codecatalyst_dev_environment                                      stateful workstation high             # the persistent storage of the dev environment is deleted
aws_codecatalyst_project                                              stateful source-repository high       # cascade: deleting the project deletes its source repositories and issues
aws_codecatalyst_source_repository                                    stateful source-repository high
aws_codecommit_approval_rule_template                                 none
aws_codecommit_approval_rule_template_association                     none
aws_codecommit_trigger                                                none
aws_codeconnections_connection                                        none
aws_codeconnections_host                                              none
aws_codedeploy_app                                                    none
aws_codedeploy_deployment_config                                      none
aws_codedeploy_deployment_group                                       none
aws_codeguruprofiler_profiling_group                                  none
aws_codegurureviewer_repository_association                           none
aws_codepipeline                                                      none
aws_codepipeline_custom_action_type                                   none
aws_codepipeline_webhook                                              none
aws_codestarconnections_connection                                    none
aws_codestarconnections_host                                          none
aws_codestarnotifications_notification_rule                           none
aws_cognito_identity_pool_provider_principal_tag                      none
aws_cognito_identity_pool_roles_attachment                            none
aws_cognito_identity_provider                                         none
aws_cognito_log_delivery_configuration                                none
aws_cognito_managed_login_branding                                    none
aws_cognito_managed_user_pool_client                                  none
aws_cognito_resource_server                                           none
aws_cognito_risk_configuration                                        none
aws_cognito_user                                                      stateful identity-directory high      # a re-created user gets a new sub and loses its password and MFA
aws_cognito_user_group                                                none
aws_cognito_user_in_group                                             none
aws_cognito_user_pool_client                                          none
aws_cognito_user_pool_domain                                          none
aws_cognito_user_pool_ui_customization                                none
aws_comprehend_document_classifier                                    stateful ml-model high                # trained model
aws_comprehend_entity_recognizer                                      stateful ml-model high                # trained model
aws_computeoptimizer_enrollment_status                                none
aws_computeoptimizer_recommendation_preferences                       none
aws_config_aggregate_authorization                                    none
aws_config_config_rule                                                none
aws_config_configuration_aggregator                                   none
aws_config_configuration_recorder                                     none
aws_config_configuration_recorder_status                              none
aws_config_conformance_pack                                           none
aws_config_delivery_channel                                           none
aws_config_organization_conformance_pack                              none
aws_config_organization_custom_policy_rule                            none
aws_config_organization_custom_rule                                   none
aws_config_organization_managed_rule                                  none
aws_config_remediation_configuration                                  none
aws_config_retention_configuration                                    none
aws_connect_bot_association                                           none
aws_connect_contact_flow                                              none
aws_connect_contact_flow_module                                       none
aws_connect_hours_of_operation                                        none
aws_connect_instance                                                  stateful other-stateful high          # cascade: contact records, users, queues and flows made in the Connect console go with the instance
aws_connect_instance_storage_config                                   none
aws_connect_lambda_function_association                               none
aws_connect_phone_number                                              none                                  # a claimed number, not data
aws_connect_phone_number_contact_flow_association                     none
aws_connect_queue                                                     none
aws_connect_quick_connect                                             none
aws_connect_routing_profile                                           none
aws_connect_security_profile                                          none
aws_connect_user                                                      stateful identity-directory high      # user account: its password and history are not in the configuration
aws_connect_user_hierarchy_group                                      none
aws_connect_user_hierarchy_structure                                  none
aws_connect_vocabulary                                                none
aws_controltower_baseline                                             none
aws_controltower_control                                              none
aws_controltower_landing_zone                                         none
aws_costoptimizationhub_enrollment_status                             none
aws_costoptimizationhub_preferences                                   none
aws_cur_report_definition                                             none
aws_customer_gateway                                                  none
aws_customerprofiles_domain                                           stateful nosql-database high          # holds the customer profiles ingested into the domain
aws_customerprofiles_profile                                          none
aws_dataexchange_data_set                                             stateful object-storage high          # cascade: its revisions and imported assets are deleted
aws_dataexchange_event_action                                         none
aws_dataexchange_revision                                             none
aws_dataexchange_revision_assets                                      none
aws_datapipeline_pipeline                                             none
aws_datapipeline_pipeline_definition                                  none
aws_datasync_agent                                                    none
aws_datasync_location_azure_blob                                      none
aws_datasync_location_efs                                             none
aws_datasync_location_fsx_lustre_file_system                          none
aws_datasync_location_fsx_ontap_file_system                           none
aws_datasync_location_fsx_openzfs_file_system                         none
aws_datasync_location_fsx_windows_file_system                         none
aws_datasync_location_hdfs                                            none
aws_datasync_location_nfs                                             none
aws_datasync_location_object_storage                                  none
aws_datasync_location_s3                                              none
aws_datasync_location_smb                                             none
aws_datasync_task                                                     none
aws_datazone_asset_type                                               none
aws_datazone_domain                                                   stateful search-analytics high        # holds the business catalog (assets, glossaries, projects) built in the portal
aws_datazone_environment                                              none
aws_datazone_environment_blueprint_configuration                      none
aws_datazone_environment_profile                                      none
aws_datazone_form_type                                                none
aws_datazone_glossary                                                 none
aws_datazone_glossary_term                                            none
aws_datazone_project                                                  none
aws_datazone_user_profile                                             none
aws_dax_cluster                                                       none                                  # write-through cache in front of DynamoDB: the table keeps every write
aws_dax_parameter_group                                               none
aws_dax_subnet_group                                                  none
aws_db_event_subscription                                             none
aws_db_instance_role_association                                      none
aws_db_option_group                                                   none
aws_db_parameter_group                                                none
aws_db_proxy                                                          none
aws_db_proxy_default_target_group                                     none
aws_db_proxy_endpoint                                                 none
aws_db_proxy_target                                                   none
aws_db_subnet_group                                                   none
aws_default_network_acl                                               none
aws_default_route_table                                               none
aws_default_security_group                                            none
aws_default_subnet                                                    none
aws_default_vpc                                                       none
aws_default_vpc_dhcp_options                                          none
aws_detective_graph                                                   stateful monitoring-state high        # deleting the behavior graph deletes its collected security data
aws_detective_invitation_accepter                                     none
aws_detective_member                                                  none
aws_detective_organization_admin_account                              none
aws_detective_organization_configuration                              none
aws_devicefarm_device_pool                                            none
aws_devicefarm_instance_profile                                       none
aws_devicefarm_network_profile                                        none
aws_devicefarm_project                                                none
aws_devicefarm_test_grid_project                                      none
aws_devicefarm_upload                                                 none
aws_devopsguru_event_sources_config                                   none
aws_devopsguru_notification_channel                                   none
aws_devopsguru_resource_collection                                    none
aws_devopsguru_service_integration                                    none
aws_directory_service_conditional_forwarder                           none
aws_directory_service_log_subscription                                none
aws_directory_service_radius_settings                                 none
aws_directory_service_region                                          none                                  # a replica region of a directory; the primary keeps the data
aws_directory_service_shared_directory                                none
aws_directory_service_shared_directory_accepter                       none
aws_directory_service_trust                                           none
aws_dms_certificate                                                   none
aws_dms_endpoint                                                      none
aws_dms_event_subscription                                            none
aws_dms_replication_config                                            none
aws_dms_replication_instance                                          none
aws_dms_replication_subnet_group                                      none
aws_dms_replication_task                                              none
aws_dms_s3_endpoint                                                   none
aws_docdb_cluster_parameter_group                                     none
aws_docdb_event_subscription                                          none
aws_docdb_subnet_group                                                none
aws_drs_replication_configuration_template                            none
aws_dsql_cluster_peering                                              none
aws_dx_bgp_peer                                                       none
aws_dx_connection                                                     none
aws_dx_connection_association                                         none
aws_dx_connection_confirmation                                        none
aws_dx_gateway                                                        none
aws_dx_gateway_association                                            none
aws_dx_gateway_association_proposal                                   none
aws_dx_hosted_connection                                              none
aws_dx_hosted_private_virtual_interface                               none
aws_dx_hosted_private_virtual_interface_accepter                      none
aws_dx_hosted_public_virtual_interface                                none
aws_dx_hosted_public_virtual_interface_accepter                       none
aws_dx_hosted_transit_virtual_interface                               none
aws_dx_hosted_transit_virtual_interface_accepter                      none
aws_dx_lag                                                            none
aws_dx_macsec_key_association                                         none
aws_dx_private_virtual_interface                                      none
aws_dx_public_virtual_interface                                       none
aws_dx_transit_virtual_interface                                      none
aws_dynamodb_contributor_insights                                     none
aws_dynamodb_global_secondary_index                                   none                                  # an index is rebuilt from the table
aws_dynamodb_kinesis_streaming_destination                            none
aws_dynamodb_resource_policy                                          none
aws_dynamodb_table_export                                             none                                  # the exported files stay in S3
aws_dynamodb_table_item                                               none                                  # the item is written from the configuration
aws_dynamodb_tag                                                      none
aws_ebs_default_kms_key                                               none
aws_ebs_encryption_by_default                                         none
aws_ebs_fast_snapshot_restore                                         none
aws_ebs_snapshot_block_public_access                                  none
aws_ebs_volume_copy                                                   stateful block-storage critical       # a volume like any other: what is written to it after the copy is lost
aws_ec2_allowed_images_settings                                       none
aws_ec2_availability_zone_group                                       none
aws_ec2_capacity_block_reservation                                    none
aws_ec2_capacity_reservation                                          none
aws_ec2_carrier_gateway                                               none
aws_ec2_client_vpn_authorization_rule                                 none
aws_ec2_client_vpn_endpoint                                           none
aws_ec2_client_vpn_network_association                                none
aws_ec2_client_vpn_route                                              none
aws_ec2_default_credit_specification                                  none
aws_ec2_fleet                                                         none
aws_ec2_host                                                          none
aws_ec2_image_block_public_access                                     none
aws_ec2_instance_connect_endpoint                                     none
aws_ec2_instance_metadata_defaults                                    none
aws_ec2_instance_state                                                none
aws_ec2_local_gateway_route                                           none
aws_ec2_local_gateway_route_table                                     none
aws_ec2_local_gateway_route_table_virtual_interface_group_association none
aws_ec2_local_gateway_route_table_vpc_association                     none
aws_ec2_managed_prefix_list                                           none
aws_ec2_managed_prefix_list_entry                                     none
aws_ec2_network_insights_access_scope                                 none
aws_ec2_network_insights_analysis                                     none
aws_ec2_network_insights_path                                         none
aws_ec2_secondary_network                                             none
aws_ec2_secondary_subnet                                              none
aws_ec2_serial_console_access                                         none
aws_ec2_subnet_cidr_reservation                                       none
aws_ec2_tag                                                           none
aws_ec2_traffic_mirror_filter                                         none
aws_ec2_traffic_mirror_filter_rule                                    none
aws_ec2_traffic_mirror_session                                        none
aws_ec2_traffic_mirror_target                                         none
aws_ec2_transit_gateway                                               none
aws_ec2_transit_gateway_connect                                       none
aws_ec2_transit_gateway_connect_peer                                  none
aws_ec2_transit_gateway_default_route_table_association               none
aws_ec2_transit_gateway_default_route_table_propagation               none
aws_ec2_transit_gateway_metering_policy                               none
aws_ec2_transit_gateway_metering_policy_entry                         none
aws_ec2_transit_gateway_multicast_domain                              none
aws_ec2_transit_gateway_multicast_domain_association                  none
aws_ec2_transit_gateway_multicast_group_member                        none
aws_ec2_transit_gateway_multicast_group_source                        none
aws_ec2_transit_gateway_peering_attachment                            none
aws_ec2_transit_gateway_peering_attachment_accepter                   none
aws_ec2_transit_gateway_policy_table                                  none
aws_ec2_transit_gateway_policy_table_association                      none
aws_ec2_transit_gateway_prefix_list_reference                         none
aws_ec2_transit_gateway_route                                         none
aws_ec2_transit_gateway_route_table                                   none
aws_ec2_transit_gateway_route_table_association                       none
aws_ec2_transit_gateway_route_table_propagation                       none
aws_ec2_transit_gateway_vpc_attachment                                none
aws_ec2_transit_gateway_vpc_attachment_accepter                       none
aws_ecr_account_setting                                               none
aws_ecr_lifecycle_policy                                              none
aws_ecr_pull_through_cache_rule                                       none
aws_ecr_pull_time_update_exclusion                                    none
aws_ecr_registry_policy                                               none
aws_ecr_registry_scanning_configuration                               none
aws_ecr_replication_configuration                                     safeguard data                        # replicates images to other regions or accounts
aws_ecr_repository_creation_template                                  none
aws_ecr_repository_policy                                             none
aws_ecrpublic_repository_policy                                       none
aws_ecs_account_setting_default                                       none
aws_ecs_capacity_provider                                             none
aws_ecs_cluster                                                       none
aws_ecs_cluster_capacity_providers                                    none
aws_ecs_daemon                                                        none
aws_ecs_daemon_task_definition                                        none
aws_ecs_express_gateway_service                                       none
aws_ecs_service                                                       none
aws_ecs_tag                                                           none
aws_ecs_task_definition                                               none
aws_ecs_task_set                                                      none
aws_efs_access_point                                                  none
aws_efs_file_system_policy                                            none
aws_efs_mount_target                                                  none
aws_egress_only_internet_gateway                                      none
aws_eip                                                               none                                  # an address, not data
aws_eip_association                                                   none
aws_eip_domain_name                                                   none
aws_eks_access_entry                                                  none
aws_eks_access_policy_association                                     none
aws_eks_addon                                                         none
aws_eks_capability                                                    none
aws_eks_fargate_profile                                               none
aws_eks_identity_provider_config                                      none
aws_eks_node_group                                                    none
aws_eks_pod_identity_association                                      none
aws_elastic_beanstalk_application                                     none
aws_elastic_beanstalk_application_version                             none
aws_elastic_beanstalk_configuration_template                          none
aws_elastic_beanstalk_environment                                     none                                  # application servers; keep databases outside the environment
aws_elasticache_parameter_group                                       none
aws_elasticache_reserved_cache_node                                   none
aws_elasticache_subnet_group                                          none
aws_elasticache_user                                                  none                                  # the password comes from the configuration
aws_elasticache_user_group                                            none
aws_elasticache_user_group_association                                none
aws_elasticsearch_domain_policy                                       none
aws_elasticsearch_domain_saml_options                                 none
aws_elasticsearch_vpc_endpoint                                        none
aws_elastictranscoder_pipeline                                        none
aws_elastictranscoder_preset                                          none
aws_elb                                                               none
aws_elb_attachment                                                    none
aws_emr_block_public_access_configuration                             none
aws_emr_cluster                                                       stateful other-stateful high          # HDFS on the core nodes is deleted with the cluster
aws_emr_instance_fleet                                                none                                  # cluster member: HDFS is the cluster's
aws_emr_instance_group                                                none                                  # cluster member: HDFS is the cluster's
aws_emr_managed_scaling_policy                                        none
aws_emr_security_configuration                                        none
aws_emr_studio                                                        none
aws_emr_studio_session_mapping                                        none
aws_emrcontainers_job_template                                        none
aws_emrcontainers_virtual_cluster                                     none
aws_emrserverless_application                                         none
aws_evidently_feature                                                 none
aws_evidently_launch                                                  none
aws_evidently_project                                                 none
aws_evidently_segment                                                 none
aws_finspace_kx_cluster                                               none                                  # compute over the kx databases and volumes
aws_finspace_kx_database                                              stateful nosql-database critical
aws_finspace_kx_dataview                                              none                                  # a cached view of a kx database
aws_finspace_kx_environment                                           stateful nosql-database high          # cascade: deleting the environment deletes its kdb databases
aws_finspace_kx_scaling_group                                         none
aws_finspace_kx_user                                                  none
aws_finspace_kx_volume                                                stateful block-storage critical
aws_fis_experiment_template                                           none
aws_fis_target_account_configuration                                  none
aws_flow_log                                                          none
aws_fms_admin_account                                                 none
aws_fms_policy                                                        none
aws_fms_resource_set                                                  none
aws_fsx_data_repository_association                                   none                                  # delete_data_in_filesystem defaults to false: the files stay
aws_fsx_file_cache                                                    stateful cache high                   # writes not yet exported to the linked repository are lost
aws_fsx_ontap_storage_virtual_machine                                 none                                  # its volumes are separate resources and AWS refuses the delete while they exist
aws_fsx_s3_access_point_attachment                                    none
aws_gamelift_alias                                                    none
aws_gamelift_build                                                    none
aws_gamelift_fleet                                                    none
aws_gamelift_game_server_group                                        none
aws_gamelift_game_session_queue                                       none
aws_gamelift_script                                                   none
aws_glacier_vault_lock                                                safeguard policy                      # the vault's lock policy
aws_globalaccelerator_accelerator                                     none
aws_globalaccelerator_cross_account_attachment                        none
aws_globalaccelerator_custom_routing_accelerator                      none
aws_globalaccelerator_custom_routing_endpoint_group                   none
aws_globalaccelerator_custom_routing_listener                         none
aws_globalaccelerator_endpoint_group                                  none
aws_globalaccelerator_listener                                        none
aws_glue_catalog                                                      stateful search-analytics high        # cascade: its databases and table definitions are deleted
aws_glue_catalog_table_optimizer                                      none
aws_glue_classifier                                                   none
aws_glue_connection                                                   none
aws_glue_crawler                                                      none
aws_glue_data_catalog_encryption_settings                             none
aws_glue_data_quality_ruleset                                         none
aws_glue_dev_endpoint                                                 none
aws_glue_job                                                          none
aws_glue_ml_transform                                                 stateful ml-model high                # the transform learns from labels imported into it
aws_glue_partition                                                    none
aws_glue_partition_index                                              none
aws_glue_registry                                                     stateful config-store high            # holds schemas and versions that producers register at run time
aws_glue_resource_policy                                              none
aws_glue_schema                                                       stateful config-store high            # schema versions registered by producers are not in the configuration
aws_glue_security_configuration                                       none
aws_glue_trigger                                                      none
aws_glue_user_defined_function                                        none
aws_glue_workflow                                                     none
aws_grafana_license_association                                       none
aws_grafana_role_association                                          none
aws_grafana_workspace                                                 stateful monitoring-state high        # dashboards, alerts and users made in Grafana live only in the workspace
aws_grafana_workspace_api_key                                         none
aws_grafana_workspace_saml_configuration                              none
aws_grafana_workspace_service_account                                 none
aws_grafana_workspace_service_account_token                           none
aws_guardduty_detector                                                stateful monitoring-state high        # deleting the detector deletes its findings
aws_guardduty_detector_feature                                        none
aws_guardduty_filter                                                  none
aws_guardduty_invite_accepter                                         none
aws_guardduty_ipset                                                   none
aws_guardduty_malware_protection_plan                                 none
aws_guardduty_member                                                  none
aws_guardduty_member_detector_feature                                 none
aws_guardduty_organization_admin_account                              none
aws_guardduty_organization_configuration                              none
aws_guardduty_organization_configuration_feature                      none
aws_guardduty_publishing_destination                                  none
aws_guardduty_threatintelset                                          none
aws_iam_access_key                                                    none                                  # a new key is issued; nothing stored is lost
aws_iam_account_alias                                                 none
aws_iam_account_password_policy                                       none
aws_iam_group                                                         none
aws_iam_group_membership                                              none
aws_iam_group_policies_exclusive                                      none
aws_iam_group_policy                                                  none
aws_iam_group_policy_attachment                                       none
aws_iam_group_policy_attachments_exclusive                            none
aws_iam_instance_profile                                              none
aws_iam_openid_connect_provider                                       none
aws_iam_organizations_features                                        none
aws_iam_outbound_web_identity_federation                              none
aws_iam_policy                                                        none
aws_iam_policy_attachment                                             none
aws_iam_role                                                          none
aws_iam_role_policies_exclusive                                       none
aws_iam_role_policy                                                   none
aws_iam_role_policy_attachment                                        none
aws_iam_role_policy_attachments_exclusive                             none
aws_iam_saml_provider                                                 none
aws_iam_security_token_service_preferences                            none
aws_iam_server_certificate                                            none
aws_iam_service_linked_role                                           none
aws_iam_service_specific_credential                                   none                                  # a new credential is issued; nothing stored is lost
aws_iam_signing_certificate                                           none
aws_iam_user                                                          none                                  # its credentials are separate resources; nothing stored is lost
aws_iam_user_group_membership                                         none
aws_iam_user_login_profile                                            none
aws_iam_user_policies_exclusive                                       none
aws_iam_user_policy                                                   none
aws_iam_user_policy_attachment                                        none
aws_iam_user_policy_attachments_exclusive                             none
aws_iam_user_ssh_key                                                  none
aws_iam_virtual_mfa_device                                            none
aws_identitystore_group                                               none
aws_identitystore_group_membership                                    none
aws_identitystore_user                                                stateful identity-directory high      # user account: password and MFA devices are not in the configuration
aws_imagebuilder_component                                            none
aws_imagebuilder_container_recipe                                     none
aws_imagebuilder_distribution_configuration                           none
aws_imagebuilder_image                                                none                                  # the images it produced stay
aws_imagebuilder_image_pipeline                                       none
aws_imagebuilder_image_recipe                                         none
aws_imagebuilder_infrastructure_configuration                         none
aws_imagebuilder_lifecycle_policy                                     none
aws_imagebuilder_workflow                                             none
aws_inspector2_delegated_admin_account                                none
aws_inspector2_enabler                                                none
aws_inspector2_filter                                                 none
aws_inspector2_member_association                                     none
aws_inspector2_organization_configuration                             none
aws_inspector_assessment_target                                       none
aws_inspector_assessment_template                                     none
aws_inspector_resource_group                                          none
aws_instance                                                          none                                  # replaceable compute; volumes go with it only when delete_on_termination, keep data on aws_ebs_volume
aws_internet_gateway                                                  none
aws_internet_gateway_attachment                                       none
aws_internetmonitor_monitor                                           none
aws_invoicing_invoice_unit                                            none
aws_iot_authorizer                                                    none
aws_iot_billing_group                                                 none
aws_iot_ca_certificate                                                none
aws_iot_certificate                                                   none
aws_iot_domain_configuration                                          none
aws_iot_event_configurations                                          none
aws_iot_indexing_configuration                                        none
aws_iot_logging_options                                               none
aws_iot_policy                                                        none
aws_iot_policy_attachment                                             none
aws_iot_provisioning_template                                         none
aws_iot_role_alias                                                    none
aws_iot_thing                                                         none
aws_iot_thing_group                                                   none
aws_iot_thing_group_membership                                        none
aws_iot_thing_principal_attachment                                    none
aws_iot_thing_type                                                    none
aws_iot_topic_rule                                                    none
aws_iot_topic_rule_destination                                        none
aws_ivs_channel                                                       none
aws_ivs_playback_key_pair                                             none
aws_ivs_recording_configuration                                       none
aws_ivschat_logging_configuration                                     none
aws_ivschat_room                                                      none
aws_kendra_data_source                                                none                                  # its documents are re-synced from the source
aws_kendra_experience                                                 none
aws_kendra_faq                                                        none                                  # read from a file in S3
aws_kendra_query_suggestions_block_list                               none
aws_kendra_thesaurus                                                  none
aws_key_pair                                                          none
aws_kinesis_account_settings                                          none
aws_kinesis_analytics_application                                     none
aws_kinesis_resource_policy                                           none
aws_kinesis_stream_consumer                                           none
aws_kinesisanalyticsv2_application                                    stateful queue-stream high            # the Flink application state and its snapshots are deleted with the application
aws_kinesisanalyticsv2_application_snapshot                           safeguard data
aws_kms_alias                                                         none
aws_kms_ciphertext                                                    none
aws_kms_custom_key_store                                              none                                  # the keys live in the CloudHSM cluster; AWS refuses the delete while KMS keys use it
aws_kms_grant                                                         none
aws_kms_key_policy                                                    none
aws_lakeformation_data_cells_filter                                   none
aws_lakeformation_data_lake_settings                                  none
aws_lakeformation_identity_center_configuration                       none
aws_lakeformation_lf_tag                                              none
aws_lakeformation_lf_tag_expression                                   none
aws_lakeformation_opt_in                                              none
aws_lakeformation_permissions                                         none
aws_lakeformation_resource                                            none
aws_lakeformation_resource_lf_tag                                     none
aws_lakeformation_resource_lf_tags                                    none
aws_lambda_alias                                                      none
aws_lambda_capacity_provider                                          none
aws_lambda_code_signing_config                                        none
aws_lambda_event_source_mapping                                       none
aws_lambda_function                                                   none
aws_lambda_function_event_invoke_config                               none
aws_lambda_function_recursion_config                                  none
aws_lambda_function_scaling_config                                    none
aws_lambda_function_url                                               none
aws_lambda_invocation                                                 none
aws_lambda_layer_version                                              none                                  # the code comes from the configuration
aws_lambda_layer_version_permission                                   none
aws_lambda_permission                                                 none
aws_lambda_provisioned_concurrency_config                             none
aws_lambda_runtime_management_config                                  none
aws_launch_configuration                                              none
aws_launch_template                                                   none
aws_lb                                                                none                                  # holds no data; an enable_deletion_protection flip is still reported
aws_lb_cookie_stickiness_policy                                       none
aws_lb_listener                                                       none
aws_lb_listener_certificate                                           none
aws_lb_listener_rule                                                  none
aws_lb_ssl_negotiation_policy                                         none
aws_lb_target_group                                                   none
aws_lb_target_group_attachment                                        none
aws_lb_trust_store                                                    none
aws_lb_trust_store_revocation                                         none
aws_lex_bot                                                           none
aws_lex_bot_alias                                                     none
aws_lex_intent                                                        none
aws_lex_slot_type                                                     none
aws_lexv2models_bot                                                   none
aws_lexv2models_bot_locale                                            none
aws_lexv2models_bot_version                                           none
aws_lexv2models_intent                                                none
aws_lexv2models_slot                                                  none
aws_lexv2models_slot_type                                             none
aws_licensemanager_association                                        none
aws_licensemanager_grant                                              none
aws_licensemanager_grant_accepter                                     none
aws_licensemanager_license_configuration                              none
aws_lightsail_bucket_access_key                                       none
aws_lightsail_bucket_resource_access                                  none
aws_lightsail_certificate                                             none
aws_lightsail_container_service                                       none
aws_lightsail_container_service_deployment_version                    none
aws_lightsail_disk_attachment                                         none
aws_lightsail_distribution                                            none
aws_lightsail_domain                                                  stateful dns-zone high                # records made outside Terraform are deleted with the zone
aws_lightsail_domain_entry                                            none
aws_lightsail_instance                                                none                                  # replaceable compute, like aws_instance
aws_lightsail_instance_public_ports                                   none
aws_lightsail_key_pair                                                none
aws_lightsail_lb                                                      none
aws_lightsail_lb_attachment                                           none
aws_lightsail_lb_certificate                                          none
aws_lightsail_lb_certificate_attachment                               none
aws_lightsail_lb_https_redirection_policy                             none
aws_lightsail_lb_stickiness_policy                                    none
aws_lightsail_static_ip                                               none
aws_lightsail_static_ip_attachment                                    none
aws_load_balancer_backend_server_policy                               none
aws_load_balancer_listener_policy                                     none
aws_load_balancer_policy                                              none
aws_location_geofence_collection                                      stateful config-store high            # holds the geofences put into it through the API
aws_location_map                                                      none
aws_location_place_index                                              none
aws_location_route_calculator                                         none
aws_location_tracker                                                  none                                  # positions are kept 30 days at most and devices keep reporting them
aws_location_tracker_association                                      none
aws_m2_application                                                    none
aws_m2_deployment                                                     none
aws_m2_environment                                                    none
aws_macie2_account                                                    none                                  # findings are regenerated by the next discovery jobs over data that stays in S3
aws_macie2_classification_export_configuration                        none
aws_macie2_classification_job                                         none
aws_macie2_custom_data_identifier                                     none
aws_macie2_findings_filter                                            none
aws_macie2_invitation_accepter                                        none
aws_macie2_member                                                     none
aws_macie2_organization_admin_account                                 none
aws_macie2_organization_configuration                                 none
aws_mailmanager_rule_set                                              none
aws_mailmanager_traffic_policy                                        none
aws_main_route_table_association                                      none
aws_media_convert_queue                                               none
aws_media_package_channel                                             none
aws_media_packagev2_channel_group                                     none
aws_media_store_container                                             stateful object-storage critical
aws_media_store_container_policy                                      none
aws_medialive_channel                                                 none
aws_medialive_input                                                   none
aws_medialive_input_security_group                                    none
aws_medialive_multiplex                                               none
aws_medialive_multiplex_program                                       none
aws_memorydb_acl                                                      none
aws_memorydb_multi_region_cluster                                     stateful nosql-database critical      # global container: its regional clusters hold the data
aws_memorydb_parameter_group                                          none
aws_memorydb_subnet_group                                             none
aws_memorydb_user                                                     none                                  # the password comes from the configuration
aws_mq_configuration                                                  none
aws_msk_cluster_policy                                                none
aws_msk_configuration                                                 none
aws_msk_replicator                                                    safeguard data                        # replicates topics to another cluster
aws_msk_scram_secret_association                                      none
aws_msk_single_scram_secret_association                               none
aws_msk_topic                                                         stateful queue-stream high            # the topic's messages are deleted
aws_msk_vpc_connection                                                none
aws_mskconnect_connector                                              none
aws_mskconnect_custom_plugin                                          none
aws_mskconnect_worker_configuration                                   none
aws_mwaa_environment                                                  stateful other-stateful high          # the Airflow metadata database (run history, connections and variables set in the UI) is deleted
aws_nat_gateway                                                       none
aws_nat_gateway_eip_association                                       none
aws_neptune_cluster_endpoint                                          none
aws_neptune_cluster_parameter_group                                   none
aws_neptune_event_subscription                                        none
aws_neptune_parameter_group                                           none
aws_neptune_subnet_group                                              none
aws_neptunegraph_graph                                                stateful nosql-database critical
aws_network_acl                                                       none
aws_network_acl_association                                           none
aws_network_acl_rule                                                  none
aws_network_interface                                                 none
aws_network_interface_attachment                                      none
aws_network_interface_permission                                      none
aws_network_interface_sg_attachment                                   none
aws_networkfirewall_firewall                                          none
aws_networkfirewall_firewall_policy                                   none
aws_networkfirewall_firewall_transit_gateway_attachment_accepter      none
aws_networkfirewall_logging_configuration                             none
aws_networkfirewall_resource_policy                                   none
aws_networkfirewall_rule_group                                        none
aws_networkfirewall_tls_inspection_configuration                      none
aws_networkfirewall_vpc_endpoint_association                          none
aws_networkflowmonitor_monitor                                        none
aws_networkflowmonitor_scope                                          none
aws_networkmanager_attachment_accepter                                none
aws_networkmanager_attachment_routing_policy_label                    none
aws_networkmanager_connect_attachment                                 none
aws_networkmanager_connect_peer                                       none
aws_networkmanager_connection                                         none
aws_networkmanager_core_network                                       none
aws_networkmanager_core_network_policy_attachment                     none
aws_networkmanager_customer_gateway_association                       none
aws_networkmanager_device                                             none
aws_networkmanager_dx_gateway_attachment                              none
aws_networkmanager_global_network                                     none
aws_networkmanager_link                                               none
aws_networkmanager_link_association                                   none
aws_networkmanager_prefix_list_association                            none
aws_networkmanager_site                                               none
aws_networkmanager_site_to_site_vpn_attachment                        none
aws_networkmanager_transit_gateway_connect_peer_association           none
aws_networkmanager_transit_gateway_peering                            none
aws_networkmanager_transit_gateway_registration                       none
aws_networkmanager_transit_gateway_route_table_attachment             none
aws_networkmanager_vpc_attachment                                     none
aws_networkmonitor_monitor                                            none
aws_networkmonitor_probe                                              none
aws_notifications_channel_association                                 none
aws_notifications_event_rule                                          none
aws_notifications_managed_notification_account_contact_association    none
aws_notifications_managed_notification_additional_channel_association none
aws_notifications_notification_configuration                          none
aws_notifications_notification_hub                                    none
aws_notifications_organizational_unit_association                     none
aws_notifications_organizations_access                                none
aws_notificationscontacts_email_contact                               none
aws_oam_link                                                          none
aws_oam_sink                                                          none
aws_oam_sink_policy                                                   none
aws_observabilityadmin_centralization_rule_for_organization           none
aws_observabilityadmin_s3_table_integration                           none
aws_observabilityadmin_telemetry_enrichment                           none
aws_observabilityadmin_telemetry_evaluation                           none
aws_observabilityadmin_telemetry_evaluation_for_organization          none
aws_observabilityadmin_telemetry_pipeline                             none
aws_observabilityadmin_telemetry_rule                                 none
aws_observabilityadmin_telemetry_rule_for_organization                none
aws_odb_cloud_autonomous_vm_cluster                                   stateful relational-database critical # hosts the Autonomous Databases created on it
aws_odb_cloud_exadata_infrastructure                                  stateful relational-database high     # cascade: the VM clusters and databases on it depend on it
aws_odb_cloud_vm_cluster                                              stateful relational-database critical # hosts the Oracle databases created on it
aws_odb_network                                                       none
aws_odb_network_peering_connection                                    none
aws_opensearch_application                                            none
aws_opensearch_authorize_vpc_endpoint_access                          none
aws_opensearch_domain_policy                                          none
aws_opensearch_domain_saml_options                                    none
aws_opensearch_inbound_connection_accepter                            none
aws_opensearch_outbound_connection                                    none
aws_opensearch_package                                                none
aws_opensearch_package_association                                    none
aws_opensearch_vpc_endpoint                                           none
aws_opensearchserverless_access_policy                                none
aws_opensearchserverless_collection_group                             none
aws_opensearchserverless_lifecycle_policy                             none
aws_opensearchserverless_security_config                              none
aws_opensearchserverless_security_policy                              none
aws_opensearchserverless_vpc_endpoint                                 none
aws_opsworks_application                                              none
aws_opsworks_custom_layer                                             none
aws_opsworks_ecs_cluster_layer                                        none
aws_opsworks_ganglia_layer                                            none
aws_opsworks_haproxy_layer                                            none
aws_opsworks_instance                                                 none                                  # replaceable compute, like aws_instance
aws_opsworks_java_app_layer                                           none
aws_opsworks_memcached_layer                                          none
aws_opsworks_mysql_layer                                              none
aws_opsworks_nodejs_app_layer                                         none
aws_opsworks_permission                                               none
aws_opsworks_php_app_layer                                            none
aws_opsworks_rails_app_layer                                          none
aws_opsworks_rds_db_instance                                          none
aws_opsworks_stack                                                    none
aws_opsworks_static_web_layer                                         none
aws_opsworks_user_profile                                             none
aws_organizations_account                                             stateful other-stateful high          # with close_on_deletion the account and everything in it is closed
aws_organizations_aws_service_access                                  none
aws_organizations_delegated_administrator                             none
aws_organizations_organization                                        none
aws_organizations_organizational_unit                                 none
aws_organizations_policy                                              none                                  # a policy document from the configuration, whatever its type
aws_organizations_policy_attachment                                   none
aws_organizations_resource_policy                                     none
aws_organizations_tag                                                 none
aws_osis_pipeline                                                     none
aws_osis_pipeline_endpoint                                            none
aws_osis_resource_policy                                              none
aws_outposts_capacity_task                                            none
aws_paymentcryptography_key                                           stateful encryption-key critical
aws_paymentcryptography_key_alias                                     none
aws_pinpoint_adm_channel                                              none
aws_pinpoint_apns_channel                                             none
aws_pinpoint_apns_sandbox_channel                                     none
aws_pinpoint_apns_voip_channel                                        none
aws_pinpoint_apns_voip_sandbox_channel                                none
aws_pinpoint_app                                                      stateful nosql-database high          # endpoints, segments and events registered by the app at run time are deleted
aws_pinpoint_baidu_channel                                            none
aws_pinpoint_email_channel                                            none
aws_pinpoint_email_template                                           none
aws_pinpoint_event_stream                                             none
aws_pinpoint_gcm_channel                                              none
aws_pinpoint_sms_channel                                              none
aws_pinpointsmsvoicev2_configuration_set                              none
aws_pinpointsmsvoicev2_event_destination                              none
aws_pinpointsmsvoicev2_opt_out_list                                   stateful config-store high            # holds the numbers that opted out by replying STOP
aws_pinpointsmsvoicev2_phone_number                                   none                                  # a number, not data
aws_pinpointsmsvoicev2_pool                                           none
aws_pipes_pipe                                                        none
aws_placement_group                                                   none
aws_prometheus_alert_manager_definition                               none
aws_prometheus_anomaly_detector                                       none
aws_prometheus_query_logging_configuration                            none
aws_prometheus_resource_policy                                        none
aws_prometheus_rule_group_namespace                                   none
aws_prometheus_scraper                                                none                                  # the metrics are the workspace's
aws_prometheus_scraper_logging_configuration                          none
aws_prometheus_workspace                                              stateful monitoring-state high        # holds the ingested metric history
aws_prometheus_workspace_configuration                                none
aws_proxy_protocol_policy                                             none
aws_qbusiness_application                                             stateful search-analytics high        # cascade: its indexes and conversations are deleted
aws_qldb_stream                                                       none
aws_quicksight_account_settings                                       none
aws_quicksight_account_subscription                                   stateful other-stateful high          # cascade: unsubscribing deletes every QuickSight user, dashboard and SPICE data set
aws_quicksight_analysis                                               none
aws_quicksight_custom_permissions                                     none
aws_quicksight_dashboard                                              none
aws_quicksight_data_set                                               none                                  # SPICE data is re-ingested from its source
aws_quicksight_data_source                                            none
aws_quicksight_folder                                                 none
aws_quicksight_folder_membership                                      none
aws_quicksight_group                                                  none
aws_quicksight_group_membership                                       none
aws_quicksight_iam_policy_assignment                                  none
aws_quicksight_ingestion                                              none
aws_quicksight_ip_restriction                                         none
aws_quicksight_key_registration                                       none
aws_quicksight_namespace                                              stateful identity-directory high      # cascade: the users and groups of the namespace are deleted
aws_quicksight_refresh_schedule                                       none
aws_quicksight_role_custom_permission                                 none
aws_quicksight_role_membership                                        none
aws_quicksight_template                                               none
aws_quicksight_template_alias                                         none
aws_quicksight_theme                                                  none
aws_quicksight_user                                                   stateful identity-directory high      # user account: analyses the user made in the console belong to it
aws_quicksight_user_custom_permission                                 none
aws_quicksight_vpc_connection                                         none
aws_ram_permission                                                    none
aws_ram_principal_association                                         none
aws_ram_resource_association                                          none
aws_ram_resource_share                                                none
aws_ram_resource_share_accepter                                       none
aws_ram_resource_share_associations_exclusive                         none
aws_ram_sharing_with_organization                                     none
aws_rbin_rule                                                         safeguard policy                      # Recycle Bin retention of deleted snapshots and images
aws_rds_certificate                                                   none
aws_rds_cluster_activity_stream                                       none
aws_rds_cluster_endpoint                                              none
aws_rds_cluster_parameter_group                                       none
aws_rds_cluster_role_association                                      none
aws_rds_cluster_snapshot_copy                                         safeguard data
aws_rds_custom_db_engine_version                                      none
aws_rds_export_task                                                   none                                  # the exported files stay in S3
aws_rds_instance_state                                                none
aws_rds_integration                                                   none
aws_rds_reserved_instance                                             none
aws_rds_shard_group                                                   stateful relational-database critical # the sharded tables of an Aurora Limitless database live on it
aws_redshift_authentication_profile                                   none
aws_redshift_cluster_iam_roles                                        none
aws_redshift_data_share_authorization                                 none
aws_redshift_data_share_consumer_association                          none
aws_redshift_endpoint_access                                          none
aws_redshift_endpoint_authorization                                   none
aws_redshift_event_subscription                                       none
aws_redshift_hsm_client_certificate                                   none
aws_redshift_hsm_configuration                                        none
aws_redshift_idc_application                                          none
aws_redshift_integration                                              none
aws_redshift_logging                                                  none
aws_redshift_namespace_registration                                   none
aws_redshift_parameter_group                                          none
aws_redshift_partner                                                  none
aws_redshift_resource_policy                                          none
aws_redshift_scheduled_action                                         none
aws_redshift_snapshot_copy                                            safeguard data                        # copies snapshots to another region
aws_redshift_snapshot_copy_grant                                      safeguard policy                      # the KMS grant encrypted snapshot copies need
aws_redshift_subnet_group                                             none
aws_redshift_usage_limit                                              none
aws_redshiftdata_statement                                            none
aws_redshiftserverless_custom_domain_association                      none
aws_redshiftserverless_endpoint_access                                none
aws_redshiftserverless_resource_policy                                none
aws_redshiftserverless_usage_limit                                    none
aws_redshiftserverless_workgroup                                      none                                  # compute; the data is the namespace's
aws_rekognition_collection                                            stateful search-analytics high        # holds the faces indexed into it at run time
aws_rekognition_project                                               stateful ml-model high                # cascade: its datasets and trained Custom Labels models go with it
aws_rekognition_stream_processor                                      none
aws_resiliencehub_resiliency_policy                                   none
aws_resiliencehubv2_policy                                            none
aws_resourceexplorer2_index                                           none
aws_resourceexplorer2_view                                            none
aws_resourcegroups_group                                              none
aws_resourcegroups_resource                                           none
aws_rolesanywhere_profile                                             none
aws_rolesanywhere_trust_anchor                                        none
aws_route                                                             none
aws_route53_cidr_collection                                           none
aws_route53_cidr_location                                             none
aws_route53_delegation_set                                            none
aws_route53_health_check                                              none
aws_route53_hosted_zone_dnssec                                        none
aws_route53_key_signing_key                                           none
aws_route53_query_log                                                 none
aws_route53_record                                                    none
aws_route53_records_exclusive                                         none
aws_route53_resolver_config                                           none
aws_route53_resolver_dnssec_config                                    none
aws_route53_resolver_endpoint                                         none
aws_route53_resolver_firewall_config                                  none
aws_route53_resolver_firewall_domain_list                             none
aws_route53_resolver_firewall_rule                                    none
aws_route53_resolver_firewall_rule_group                              none
aws_route53_resolver_firewall_rule_group_association                  none
aws_route53_resolver_query_log_config                                 none
aws_route53_resolver_query_log_config_association                     none
aws_route53_resolver_rule                                             none
aws_route53_resolver_rule_association                                 none
aws_route53_traffic_policy                                            none
aws_route53_traffic_policy_instance                                   none
aws_route53_vpc_association_authorization                             none
aws_route53_zone_association                                          none
aws_route53domains_delegation_signer_record                           none
aws_route53domains_domain                                             stateful domain high                  # deleting it deletes the domain registration
aws_route53domains_registered_domain                                  none                                  # destroy only removes it from state; the registration stays
aws_route53profiles_association                                       none
aws_route53profiles_profile                                           none
aws_route53profiles_resource_association                              none
aws_route53recoverycontrolconfig_cluster                              none
aws_route53recoverycontrolconfig_control_panel                        none
aws_route53recoverycontrolconfig_routing_control                      none
aws_route53recoverycontrolconfig_safety_rule                          none
aws_route53recoveryreadiness_cell                                     none
aws_route53recoveryreadiness_readiness_check                          none
aws_route53recoveryreadiness_recovery_group                           none
aws_route53recoveryreadiness_resource_set                             none
aws_route_table                                                       none
aws_route_table_association                                           none
aws_rum_app_monitor                                                   none
aws_rum_metrics_destination                                           none
aws_s3_access_point                                                   none
aws_s3_account_public_access_block                                    none
aws_s3_bucket_abac                                                    none
aws_s3_bucket_accelerate_configuration                                none
aws_s3_bucket_acl                                                     none
aws_s3_bucket_analytics_configuration                                 none
aws_s3_bucket_cors_configuration                                      none
aws_s3_bucket_intelligent_tiering_configuration                       none
aws_s3_bucket_inventory                                               none
aws_s3_bucket_lifecycle_configuration                                 none
aws_s3_bucket_logging                                                 none
aws_s3_bucket_metadata_configuration                                  none
aws_s3_bucket_metric                                                  none
aws_s3_bucket_notification                                            none
aws_s3_bucket_object                                                  none                                  # Terraform uploads its content from the configuration
aws_s3_bucket_object_lock_configuration                               safeguard policy                      # object lock
aws_s3_bucket_ownership_controls                                      none
aws_s3_bucket_policy                                                  none
aws_s3_bucket_public_access_block                                     none
aws_s3_bucket_request_payment_configuration                           none
aws_s3_bucket_server_side_encryption_configuration                    none
aws_s3_bucket_website_configuration                                   none
aws_s3_object                                                         none                                  # Terraform uploads its content from the configuration
aws_s3_object_copy                                                    none
aws_s3control_access_grant                                            none
aws_s3control_access_grants_instance                                  none
aws_s3control_access_grants_instance_resource_policy                  none
aws_s3control_access_grants_location                                  none
aws_s3control_access_point_policy                                     none
aws_s3control_bucket_lifecycle_configuration                          none
aws_s3control_bucket_policy                                           none
aws_s3control_directory_bucket_access_point_scope                     none
aws_s3control_multi_region_access_point                               none
aws_s3control_multi_region_access_point_policy                        none
aws_s3control_multi_region_access_point_routes                        none
aws_s3control_object_lambda_access_point                              none
aws_s3control_object_lambda_access_point_policy                       none
aws_s3control_storage_lens_configuration                              none
aws_s3files_access_point                                              none
aws_s3files_file_system                                               stateful file-storage high            # the objects stay in the bucket, but writes not yet synchronised to it are lost
aws_s3files_file_system_policy                                        none
aws_s3files_mount_target                                              none
aws_s3files_synchronization_configuration                             none
aws_s3outposts_endpoint                                               none
aws_s3tables_namespace                                                stateful data-warehouse high          # tables created by query engines live in it; AWS refuses the delete while it is not empty
aws_s3tables_table_bucket_policy                                      none
aws_s3tables_table_bucket_replication                                 safeguard data
aws_s3tables_table_policy                                             none
aws_s3tables_table_replication                                        safeguard data
aws_s3vectors_index                                                   stateful search-analytics critical    # holds the vectors put into it at run time
aws_s3vectors_vector_bucket                                           stateful object-storage critical
aws_s3vectors_vector_bucket_policy                                    none
aws_sagemaker_algorithm                                               none
aws_sagemaker_app                                                     none
aws_sagemaker_app_image_config                                        none
aws_sagemaker_code_repository                                         none
aws_sagemaker_data_quality_job_definition                             none
aws_sagemaker_device                                                  none
aws_sagemaker_device_fleet                                            none
aws_sagemaker_domain                                                  stateful file-storage high            # its EFS home directories are deleted when retention_policy says Delete
aws_sagemaker_endpoint                                                none
aws_sagemaker_endpoint_configuration                                  none
aws_sagemaker_flow_definition                                         none
aws_sagemaker_hub                                                     none
aws_sagemaker_hub_content_reference                                   none
aws_sagemaker_human_task_ui                                           none
aws_sagemaker_hyper_parameter_tuning_job                              none
aws_sagemaker_image                                                   none
aws_sagemaker_image_version                                           none
aws_sagemaker_labeling_job                                            none
aws_sagemaker_mlflow_app                                              stateful ml-model high                # holds the experiment runs and registered models
aws_sagemaker_mlflow_tracking_server                                  stateful ml-model high                # holds the experiment runs and registered models
aws_sagemaker_model                                                   none
aws_sagemaker_model_card                                              none
aws_sagemaker_model_card_export_job                                   none
aws_sagemaker_model_package_group                                     stateful ml-model high                # the model versions registered into it are deleted
aws_sagemaker_model_package_group_policy                              none
aws_sagemaker_monitoring_schedule                                     none
aws_sagemaker_notebook_instance                                       stateful workstation high             # the notebook volume holds the users' notebooks
aws_sagemaker_notebook_instance_lifecycle_configuration               none
aws_sagemaker_pipeline                                                none
aws_sagemaker_project                                                 none
aws_sagemaker_servicecatalog_portfolio_status                         none
aws_sagemaker_space                                                   stateful workstation high             # the space's storage volume holds the users' files
aws_sagemaker_studio_lifecycle_config                                 none
aws_sagemaker_training_job                                            none                                  # the model artifacts stay in S3
aws_sagemaker_user_profile                                            none                                  # its home directory is in the domain's EFS, which stays
aws_sagemaker_workforce                                               none
aws_sagemaker_workteam                                                none
aws_savingsplans_savings_plan                                         none
aws_scheduler_schedule                                                none
aws_scheduler_schedule_group                                          none
aws_schemas_discoverer                                                none
aws_schemas_registry                                                  stateful config-store high            # holds schemas discovered or put into it outside Terraform
aws_schemas_registry_policy                                           none
aws_schemas_schema                                                    none                                  # the schema content comes from the configuration
aws_secretsmanager_secret_policy                                      none
aws_secretsmanager_secret_rotation                                    none
aws_secretsmanager_secret_version                                     none                                  # the value comes from the configuration, and AWS keeps the AWSCURRENT version on destroy
aws_secretsmanager_tag                                                none
aws_security_group                                                    none
aws_security_group_rule                                               none
aws_securityhub_account                                               stateful monitoring-state high        # disabling Security Hub deletes its findings and insights
aws_securityhub_account_v2                                            stateful monitoring-state high        # disabling Security Hub deletes its findings
aws_securityhub_action_target                                         none
aws_securityhub_aggregator_v2                                         none
aws_securityhub_automation_rule                                       none
aws_securityhub_automation_rule_v2                                    none
aws_securityhub_configuration_policy                                  none
aws_securityhub_configuration_policy_association                      none
aws_securityhub_connector_v2                                          none
aws_securityhub_finding_aggregator                                    none
aws_securityhub_insight                                               none
aws_securityhub_invite_accepter                                       none
aws_securityhub_member                                                none
aws_securityhub_organization_admin_account                            none
aws_securityhub_organization_configuration                            none
aws_securityhub_product_subscription                                  none
aws_securityhub_standards_control                                     none
aws_securityhub_standards_control_association                         none
aws_securityhub_standards_subscription                                none
aws_securitylake_aws_log_source                                       none
aws_securitylake_custom_log_source                                    none
aws_securitylake_data_lake                                            none                                  # the collected logs stay in the S3 buckets
aws_securitylake_subscriber                                           none
aws_securitylake_subscriber_notification                              none
aws_serverlessapplicationrepository_cloudformation_stack              stateful other-stateful high          # cascade: deleting the stack deletes every resource it created
aws_service_discovery_http_namespace                                  none
aws_service_discovery_instance                                        none
aws_service_discovery_private_dns_namespace                           none
aws_service_discovery_public_dns_namespace                            none
aws_service_discovery_service                                         none
aws_servicecatalog_budget_resource_association                        none
aws_servicecatalog_constraint                                         none
aws_servicecatalog_organizations_access                               none
aws_servicecatalog_portfolio                                          none
aws_servicecatalog_portfolio_share                                    none
aws_servicecatalog_principal_portfolio_association                    none
aws_servicecatalog_product                                            none
aws_servicecatalog_product_portfolio_association                      none
aws_servicecatalog_provisioned_product                                stateful other-stateful high          # cascade: terminating the product deletes every resource it provisioned
aws_servicecatalog_provisioning_artifact                              none
aws_servicecatalog_service_action                                     none
aws_servicecatalog_tag_option                                         none
aws_servicecatalog_tag_option_resource_association                    none
aws_servicecatalogappregistry_application                             none
aws_servicecatalogappregistry_attribute_group                         none
aws_servicecatalogappregistry_attribute_group_association             none
aws_servicequotas_auto_management                                     none
aws_servicequotas_service_quota                                       none
aws_servicequotas_template                                            none
aws_servicequotas_template_association                                none
aws_ses_active_receipt_rule_set                                       none
aws_ses_configuration_set                                             none
aws_ses_domain_dkim                                                   none
aws_ses_domain_identity                                               none
aws_ses_domain_identity_verification                                  none
aws_ses_domain_mail_from                                              none
aws_ses_email_identity                                                none
aws_ses_event_destination                                             none
aws_ses_identity_notification_topic                                   none
aws_ses_identity_policy                                               none
aws_ses_receipt_filter                                                none
aws_ses_receipt_rule                                                  none
aws_ses_receipt_rule_set                                              none
aws_ses_template                                                      none
aws_sesv2_account_suppression_attributes                              none
aws_sesv2_account_vdm_attributes                                      none
aws_sesv2_configuration_set                                           none
aws_sesv2_configuration_set_event_destination                         none
aws_sesv2_contact_list                                                stateful config-store high            # holds the contacts and their subscription choices added at run time
aws_sesv2_dedicated_ip_assignment                                     none
aws_sesv2_dedicated_ip_pool                                           none
aws_sesv2_email_identity                                              none
aws_sesv2_email_identity_feedback_attributes                          none
aws_sesv2_email_identity_mail_from_attributes                         none
aws_sesv2_email_identity_policy                                       none
aws_sesv2_tenant                                                      none
aws_sesv2_tenant_resource_association                                 none
aws_sfn_activity                                                      none
aws_sfn_alias                                                         none
aws_sfn_state_machine                                                 none
aws_shield_application_layer_automatic_response                       none
aws_shield_drt_access_log_bucket_association                          none
aws_shield_drt_access_role_arn_association                            none
aws_shield_proactive_engagement                                       none
aws_shield_protection                                                 none
aws_shield_protection_group                                           none
aws_shield_protection_health_check_association                        none
aws_shield_subscription                                               none
aws_signer_signing_job                                                none
aws_signer_signing_profile                                            none
aws_signer_signing_profile_permission                                 none
aws_simpledb_domain                                                   stateful nosql-database critical
aws_snapshot_create_volume_permission                                 none
aws_sns_platform_application                                          none                                  # credentials from the configuration; apps register their device endpoints again on launch
aws_sns_sms_preferences                                               none
aws_sns_topic                                                         none                                  # pushes messages and stores none; subscriptions made outside Terraform must be redone
aws_sns_topic_data_protection_policy                                  none
aws_sns_topic_policy                                                  none
aws_sns_topic_subscription                                            none
aws_spot_datafeed_subscription                                        none
aws_spot_fleet_request                                                none
aws_spot_instance_request                                             none
aws_sqs_queue_policy                                                  none
aws_sqs_queue_redrive_allow_policy                                    none
aws_sqs_queue_redrive_policy                                          none
aws_ssm_activation                                                    none
aws_ssm_association                                                   none
aws_ssm_default_patch_baseline                                        none
aws_ssm_document                                                      none
aws_ssm_maintenance_window                                            none
aws_ssm_maintenance_window_target                                     none
aws_ssm_maintenance_window_task                                       none
aws_ssm_parameter                                                     none                                  # the value is set from the configuration
aws_ssm_patch_baseline                                                none
aws_ssm_patch_group                                                   none
aws_ssm_resource_data_sync                                            none
aws_ssm_service_setting                                               none
aws_ssmcontacts_contact                                               none
aws_ssmcontacts_contact_channel                                       none
aws_ssmcontacts_plan                                                  none
aws_ssmcontacts_rotation                                              none
aws_ssmincidents_replication_set                                      stateful monitoring-state high        # deleting the replication set deletes every Incident Manager record
aws_ssmincidents_response_plan                                        none
aws_ssmquicksetup_configuration_manager                               none
aws_ssoadmin_account_assignment                                       none
aws_ssoadmin_application                                              none
aws_ssoadmin_application_access_scope                                 none
aws_ssoadmin_application_assignment                                   none
aws_ssoadmin_application_assignment_configuration                     none
aws_ssoadmin_customer_managed_policy_attachment                       none
aws_ssoadmin_customer_managed_policy_attachments_exclusive            none
aws_ssoadmin_instance_access_control_attributes                       none
aws_ssoadmin_managed_policy_attachment                                none
aws_ssoadmin_managed_policy_attachments_exclusive                     none
aws_ssoadmin_permission_set                                           none
aws_ssoadmin_permission_set_inline_policy                             none
aws_ssoadmin_permissions_boundary_attachment                          none
aws_ssoadmin_region                                                   none
aws_ssoadmin_trusted_token_issuer                                     none
aws_storagegateway_cache                                              none                                  # a local disk of the gateway
aws_storagegateway_cached_iscsi_volume                                stateful block-storage critical
aws_storagegateway_file_system_association                            none
aws_storagegateway_gateway                                            none                                  # its volumes and file shares are separate resources; the data is in S3
aws_storagegateway_nfs_file_share                                     none                                  # the files are objects in the S3 bucket
aws_storagegateway_smb_file_share                                     none                                  # the files are objects in the S3 bucket
aws_storagegateway_stored_iscsi_volume                                stateful block-storage critical
aws_storagegateway_tape_pool                                          safeguard policy                      # the retention lock of its tapes
aws_storagegateway_upload_buffer                                      none                                  # a local disk of the gateway
aws_storagegateway_working_storage                                    none                                  # a local disk of the gateway
aws_subnet                                                            none
aws_swf_domain                                                        none
aws_synthetics_canary                                                 none
aws_synthetics_group                                                  none
aws_synthetics_group_association                                      none
aws_timestreaminfluxdb_db_cluster                                     stateful nosql-database critical
aws_timestreaminfluxdb_db_instance                                    stateful nosql-database critical
aws_timestreamquery_scheduled_query                                   none
aws_transcribe_language_model                                         stateful ml-model high                # trained model
aws_transcribe_medical_vocabulary                                     none
aws_transcribe_vocabulary                                             none
aws_transcribe_vocabulary_filter                                      none
aws_transfer_access                                                   none
aws_transfer_agreement                                                none
aws_transfer_certificate                                              none
aws_transfer_connector                                                none
aws_transfer_host_key                                                 none
aws_transfer_profile                                                  none
aws_transfer_server                                                   none
aws_transfer_ssh_key                                                  none
aws_transfer_tag                                                      none
aws_transfer_user                                                     none                                  # defined by the configuration; the home directory is in S3 or EFS
aws_transfer_web_app                                                  none
aws_transfer_web_app_customization                                    none
aws_transfer_workflow                                                 none
aws_uxc_account_customizations                                        none
aws_verifiedaccess_endpoint                                           none
aws_verifiedaccess_group                                              none
aws_verifiedaccess_instance                                           none
aws_verifiedaccess_instance_logging_configuration                     none
aws_verifiedaccess_instance_trust_provider_attachment                 none
aws_verifiedaccess_trust_provider                                     none
aws_verifiedpermissions_identity_source                               none
aws_verifiedpermissions_policy                                        none
aws_verifiedpermissions_policy_store                                  none
aws_verifiedpermissions_policy_template                               none
aws_verifiedpermissions_schema                                        none
aws_volume_attachment                                                 none
aws_vpc                                                               none
aws_vpc_block_public_access_exclusion                                 none
aws_vpc_block_public_access_options                                   none
aws_vpc_dhcp_options                                                  none
aws_vpc_dhcp_options_association                                      none
aws_vpc_encryption_control                                            none
aws_vpc_endpoint                                                      none
aws_vpc_endpoint_connection_accepter                                  none
aws_vpc_endpoint_connection_notification                              none
aws_vpc_endpoint_policy                                               none
aws_vpc_endpoint_private_dns                                          none
aws_vpc_endpoint_route_table_association                              none
aws_vpc_endpoint_security_group_association                           none
aws_vpc_endpoint_service                                              none
aws_vpc_endpoint_service_allowed_principal                            none
aws_vpc_endpoint_service_private_dns_verification                     none
aws_vpc_endpoint_subnet_association                                   none
aws_vpc_ipam                                                          none
aws_vpc_ipam_organization_admin_account                               none
aws_vpc_ipam_pool                                                     none
aws_vpc_ipam_pool_cidr                                                none
aws_vpc_ipam_pool_cidr_allocation                                     none
aws_vpc_ipam_preview_next_cidr                                        none
aws_vpc_ipam_resource_discovery                                       none
aws_vpc_ipam_resource_discovery_association                           none
aws_vpc_ipam_scope                                                    none
aws_vpc_ipv4_cidr_block_association                                   none
aws_vpc_ipv6_cidr_block_association                                   none
aws_vpc_network_performance_metric_subscription                       none
aws_vpc_peering_connection                                            none
aws_vpc_peering_connection_accepter                                   none
aws_vpc_peering_connection_options                                    none
aws_vpc_route_server                                                  none
aws_vpc_route_server_endpoint                                         none
aws_vpc_route_server_peer                                             none
aws_vpc_route_server_propagation                                      none
aws_vpc_route_server_vpc_association                                  none
aws_vpc_security_group_egress_rule                                    none
aws_vpc_security_group_ingress_rule                                   none
aws_vpc_security_group_rules_exclusive                                none
aws_vpc_security_group_vpc_association                                none
aws_vpclattice_access_log_subscription                                none
aws_vpclattice_auth_policy                                            none
aws_vpclattice_domain_verification                                    none
aws_vpclattice_listener                                               none
aws_vpclattice_listener_rule                                          none
aws_vpclattice_resource_configuration                                 none
aws_vpclattice_resource_gateway                                       none
aws_vpclattice_resource_policy                                        none
aws_vpclattice_service                                                none
aws_vpclattice_service_network                                        none
aws_vpclattice_service_network_resource_association                   none
aws_vpclattice_service_network_service_association                    none
aws_vpclattice_service_network_vpc_association                        none
aws_vpclattice_target_group                                           none
aws_vpclattice_target_group_attachment                                none
aws_vpn_concentrator                                                  none
aws_vpn_connection                                                    none
aws_vpn_connection_route                                              none
aws_vpn_gateway                                                       none
aws_vpn_gateway_attachment                                            none
aws_vpn_gateway_route_propagation                                     none
aws_waf_byte_match_set                                                none
aws_waf_geo_match_set                                                 none
aws_waf_ipset                                                         none
aws_waf_rate_based_rule                                               none
aws_waf_regex_match_set                                               none
aws_waf_regex_pattern_set                                             none
aws_waf_rule                                                          none
aws_waf_rule_group                                                    none
aws_waf_size_constraint_set                                           none
aws_waf_sql_injection_match_set                                       none
aws_waf_web_acl                                                       none
aws_waf_xss_match_set                                                 none
aws_wafregional_byte_match_set                                        none
aws_wafregional_geo_match_set                                         none
aws_wafregional_ipset                                                 none
aws_wafregional_rate_based_rule                                       none
aws_wafregional_regex_match_set                                       none
aws_wafregional_regex_pattern_set                                     none
aws_wafregional_rule                                                  none
aws_wafregional_rule_group                                            none
aws_wafregional_size_constraint_set                                   none
aws_wafregional_sql_injection_match_set                               none
aws_wafregional_web_acl                                               none
aws_wafregional_web_acl_association                                   none
aws_wafregional_xss_match_set                                         none
aws_wafv2_api_key                                                     none
aws_wafv2_ip_set                                                      none
aws_wafv2_regex_pattern_set                                           none
aws_wafv2_rule_group                                                  none
aws_wafv2_web_acl                                                     none
aws_wafv2_web_acl_association                                         none
aws_wafv2_web_acl_logging_configuration                               none
aws_wafv2_web_acl_rule                                                none
aws_wafv2_web_acl_rule_group_association                              none
aws_worklink_fleet                                                    none
aws_worklink_website_certificate_authority_association                none
aws_workmail_default_domain                                           none
aws_workmail_domain                                                   none
aws_workmail_group                                                    none
aws_workmail_organization                                             stateful other-stateful critical      # cascade: every mailbox of the organization is deleted
aws_workmail_user                                                     stateful other-stateful high          # the user's mailbox is deleted
aws_workspaces_connection_alias                                       none
aws_workspaces_directory                                              none                                  # registration of a directory; its workspaces are separate resources
aws_workspaces_ip_group                                               none
aws_workspaces_pool                                                   none                                  # pooled workspaces are non-persistent
aws_workspaces_workspace                                              stateful workstation high             # the user and root volumes hold the user's files
aws_workspacesweb_browser_settings                                    none
aws_workspacesweb_browser_settings_association                        none
aws_workspacesweb_data_protection_settings                            none
aws_workspacesweb_data_protection_settings_association                none
aws_workspacesweb_identity_provider                                   none
aws_workspacesweb_ip_access_settings                                  none
aws_workspacesweb_ip_access_settings_association                      none
aws_workspacesweb_network_settings                                    none
aws_workspacesweb_network_settings_association                        none
aws_workspacesweb_portal                                              none
aws_workspacesweb_session_logger                                      none
aws_workspacesweb_session_logger_association                          none
aws_workspacesweb_trust_store                                         none
aws_workspacesweb_trust_store_association                             none
aws_workspacesweb_user_access_logging_settings                        none
aws_workspacesweb_user_access_logging_settings_association            none
aws_workspacesweb_user_settings                                       none
aws_workspacesweb_user_settings_association                           none
aws_xray_encryption_config                                            none
aws_xray_group                                                        none
aws_xray_indexing_rule                                                none
aws_xray_resource_policy                                              none
aws_xray_sampling_rule                                                none
aws_xray_trace_segment_destination                                    none
`;
  }
};
var AZURERM_REVIEWED = {
  provider: "azurerm",
  reviewedAt: "terraform-provider-azurerm, August 2026 (after v5.2.0)",
  get lines() {
    return `
azurerm_action_group none
azurerm_active_directory_domain_service_replica_set safeguard data  # a regional replica of the managed domain; the directory itself lives in the domain service
azurerm_active_directory_domain_service_trust none
azurerm_advanced_threat_protection none
azurerm_advisor_suppression none
azurerm_ai_foundry stateful ml-model high  # hub workspace: models, runs, datasets and connections created in the studio are deleted with it
azurerm_ai_foundry_project stateful ml-model high  # project workspace: models, runs, agents and evaluations created in the studio
azurerm_ai_services stateful ml-model high  # like azurerm_cognitive_account: custom and fine-tuned models and uploaded data are deleted with the account
azurerm_analysis_services_server stateful data-warehouse high  # tabular models and their processed data are deployed to the server outside Terraform
azurerm_api_connection none
azurerm_api_management stateful other-stateful high  # developer-portal users, their subscriptions and keys, and portal content exist only in the service
azurerm_api_management_api none
azurerm_api_management_api_diagnostic none
azurerm_api_management_api_operation none
azurerm_api_management_api_operation_policy none
azurerm_api_management_api_operation_tag none
azurerm_api_management_api_policy none
azurerm_api_management_api_release none
azurerm_api_management_api_schema none
azurerm_api_management_api_tag none
azurerm_api_management_api_tag_description none
azurerm_api_management_api_version_set none
azurerm_api_management_authorization_server none
azurerm_api_management_backend none
azurerm_api_management_certificate none
azurerm_api_management_custom_domain none
azurerm_api_management_diagnostic none
azurerm_api_management_email_template none
azurerm_api_management_gateway none
azurerm_api_management_gateway_api none
azurerm_api_management_gateway_certificate_authority none
azurerm_api_management_gateway_host_name_configuration none
azurerm_api_management_global_schema none
azurerm_api_management_group none
azurerm_api_management_group_user none
azurerm_api_management_identity_provider_aad none
azurerm_api_management_identity_provider_aadb2c none
azurerm_api_management_identity_provider_facebook none
azurerm_api_management_identity_provider_google none
azurerm_api_management_identity_provider_microsoft none
azurerm_api_management_identity_provider_twitter none
azurerm_api_management_logger none
azurerm_api_management_named_value none
azurerm_api_management_notification_recipient_email none
azurerm_api_management_notification_recipient_user none
azurerm_api_management_openid_connect_provider none
azurerm_api_management_policy none
azurerm_api_management_policy_fragment none
azurerm_api_management_product none
azurerm_api_management_product_api none
azurerm_api_management_product_group none
azurerm_api_management_product_policy none
azurerm_api_management_product_tag none
azurerm_api_management_property none
azurerm_api_management_redis_cache none
azurerm_api_management_standalone_gateway none
azurerm_api_management_subscription none
azurerm_api_management_tag none
azurerm_api_management_user none
azurerm_api_management_workspace none
azurerm_api_management_workspace_api_version_set none
azurerm_api_management_workspace_certificate none
azurerm_api_management_workspace_named_value none
azurerm_api_management_workspace_policy none
azurerm_api_management_workspace_policy_fragment none
azurerm_app_configuration_feature none
azurerm_app_configuration_key none
azurerm_app_service none
azurerm_app_service_active_slot none
azurerm_app_service_certificate none
azurerm_app_service_certificate_binding none
azurerm_app_service_certificate_order stateful certificate high  # a purchased certificate: deleting cancels the order and its key material
azurerm_app_service_connection none
azurerm_app_service_custom_hostname_binding none
azurerm_app_service_environment none
azurerm_app_service_environment_v3 none
azurerm_app_service_hybrid_connection none
azurerm_app_service_managed_certificate none
azurerm_app_service_plan none
azurerm_app_service_public_certificate none
azurerm_app_service_slot none
azurerm_app_service_slot_custom_hostname_binding none
azurerm_app_service_slot_virtual_network_swift_connection none
azurerm_app_service_source_control none
azurerm_app_service_source_control_slot none
azurerm_app_service_source_control_token none
azurerm_app_service_virtual_network_swift_connection none
azurerm_application_gateway none
azurerm_application_insights_analytics_item none
azurerm_application_insights_api_key none
azurerm_application_insights_smart_detection_rule none
azurerm_application_insights_standard_web_test none
azurerm_application_insights_web_test none
azurerm_application_insights_web_tests none
azurerm_application_insights_workbook none
azurerm_application_insights_workbook_template none
azurerm_application_load_balancer none
azurerm_application_load_balancer_frontend none
azurerm_application_load_balancer_security_policy none
azurerm_application_load_balancer_subnet_association none
azurerm_application_security_group none
azurerm_arc_kubernetes_cluster none
azurerm_arc_kubernetes_cluster_extension none
azurerm_arc_kubernetes_flux_configuration none
azurerm_arc_kubernetes_provisioned_cluster stateful other-stateful high  # like azurerm_kubernetes_cluster: the cluster state (objects created outside Terraform) is deleted
azurerm_arc_machine none
azurerm_arc_machine_automanage_configuration_assignment none
azurerm_arc_machine_extension none
azurerm_arc_private_link_scope none
azurerm_arc_resource_bridge_appliance none
azurerm_attestation_provider none
azurerm_automanage_configuration none
azurerm_automation_account none  # runbooks, variables and schedules are configuration; only job history is lost
azurerm_automation_certificate none
azurerm_automation_connection none
azurerm_automation_connection_certificate none
azurerm_automation_connection_classic_certificate none
azurerm_automation_connection_service_principal none
azurerm_automation_connection_type none
azurerm_automation_credential none
azurerm_automation_dsc_configuration none
azurerm_automation_dsc_nodeconfiguration none
azurerm_automation_hybrid_runbook_worker none
azurerm_automation_hybrid_runbook_worker_group none
azurerm_automation_job_schedule none
azurerm_automation_module none
azurerm_automation_powershell72_module none
azurerm_automation_python3_package none
azurerm_automation_runbook none
azurerm_automation_runtime_environment none
azurerm_automation_runtime_environment_package none
azurerm_automation_schedule none
azurerm_automation_software_update_configuration none
azurerm_automation_source_control none
azurerm_automation_variable_bool none
azurerm_automation_variable_datetime none
azurerm_automation_variable_int none
azurerm_automation_variable_object none
azurerm_automation_variable_string none
azurerm_automation_watcher none
azurerm_automation_webhook none
azurerm_autoscale_setting none
azurerm_availability_set none
azurerm_azuread_application none
azurerm_azuread_service_principal none
azurerm_azuread_service_principal_password none
azurerm_backup_container_storage_account safeguard policy  # unregisters the storage account from the Recovery Services vault used for share backups
azurerm_bastion_host none
azurerm_batch_account none
azurerm_batch_application none  # a container for application packages uploaded with their versions
azurerm_batch_certificate none
azurerm_batch_job none
azurerm_batch_pool none
azurerm_billing_account_cost_management_export none
azurerm_blueprint_assignment none
azurerm_bot_channel_alexa none
azurerm_bot_channel_direct_line_speech none
azurerm_bot_channel_directline none
azurerm_bot_channel_email none
azurerm_bot_channel_facebook none
azurerm_bot_channel_line none
azurerm_bot_channel_ms_teams none
azurerm_bot_channel_slack none
azurerm_bot_channel_sms none
azurerm_bot_channel_web_chat none
azurerm_bot_channels_registration none
azurerm_bot_connection none
azurerm_bot_service_azure_bot none
azurerm_bot_web_app none
azurerm_capacity_reservation none
azurerm_capacity_reservation_group none
azurerm_cdn_endpoint none
azurerm_cdn_endpoint_custom_domain none
azurerm_cdn_frontdoor_batch_rule_set none
azurerm_cdn_frontdoor_custom_domain none
azurerm_cdn_frontdoor_custom_domain_association none
azurerm_cdn_frontdoor_endpoint none
azurerm_cdn_frontdoor_firewall_policy none
azurerm_cdn_frontdoor_origin none
azurerm_cdn_frontdoor_origin_group none
azurerm_cdn_frontdoor_profile none
azurerm_cdn_frontdoor_route none
azurerm_cdn_frontdoor_route_disable_link_to_default_domain none
azurerm_cdn_frontdoor_rule none
azurerm_cdn_frontdoor_rule_set none
azurerm_cdn_frontdoor_secret none
azurerm_cdn_frontdoor_security_policy none
azurerm_cdn_profile none
azurerm_chaos_studio_capability none
azurerm_chaos_studio_experiment none
azurerm_chaos_studio_target none
azurerm_cognitive_account stateful ml-model high  # custom and fine-tuned models, training data and uploaded files of the account are deleted with it
azurerm_cognitive_account_connection_account_key none
azurerm_cognitive_account_connection_account_managed_identity none
azurerm_cognitive_account_connection_api_key none
azurerm_cognitive_account_connection_custom_keys none
azurerm_cognitive_account_connection_entra_id none
azurerm_cognitive_account_customer_managed_key none
azurerm_cognitive_account_project stateful ml-model high  # Foundry project: agents, threads, files and evaluations created at runtime
azurerm_cognitive_account_rai_blocklist none
azurerm_cognitive_account_rai_policy none
azurerm_cognitive_deployment none  # deploys a model; a fine-tuned model stays in the account
azurerm_communication_service stateful other-stateful high  # acquired phone numbers, user identities and chat threads are released with it
azurerm_communication_service_email_domain_association none
azurerm_confidential_ledger stateful other-stateful critical  # the ledger's entries are the data
azurerm_connection_monitor none
azurerm_consumption_budget_management_group none
azurerm_consumption_budget_resource_group none
azurerm_consumption_budget_subscription none
azurerm_container_app none
azurerm_container_app_custom_domain none
azurerm_container_app_environment none
azurerm_container_app_environment_certificate none
azurerm_container_app_environment_custom_domain none
azurerm_container_app_environment_dapr_component none
azurerm_container_app_environment_managed_certificate none
azurerm_container_app_environment_storage none
azurerm_container_app_job none
azurerm_container_connected_registry none  # an on-premises replica synced from its parent registry, which keeps the images
azurerm_container_group none
azurerm_container_registry_agent_pool none
azurerm_container_registry_cache_rule none
azurerm_container_registry_credential_set none
azurerm_container_registry_scope_map none
azurerm_container_registry_task none
azurerm_container_registry_task_schedule_run_now none
azurerm_container_registry_token none
azurerm_container_registry_token_password none
azurerm_container_registry_webhook none
azurerm_container_service stateful other-stateful high  # legacy orchestrator cluster: like azurerm_kubernetes_cluster, the cluster state is deleted
azurerm_cosmosdb_cassandra_cluster stateful nosql-database critical  # managed Cassandra: the data lives on the cluster's nodes
azurerm_cosmosdb_cassandra_datacenter stateful nosql-database high  # cluster member holding data on its nodes: keyspaces replicated only to this datacenter are lost
azurerm_cosmosdb_mongo_role_definition none
azurerm_cosmosdb_mongo_user_definition none
azurerm_cosmosdb_notebook_workspace stateful other-stateful high  # notebooks written in the workspace are stored in it
azurerm_cosmosdb_postgresql_coordinator_configuration none
azurerm_cosmosdb_postgresql_firewall_rule none
azurerm_cosmosdb_postgresql_node_configuration none
azurerm_cosmosdb_postgresql_role none
azurerm_cosmosdb_sql_dedicated_gateway none  # integrated cache in front of the account; the data stays in the containers
azurerm_cosmosdb_sql_function none
azurerm_cosmosdb_sql_role_assignment none
azurerm_cosmosdb_sql_role_definition none
azurerm_cosmosdb_sql_stored_procedure none
azurerm_cosmosdb_sql_trigger none
azurerm_cost_anomaly_alert none
azurerm_cost_management_export_resource_group none
azurerm_cost_management_scheduled_action none
azurerm_custom_ip_prefix none
azurerm_custom_provider none
azurerm_dashboard none
azurerm_dashboard_grafana stateful monitoring-state high  # dashboards, alerts and users created in Grafana live in the instance's database
azurerm_dashboard_grafana_managed_private_endpoint none
azurerm_data_factory none  # pipelines, datasets and linked services are configuration; the data lives in the linked stores
azurerm_data_factory_credential_service_principal none
azurerm_data_factory_credential_user_managed_identity none
azurerm_data_factory_custom_dataset none
azurerm_data_factory_customer_managed_key none
azurerm_data_factory_data_flow none
azurerm_data_factory_dataset_azure_blob none
azurerm_data_factory_dataset_azure_sql_table none
azurerm_data_factory_dataset_binary none
azurerm_data_factory_dataset_cosmosdb_sqlapi none
azurerm_data_factory_dataset_delimited_text none
azurerm_data_factory_dataset_http none
azurerm_data_factory_dataset_json none
azurerm_data_factory_dataset_mysql none
azurerm_data_factory_dataset_parquet none
azurerm_data_factory_dataset_postgresql none
azurerm_data_factory_dataset_snowflake none
azurerm_data_factory_dataset_sql_server_table none
azurerm_data_factory_flowlet_data_flow none
azurerm_data_factory_integration_runtime_azure none
azurerm_data_factory_integration_runtime_azure_ssis none
azurerm_data_factory_integration_runtime_managed none
azurerm_data_factory_integration_runtime_self_hosted none
azurerm_data_factory_linked_custom_service none
azurerm_data_factory_linked_service_azure_blob_storage none
azurerm_data_factory_linked_service_azure_databricks none
azurerm_data_factory_linked_service_azure_file_storage none
azurerm_data_factory_linked_service_azure_function none
azurerm_data_factory_linked_service_azure_search none
azurerm_data_factory_linked_service_azure_sql_database none
azurerm_data_factory_linked_service_azure_table_storage none
azurerm_data_factory_linked_service_cosmosdb none
azurerm_data_factory_linked_service_cosmosdb_mongoapi none
azurerm_data_factory_linked_service_data_lake_storage_gen2 none
azurerm_data_factory_linked_service_key_vault none
azurerm_data_factory_linked_service_kusto none
azurerm_data_factory_linked_service_mysql none
azurerm_data_factory_linked_service_odata none
azurerm_data_factory_linked_service_odbc none
azurerm_data_factory_linked_service_postgresql none
azurerm_data_factory_linked_service_sftp none
azurerm_data_factory_linked_service_snowflake none
azurerm_data_factory_linked_service_sql_managed_instance none
azurerm_data_factory_linked_service_sql_server none
azurerm_data_factory_linked_service_synapse none
azurerm_data_factory_linked_service_web none
azurerm_data_factory_managed_private_endpoint none
azurerm_data_factory_pipeline none
azurerm_data_factory_trigger_blob_event none
azurerm_data_factory_trigger_custom_event none
azurerm_data_factory_trigger_schedule none
azurerm_data_factory_trigger_tumbling_window none
azurerm_data_lake_analytics_account stateful data-warehouse high  # the U-SQL catalog (databases, tables) lives in the account
azurerm_data_lake_analytics_firewall_rule none
azurerm_data_lake_store stateful object-storage critical  # Data Lake Storage Gen1: deleting the account deletes every file in it
azurerm_data_lake_store_file stateful object-storage high  # like azurerm_storage_blob: destroy deletes the file's current content
azurerm_data_lake_store_firewall_rule none
azurerm_data_lake_store_virtual_network_rule none
azurerm_data_protection_backup_instance_data_lake_storage safeguard data  # deleting the backup instance stops protection and deletes its recovery points
azurerm_data_protection_backup_instance_kubernetes_cluster safeguard data  # deleting the backup instance stops protection and deletes its recovery points
azurerm_data_protection_backup_instance_mysql_flexible_server safeguard data  # deleting the backup instance stops protection and deletes its recovery points
azurerm_data_protection_backup_instance_postgresql_flexible_server safeguard data  # deleting the backup instance stops protection and deletes its recovery points
azurerm_data_protection_backup_policy_data_lake_storage safeguard policy  # the schedule and retention that make recovery points
azurerm_data_protection_backup_policy_kubernetes_cluster safeguard policy  # the schedule and retention that make recovery points
azurerm_data_protection_backup_policy_mysql_flexible_server safeguard policy  # the schedule and retention that make recovery points
azurerm_data_protection_backup_policy_postgresql_flexible_server safeguard policy  # the schedule and retention that make recovery points
azurerm_data_protection_backup_vault_customer_managed_key none
azurerm_data_protection_resource_guard safeguard policy  # multi-user authorization guard over a backup vault's destructive operations
azurerm_data_share none
azurerm_data_share_account none  # shares point at datasets in other stores; snapshots land in the consumer's storage
azurerm_data_share_dataset_blob_storage none
azurerm_data_share_dataset_data_lake_gen1 none
azurerm_data_share_dataset_data_lake_gen2 none
azurerm_data_share_dataset_kusto_cluster none
azurerm_data_share_dataset_kusto_database none
azurerm_database_migration_project none
azurerm_database_migration_service none
azurerm_databox_edge_device none
azurerm_databox_edge_order none
azurerm_databricks_access_connector none
azurerm_databricks_virtual_network_peering none
azurerm_databricks_workspace_customer_managed_key none
azurerm_databricks_workspace_root_dbfs_customer_managed_key none
azurerm_datadog_monitor none  # Azure-native partner link (billing, log forwarding); the Datadog organization is separate
azurerm_datadog_monitor_sso_configuration none
azurerm_datadog_monitor_tag_rule none
azurerm_ddos_protection_plan none
azurerm_dedicated_hardware_security_module stateful encryption-key critical  # a dedicated HSM: keys generated in it exist nowhere else
azurerm_dedicated_host none
azurerm_dedicated_host_group none
azurerm_dev_center none
azurerm_dev_center_attached_network none
azurerm_dev_center_catalog none
azurerm_dev_center_dev_box_definition none
azurerm_dev_center_environment_type none
azurerm_dev_center_gallery none
azurerm_dev_center_network_connection none
azurerm_dev_center_project none  # dev boxes are created by users from pools; definitions are configuration
azurerm_dev_center_project_environment_type none
azurerm_dev_center_project_pool none
azurerm_dev_test_global_vm_shutdown_schedule none
azurerm_dev_test_lab stateful workstation high  # cascade: deleting the lab deletes every VM in it, including those users claimed outside Terraform, and its custom images
azurerm_dev_test_linux_virtual_machine none  # compute re-created from its image, like azurerm_linux_virtual_machine
azurerm_dev_test_policy none
azurerm_dev_test_schedule none
azurerm_dev_test_virtual_network none
azurerm_dev_test_windows_virtual_machine none  # compute re-created from its image, like azurerm_windows_virtual_machine
azurerm_devspace_controller none
azurerm_digital_twins_endpoint_eventgrid none
azurerm_digital_twins_endpoint_eventhub none
azurerm_digital_twins_endpoint_servicebus none
azurerm_digital_twins_instance stateful nosql-database high  # the twin graph (models, twins, relationships) is written through the data plane
azurerm_digital_twins_time_series_database_connection none
azurerm_disk_access none
azurerm_disk_encryption_set none  # Azure refuses to delete a set still used by disks; the key lives in Key Vault
azurerm_disk_pool none  # presents managed disks over iSCSI; the disks are separate resources
azurerm_disk_pool_iscsi_target none
azurerm_disk_pool_iscsi_target_lun none
azurerm_disk_pool_managed_disk_attachment none
azurerm_dns_a_record none
azurerm_dns_aaaa_record none
azurerm_dns_caa_record none
azurerm_dns_cname_record none
azurerm_dns_mx_record none
azurerm_dns_ns_record none
azurerm_dns_ptr_record none
azurerm_dns_srv_record none
azurerm_dns_txt_record none
azurerm_dynatrace_monitor none  # Azure-native partner link (billing, log forwarding); the Dynatrace environment is separate
azurerm_dynatrace_tag_rules none
azurerm_elastic_cloud_elasticsearch stateful search-analytics critical  # Azure-native Elastic: deleting it deletes the Elastic Cloud deployment and its indices
azurerm_elastic_san stateful block-storage high  # holds the volume groups and their volumes (Azure refuses the delete while they remain)
azurerm_elastic_san_volume_group stateful block-storage high  # holds the volumes (Azure refuses the delete while they remain)
azurerm_email_communication_service none
azurerm_email_communication_service_domain none
azurerm_email_communication_service_domain_sender_username none
azurerm_eventgrid_domain none  # push delivery: events are retried, not stored
azurerm_eventgrid_domain_topic none  # push delivery: events are retried, not stored
azurerm_eventgrid_event_subscription none
azurerm_eventgrid_namespace stateful queue-stream high  # cascade: namespace topics retain events for pull delivery
azurerm_eventgrid_namespace_topic stateful queue-stream high  # retains events until subscribers pull and acknowledge them
azurerm_eventgrid_partner_configuration none
azurerm_eventgrid_partner_namespace none
azurerm_eventgrid_partner_registration none
azurerm_eventgrid_system_topic none  # push delivery: events are retried, not stored
azurerm_eventgrid_system_topic_event_subscription none
azurerm_eventgrid_topic none  # push delivery: events are retried, not stored
azurerm_eventhub_authorization_rule none
azurerm_eventhub_cluster stateful queue-stream high  # dedicated cluster: the namespaces placed in it and their retained events
azurerm_eventhub_consumer_group none  # the events stay in the event hub; checkpoints are kept by clients
azurerm_eventhub_namespace_authorization_rule none
azurerm_eventhub_namespace_customer_managed_key none
azurerm_eventhub_namespace_disaster_recovery_config safeguard data  # geo-disaster-recovery pairing with a secondary namespace
azurerm_eventhub_namespace_schema_group stateful other-stateful high  # schema registry: producers register schemas at runtime, outside Terraform
azurerm_express_route_circuit none
azurerm_express_route_circuit_authorization none
azurerm_express_route_circuit_connection none
azurerm_express_route_circuit_peering none
azurerm_express_route_connection none
azurerm_express_route_gateway none
azurerm_express_route_port none
azurerm_express_route_port_authorization none
azurerm_extended_location_custom_location none
azurerm_fabric_capacity stateful data-warehouse high  # Fabric items (lakehouses, warehouses) of workspaces on the capacity depend on it
azurerm_federated_identity_credential none
azurerm_firewall none
azurerm_firewall_application_rule_collection none
azurerm_firewall_nat_rule_collection none
azurerm_firewall_network_rule_collection none
azurerm_firewall_policy none
azurerm_firewall_policy_rule_collection_group none
azurerm_fluid_relay_server stateful other-stateful high  # stores the Fluid containers' document data
azurerm_frontdoor none
azurerm_frontdoor_custom_https_configuration none
azurerm_frontdoor_firewall_policy none
azurerm_frontdoor_rules_engine none
azurerm_function_app none
azurerm_function_app_active_slot none
azurerm_function_app_connection none
azurerm_function_app_flex_consumption none
azurerm_function_app_function none
azurerm_function_app_hybrid_connection none
azurerm_function_app_slot none
azurerm_gallery_application none
azurerm_gallery_application_version none  # the package is copied from a blob named in the configuration
azurerm_graph_account none
azurerm_graph_services_account none
azurerm_hci_cluster none
azurerm_hdinsight_hadoop_cluster none  # the data stays in the cluster's storage account
azurerm_hdinsight_hbase_cluster stateful nosql-database high  # HBase tables live in its storage account, but the write-ahead log on cluster disks and the internal metastore go with it
azurerm_hdinsight_interactive_query_cluster none  # the data stays in the cluster's storage account
azurerm_hdinsight_kafka_cluster stateful queue-stream high  # topics and their messages live on the worker nodes' managed disks
azurerm_hdinsight_ml_services_cluster none
azurerm_hdinsight_rserver_cluster none
azurerm_hdinsight_spark_cluster none  # the data stays in the cluster's storage account
azurerm_hdinsight_storm_cluster none
azurerm_healthbot none
azurerm_healthcare_dicom_service stateful other-stateful critical  # stores DICOM studies
azurerm_healthcare_medtech_service none
azurerm_healthcare_medtech_service_fhir_destination none
azurerm_healthcare_service stateful other-stateful critical  # Azure API for FHIR: stores patient records
azurerm_healthcare_workspace stateful other-stateful high  # cascade: holds the FHIR, DICOM and MedTech services
azurerm_hpc_cache none  # a cache in front of storage targets; data is flushed to them
azurerm_hpc_cache_access_policy none
azurerm_hpc_cache_blob_nfs_target none
azurerm_hpc_cache_blob_target none
azurerm_hpc_cache_nfs_target none
azurerm_image stateful other-stateful high  # a captured image: once the generalized source VM is gone it exists only here
azurerm_integration_service_environment none
azurerm_iot_security_device_group none
azurerm_iot_security_solution none
azurerm_iot_time_series_insights_access_policy none
azurerm_iot_time_series_insights_event_source_eventhub none
azurerm_iot_time_series_insights_event_source_iothub none
azurerm_iot_time_series_insights_gen2_environment stateful search-analytics high  # the warm store's time series data is lost; cold data stays in the storage account
azurerm_iot_time_series_insights_reference_data_set stateful search-analytics high  # reference data rows are uploaded through the data plane
azurerm_iot_time_series_insights_standard_environment stateful search-analytics high  # stores the ingested events
azurerm_iotcentral_application stateful other-stateful high  # devices, their data, dashboards and users created in the application
azurerm_iotcentral_application_network_rule_set none
azurerm_iotcentral_organization none
azurerm_iothub stateful other-stateful high  # the device identity registry (devices and keys registered outside Terraform) and retained messages
azurerm_iothub_certificate none
azurerm_iothub_consumer_group none
azurerm_iothub_device_update_account stateful other-stateful high  # cascade: its instances hold imported updates and deployment history
azurerm_iothub_device_update_instance stateful other-stateful high  # imported update content and deployment history
azurerm_iothub_dps stateful identity-directory high  # enrollments and device registration records are created outside Terraform
azurerm_iothub_dps_certificate none
azurerm_iothub_dps_shared_access_policy none
azurerm_iothub_endpoint_cosmosdb_account none
azurerm_iothub_endpoint_eventhub none
azurerm_iothub_endpoint_servicebus_queue none
azurerm_iothub_endpoint_servicebus_topic none
azurerm_iothub_endpoint_storage_container none
azurerm_iothub_enrichment none
azurerm_iothub_fallback_route none
azurerm_iothub_file_upload none
azurerm_iothub_route none
azurerm_iothub_shared_access_policy none
azurerm_ip_group none
azurerm_ip_group_cidr none
azurerm_key_vault_access_policy none
azurerm_key_vault_certificate_contacts none
azurerm_key_vault_certificate_issuer none
azurerm_key_vault_managed_hardware_security_module_key_rotation_policy none
azurerm_key_vault_managed_hardware_security_module_role_assignment none
azurerm_key_vault_managed_hardware_security_module_role_definition none
azurerm_key_vault_managed_storage_account none  # Key Vault rotating a storage account's keys; the account is separate
azurerm_key_vault_managed_storage_account_sas_token_definition none
azurerm_kubernetes_automatic_cluster stateful other-stateful high  # like azurerm_kubernetes_cluster: the cluster state (objects created outside Terraform) is deleted
azurerm_kubernetes_cluster_deployment_safeguard none
azurerm_kubernetes_cluster_extension none
azurerm_kubernetes_cluster_node_pool none  # node disks hold no persistent data; volumes are separate disks
azurerm_kubernetes_cluster_pod_identity none
azurerm_kubernetes_cluster_trusted_access_role_binding none
azurerm_kubernetes_fleet_manager none
azurerm_kubernetes_fleet_member none
azurerm_kubernetes_fleet_update_run none
azurerm_kubernetes_fleet_update_strategy none
azurerm_kubernetes_flux_configuration none
azurerm_kusto_attached_database_configuration none  # a follower database: the data stays in the leader
azurerm_kusto_cluster_customer_managed_key none
azurerm_kusto_cluster_managed_private_endpoint none
azurerm_kusto_cluster_principal_assignment none
azurerm_kusto_cosmosdb_data_connection none
azurerm_kusto_database_principal none
azurerm_kusto_database_principal_assignment none
azurerm_kusto_eventgrid_data_connection none
azurerm_kusto_eventhub_data_connection none
azurerm_kusto_iothub_data_connection none
azurerm_kusto_script none  # deleting the script resource does not undo what it ran
azurerm_lab_service_lab stateful workstation high  # students' lab VMs and their work are deleted with the lab
azurerm_lab_service_plan none
azurerm_lab_service_schedule none
azurerm_lab_service_user none
azurerm_lb none
azurerm_lb_backend_address_pool none
azurerm_lb_backend_address_pool_address none
azurerm_lb_nat_pool none
azurerm_lb_nat_rule none
azurerm_lb_outbound_rule none
azurerm_lb_probe none
azurerm_lb_rule none
azurerm_lighthouse_assignment none
azurerm_lighthouse_definition none
azurerm_linux_function_app none
azurerm_linux_function_app_slot none
azurerm_linux_virtual_machine none  # compute: data disks are separate azurerm_managed_disk resources
azurerm_linux_virtual_machine_scale_set none  # compute: instances are re-created from the model
azurerm_linux_web_app none
azurerm_linux_web_app_slot none
azurerm_load_test stateful other-stateful high  # test definitions and run results created in the service are deleted with it
azurerm_local_network_gateway none
azurerm_log_analytics_cluster stateful log high  # data ingested from linked workspaces is stored in the cluster and becomes inaccessible
azurerm_log_analytics_cluster_customer_managed_key none
azurerm_log_analytics_data_export_rule none
azurerm_log_analytics_datasource_windows_event none
azurerm_log_analytics_datasource_windows_performance_counter none
azurerm_log_analytics_linked_service none
azurerm_log_analytics_linked_storage_account none
azurerm_log_analytics_query_pack none
azurerm_log_analytics_query_pack_query none
azurerm_log_analytics_saved_search none
azurerm_log_analytics_solution none
azurerm_log_analytics_storage_insights none
azurerm_log_analytics_workspace_linked_service none
azurerm_log_analytics_workspace_table stateful log high  # destroy resets the table's retention to the workspace's, purging data older than that
azurerm_log_analytics_workspace_table_custom_log stateful log high  # deleting a custom table deletes its data
azurerm_log_analytics_workspace_table_microsoft stateful log high  # destroy resets the table's retention settings, purging data older than the workspace's retention
azurerm_logic_app_action_custom none
azurerm_logic_app_action_http none
azurerm_logic_app_integration_account none  # maps, schemas, partners and agreements are configuration
azurerm_logic_app_integration_account_agreement none
azurerm_logic_app_integration_account_assembly none
azurerm_logic_app_integration_account_batch_configuration none
azurerm_logic_app_integration_account_certificate none
azurerm_logic_app_integration_account_map none
azurerm_logic_app_integration_account_partner none
azurerm_logic_app_integration_account_schema none
azurerm_logic_app_integration_account_session none
azurerm_logic_app_standard none  # workflow state lives in its storage account
azurerm_logic_app_trigger_custom none
azurerm_logic_app_trigger_http_request none
azurerm_logic_app_trigger_recurrence none
azurerm_logic_app_workflow none
azurerm_logz_monitor none  # Azure-native partner link (billing, log shipping); the Logz.io account is separate
azurerm_logz_sub_account none  # Azure-native partner link (billing, log shipping); the Logz.io account is separate
azurerm_logz_sub_account_tag_rule none
azurerm_logz_tag_rule none
azurerm_machine_learning_compute_cluster none
azurerm_machine_learning_compute_instance stateful workstation high  # a personal workstation: files and environments on its disk are deleted
azurerm_machine_learning_datastore_blobstorage none
azurerm_machine_learning_datastore_datalake_gen2 none
azurerm_machine_learning_datastore_fileshare none
azurerm_machine_learning_inference_cluster none
azurerm_machine_learning_synapse_spark none
azurerm_machine_learning_workspace stateful ml-model high  # registered models, experiment runs, datasets and history
azurerm_machine_learning_workspace_network_outbound_rule_fqdn none
azurerm_machine_learning_workspace_network_outbound_rule_private_endpoint none
azurerm_machine_learning_workspace_network_outbound_rule_service_tag none
azurerm_maintenance_assignment_dedicated_host none
azurerm_maintenance_assignment_dynamic_scope none
azurerm_maintenance_assignment_virtual_machine none
azurerm_maintenance_assignment_virtual_machine_scale_set none
azurerm_maintenance_configuration none
azurerm_managed_application stateful other-stateful high  # cascade: deletes its managed resource group and every resource (and its data) in it
azurerm_managed_application_definition none
azurerm_managed_devops_pool none
azurerm_managed_disk_sas_token none
azurerm_managed_redis_access_policy_assignment none
azurerm_managed_redis_geo_replication safeguard data  # active geo-replication between Managed Redis databases
azurerm_management_group none
azurerm_management_group_policy_assignment none
azurerm_management_group_policy_exemption none
azurerm_management_group_policy_remediation none
azurerm_management_group_policy_set_definition none
azurerm_management_group_subscription_association none
azurerm_management_group_template_deployment stateful other-stateful high  # destroy deletes the resources the template deployed (template_deployment.delete_nested_items_during_deletion defaults to true)
azurerm_management_lock safeguard policy  # a CanNotDelete/ReadOnly lock: removing it removes what stops a delete
azurerm_maps_account none  # the account holds keys and settings; Creator data is azurerm_maps_creator
azurerm_maps_creator stateful other-stateful high  # uploaded indoor map data and datasets
azurerm_mariadb_configuration none
azurerm_mariadb_firewall_rule none
azurerm_mariadb_virtual_network_rule none
azurerm_marketplace_agreement none
azurerm_marketplace_role_assignment none
azurerm_media_asset stateful object-storage high  # deleting an asset deletes its blob container of media
azurerm_media_asset_filter none
azurerm_media_content_key_policy none
azurerm_media_job none
azurerm_media_live_event none
azurerm_media_live_output none
azurerm_media_services_account stateful other-stateful high  # asset metadata, streaming locators and their content keys
azurerm_media_services_account_filter none
azurerm_media_streaming_endpoint none
azurerm_media_streaming_locator none
azurerm_media_streaming_policy none
azurerm_media_transform none
azurerm_metric_alertrule none
azurerm_mobile_network none
azurerm_mobile_network_attached_data_network none
azurerm_mobile_network_data_network none
azurerm_mobile_network_packet_core_control_plane none
azurerm_mobile_network_packet_core_data_plane none
azurerm_mobile_network_service none
azurerm_mobile_network_sim none
azurerm_mobile_network_sim_group none
azurerm_mobile_network_sim_policy none
azurerm_mobile_network_site none
azurerm_mobile_network_slice none
azurerm_mongo_cluster_firewall_rule none
azurerm_mongo_cluster_user none
azurerm_monitor_aad_diagnostic_setting none
azurerm_monitor_action_group none
azurerm_monitor_action_rule_action_group none
azurerm_monitor_action_rule_suppression none
azurerm_monitor_activity_log_alert none
azurerm_monitor_alert_processing_rule_action_group none
azurerm_monitor_alert_processing_rule_suppression none
azurerm_monitor_alert_prometheus_rule_group none
azurerm_monitor_autoscale_setting none
azurerm_monitor_data_collection_endpoint none
azurerm_monitor_data_collection_rule none
azurerm_monitor_data_collection_rule_association none
azurerm_monitor_diagnostic none
azurerm_monitor_diagnostic_setting none
azurerm_monitor_log_profile none
azurerm_monitor_metric_alert none
azurerm_monitor_metric_alertrule none
azurerm_monitor_private_link_scope none
azurerm_monitor_private_link_scoped_service none
azurerm_monitor_scheduled_query_rules_alert none
azurerm_monitor_scheduled_query_rules_alert_v2 none
azurerm_monitor_scheduled_query_rules_log none
azurerm_monitor_smart_detector_alert_rule none
azurerm_monitor_workbook none
azurerm_monitor_workspace stateful monitoring-state high  # Azure Monitor workspace: the stored Prometheus metrics
azurerm_mssql_database_extended_auditing_policy none
azurerm_mssql_database_vulnerability_assessment_rule_baseline none
azurerm_mssql_elasticpool none  # Azure refuses to delete a pool that still holds databases
azurerm_mssql_failover_group safeguard data  # geo-replication failover group between servers
azurerm_mssql_firewall_rule none
azurerm_mssql_job none
azurerm_mssql_job_agent none  # jobs and their history live in the job database (azurerm_mssql_database)
azurerm_mssql_job_credential none
azurerm_mssql_job_schedule none
azurerm_mssql_job_step none
azurerm_mssql_job_target_group none
azurerm_mssql_managed_instance_active_directory_administrator none
azurerm_mssql_managed_instance_failover_group safeguard data  # geo-replication between managed instances
azurerm_mssql_managed_instance_security_alert_policy none
azurerm_mssql_managed_instance_start_stop_schedule none
azurerm_mssql_managed_instance_transparent_data_encryption none
azurerm_mssql_managed_instance_vulnerability_assessment none
azurerm_mssql_outbound_firewall_rule none
azurerm_mssql_server_dns_alias none
azurerm_mssql_server_extended_auditing_policy none
azurerm_mssql_server_microsoft_support_auditing_policy none
azurerm_mssql_server_security_alert_policy none
azurerm_mssql_server_transparent_data_encryption none
azurerm_mssql_server_vulnerability_assessment none
azurerm_mssql_virtual_machine none  # SQL IaaS registration of a VM; the VM and its disks are separate
azurerm_mssql_virtual_machine_availability_group_listener none
azurerm_mssql_virtual_machine_group none
azurerm_mssql_virtual_network_rule none
azurerm_mysql_active_directory_administrator none
azurerm_mysql_configuration none
azurerm_mysql_firewall_rule none
azurerm_mysql_flexible_server_active_directory_administrator none
azurerm_mysql_flexible_server_configuration none
azurerm_mysql_flexible_server_firewall_rule none
azurerm_mysql_server_key none
azurerm_mysql_virtual_network_rule none
azurerm_nat_gateway none
azurerm_nat_gateway_public_ip_association none
azurerm_nat_gateway_public_ip_prefix_association none
azurerm_netapp_account stateful file-storage high  # holds the capacity pools and their volumes (Azure refuses the delete while they remain)
azurerm_netapp_account_encryption none
azurerm_netapp_pool stateful file-storage high  # holds the volumes, like google_netapp_storage_pool (Azure refuses the delete while they remain)
azurerm_netapp_volume_bucket none  # object access to a volume; the data stays in the volume
azurerm_netapp_volume_bucket_with_server none  # object access to a volume; the data stays in the volume
azurerm_netapp_volume_group_oracle stateful file-storage critical  # creates its volumes inline: deleting the group deletes them
azurerm_netapp_volume_group_sap_hana stateful file-storage critical  # creates its volumes inline: deleting the group deletes them
azurerm_netapp_volume_quota_rule none
azurerm_network_connection_monitor none
azurerm_network_ddos_protection_plan none
azurerm_network_function_azure_traffic_collector none
azurerm_network_function_collector_policy none
azurerm_network_interface none
azurerm_network_interface_application_gateway_backend_address_pool_association none
azurerm_network_interface_application_security_group_association none
azurerm_network_interface_backend_address_pool_association none
azurerm_network_interface_nat_rule_association none
azurerm_network_interface_security_group_association none
azurerm_network_manager none
azurerm_network_manager_admin_rule none
azurerm_network_manager_admin_rule_collection none
azurerm_network_manager_connectivity_configuration none
azurerm_network_manager_deployment none
azurerm_network_manager_ipam_pool none
azurerm_network_manager_ipam_pool_static_cidr none
azurerm_network_manager_management_group_connection none
azurerm_network_manager_network_group none
azurerm_network_manager_routing_configuration none
azurerm_network_manager_routing_rule none
azurerm_network_manager_routing_rule_collection none
azurerm_network_manager_scope_connection none
azurerm_network_manager_security_admin_configuration none
azurerm_network_manager_static_member none
azurerm_network_manager_subscription_connection none
azurerm_network_manager_verifier_workspace none
azurerm_network_manager_verifier_workspace_reachability_analysis_intent none
azurerm_network_packet_capture none
azurerm_network_profile none
azurerm_network_security_group none
azurerm_network_security_perimeter none
azurerm_network_security_perimeter_access_rule none
azurerm_network_security_perimeter_association none
azurerm_network_security_perimeter_profile none
azurerm_network_security_rule none
azurerm_network_watcher none
azurerm_network_watcher_flow_log none
azurerm_new_relic_monitor none  # Azure-native partner link (billing, log forwarding); the New Relic account is separate
azurerm_new_relic_tag_rule none
azurerm_nginx_api_key none
azurerm_nginx_certificate none
azurerm_nginx_configuration none
azurerm_nginx_deployment none
azurerm_notification_hub stateful other-stateful high  # device registrations and installations are written by apps at runtime
azurerm_notification_hub_authorization_rule none
azurerm_notification_hub_namespace stateful other-stateful high  # cascade: its hubs and their device registrations
azurerm_oracle_autonomous_database stateful relational-database critical  # the database
azurerm_oracle_autonomous_database_backup safeguard data  # a long-term backup of an autonomous database
azurerm_oracle_autonomous_database_clone_from_backup stateful relational-database critical  # a database in its own right once created
azurerm_oracle_autonomous_database_clone_from_database stateful relational-database critical  # a database in its own right once created
azurerm_oracle_cloud_vm_cluster stateful relational-database high  # databases created in the VM cluster (outside Terraform) are deleted with it
azurerm_oracle_exadata_infrastructure stateful relational-database high  # cascade: hosts the VM clusters and their databases
azurerm_oracle_exascale_database_storage_vault stateful relational-database critical  # the storage of the Exascale databases
azurerm_oracle_resource_anchor none
azurerm_oracledatabase_exadata_infrastructure stateful relational-database high  # cascade: hosts the VM clusters and their databases
azurerm_orbital_contact none
azurerm_orbital_contact_profile none
azurerm_orbital_spacecraft none
azurerm_orchestrated_virtual_machine_scale_set none  # compute: instances are re-created from the model
azurerm_packet_capture none
azurerm_palo_alto_local_rulestack none
azurerm_palo_alto_local_rulestack_certificate none
azurerm_palo_alto_local_rulestack_fqdn_list none
azurerm_palo_alto_local_rulestack_outbound_trust_certificate_association none
azurerm_palo_alto_local_rulestack_outbound_untrust_certificate_association none
azurerm_palo_alto_local_rulestack_prefix_list none
azurerm_palo_alto_local_rulestack_rule none
azurerm_palo_alto_next_generation_firewall_virtual_hub_local_rulestack none
azurerm_palo_alto_next_generation_firewall_virtual_hub_panorama none
azurerm_palo_alto_next_generation_firewall_virtual_hub_strata_cloud_manager none
azurerm_palo_alto_next_generation_firewall_virtual_network_local_rulestack none
azurerm_palo_alto_next_generation_firewall_virtual_network_panorama none
azurerm_palo_alto_next_generation_firewall_virtual_network_strata_cloud_manager none
azurerm_palo_alto_virtual_network_appliance none
azurerm_pim_active_role_assignment none
azurerm_pim_eligible_role_assignment none
azurerm_point_to_site_vpn_gateway none
azurerm_policy_assignment none
azurerm_policy_definition none
azurerm_policy_set_definition none
azurerm_policy_virtual_machine_configuration_assignment none
azurerm_portal_dashboard none
azurerm_portal_tenant_configuration none
azurerm_postgresql_active_directory_administrator none
azurerm_postgresql_configuration none
azurerm_postgresql_firewall_rule none
azurerm_postgresql_flexible_server_active_directory_administrator none
azurerm_postgresql_flexible_server_backup safeguard data  # an on-demand backup of the server
azurerm_postgresql_flexible_server_configuration none
azurerm_postgresql_flexible_server_firewall_rule none
azurerm_postgresql_flexible_server_virtual_endpoint none
azurerm_postgresql_server_key none
azurerm_postgresql_virtual_network_rule none
azurerm_powerbi_embedded none
azurerm_private_dns_a_record none
azurerm_private_dns_aaaa_record none
azurerm_private_dns_cname_record none
azurerm_private_dns_mx_record none
azurerm_private_dns_ptr_record none
azurerm_private_dns_resolver none
azurerm_private_dns_resolver_dns_forwarding_ruleset none
azurerm_private_dns_resolver_forwarding_rule none
azurerm_private_dns_resolver_inbound_endpoint none
azurerm_private_dns_resolver_outbound_endpoint none
azurerm_private_dns_resolver_virtual_network_link none
azurerm_private_dns_srv_record none
azurerm_private_dns_txt_record none
azurerm_private_dns_zone_virtual_network_link none
azurerm_private_endpoint none
azurerm_private_endpoint_application_security_group_association none
azurerm_private_link_endpoint none
azurerm_private_link_service none
azurerm_proximity_placement_group none
azurerm_public_ip none
azurerm_public_ip_prefix none
azurerm_purview_account stateful search-analytics high  # the data catalog (scanned assets, glossary, classifications) is built outside Terraform
azurerm_qumulo_file_system stateful file-storage critical  # the file system's data
azurerm_recovery_network_mapping none
azurerm_recovery_services_fabric none
azurerm_recovery_services_protected_vm safeguard data  # legacy name of azurerm_backup_protected_vm: deleting it deletes the recovery points
azurerm_recovery_services_protection_container none
azurerm_recovery_services_protection_container_mapping safeguard policy  # enables replication between protection containers
azurerm_recovery_services_protection_policy_vm safeguard policy  # legacy name of azurerm_backup_policy_vm
azurerm_recovery_services_replicated_vm safeguard data  # the VM's replica disks and recovery points in the recovery region
azurerm_recovery_services_replication_policy safeguard policy  # recovery point retention and snapshot frequency
azurerm_recovery_services_vault_resource_guard_association safeguard policy  # attaches the multi-user authorization guard to the vault
azurerm_redhat_openshift_cluster stateful other-stateful high  # like azurerm_kubernetes_cluster: the cluster state (objects created outside Terraform) is deleted
azurerm_redis_cache_access_policy none
azurerm_redis_cache_access_policy_assignment none
azurerm_redis_firewall_rule none
azurerm_redis_linked_server safeguard data  # geo-replication link to a secondary cache
azurerm_relay_hybrid_connection none
azurerm_relay_hybrid_connection_authorization_rule none
azurerm_relay_namespace none
azurerm_relay_namespace_authorization_rule none
azurerm_resource_deployment_script_azure_cli none
azurerm_resource_deployment_script_azure_power_shell none
azurerm_resource_group none  # the provider refuses to delete a group that still contains resources (features.resource_group.prevent_deletion_if_contains_resources defaults to true)
azurerm_resource_group_cost_management_export none
azurerm_resource_group_cost_management_view none
azurerm_resource_group_policy_assignment none
azurerm_resource_group_policy_exemption none
azurerm_resource_group_policy_remediation none
azurerm_resource_group_template_deployment stateful other-stateful high  # destroy deletes the resources the template deployed (template_deployment.delete_nested_items_during_deletion defaults to true)
azurerm_resource_management_private_link none
azurerm_resource_management_private_link_association none
azurerm_resource_policy_assignment none
azurerm_resource_policy_exemption none
azurerm_resource_policy_remediation none
azurerm_resource_provider_feature_registration none
azurerm_resource_provider_registration none
azurerm_role_assignment none
azurerm_role_definition none
azurerm_role_management_policy none
azurerm_route none
azurerm_route_filter none
azurerm_route_map none
azurerm_route_server none
azurerm_route_server_bgp_connection none
azurerm_route_table none
azurerm_scheduler_job none
azurerm_scheduler_job_collection none
azurerm_search_shared_private_link_service none
azurerm_security_center_assessment none
azurerm_security_center_assessment_metadata none
azurerm_security_center_assessment_policy none
azurerm_security_center_auto_provisioning none
azurerm_security_center_automation none
azurerm_security_center_contact none
azurerm_security_center_server_vulnerability_assessment none
azurerm_security_center_server_vulnerability_assessment_arc_virtual_machine none
azurerm_security_center_server_vulnerability_assessment_virtual_machine none
azurerm_security_center_server_vulnerability_assessments_setting none
azurerm_security_center_setting none
azurerm_security_center_storage_defender none
azurerm_security_center_subscription_pricing none
azurerm_security_center_workspace none
azurerm_sentinel_alert_rule_anomaly_built_in none
azurerm_sentinel_alert_rule_anomaly_duplicate none
azurerm_sentinel_alert_rule_fusion none
azurerm_sentinel_alert_rule_machine_learning_behavior_analytics none
azurerm_sentinel_alert_rule_ms_security_incident none
azurerm_sentinel_alert_rule_nrt none
azurerm_sentinel_alert_rule_scheduled none
azurerm_sentinel_alert_rule_threat_intelligence none
azurerm_sentinel_automation_rule none
azurerm_sentinel_data_connector_aws_cloud_trail none
azurerm_sentinel_data_connector_aws_s3 none
azurerm_sentinel_data_connector_azure_active_directory none
azurerm_sentinel_data_connector_azure_advanced_threat_protection none
azurerm_sentinel_data_connector_azure_security_center none
azurerm_sentinel_data_connector_dynamics_365 none
azurerm_sentinel_data_connector_iot none
azurerm_sentinel_data_connector_microsoft_cloud_app_security none
azurerm_sentinel_data_connector_microsoft_defender_advanced_threat_protection none
azurerm_sentinel_data_connector_microsoft_threat_intelligence none
azurerm_sentinel_data_connector_microsoft_threat_protection none
azurerm_sentinel_data_connector_office_365 none
azurerm_sentinel_data_connector_office_365_project none
azurerm_sentinel_data_connector_office_atp none
azurerm_sentinel_data_connector_office_irm none
azurerm_sentinel_data_connector_office_power_bi none
azurerm_sentinel_data_connector_threat_intelligence none
azurerm_sentinel_data_connector_threat_intelligence_taxii none
azurerm_sentinel_log_analytics_workspace_onboarding stateful log high  # offboarding removes Sentinel's incidents, bookmarks and hunting data
azurerm_sentinel_metadata none
azurerm_sentinel_threat_intelligence_indicator none
azurerm_sentinel_watchlist none  # its items are azurerm_sentinel_watchlist_item or uploaded from the configuration
azurerm_sentinel_watchlist_item none
azurerm_service_fabric_cluster stateful other-stateful high  # stateful services keep their reliable collections on the cluster's nodes
azurerm_service_fabric_managed_cluster stateful other-stateful high  # includes its nodes: stateful services' reliable collections are lost
azurerm_service_fabric_mesh_application none
azurerm_service_fabric_mesh_local_network none
azurerm_service_fabric_mesh_secret none
azurerm_service_fabric_mesh_secret_value none
azurerm_service_plan none
azurerm_servicebus_namespace_authorization_rule none
azurerm_servicebus_namespace_customer_managed_key none
azurerm_servicebus_namespace_disaster_recovery_config safeguard data  # geo-disaster-recovery pairing with a secondary namespace
azurerm_servicebus_namespace_network_rule_set none
azurerm_servicebus_queue_authorization_rule none
azurerm_servicebus_subscription_rule none
azurerm_servicebus_topic_authorization_rule none
azurerm_shared_image none  # Azure refuses to delete an image definition that still has versions
azurerm_shared_image_gallery none  # Azure refuses to delete a gallery that still has images
azurerm_shared_image_version stateful other-stateful high  # the image version's replicas: once its source is gone it exists only here
azurerm_signalr_service none
azurerm_signalr_service_custom_certificate none
azurerm_signalr_service_custom_domain none
azurerm_signalr_service_network_acl none
azurerm_signalr_shared_private_link_resource none
azurerm_site_recovery_fabric none
azurerm_site_recovery_hyperv_network_mapping none
azurerm_site_recovery_hyperv_replication_policy safeguard policy  # recovery point retention and snapshot frequency
azurerm_site_recovery_hyperv_replication_policy_association safeguard policy  # applies the replication policy to a Hyper-V site
azurerm_site_recovery_network_mapping none
azurerm_site_recovery_protection_container none
azurerm_site_recovery_protection_container_mapping safeguard policy  # enables replication between protection containers with a policy
azurerm_site_recovery_replicated_vm safeguard data  # the VM's replica disks and recovery points in the recovery region
azurerm_site_recovery_replication_policy safeguard policy  # recovery point retention and snapshot frequency
azurerm_site_recovery_replication_recovery_plan none
azurerm_site_recovery_services_vault_hyperv_site none
azurerm_site_recovery_vmware_replicated_vm safeguard data  # the VM's replica and its recovery points
azurerm_site_recovery_vmware_replication_policy safeguard policy  # recovery point retention and snapshot frequency
azurerm_site_recovery_vmware_replication_policy_association safeguard policy  # applies the replication policy to a VMware site
azurerm_source_control_token none
azurerm_spatial_anchors_account stateful other-stateful high  # anchors are created by apps at runtime
azurerm_spring_cloud_accelerator none
azurerm_spring_cloud_active_deployment none
azurerm_spring_cloud_api_portal none
azurerm_spring_cloud_api_portal_custom_domain none
azurerm_spring_cloud_app none
azurerm_spring_cloud_app_cosmosdb_association none
azurerm_spring_cloud_app_dynamics_application_performance_monitoring none
azurerm_spring_cloud_app_mysql_association none
azurerm_spring_cloud_app_redis_association none
azurerm_spring_cloud_application_insights_application_performance_monitoring none
azurerm_spring_cloud_application_live_view none
azurerm_spring_cloud_build_deployment none
azurerm_spring_cloud_build_pack_binding none
azurerm_spring_cloud_builder none
azurerm_spring_cloud_certificate none
azurerm_spring_cloud_configuration_service none
azurerm_spring_cloud_connection none
azurerm_spring_cloud_container_deployment none
azurerm_spring_cloud_custom_domain none
azurerm_spring_cloud_customized_accelerator none
azurerm_spring_cloud_dev_tool_portal none
azurerm_spring_cloud_dynatrace_application_performance_monitoring none
azurerm_spring_cloud_elastic_application_performance_monitoring none
azurerm_spring_cloud_gateway none
azurerm_spring_cloud_gateway_custom_domain none
azurerm_spring_cloud_gateway_route_config none
azurerm_spring_cloud_java_deployment none
azurerm_spring_cloud_new_relic_application_performance_monitoring none
azurerm_spring_cloud_service none
azurerm_spring_cloud_storage none
azurerm_sql_active_directory_administrator none
azurerm_sql_elasticpool none  # Azure refuses to delete a pool that still holds databases
azurerm_sql_failover_group safeguard data  # geo-replication failover group between servers
azurerm_sql_firewall_rule none
azurerm_sql_managed_database stateful relational-database critical  # legacy name of azurerm_mssql_managed_database
azurerm_sql_managed_instance stateful relational-database critical  # legacy name of azurerm_mssql_managed_instance: its databases go with it
azurerm_sql_managed_instance_active_directory_administrator none
azurerm_sql_managed_instance_failover_group safeguard data  # geo-replication between managed instances
azurerm_sql_virtual_network_rule none
azurerm_ssh_public_key none
azurerm_stack_hci_cluster none
azurerm_stack_hci_deployment_setting none
azurerm_stack_hci_extension none
azurerm_stack_hci_logical_network none
azurerm_stack_hci_marketplace_gallery_image none
azurerm_stack_hci_network_interface none
azurerm_stack_hci_storage_path none  # a storage location; its disks are azurerm_stack_hci_virtual_hard_disk
azurerm_stack_hci_virtual_hard_disk stateful block-storage critical  # a data disk on the cluster's storage
azurerm_static_site none
azurerm_static_site_custom_domain none
azurerm_static_web_app none
azurerm_static_web_app_custom_domain none
azurerm_static_web_app_function_app_registration none
azurerm_storage_account_customer_managed_key none  # destroy returns the account to Microsoft-managed keys
azurerm_storage_account_local_user none
azurerm_storage_account_network_rules none
azurerm_storage_account_queue_properties none
azurerm_storage_account_static_website none  # the $web container and its files stay
azurerm_storage_account_table_properties none
azurerm_storage_blob none  # Terraform uploads its content from the configuration, as aws_s3_object
azurerm_storage_blob_inventory_policy none
azurerm_storage_container_immutability_policy safeguard policy  # a WORM retention policy on the container's blobs
azurerm_storage_data_lake_gen2_path none  # the provider deletes without recursive, which the service refuses for a non-empty directory
azurerm_storage_disks_pool none
azurerm_storage_encryption_scope none
azurerm_storage_management_policy none  # lifecycle rules; removing them deletes nothing
azurerm_storage_mover none
azurerm_storage_mover_agent none
azurerm_storage_mover_job_definition none
azurerm_storage_mover_project none
azurerm_storage_mover_source_endpoint none
azurerm_storage_mover_target_endpoint none
azurerm_storage_share_directory none  # Azure Files refuses to delete a non-empty directory
azurerm_storage_share_file stateful file-storage high  # like azurerm_storage_blob: destroy deletes the file's current content
azurerm_storage_sync none
azurerm_storage_sync_cloud_endpoint none
azurerm_storage_sync_group none
azurerm_storage_sync_server_endpoint none  # the synced files stay in the cloud endpoint's share
azurerm_storage_table_entity stateful nosql-database high  # like azurerm_storage_blob: destroy deletes the entity's current values
azurerm_stream_analytics_cluster none
azurerm_stream_analytics_function_javascript_uda none
azurerm_stream_analytics_function_javascript_udf none
azurerm_stream_analytics_job none
azurerm_stream_analytics_job_schedule none
azurerm_stream_analytics_job_storage_account none
azurerm_stream_analytics_managed_private_endpoint none
azurerm_stream_analytics_output_blob none
azurerm_stream_analytics_output_cosmosdb none
azurerm_stream_analytics_output_eventhub none
azurerm_stream_analytics_output_function none
azurerm_stream_analytics_output_mssql none
azurerm_stream_analytics_output_powerbi none
azurerm_stream_analytics_output_servicebus_queue none
azurerm_stream_analytics_output_servicebus_topic none
azurerm_stream_analytics_output_synapse none
azurerm_stream_analytics_output_table none
azurerm_stream_analytics_reference_input_blob none
azurerm_stream_analytics_reference_input_mssql none
azurerm_stream_analytics_stream_input_blob none
azurerm_stream_analytics_stream_input_eventhub none
azurerm_stream_analytics_stream_input_eventhub_v2 none
azurerm_stream_analytics_stream_input_iothub none
azurerm_subnet none
azurerm_subnet_nat_gateway_association none
azurerm_subnet_network_security_group_association none
azurerm_subnet_route_table_association none
azurerm_subnet_service_endpoint_storage_policy none
azurerm_subscription stateful other-stateful high  # destroy cancels the subscription; every resource in it is deleted after the grace period
azurerm_subscription_cost_management_export none
azurerm_subscription_cost_management_view none
azurerm_subscription_policy_assignment none
azurerm_subscription_policy_exemption none
azurerm_subscription_policy_remediation none
azurerm_subscription_template_deployment stateful other-stateful high  # destroy deletes the resources the template deployed (template_deployment.delete_nested_items_during_deletion defaults to true)
azurerm_synapse_firewall_rule none
azurerm_synapse_integration_runtime_azure none
azurerm_synapse_integration_runtime_self_hosted none
azurerm_synapse_linked_service none
azurerm_synapse_managed_private_endpoint none
azurerm_synapse_private_link_hub none
azurerm_synapse_role_assignment none
azurerm_synapse_spark_pool none
azurerm_synapse_sql_pool_extended_auditing_policy none
azurerm_synapse_sql_pool_security_alert_policy none
azurerm_synapse_sql_pool_vulnerability_assessment none
azurerm_synapse_sql_pool_vulnerability_assessment_baseline none
azurerm_synapse_sql_pool_workload_classifier none
azurerm_synapse_sql_pool_workload_group none
azurerm_synapse_workspace_aad_admin none
azurerm_synapse_workspace_extended_auditing_policy none
azurerm_synapse_workspace_key none
azurerm_synapse_workspace_security_alert_policy none
azurerm_synapse_workspace_sql_aad_admin none
azurerm_synapse_workspace_vulnerability_assessment none
azurerm_system_center_virtual_machine_manager_availability_set none
azurerm_system_center_virtual_machine_manager_cloud none
azurerm_system_center_virtual_machine_manager_server none
azurerm_system_center_virtual_machine_manager_virtual_machine_instance none  # compute, like azurerm_virtual_machine
azurerm_system_center_virtual_machine_manager_virtual_machine_instance_guest_agent none
azurerm_system_center_virtual_machine_manager_virtual_machine_template none
azurerm_system_center_virtual_machine_manager_virtual_network none
azurerm_template_deployment none  # the legacy resource removes only the deployment record, not the resources it created
azurerm_tenant_template_deployment stateful other-stateful high  # destroy deletes the resources the template deployed (template_deployment.delete_nested_items_during_deletion defaults to true)
azurerm_traffic_manager_azure_endpoint none
azurerm_traffic_manager_endpoint none
azurerm_traffic_manager_external_endpoint none
azurerm_traffic_manager_nested_endpoint none
azurerm_traffic_manager_profile none
azurerm_trusted_signing_account stateful certificate high  # identity validations and certificate profiles are made outside Terraform
azurerm_user_assigned_identity none
azurerm_video_analyzer none
azurerm_video_analyzer_edge_module none
azurerm_video_indexer_account stateful other-stateful high  # indexed videos and their insights are uploaded outside Terraform
azurerm_virtual_desktop_application none
azurerm_virtual_desktop_application_group none
azurerm_virtual_desktop_host_pool none
azurerm_virtual_desktop_host_pool_registration_info none
azurerm_virtual_desktop_scaling_plan none
azurerm_virtual_desktop_scaling_plan_host_pool_association none
azurerm_virtual_desktop_workspace none
azurerm_virtual_desktop_workspace_application_group_association none
azurerm_virtual_hub none
azurerm_virtual_hub_bgp_connection none
azurerm_virtual_hub_connection none
azurerm_virtual_hub_ip none
azurerm_virtual_hub_route_table none
azurerm_virtual_hub_route_table_route none
azurerm_virtual_hub_routing_intent none
azurerm_virtual_hub_security_partner_provider none
azurerm_virtual_machine none  # compute: data disks are separate or kept (delete_data_disks_on_termination defaults to false)
azurerm_virtual_machine_automanage_configuration_assignment none
azurerm_virtual_machine_configuration_policy_assignment none
azurerm_virtual_machine_data_disk_attachment none  # detaches the disk; the disk survives
azurerm_virtual_machine_extension none
azurerm_virtual_machine_gallery_application_assignment none
azurerm_virtual_machine_implicit_data_disk_from_source stateful block-storage critical  # a data disk: deleted on destroy unless features.virtual_machine.detach_implicit_data_disk_on_deletion is set
azurerm_virtual_machine_packet_capture none
azurerm_virtual_machine_restore_point safeguard data  # a restore point of the VM's disks
azurerm_virtual_machine_restore_point_collection safeguard data  # deleting the collection deletes all of its restore points
azurerm_virtual_machine_run_command none
azurerm_virtual_machine_scale_set none  # compute: instances are re-created from the model
azurerm_virtual_machine_scale_set_extension none
azurerm_virtual_machine_scale_set_packet_capture none
azurerm_virtual_machine_scale_set_standby_pool none
azurerm_virtual_network none
azurerm_virtual_network_dns_servers none
azurerm_virtual_network_gateway none
azurerm_virtual_network_gateway_connection none
azurerm_virtual_network_gateway_nat_rule none
azurerm_virtual_network_peering none
azurerm_virtual_wan none
azurerm_vmware_cluster stateful other-stateful high  # its vSAN datastore holds the VMs running on the cluster
azurerm_vmware_express_route_authorization none
azurerm_vmware_netapp_volume_attachment none
azurerm_vmware_private_cloud stateful other-stateful critical  # Azure VMware Solution: every VM and the vSAN data in the private cloud
azurerm_voice_services_communications_gateway none
azurerm_voice_services_communications_gateway_test_line none
azurerm_vpn_gateway none
azurerm_vpn_gateway_connection none
azurerm_vpn_gateway_nat_rule none
azurerm_vpn_server_configuration none
azurerm_vpn_server_configuration_policy_group none
azurerm_vpn_site none
azurerm_web_app_active_slot none
azurerm_web_app_hybrid_connection none
azurerm_web_application_firewall_policy none
azurerm_web_pubsub none
azurerm_web_pubsub_custom_certificate none
azurerm_web_pubsub_custom_domain none
azurerm_web_pubsub_hub none
azurerm_web_pubsub_network_acl none
azurerm_web_pubsub_shared_private_link_resource none
azurerm_web_pubsub_socketio none
azurerm_windows_function_app none
azurerm_windows_function_app_slot none
azurerm_windows_virtual_machine none  # compute: data disks are separate azurerm_managed_disk resources
azurerm_windows_virtual_machine_scale_set none  # compute: instances are re-created from the model
azurerm_windows_web_app none
azurerm_windows_web_app_slot none
azurerm_workloads_sap_discovery_virtual_instance none
azurerm_workloads_sap_single_node_virtual_instance stateful other-stateful high  # deployed SAP system: its VMs and database disks are part of the instance
azurerm_workloads_sap_three_tier_virtual_instance stateful other-stateful high  # deployed SAP system: its VMs and database disks are part of the instance
`;
  }
};
var CLOUDFLARE_REVIEWED = {
  provider: "cloudflare",
  reviewedAt: "cloudflare/cloudflare v5.22.0 (July 2026): docs/resources",
  get lines() {
    return `
cloudflare_access_rule none
cloudflare_account stateful other-stateful high  # cascade: every zone, bucket, database and worker of the account
cloudflare_account_dns_settings none
cloudflare_account_dns_settings_internal_view none
cloudflare_account_member none
cloudflare_account_subscription none
cloudflare_account_token none
cloudflare_address_map none
cloudflare_ai_gateway stateful log high  # stored request logs and cached responses
cloudflare_ai_gateway_dynamic_routing none
cloudflare_ai_search_instance stateful search-analytics high  # the indexed content and its vectors
cloudflare_ai_search_namespace stateful search-analytics high  # cascade: its search instances
cloudflare_ai_search_token none
cloudflare_api_shield none
cloudflare_api_shield_discovery_operation none
cloudflare_api_shield_operation none
cloudflare_api_shield_operation_schema_validation_settings none
cloudflare_api_shield_schema none
cloudflare_api_shield_schema_validation_settings none
cloudflare_api_token none
cloudflare_argo_smart_routing none
cloudflare_argo_tiered_caching none
cloudflare_authenticated_origin_pulls none
cloudflare_authenticated_origin_pulls_certificate none
cloudflare_authenticated_origin_pulls_hostname_certificate none
cloudflare_authenticated_origin_pulls_settings none
cloudflare_bot_management none
cloudflare_byo_ip_prefix none
cloudflare_calls_sfu_app none
cloudflare_calls_turn_app none
cloudflare_certificate_authorities_hostname_associations none
cloudflare_certificate_pack none
cloudflare_client_certificate none
cloudflare_cloud_connector_rules none
cloudflare_cloudforce_one_request none
cloudflare_cloudforce_one_request_asset none
cloudflare_cloudforce_one_request_message none
cloudflare_cloudforce_one_request_priority none
cloudflare_connectivity_directory_service none
cloudflare_content_scanning none
cloudflare_content_scanning_expression none
cloudflare_custom_csr stateful certificate high  # Cloudflare generates and keeps the private key; certificates issued for the CSR depend on it
cloudflare_custom_hostname none
cloudflare_custom_hostname_fallback_origin none
cloudflare_custom_origin_trust_store none
cloudflare_custom_page_asset none
cloudflare_custom_pages none
cloudflare_custom_ssl none
cloudflare_dls_prefix_binding none
cloudflare_dns_firewall none
cloudflare_dns_record none
cloudflare_dns_zone_transfers_acl none
cloudflare_dns_zone_transfers_incoming none
cloudflare_dns_zone_transfers_outgoing none
cloudflare_dns_zone_transfers_peer none
cloudflare_dns_zone_transfers_tsig none
cloudflare_email_routing_address none
cloudflare_email_routing_catch_all none
cloudflare_email_routing_dns none
cloudflare_email_routing_rule none
cloudflare_email_routing_settings none
cloudflare_email_security_block_sender none
cloudflare_email_security_impersonation_registry none
cloudflare_email_security_trusted_domains none
cloudflare_filter none
cloudflare_firewall_rule none
cloudflare_flagship_app none
cloudflare_flagship_flag none
cloudflare_google_tag_gateway none
cloudflare_healthcheck none
cloudflare_hostname_tls_setting none
cloudflare_hyperdrive_config none
cloudflare_image stateful object-storage high  # an uploaded image, like an object in a bucket
cloudflare_image_variant none
cloudflare_keyless_certificate none
cloudflare_leaked_credential_check none
cloudflare_leaked_credential_check_rule none
cloudflare_list none
cloudflare_list_item none
cloudflare_load_balancer none
cloudflare_load_balancer_monitor none
cloudflare_load_balancer_monitor_group none
cloudflare_load_balancer_pool none
cloudflare_logpull_retention none
cloudflare_logpush_job none
cloudflare_logpush_ownership_challenge none
cloudflare_magic_network_monitoring_configuration none
cloudflare_magic_network_monitoring_rule none
cloudflare_magic_transit_cf1_site none
cloudflare_magic_transit_connector none
cloudflare_magic_transit_site none
cloudflare_magic_transit_site_acl none
cloudflare_magic_transit_site_lan none
cloudflare_magic_transit_site_wan none
cloudflare_magic_wan_gre_tunnel none
cloudflare_magic_wan_ipsec_tunnel none
cloudflare_magic_wan_static_route none
cloudflare_managed_transforms none
cloudflare_moq_relay none
cloudflare_mtls_certificate none
cloudflare_notification_policy none
cloudflare_notification_policy_webhooks none
cloudflare_oauth_client none
cloudflare_observatory_scheduled_test none
cloudflare_organization none
cloudflare_organization_profile none
cloudflare_origin_ca_certificate none
cloudflare_origin_cloud_region none
cloudflare_origin_tls_compliance_modes none
cloudflare_page_rule none
cloudflare_page_shield_policy none
cloudflare_pages_domain none
cloudflare_pages_project none  # deployments are re-built from the source repository
cloudflare_pipeline none
cloudflare_pipeline_sink none
cloudflare_pipeline_stream none
cloudflare_queue_consumer none
cloudflare_r2_bucket_cors none
cloudflare_r2_bucket_event_notification none
cloudflare_r2_bucket_lifecycle none
cloudflare_r2_bucket_lock safeguard policy  # retention lock rules that stop objects being deleted
cloudflare_r2_bucket_sippy none
cloudflare_r2_custom_domain none
cloudflare_r2_data_catalog stateful data-warehouse high  # the Iceberg catalog's table registrations; the data files stay in the bucket
cloudflare_r2_managed_domain none
cloudflare_rate_limit none
cloudflare_regional_hostname none
cloudflare_regional_tiered_cache none
cloudflare_registrar_domain stateful domain high  # a registered domain
cloudflare_ruleset none
cloudflare_schema_validation_operation_settings none
cloudflare_schema_validation_schemas none
cloudflare_schema_validation_settings none
cloudflare_secrets_store stateful secret high  # cascade: every secret in the store
cloudflare_secrets_store_secret stateful secret high  # a secret value
cloudflare_share none
cloudflare_share_recipient none
cloudflare_share_resource none
cloudflare_snippet none
cloudflare_snippet_rules none
cloudflare_snippets none
cloudflare_spectrum_application none
cloudflare_sso_connector none
cloudflare_stream stateful object-storage high  # an uploaded video
cloudflare_stream_audio_track none
cloudflare_stream_caption_language none
cloudflare_stream_download none
cloudflare_stream_key none
cloudflare_stream_live_input none
cloudflare_stream_watermark none
cloudflare_stream_webhook none
cloudflare_tiered_cache none
cloudflare_token_validation_config none
cloudflare_token_validation_rules none
cloudflare_total_tls none
cloudflare_turnstile_widget none
cloudflare_universal_ssl_setting none
cloudflare_url_normalization_settings none
cloudflare_user none
cloudflare_user_agent_blocking_rule none
cloudflare_user_group none
cloudflare_user_group_members none
cloudflare_vulnerability_scanner_credential none
cloudflare_vulnerability_scanner_credential_set none
cloudflare_vulnerability_scanner_target_environment none
cloudflare_waiting_room none
cloudflare_waiting_room_event none
cloudflare_waiting_room_rules none
cloudflare_waiting_room_settings none
cloudflare_web3_hostname none
cloudflare_web_analytics_rule none
cloudflare_web_analytics_site stateful monitoring-state high  # the site's collected analytics history
cloudflare_worker none  # code comes from the configuration
cloudflare_worker_version none
cloudflare_workers_cron_trigger none
cloudflare_workers_custom_domain none
cloudflare_workers_deployment none
cloudflare_workers_for_platforms_dispatch_namespace stateful other-stateful high  # customer Worker scripts uploaded by the platform at runtime, outside Terraform
cloudflare_workers_kv none  # one key whose value is the configuration; the namespace holds the data
cloudflare_workers_route none
cloudflare_workers_script none  # code comes from the configuration
cloudflare_workers_script_subdomain none
cloudflare_workflow none
cloudflare_zero_trust_access_ai_controls_mcp_portal none
cloudflare_zero_trust_access_ai_controls_mcp_server none
cloudflare_zero_trust_access_application none
cloudflare_zero_trust_access_custom_page none
cloudflare_zero_trust_access_group none
cloudflare_zero_trust_access_identity_provider none
cloudflare_zero_trust_access_infrastructure_target none
cloudflare_zero_trust_access_key_configuration none
cloudflare_zero_trust_access_mtls_certificate none
cloudflare_zero_trust_access_mtls_hostname_settings none
cloudflare_zero_trust_access_policy none
cloudflare_zero_trust_access_service_token none
cloudflare_zero_trust_access_short_lived_certificate stateful certificate high  # an SSH CA whose public key servers trust: a CA's keys
cloudflare_zero_trust_access_tag none
cloudflare_zero_trust_device_custom_profile none
cloudflare_zero_trust_device_custom_profile_local_domain_fallback none
cloudflare_zero_trust_device_default_profile none
cloudflare_zero_trust_device_default_profile_certificates none
cloudflare_zero_trust_device_default_profile_local_domain_fallback none
cloudflare_zero_trust_device_deployment_groups none
cloudflare_zero_trust_device_ip_profile none
cloudflare_zero_trust_device_managed_networks none
cloudflare_zero_trust_device_posture_integration none
cloudflare_zero_trust_device_posture_rule none
cloudflare_zero_trust_device_settings none
cloudflare_zero_trust_device_subnet none
cloudflare_zero_trust_dex_rule none
cloudflare_zero_trust_dex_test none
cloudflare_zero_trust_dlp_custom_entry none
cloudflare_zero_trust_dlp_custom_profile none
cloudflare_zero_trust_dlp_data_class none
cloudflare_zero_trust_dlp_data_tag none
cloudflare_zero_trust_dlp_data_tag_category none
cloudflare_zero_trust_dlp_dataset stateful other-stateful high  # uploaded exact-data-match records
cloudflare_zero_trust_dlp_entry none
cloudflare_zero_trust_dlp_integration_entry none
cloudflare_zero_trust_dlp_predefined_entry none
cloudflare_zero_trust_dlp_predefined_profile none
cloudflare_zero_trust_dlp_sensitivity_group none
cloudflare_zero_trust_dlp_sensitivity_level none
cloudflare_zero_trust_dlp_sensitivity_level_order none
cloudflare_zero_trust_dlp_settings none
cloudflare_zero_trust_dns_location none
cloudflare_zero_trust_gateway_certificate stateful certificate high  # the inspection CA installed on every device: a CA's keys
cloudflare_zero_trust_gateway_logging none
cloudflare_zero_trust_gateway_pacfile none
cloudflare_zero_trust_gateway_policy none
cloudflare_zero_trust_gateway_proxy_endpoint none
cloudflare_zero_trust_gateway_settings none
cloudflare_zero_trust_list none
cloudflare_zero_trust_network_hostname_route none
cloudflare_zero_trust_organization none
cloudflare_zero_trust_risk_behavior none
cloudflare_zero_trust_risk_scoring_integration none
cloudflare_zero_trust_tunnel_cloudflared none
cloudflare_zero_trust_tunnel_cloudflared_config none
cloudflare_zero_trust_tunnel_cloudflared_route none
cloudflare_zero_trust_tunnel_cloudflared_virtual_network none
cloudflare_zero_trust_tunnel_warp_connector none
cloudflare_zero_trust_tunnel_warp_connector_config none
cloudflare_zone_auto_origin_tls_kex none
cloudflare_zone_cache_reserve none
cloudflare_zone_cache_variants none
cloudflare_zone_dns_settings none
cloudflare_zone_dnssec stateful encryption-key high  # the zone's signing keys; a new key breaks the DS record at the registrar
cloudflare_zone_hold none
cloudflare_zone_lockdown none
cloudflare_zone_setting none
cloudflare_zone_subscription none
`;
  }
};
var CONFLUENT_REVIEWED = {
  provider: "confluent",
  reviewedAt: "confluentinc/confluent v2.83.3 (August 2026): docs/resources",
  get lines() {
    return `
confluent_access_point none
confluent_api_key none
confluent_business_metadata none
confluent_business_metadata_binding none
confluent_byok_key none
confluent_catalog_entity_attributes none
confluent_catalog_integration none
confluent_certificate_authority none
confluent_certificate_pool none
confluent_cluster_link safeguard data  # replication between clusters
confluent_connect_artifact none
confluent_connector none
confluent_custom_connector_plugin none
confluent_custom_connector_plugin_version none
confluent_dns_forwarder none
confluent_dns_record none
confluent_flink_artifact none
confluent_flink_compute_pool none
confluent_flink_compute_pool_config none
confluent_flink_connection none
confluent_flink_materialized_table stateful queue-stream high  # backed by a Kafka topic holding its rows
confluent_flink_statement none  # re-created from its SQL; job state restarts
confluent_gateway none
confluent_group_mapping none
confluent_identity_pool none
confluent_identity_provider none
confluent_invitation none
confluent_ip_filter none
confluent_ip_group none
confluent_kafka_acl none
confluent_kafka_client_quota none
confluent_kafka_cluster_config none
confluent_kafka_mirror_topic safeguard data  # a replica of the source topic (after a failover it is the primary: decide as confluent_kafka_topic)
confluent_ksql_cluster stateful queue-stream high  # persistent queries created outside Terraform, their state and internal topics
confluent_network none
confluent_network_link_endpoint none
confluent_network_link_service none
confluent_peering none
confluent_plugin none
confluent_private_link_access none
confluent_private_link_attachment none
confluent_private_link_attachment_connection none
confluent_provider_integration none
confluent_provider_integration_authorization none
confluent_provider_integration_setup none
confluent_role_binding none
confluent_rtce_topic stateful queue-stream high  # the topic's data
confluent_schema stateful other-stateful high  # messages reference schemas by id; a hard-deleted schema can no longer be resolved
confluent_schema_exporter none
confluent_schema_registry_cluster_config none
confluent_schema_registry_cluster_mode none
confluent_schema_registry_dek stateful encryption-key critical  # a data encryption key: fields encrypted with it cannot be decrypted without it
confluent_schema_registry_kek stateful encryption-key critical  # the key encryption key protecting the data encryption keys
confluent_service_account none
confluent_subject_config none
confluent_subject_mode none
confluent_tableflow_topic stateful data-warehouse high  # the Iceberg tables materialized in Confluent-managed storage
confluent_tag none
confluent_tag_binding none
confluent_tf_importer none
confluent_transit_gateway_attachment none
`;
  }
};
var DATABRICKS_REVIEWED = {
  provider: "databricks",
  reviewedAt: "databricks/databricks v1.128.0 (sources of 2026-08-22)",
  get lines() {
    return `
databricks_ai_search_endpoint stateful search-analytics high   # cascade: deleting an endpoint deletes its indexes
databricks_ai_search_index stateful search-analytics high   # a Direct Vector Access index holds vectors written through the API; a Delta Sync index is rebuilt from its table
databricks_catalog stateful data-warehouse critical   # cascade with force_destroy: every schema and managed table's data
databricks_custom_app_integration stateful secret high   # a confidential client's secret is generated by Databricks and returned once
databricks_database_instance stateful relational-database critical   # a Lakebase Postgres instance
databricks_metastore stateful data-warehouse critical   # cascade with force_destroy: every catalog, schema and managed table
databricks_mlflow_experiment stateful ml-model high   # runs, metrics and artifacts logged to it
databricks_mlflow_model stateful ml-model high   # the model versions registered by training runs
databricks_mws_workspaces stateful other-stateful high   # cascade: every notebook, job, query and dashboard made in the workspace
databricks_obo_token stateful secret high   # the token is generated by Databricks and returned once
databricks_pipeline stateful data-warehouse high   # deleting a pipeline drops the streaming tables and materialized views it defined
databricks_postgres_branch stateful relational-database critical   # a branch holds the writes made on it
databricks_postgres_database stateful relational-database critical
databricks_postgres_project stateful relational-database critical   # a Lakebase project: every branch and database
databricks_recipient stateful secret high   # an open-sharing recipient's activation token is generated; recipients must be onboarded again
databricks_registered_model stateful ml-model high   # the model versions registered by training runs
databricks_repo stateful source-repository high   # uncommitted work in the Git folder
databricks_schema stateful data-warehouse critical   # cascade with force_destroy: every managed table's and volume's data
databricks_secret stateful secret high   # as other secret stores
databricks_secret_scope stateful secret high   # cascade: every secret in the scope, often put there with the CLI
databricks_secret_uc stateful secret high   # as other secret stores
databricks_service_principal_secret stateful secret high   # the secret is generated by Databricks and returned once
databricks_sql_table stateful data-warehouse critical   # dropping a managed table deletes its data; an external table's files stay
databricks_token stateful secret high   # the token is generated by Databricks and returned once
databricks_vector_search_endpoint stateful search-analytics high   # cascade: deleting an endpoint deletes its indexes
databricks_vector_search_index stateful search-analytics high   # a Direct Vector Access index holds vectors written through the API; a Delta Sync index is rebuilt from its table
databricks_volume stateful file-storage critical   # deleting a managed volume deletes its files; an external volume's files stay
databricks_disaster_recovery_failover_group safeguard data   # replication of workspaces to the secondary region
databricks_access_control_rule_set none
databricks_account_federation_policy none
databricks_account_iam_direct_group_member_v2 none
databricks_account_iam_group_v2 none
databricks_account_iam_service_principal_v2 none
databricks_account_iam_user_v2 none
databricks_account_iam_workspace_assignment_v2 none
databricks_account_network_policy none
databricks_account_setting_user_preference_v2 none
databricks_account_setting_v2 none
databricks_ai_gateway_mcp_service none
databricks_ai_gateway_model_provider_service none
databricks_ai_gateway_model_service none
databricks_aibi_dashboard_embedding_access_policy_setting none
databricks_aibi_dashboard_embedding_approved_domains_setting none
databricks_alert none
databricks_alert_v2 none
databricks_app none
databricks_app_space none
databricks_apps_settings_custom_template none
databricks_artifact_allowlist none
databricks_automatic_cluster_update_setting none
databricks_budget none
databricks_budget_policy none
databricks_catalog_workspace_binding none
databricks_cluster none   # compute only; data lives in tables, volumes and cloud storage
databricks_cluster_policy none
databricks_compliance_security_profile_setting none
databricks_connection none
databricks_credential none
databricks_dashboard none
databricks_data_classification_catalog_config none
databricks_data_quality_monitor none   # its metric tables are kept
databricks_data_quality_refresh none
databricks_database_database_catalog none
databricks_database_synced_database_table none   # a copy synced from a Unity Catalog table
databricks_dbfs_file none   # its content comes from the configuration
databricks_default_namespace_setting none
databricks_directory none   # with delete_recursive false (default) the delete is refused while it holds notebooks
databricks_disable_legacy_access_setting none
databricks_disable_legacy_dbfs_setting none
databricks_disable_legacy_features_setting none
databricks_disaster_recovery_stable_url none
databricks_endpoint none
databricks_enhanced_security_monitoring_setting none
databricks_entitlements none
databricks_entity_tag_assignment none
databricks_environments_default_workspace_base_environment none
databricks_environments_workspace_base_environment none
databricks_external_location none   # a pointer to cloud storage; the data stays
databricks_external_metadata none
databricks_feature_engineering_feature none
databricks_feature_engineering_kafka_config none
databricks_feature_engineering_materialized_feature none
databricks_file none   # its content comes from the configuration
databricks_git_credential none   # the token comes from the configuration
databricks_global_init_script none
databricks_grant none
databricks_grants none
databricks_group none
databricks_group_instance_profile none
databricks_group_member none
databricks_group_role none
databricks_instance_pool none
databricks_instance_profile none
databricks_ip_access_list none
databricks_job none   # its definition comes from the configuration; outputs are in tables and storage
databricks_knowledge_assistant none
databricks_knowledge_assistant_knowledge_source none
databricks_lakehouse_monitor none   # its metric tables are kept
databricks_library none
databricks_materialized_features_feature_tag none
databricks_metastore_assignment none
databricks_metastore_data_access none
databricks_mlflow_webhook none
databricks_model_serving none
databricks_model_serving_provisioned_throughput none
databricks_mount none   # a mount point; the data stays in cloud storage
databricks_mws_credentials none
databricks_mws_customer_managed_keys none
databricks_mws_log_delivery none
databricks_mws_ncc_binding none
databricks_mws_ncc_private_endpoint_rule none
databricks_mws_network_connectivity_config none
databricks_mws_networks none
databricks_mws_permission_assignment none
databricks_mws_private_access_settings none
databricks_mws_storage_configurations none
databricks_mws_vpc_endpoint none
databricks_notebook none   # its source comes from the configuration
databricks_notification_destination none
databricks_online_store none   # a serving copy synced from Delta tables
databricks_online_table none   # a serving copy synced from a Delta table
databricks_permission_assignment none
databricks_permissions none
databricks_policy_info none
databricks_postgres_catalog none
databricks_postgres_cdf_config none
databricks_postgres_data_api none
databricks_postgres_endpoint none
databricks_postgres_role none
databricks_postgres_synced_table none   # a copy synced from a Unity Catalog table
databricks_provider none
databricks_quality_monitor none   # its metric tables are kept
databricks_quality_monitor_v2 none
databricks_query none
databricks_restrict_workspace_admins_setting none
databricks_rfa_access_request_destinations none
databricks_secret_acl none
databricks_service_principal none   # an identity
databricks_service_principal_federation_policy none
databricks_service_principal_role none
databricks_share none   # a Delta Sharing share points at tables; they stay
databricks_sql_alert none
databricks_sql_dashboard none
databricks_sql_endpoint none
databricks_sql_global_config none
databricks_sql_permissions none
databricks_sql_query none
databricks_sql_visualization none
databricks_sql_widget none
databricks_storage_credential none
databricks_supervisor_agent none
databricks_supervisor_agent_tool none
databricks_system_schema none
databricks_tag_policy none
databricks_user none   # an identity; with force_delete_home_dir false (default) the home folder stays
databricks_user_instance_profile none
databricks_user_role none
databricks_warehouses_default_warehouse_override none
databricks_workspace_binding none
databricks_workspace_conf none
databricks_workspace_entity_tag_assignment none
databricks_workspace_file none   # its content comes from the configuration
databricks_workspace_iam_direct_group_member_v2 none
databricks_workspace_iam_group_v2 none
databricks_workspace_iam_service_principal_v2 none
databricks_workspace_iam_user_v2 none
databricks_workspace_iam_workspace_assignment_v2 none
databricks_workspace_iam_workspace_identity_detail_v2 none
databricks_workspace_network_option none
databricks_workspace_setting_v2 none
`;
  }
};
var DATADOG_REVIEWED = {
  provider: "datadog",
  reviewedAt: "DataDog/datadog v4.19.0 (August 2026): docs/resources",
  get lines() {
    return `
datadog_action_connection none
datadog_agentless_scanning_aws_scan_options none
datadog_agentless_scanning_azure_scan_options none
datadog_agentless_scanning_gcp_scan_options none
datadog_api_key none
datadog_apm_retention_filter none
datadog_apm_retention_filter_order none
datadog_app_builder_app none
datadog_app_key_registration none
datadog_application_key none
datadog_appsec_waf_custom_rule none
datadog_appsec_waf_exclusion_filter none
datadog_authn_mapping none
datadog_aws_cur_config none
datadog_azure_uc_config none
datadog_child_organization stateful monitoring-state high  # cascade: a whole organization and its data
datadog_cloud_configuration_rule none
datadog_cloud_inventory_sync_config none
datadog_cloud_workload_security_agent_rule none
datadog_compliance_custom_framework none
datadog_compliance_resource_evaluation_filter none
datadog_cost_budget none
datadog_cost_custom_forecast none
datadog_csm_threats_agent_rule none
datadog_csm_threats_policy none
datadog_custom_allocation_rule none
datadog_custom_allocation_rules none
datadog_dashboard none  # the definition is the configuration
datadog_dashboard_json none  # the definition is the configuration
datadog_dashboard_list none
datadog_dashboard_v2 none  # the definition is the configuration
datadog_dataset none
datadog_datastore stateful nosql-database high  # rows written by apps and workflows
datadog_datastore_item stateful nosql-database high  # like datadog_datastore rows: destroy deletes the item's current values
datadog_deployment_gate none
datadog_domain_allowlist none
datadog_downtime none
datadog_downtime_schedule none
datadog_gcp_uc_config none
datadog_governance_control none
datadog_incident_notification_rule none
datadog_incident_notification_template none
datadog_incident_postmortem_template none
datadog_incident_type none
datadog_incident_user_defined_field none
datadog_incident_user_defined_role none
datadog_integration_aws_account none
datadog_integration_aws_account_ccm_config none
datadog_integration_aws_event_bridge none
datadog_integration_aws_external_id none
datadog_integration_azure none
datadog_integration_cloudflare_account none
datadog_integration_confluent_account none
datadog_integration_confluent_resource none
datadog_integration_fastly_account none
datadog_integration_fastly_service none
datadog_integration_gcp none
datadog_integration_gcp_sts none
datadog_integration_ms_teams_tenant_based_handle none
datadog_integration_ms_teams_workflows_webhook_handle none
datadog_integration_opsgenie_service_object none
datadog_integration_pagerduty none
datadog_integration_pagerduty_service_object none
datadog_integration_slack_channel none
datadog_ip_allowlist none
datadog_logs_archive none
datadog_logs_archive_order none
datadog_logs_custom_destination none
datadog_logs_custom_pipeline none
datadog_logs_index_order none
datadog_logs_integration_pipeline none
datadog_logs_metric none
datadog_logs_pipeline_order none
datadog_logs_restriction_query none
datadog_metric_metadata none
datadog_metric_tag_configuration none
datadog_monitor_config_policy none
datadog_monitor_json stateful monitoring-state high  # as datadog_monitor: its alert history, downtimes and mute state go with it
datadog_monitor_notification_rule none
datadog_observability_pipeline none
datadog_on_call_escalation_policy none
datadog_on_call_schedule none  # like pagerduty_schedule (medium): overrides are lost
datadog_on_call_team_routing_rules none
datadog_on_call_user_notification_channel none
datadog_on_call_user_notification_rule none
datadog_openapi_api none
datadog_org_connection none
datadog_org_group none
datadog_org_group_membership none
datadog_org_group_policy none
datadog_org_group_policy_override none
datadog_organization_settings none
datadog_powerpack none
datadog_powerpack_v2 none
datadog_reference_table stateful other-stateful high  # rows uploaded outside Terraform
datadog_restriction_policy none
datadog_role none
datadog_rum_application none
datadog_rum_exclusion_filter none
datadog_rum_metric none
datadog_rum_retention_filter none
datadog_rum_retention_filters_order none
datadog_secure_embed_dashboard none
datadog_security_findings_due_date_rule none
datadog_security_findings_due_date_rules_order none
datadog_security_findings_mute_rule none
datadog_security_findings_mute_rules_order none
datadog_security_findings_ticket_creation_rule none
datadog_security_findings_ticket_creation_rules_order none
datadog_security_monitoring_critical_asset none
datadog_security_monitoring_default_rule none
datadog_security_monitoring_filter none
datadog_security_monitoring_rule none
datadog_security_monitoring_rule_json none
datadog_security_monitoring_suppression none
datadog_security_notification_rule none
datadog_sensitive_data_scanner_group none
datadog_sensitive_data_scanner_group_order none
datadog_sensitive_data_scanner_rule none
datadog_service_access_token none
datadog_service_account none
datadog_service_account_application_key none
datadog_service_definition_yaml none
datadog_slo_correction none
datadog_software_catalog none
datadog_spans_metric none
datadog_synthetics_concurrency_cap none
datadog_synthetics_global_variable none
datadog_synthetics_private_location none
datadog_synthetics_suite none
datadog_synthetics_test stateful monitoring-state high  # its result history and uptime record
datadog_tag_indexing_rule none
datadog_tag_indexing_rule_exemption none
datadog_tag_indexing_rule_order none
datadog_tag_pipeline_ruleset none
datadog_tag_pipeline_rulesets none
datadog_team none
datadog_team_connection none
datadog_team_hierarchy_links none
datadog_team_link none
datadog_team_membership none
datadog_team_notification_rule none
datadog_team_permission_setting none
datadog_team_sync none
datadog_user none
datadog_user_role none
datadog_webhook none
datadog_webhook_custom_variable none
datadog_webhook_oauth2_client_credentials none
datadog_workflow_automation none
`;
  }
};
var DIGITALOCEAN_REVIEWED = {
  provider: "digitalocean",
  reviewedAt: "digitalocean/digitalocean v2.99.1 (August 2026): docs and resource map",
  get lines() {
    return `
digitalocean_app stateful relational-database high  # dev databases declared in the app spec (production = false) are deleted with the app
digitalocean_byoip_prefix none
digitalocean_cdn none
digitalocean_certificate none
digitalocean_container_registries stateful container-registry high  # like digitalocean_container_registry: the images pushed to the registries
digitalocean_container_registry_docker_credentials none
digitalocean_custom_image none
digitalocean_database_advanced_mysql_config none
digitalocean_database_advanced_postgresql_config none
digitalocean_database_connection_pool none
digitalocean_database_firewall none
digitalocean_database_kafka_config none
digitalocean_database_kafka_schema_registry none
digitalocean_database_kafka_topic stateful queue-stream high  # the topic's messages
digitalocean_database_logsink_opensearch none
digitalocean_database_logsink_rsyslog none
digitalocean_database_mongodb_config none
digitalocean_database_mysql_config none
digitalocean_database_online_migration none
digitalocean_database_opensearch_config none
digitalocean_database_postgresql_config none
digitalocean_database_redis_config none
digitalocean_database_user none  # re-created from the configuration, with a new password
digitalocean_database_valkey_config none
digitalocean_dedicated_inference none
digitalocean_dedicated_inference_token none
digitalocean_droplet none  # compute: volumes are separate resources (like cloud VMs)
digitalocean_droplet_autoscale none
digitalocean_firewall none
digitalocean_floating_ip none
digitalocean_floating_ip_assignment none
digitalocean_gradientai_agent none
digitalocean_gradientai_agent_knowledge_base_attachment none
digitalocean_gradientai_agent_route none
digitalocean_gradientai_custom_model stateful ml-model high  # an uploaded or fine-tuned model
digitalocean_gradientai_function none
digitalocean_gradientai_indexing_job_cancel none
digitalocean_gradientai_knowledge_base stateful search-analytics high  # its indexed embeddings; re-indexing needs every data source to still exist
digitalocean_gradientai_knowledge_base_data_source none
digitalocean_gradientai_openai_api_key none
digitalocean_kubernetes_cluster stateful other-stateful high  # like other managed Kubernetes: the cluster state (objects created outside Terraform) is deleted
digitalocean_kubernetes_node_pool none  # node disks hold no persistent data; volumes are separate
digitalocean_loadbalancer none
digitalocean_monitor_alert none
digitalocean_nfs stateful file-storage critical  # the share's files
digitalocean_nfs_access_point none
digitalocean_nfs_attachment none
digitalocean_nfs_snapshot safeguard data  # a snapshot of an NFS share
digitalocean_partner_attachment none
digitalocean_project none
digitalocean_project_resources none
digitalocean_record none
digitalocean_reserved_ip none
digitalocean_reserved_ip_assignment none
digitalocean_reserved_ipv6 none
digitalocean_reserved_ipv6_assignment none
digitalocean_spaces_bucket_cors_configuration none
digitalocean_spaces_bucket_logging none
digitalocean_spaces_bucket_object stateful object-storage high  # like aws_s3_object: destroy deletes the object's current content
digitalocean_spaces_bucket_policy none
digitalocean_spaces_key none
digitalocean_ssh_key none
digitalocean_tag none
digitalocean_uptime_alert none
digitalocean_uptime_check none
digitalocean_vector_database stateful nosql-database critical  # the stored vectors
digitalocean_volume_attachment none
digitalocean_vpc none
digitalocean_vpc_nat_gateway none
digitalocean_vpc_peering none
`;
  }
};
var EC_REVIEWED = {
  provider: "ec",
  reviewedAt: "elastic/ec v0.13.0 (sources of 2026-07-21)",
  get lines() {
    return `
ec_elasticsearch_project stateful search-analytics critical   # a serverless Elasticsearch project and its indices
ec_observability_project stateful search-analytics critical   # a serverless Observability project and its logs, metrics and traces
ec_security_project stateful search-analytics critical   # a serverless Security project and its indices and alerts
ec_snapshot_repository safeguard policy   # registers where snapshots are written; the snapshots stay in the bucket
ec_deployment_elasticsearch_keystore none   # its secure settings come from the configuration
ec_deployment_extension none   # the bundle is uploaded from the configuration
ec_deployment_traffic_filter none
ec_deployment_traffic_filter_association none
ec_organization none   # organisation membership settings
ec_serverless_traffic_filter none
`;
  }
}, ELASTICSTACK_REVIEWED = {
  provider: "elasticstack",
  reviewedAt: "elastic/elasticstack v0.16.3 (sources of 2026-08-07)",
  get lines() {
    return `
elasticstack_elasticsearch_data_stream stateful search-analytics high   # deleting a data stream deletes every backing index and its documents
elasticstack_elasticsearch_ml_anomaly_detection_job stateful ml-model high   # deleting a job deletes its model snapshots and anomaly results
elasticstack_elasticsearch_security_api_key stateful secret high   # the key is generated by Elasticsearch and returned once
elasticstack_kibana_security_entity_store stateful search-analytics high   # its entity indices; history older than the lookback cannot be rebuilt from the logs
elasticstack_kibana_security_exception_list stateful config-store high   # items analysts add in Kibana are deleted with the list
elasticstack_kibana_security_list stateful config-store high   # value-list items uploaded in Kibana are deleted with the list
elasticstack_kibana_security_list_data_streams stateful config-store high   # the data streams that hold every value list and its items
elasticstack_kibana_space stateful other-stateful high   # cascade: every saved object (dashboards, visualisations, rules) made in the space
elasticstack_kibana_stream stateful search-analytics high   # a wired stream owns its data stream and documents
elasticstack_elasticsearch_ccr_follower_index safeguard data   # a cross-cluster replica of the leader index
elasticstack_apm_agent_configuration none
elasticstack_apm_source_map none   # uploaded from the configuration
elasticstack_elasticsearch_ccr_auto_follow_pattern none
elasticstack_elasticsearch_cluster_settings none
elasticstack_elasticsearch_component_template none
elasticstack_elasticsearch_connector none   # connector configuration; synced documents live in its index
elasticstack_elasticsearch_data_stream_lifecycle none   # removing a lifecycle keeps data longer, never shorter
elasticstack_elasticsearch_enrich_policy none   # its enrich index is rebuilt from the source indices
elasticstack_elasticsearch_index_alias none
elasticstack_elasticsearch_index_lifecycle none
elasticstack_elasticsearch_index_mappings none   # Elasticsearch cannot remove mappings; the documents stay
elasticstack_elasticsearch_index_template none
elasticstack_elasticsearch_index_template_ilm_attachment none
elasticstack_elasticsearch_inference_endpoint none
elasticstack_elasticsearch_ingest_pipeline none
elasticstack_elasticsearch_logstash_pipeline none
elasticstack_elasticsearch_ml_calendar none
elasticstack_elasticsearch_ml_calendar_event none
elasticstack_elasticsearch_ml_calendar_job none
elasticstack_elasticsearch_ml_datafeed none
elasticstack_elasticsearch_ml_datafeed_state none
elasticstack_elasticsearch_ml_filter none
elasticstack_elasticsearch_ml_job_state none
elasticstack_elasticsearch_ml_trained_model_alias none
elasticstack_elasticsearch_ml_trained_model_deployment none   # stops a deployment; the model stays
elasticstack_elasticsearch_query_ruleset none
elasticstack_elasticsearch_script none
elasticstack_elasticsearch_security_role none
elasticstack_elasticsearch_security_role_mapping none
elasticstack_elasticsearch_security_system_user none
elasticstack_elasticsearch_security_user none   # its password comes from the configuration
elasticstack_elasticsearch_synonym_set none
elasticstack_elasticsearch_transform none   # the destination index is kept
elasticstack_elasticsearch_watch none
elasticstack_fleet_agent_download_source none
elasticstack_fleet_agent_policy none
elasticstack_fleet_custom_integration none
elasticstack_fleet_elastic_defend_integration_policy none
elasticstack_fleet_integration none
elasticstack_fleet_integration_policy none
elasticstack_fleet_output none
elasticstack_fleet_proxy none
elasticstack_fleet_server_host none
elasticstack_kibana_action_connector none
elasticstack_kibana_agentbuilder_agent none
elasticstack_kibana_agentbuilder_skill none
elasticstack_kibana_agentbuilder_tool none
elasticstack_kibana_agentbuilder_workflow none
elasticstack_kibana_alerting_rule none   # its alerts stay in the alerts indices
elasticstack_kibana_dashboard none
elasticstack_kibana_data_view none
elasticstack_kibana_default_data_view none
elasticstack_kibana_import_saved_objects none
elasticstack_kibana_install_prebuilt_rules none
elasticstack_kibana_maintenance_window none
elasticstack_kibana_osquery_pack none
elasticstack_kibana_osquery_saved_query none
elasticstack_kibana_security_detection_rule none   # its alerts stay in the alerts indices
elasticstack_kibana_security_enable_rule none
elasticstack_kibana_security_entity_store_entity none
elasticstack_kibana_security_entity_store_entity_link none
elasticstack_kibana_security_exception_item none
elasticstack_kibana_security_list_item none
elasticstack_kibana_security_role none
elasticstack_kibana_slo none
elasticstack_kibana_synthetics_monitor none
elasticstack_kibana_synthetics_parameter none
elasticstack_kibana_synthetics_private_location none
`;
  }
};
var GITHUB_REVIEWED = {
  provider: "github",
  reviewedAt: "integrations/github v6.13.0 (August 2026): website/docs/r",
  get lines() {
    return `
github_actions_environment_secret stateful secret high  # a secret value
github_actions_environment_variable none
github_actions_hosted_runner none
github_actions_organization_oidc_subject_claim_customization_template none
github_actions_organization_permissions none
github_actions_organization_secret stateful secret high  # a secret value
github_actions_organization_secret_repositories none
github_actions_organization_secret_repository none
github_actions_organization_variable none
github_actions_organization_variable_repositories none
github_actions_organization_variable_repository none
github_actions_organization_workflow_permissions none
github_actions_repository_access_level none
github_actions_repository_oidc_subject_claim_customization_template none
github_actions_repository_permissions none
github_actions_runner_group none
github_actions_secret stateful secret high  # a secret value
github_actions_variable none
github_app_installation_repositories none
github_app_installation_repository none
github_branch stateful source-repository high  # commits not merged into another branch become unreachable
github_branch_default none
github_branch_protection safeguard policy  # stops force pushes and deletion of the branch
github_branch_protection_v3 safeguard policy  # stops force pushes and deletion of the branch
github_codespaces_organization_secret stateful secret high  # a secret value
github_codespaces_organization_secret_repositories none
github_codespaces_secret stateful secret high  # a secret value
github_codespaces_user_secret stateful secret high  # a secret value
github_dependabot_organization_secret stateful secret high  # a secret value
github_dependabot_organization_secret_repositories none
github_dependabot_organization_secret_repository none
github_dependabot_secret stateful secret high  # a secret value
github_emu_group_mapping none
github_enterprise_actions_permissions none
github_enterprise_actions_runner_group none
github_enterprise_actions_workflow_permissions none
github_enterprise_ip_allow_list_entry none
github_enterprise_organization stateful source-repository critical  # cascade: every repository of the organization
github_enterprise_security_analysis_settings none
github_issue stateful source-repository high  # its comments, reactions and history exist nowhere else
github_issue_label none
github_issue_labels none
github_membership stateful identity-directory high  # removing a member deletes their forks of the organization's private repositories
github_organization_block none
github_organization_custom_properties none
github_organization_custom_role none
github_organization_project stateful source-repository high  # cards and notes added outside Terraform
github_organization_repository_role none
github_organization_role none
github_organization_role_team none
github_organization_role_team_assignment none
github_organization_role_user none
github_organization_ruleset safeguard policy  # stops force pushes and deletion of protected refs
github_organization_security_manager none
github_organization_settings none
github_organization_webhook none
github_project_card none
github_project_column stateful source-repository high  # cascade: the cards in the column
github_release stateful source-repository high  # its uploaded assets and notes
github_repository_autolink_reference none
github_repository_collaborator none
github_repository_collaborators none
github_repository_custom_property none
github_repository_dependabot_security_updates none
github_repository_deploy_key none
github_repository_deployment_branch_policy none
github_repository_environment stateful secret high  # deleting an environment deletes its secrets and variables, including those set outside Terraform
github_repository_environment_deployment_policy none
github_repository_file none  # destroy commits a deletion; the history keeps the file
github_repository_milestone none
github_repository_pages none
github_repository_project stateful source-repository high  # cards and notes added outside Terraform
github_repository_pull_request none  # destroy closes the pull request; it is not deleted
github_repository_ruleset safeguard policy  # stops force pushes and deletion of protected refs
github_repository_topics none
github_repository_vulnerability_alerts none
github_repository_webhook none
github_team none
github_team_members none
github_team_membership none
github_team_repository none
github_team_settings none
github_team_sync_group_mapping none
github_user_gpg_key none
github_user_invitation_accepter none
github_user_ssh_key none
github_workflow_repository_permissions none
`;
  }
};
var GOOGLE_REVIEWED = {
  provider: "google",
  reviewedAt: "google and google-beta providers, August 2026 (magic-modules 2026-08-21)",
  get lines() {
    return `
google_access_context_manager_access_level none
google_access_context_manager_access_level_condition none
google_access_context_manager_access_levels none
google_access_context_manager_access_policy none
google_access_context_manager_access_policy_iam_binding none
google_access_context_manager_access_policy_iam_member none
google_access_context_manager_access_policy_iam_policy none
google_access_context_manager_authorized_orgs_desc none
google_access_context_manager_egress_policy none
google_access_context_manager_gcp_user_access_binding none
google_access_context_manager_ingress_policy none
google_access_context_manager_service_perimeter none
google_access_context_manager_service_perimeter_dry_run_egress_policy none
google_access_context_manager_service_perimeter_dry_run_ingress_policy none
google_access_context_manager_service_perimeter_dry_run_resource none
google_access_context_manager_service_perimeter_egress_policy none
google_access_context_manager_service_perimeter_ingress_policy none
google_access_context_manager_service_perimeter_resource none
google_access_context_manager_service_perimeters none
google_active_directory_domain_trust none
google_active_directory_peering none
google_agent_identity_auth_provider none
google_agent_registry_binding none
google_agent_registry_service none
google_agentic_applications_analyst_agent_persona none
google_alloydb_user none   # a database role: its password comes from the configuration; the rows it owns stay in the cluster
google_api_gateway_api none
google_api_gateway_api_config none
google_api_gateway_api_config_iam_binding none
google_api_gateway_api_config_iam_member none
google_api_gateway_api_config_iam_policy none
google_api_gateway_api_iam_binding none
google_api_gateway_api_iam_member none
google_api_gateway_api_iam_policy none
google_api_gateway_gateway none
google_api_gateway_gateway_iam_binding none
google_api_gateway_gateway_iam_member none
google_api_gateway_gateway_iam_policy none
google_apigee_addons_config none
google_apigee_api none
google_apigee_api_deployment none
google_apigee_api_product none
google_apigee_app_group stateful identity-directory high   # cascade: deleting an app group deletes its apps and their consumer keys
google_apigee_control_plane_access none
google_apigee_data_collector none
google_apigee_datastore none
google_apigee_developer stateful identity-directory high   # cascade: deleting a developer deletes every app and consumer key registered under it, often through the portal
google_apigee_developer_app stateful secret high   # its consumer key and secret are generated by Apigee; a re-created app gets new ones
google_apigee_dns_zone none
google_apigee_endpoint_attachment none
google_apigee_env_keystore stateful certificate high   # cascade: deletes every alias in it, including key pairs generated in Apigee
google_apigee_env_references none
google_apigee_envgroup none
google_apigee_envgroup_attachment none
google_apigee_environment stateful config-store high   # cascade: its key value maps (entries written by proxies at runtime) and keystores go with it
google_apigee_environment_addons_config none
google_apigee_environment_api_revision_deployment none
google_apigee_environment_debugmask none
google_apigee_environment_iam_binding none
google_apigee_environment_iam_member none
google_apigee_environment_iam_policy none
google_apigee_environment_keyvaluemaps stateful config-store high   # entries written by API proxies at runtime are deleted with the map
google_apigee_environment_keyvaluemaps_entries none
google_apigee_flowhook none
google_apigee_instance none   # runtime capacity; apps, keys and key value maps belong to the organization and environments
google_apigee_instance_attachment none
google_apigee_keystores_aliases_key_cert_file none
google_apigee_keystores_aliases_pkcs12 none
google_apigee_keystores_aliases_self_signed_cert stateful certificate high   # the private key is generated inside Apigee; a re-created alias has a new one
google_apigee_nat_address none   # a re-created address gets a new IP; nothing is stored
google_apigee_organization stateful other-stateful high   # cascade: deletes every environment, developer, app, consumer key and key value map (retention per retention, default 30 days)
google_apigee_security_action none
google_apigee_security_feedback none
google_apigee_security_monitoring_condition none
google_apigee_security_profile_v2 none
google_apigee_sharedflow none
google_apigee_sharedflow_deployment none
google_apigee_space none
google_apigee_sync_authorization none
google_apigee_target_server none
google_apihub_api_hub_instance none   # Terraform cannot delete it (destroy only forgets it)
google_apihub_curation none
google_apihub_host_project_registration none
google_apihub_plugin none
google_apihub_plugin_instance none
google_apihub_runtime_project_attachment none
google_apikeys_key stateful secret high   # the key string is generated by Google; a re-created key has a new one that every client must be given
google_app_engine_application none   # App Engine applications cannot be deleted; destroy only forgets it
google_app_engine_application_url_dispatch_rules none
google_app_engine_domain_mapping none
google_app_engine_firewall_rule none
google_app_engine_flexible_app_version none
google_app_engine_service_network_settings none
google_app_engine_service_split_traffic none
google_app_engine_standard_app_version none
google_apphub_application none
google_apphub_boundary none
google_apphub_service none
google_apphub_service_project_attachment none
google_apphub_workload none
google_artifact_registry_project_config none
google_artifact_registry_repository_iam_binding none
google_artifact_registry_repository_iam_member none
google_artifact_registry_repository_iam_policy none
google_artifact_registry_rule none
google_artifact_registry_vpcsc_config none
google_assured_workloads_workload none
google_backup_dr_management_server safeguard data   # the management console of Backup and DR appliances; without it their backups cannot be restored
google_backup_dr_restore_workload stateful block-storage high   # destroy deletes the restored instance or disk (delete_restored_instance defaults to true), with whatever was written to it since
google_backup_dr_service_config none
google_beyondcorp_app_connection none
google_beyondcorp_app_connector none
google_beyondcorp_app_gateway none
google_beyondcorp_application none
google_beyondcorp_application_iam none
google_beyondcorp_security_gateway none
google_beyondcorp_security_gateway_application none
google_beyondcorp_security_gateway_application_iam_binding none
google_beyondcorp_security_gateway_application_iam_member none
google_beyondcorp_security_gateway_application_iam_policy none
google_beyondcorp_security_gateway_iam_binding none
google_beyondcorp_security_gateway_iam_member none
google_beyondcorp_security_gateway_iam_policy none
google_big_query_dataset stateful data-warehouse critical   # the old name of google_bigquery_dataset (cascades its tables with delete_contents_on_destroy)
google_biglake_catalog stateful data-warehouse high   # cascade: the databases and table metadata written by Spark and BigQuery; the files stay in Cloud Storage
google_biglake_database stateful data-warehouse high   # cascade: table metadata written outside Terraform; the files stay in Cloud Storage
google_biglake_hive_catalog stateful data-warehouse high   # cascade: Hive databases and table metadata written outside Terraform
google_biglake_hive_catalog_iam_binding none
google_biglake_hive_catalog_iam_member none
google_biglake_hive_catalog_iam_policy none
google_biglake_hive_database stateful data-warehouse high   # cascade: Hive table metadata written outside Terraform
google_biglake_hive_database_iam_binding none
google_biglake_hive_database_iam_member none
google_biglake_hive_database_iam_policy none
google_biglake_hive_table stateful data-warehouse high   # Hive table metadata (partitions); the files stay in Cloud Storage
google_biglake_hive_table_iam_binding none
google_biglake_hive_table_iam_member none
google_biglake_hive_table_iam_policy none
google_biglake_iceberg_catalog stateful data-warehouse high   # cascade: Iceberg namespaces and tables, with their snapshot history
google_biglake_iceberg_catalog_iam_binding none
google_biglake_iceberg_catalog_iam_member none
google_biglake_iceberg_catalog_iam_policy none
google_biglake_iceberg_namespace stateful data-warehouse high   # cascade: Iceberg tables and their snapshot history
google_biglake_iceberg_namespace_iam_binding none
google_biglake_iceberg_namespace_iam_member none
google_biglake_iceberg_namespace_iam_policy none
google_biglake_iceberg_table stateful data-warehouse high   # Iceberg metadata: snapshots and schema history
google_biglake_iceberg_table_iam_binding none
google_biglake_iceberg_table_iam_member none
google_biglake_iceberg_table_iam_policy none
google_biglake_table stateful data-warehouse high   # table metadata (schema, partitions, snapshots); the files stay in Cloud Storage
google_bigquery_analytics_hub_data_exchange none
google_bigquery_analytics_hub_data_exchange_iam_binding none
google_bigquery_analytics_hub_data_exchange_iam_member none
google_bigquery_analytics_hub_data_exchange_iam_policy none
google_bigquery_analytics_hub_data_exchange_subscription none   # deletes only the linked datasets, read-only views of the publisher's data
google_bigquery_analytics_hub_listing none
google_bigquery_analytics_hub_listing_iam_binding none
google_bigquery_analytics_hub_listing_iam_member none
google_bigquery_analytics_hub_listing_iam_policy none
google_bigquery_analytics_hub_listing_subscription none   # deletes only the linked dataset, a read-only view of the publisher's data
google_bigquery_analytics_hub_query_template none
google_bigquery_bi_reservation none
google_bigquery_capacity_commitment none
google_bigquery_connection none   # credentials come from the configuration; a cloud_resource connection's service account is re-created (grants made outside Terraform must be redone)
google_bigquery_connection_iam_binding none
google_bigquery_connection_iam_member none
google_bigquery_connection_iam_policy none
google_bigquery_data_transfer_config none
google_bigquery_datapolicy_data_policy none
google_bigquery_datapolicy_data_policy_iam_binding none
google_bigquery_datapolicy_data_policy_iam_member none
google_bigquery_datapolicy_data_policy_iam_policy none
google_bigquery_datapolicyv2_data_policy none
google_bigquery_datapolicyv2_data_policy_iam_binding none
google_bigquery_datapolicyv2_data_policy_iam_member none
google_bigquery_datapolicyv2_data_policy_iam_policy none
google_bigquery_dataset_access none
google_bigquery_dataset_iam_binding none
google_bigquery_dataset_iam_member none
google_bigquery_dataset_iam_policy none
google_bigquery_job none   # BigQuery jobs cannot be deleted; destroy only forgets it (the table it wrote is its own resource)
google_bigquery_reservation none
google_bigquery_reservation_assignment none
google_bigquery_reservation_group none
google_bigquery_routine none
google_bigquery_routine_iam_binding none
google_bigquery_routine_iam_member none
google_bigquery_routine_iam_policy none
google_bigquery_row_access_policy none
google_bigquery_table_iam_binding none
google_bigquery_table_iam_member none
google_bigquery_table_iam_policy none
google_bigtable_app_profile none
google_bigtable_authorized_view none
google_bigtable_gc_policy none   # deleting a GC policy keeps more data, never less (deletion_policy ABANDON leaves it)
google_bigtable_instance_iam_binding none
google_bigtable_instance_iam_member none
google_bigtable_instance_iam_policy none
google_bigtable_logical_view none
google_bigtable_materialized_view none   # re-computed from its source table
google_bigtable_schema_bundle none
google_bigtable_table_iam_binding none
google_bigtable_table_iam_member none
google_bigtable_table_iam_policy none
google_billing_account_iam_binding none
google_billing_account_iam_member none
google_billing_account_iam_policy none
google_billing_budget none
google_billing_project_info none
google_billing_subaccount none
google_binary_authorization_attestor none
google_binary_authorization_attestor_iam_binding none
google_binary_authorization_attestor_iam_member none
google_binary_authorization_attestor_iam_policy none
google_binary_authorization_policy none
google_binaryauthorization_attestor none
google_binaryauthorization_policy none
google_blockchain_node_engine_blockchain_nodes stateful block-storage high   # days of chain sync on its disks; a re-created node starts over
google_certificate_manager_certificate none
google_certificate_manager_certificate_issuance_config none
google_certificate_manager_certificate_map none
google_certificate_manager_certificate_map_entry none
google_certificate_manager_dns_authorization none   # re-created with a new DNS record value; nothing stored
google_certificate_manager_trust_config none
google_ces_agent none
google_ces_app stateful other-stateful high   # agents, tools and guardrails built in the console live only in the app
google_ces_app_root_agent_association none
google_ces_app_version safeguard data   # a snapshot of the app's agents and tools, what a deployment rolls back to
google_ces_deployment none
google_ces_evaluation none
google_ces_example none
google_ces_guardrail none
google_ces_security_settings none
google_ces_tool none
google_ces_toolset none
google_chronicle_big_query_export none
google_chronicle_custom_list none
google_chronicle_dashboard_chart none
google_chronicle_data_access_label none
google_chronicle_data_access_scope none
google_chronicle_data_export none
google_chronicle_data_table stateful config-store high   # rows added outside Terraform (analysts, rules) go with it (deletion_policy FORCE; DEFAULT refuses while rows exist)
google_chronicle_data_table_row none
google_chronicle_environment stateful other-stateful high   # deletes the environment's cases, playbooks, reports and agents (deletion_protection defaults to true)
google_chronicle_environment_group none
google_chronicle_feed none
google_chronicle_findings_refinement none
google_chronicle_findings_refinement_deployment none
google_chronicle_native_dashboard none
google_chronicle_parser none
google_chronicle_parser_extension none
google_chronicle_reference_list none   # Terraform cannot delete it (destroy only forgets it)
google_chronicle_retrohunt none   # Terraform cannot delete it (destroy only forgets it)
google_chronicle_rule none   # a detection rule from the configuration; deletion_policy DEFAULT refuses while detections exist
google_chronicle_rule_deployment none
google_chronicle_soar_domain none
google_chronicle_soar_network none
google_chronicle_watchlist none
google_cloud_asset_folder_feed none
google_cloud_asset_organization_feed none
google_cloud_asset_project_feed none
google_cloud_deploy_delivery_pipeline none
google_cloud_deploy_target none
google_cloud_identity_group stateful identity-directory high   # members added outside Terraform and the group's message archive are deleted with it
google_cloud_identity_group_membership none
google_cloud_identity_policy none
google_cloud_ids_endpoint none
google_cloud_quotas_quota_adjuster_settings none
google_cloud_quotas_quota_preference none
google_cloud_run_domain_mapping none
google_cloud_run_service none
google_cloud_run_service_iam_binding none
google_cloud_run_service_iam_member none
google_cloud_run_service_iam_policy none
google_cloud_run_v2_job none
google_cloud_run_v2_job_iam_binding none
google_cloud_run_v2_job_iam_member none
google_cloud_run_v2_job_iam_policy none
google_cloud_run_v2_service none
google_cloud_run_v2_service_iam_binding none
google_cloud_run_v2_service_iam_member none
google_cloud_run_v2_service_iam_policy none
google_cloud_run_v2_worker_pool none
google_cloud_run_v2_worker_pool_iam_binding none
google_cloud_run_v2_worker_pool_iam_member none
google_cloud_run_v2_worker_pool_iam_policy none
google_cloud_scheduler_job none
google_cloud_security_compliance_cloud_control none
google_cloud_security_compliance_framework none
google_cloud_security_compliance_framework_deployment none
google_cloud_support_support_event_subscription none
google_cloud_tasks_queue stateful queue-stream high   # holds the tasks not yet dispatched
google_cloud_tasks_queue_iam_binding none
google_cloud_tasks_queue_iam_member none
google_cloud_tasks_queue_iam_policy none
google_cloudbuild_bitbucket_server_config none
google_cloudbuild_trigger none
google_cloudbuild_worker_pool none
google_cloudbuildv2_connection none
google_cloudbuildv2_connection_iam_binding none
google_cloudbuildv2_connection_iam_member none
google_cloudbuildv2_connection_iam_policy none
google_cloudbuildv2_repository none
google_clouddeploy_automation none
google_clouddeploy_custom_target_type none
google_clouddeploy_custom_target_type_iam_binding none
google_clouddeploy_custom_target_type_iam_member none
google_clouddeploy_custom_target_type_iam_policy none
google_clouddeploy_delivery_pipeline none
google_clouddeploy_delivery_pipeline_iam_binding none
google_clouddeploy_delivery_pipeline_iam_member none
google_clouddeploy_delivery_pipeline_iam_policy none
google_clouddeploy_deploy_policy none
google_clouddeploy_target none
google_clouddeploy_target_iam_binding none
google_clouddeploy_target_iam_member none
google_clouddeploy_target_iam_policy none
google_clouddomains_registration none   # destroy only removes it from state: the registration stays until it expires (as aws_route53domains_registered_domain)
google_cloudfunctions2_function none
google_cloudfunctions2_function_iam_binding none
google_cloudfunctions2_function_iam_member none
google_cloudfunctions2_function_iam_policy none
google_cloudfunctions_function none
google_cloudfunctions_function_iam_binding none
google_cloudfunctions_function_iam_member none
google_cloudfunctions_function_iam_policy none
google_cloudiot_device none   # its credentials are public keys from the configuration (service retired)
google_cloudiot_registry none   # Cloud IoT refused to delete a registry that still had devices (service retired)
google_cloudiot_registry_iam none
google_colab_notebook_execution none
google_colab_runtime stateful workstation high   # its data disk holds the files users saved in the runtime
google_colab_runtime_template none
google_colab_runtime_template_iam_binding none
google_colab_runtime_template_iam_member none
google_colab_runtime_template_iam_policy none
google_colab_schedule none
google_composer_environment stateful other-stateful high   # its Airflow database (run history, connections and variables set in the UI) is deleted; the environment bucket stays
google_composer_user_workloads_config_map none
google_composer_user_workloads_secret none
google_compute_address none   # a re-created address gets a new IP; nothing is stored
google_compute_attached_disk none
google_compute_autoscaler none
google_compute_backend_bucket none
google_compute_backend_bucket_iam_binding none
google_compute_backend_bucket_iam_member none
google_compute_backend_bucket_iam_policy none
google_compute_backend_bucket_signed_url_key none
google_compute_backend_service none
google_compute_backend_service_iam_binding none
google_compute_backend_service_iam_member none
google_compute_backend_service_iam_policy none
google_compute_backend_service_signed_url_key none
google_compute_bulk_per_instance_config none
google_compute_cross_site_network none
google_compute_disk_async_replication safeguard data   # stops asynchronous replication to the secondary disk
google_compute_disk_iam_binding none
google_compute_disk_iam_member none
google_compute_disk_iam_policy none
google_compute_external_vpn_gateway none
google_compute_firewall none
google_compute_firewall_policy none
google_compute_firewall_policy_association none
google_compute_firewall_policy_iam_binding none
google_compute_firewall_policy_iam_member none
google_compute_firewall_policy_iam_policy none
google_compute_firewall_policy_rule none
google_compute_firewall_policy_with_rules none
google_compute_forwarding_rule none
google_compute_future_reservation none
google_compute_global_address none   # a re-created address gets a new IP; nothing is stored
google_compute_global_forwarding_rule none
google_compute_global_network_endpoint none
google_compute_global_network_endpoint_group none
google_compute_global_vm_extension_policy none
google_compute_ha_vpn_gateway none
google_compute_health_check none
google_compute_http_health_check none
google_compute_https_health_check none
google_compute_image safeguard data   # an image is a copy of a disk as it was; a re-created image copies the source as it is now
google_compute_image_iam_binding none
google_compute_image_iam_member none
google_compute_image_iam_policy none
google_compute_instance none   # replaceable compute, as aws_instance and azurerm VMs: data to keep lives on a google_compute_disk (its boot disk is re-created from the image)
google_compute_instance_from_machine_image none   # as google_compute_instance
google_compute_instance_from_template none   # as google_compute_instance
google_compute_instance_group none
google_compute_instance_group_manager none   # managed instances are disposable by design; stateful disks are kept per their delete_rule
google_compute_instance_group_membership none
google_compute_instance_group_named_port none
google_compute_instance_iam_binding none
google_compute_instance_iam_member none
google_compute_instance_iam_policy none
google_compute_instance_settings none
google_compute_instance_template none
google_compute_instance_template_iam_binding none
google_compute_instance_template_iam_member none
google_compute_instance_template_iam_policy none
google_compute_instant_snapshot safeguard data   # a point-in-time copy of a disk
google_compute_instant_snapshot_iam_binding none
google_compute_instant_snapshot_iam_member none
google_compute_instant_snapshot_iam_policy none
google_compute_interconnect none
google_compute_interconnect_attachment none
google_compute_interconnect_attachment_group none
google_compute_interconnect_group none
google_compute_machine_image safeguard data   # a copy of an instance and all its disks as they were
google_compute_machine_image_iam_binding none
google_compute_machine_image_iam_member none
google_compute_machine_image_iam_policy none
google_compute_managed_ssl_certificate none
google_compute_network none
google_compute_network_attachment none
google_compute_network_edge_security_service none
google_compute_network_endpoint none
google_compute_network_endpoint_group none
google_compute_network_endpoints none
google_compute_network_firewall_policy none
google_compute_network_firewall_policy_association none
google_compute_network_firewall_policy_iam_binding none
google_compute_network_firewall_policy_iam_member none
google_compute_network_firewall_policy_iam_policy none
google_compute_network_firewall_policy_packet_mirroring_rule none
google_compute_network_firewall_policy_rule none
google_compute_network_firewall_policy_with_rules none
google_compute_network_peering none
google_compute_network_peering_routes_config none
google_compute_node_group none
google_compute_node_template none
google_compute_organization_security_policy none
google_compute_organization_security_policy_association none
google_compute_organization_security_policy_rule none
google_compute_packet_mirroring none
google_compute_per_instance_config none   # preserved-state config; the disks it preserves keep their own delete_rule
google_compute_preview_feature none
google_compute_project_cloud_armor_tier none
google_compute_project_default_network_tier none
google_compute_project_metadata none
google_compute_project_metadata_item none
google_compute_public_advertised_prefix none
google_compute_public_delegated_prefix none
google_compute_region_autoscaler none
google_compute_region_backend_bucket none
google_compute_region_backend_bucket_iam_binding none
google_compute_region_backend_bucket_iam_member none
google_compute_region_backend_bucket_iam_policy none
google_compute_region_backend_service none
google_compute_region_backend_service_iam_binding none
google_compute_region_backend_service_iam_member none
google_compute_region_backend_service_iam_policy none
google_compute_region_commitment none
google_compute_region_composite_health_check none
google_compute_region_disk_iam_binding none
google_compute_region_disk_iam_member none
google_compute_region_disk_iam_policy none
google_compute_region_disk_resource_policy_attachment safeguard policy   # removes the snapshot schedule from a regional disk
google_compute_region_health_aggregation_policy none
google_compute_region_health_check none
google_compute_region_health_source none
google_compute_region_instance_group_manager none   # managed instances are disposable by design; stateful disks are kept per their delete_rule
google_compute_region_instance_template none
google_compute_region_instant_snapshot safeguard data   # a point-in-time copy of a regional disk
google_compute_region_instant_snapshot_iam_binding none
google_compute_region_instant_snapshot_iam_member none
google_compute_region_instant_snapshot_iam_policy none
google_compute_region_network_endpoint none
google_compute_region_network_endpoint_group none
google_compute_region_network_firewall_policy none
google_compute_region_network_firewall_policy_association none
google_compute_region_network_firewall_policy_iam_binding none
google_compute_region_network_firewall_policy_iam_member none
google_compute_region_network_firewall_policy_iam_policy none
google_compute_region_network_firewall_policy_rule none
google_compute_region_network_firewall_policy_with_rules none
google_compute_region_network_policy none
google_compute_region_network_policy_traffic_classification_rule none
google_compute_region_per_instance_config none   # preserved-state config; the disks it preserves keep their own delete_rule
google_compute_region_resize_request none
google_compute_region_security_policy none
google_compute_region_security_policy_rule none
google_compute_region_ssl_certificate none
google_compute_region_ssl_policy none
google_compute_region_target_http_proxy none
google_compute_region_target_https_proxy none
google_compute_region_target_tcp_proxy none
google_compute_region_url_map none
google_compute_reservation none
google_compute_resize_request none
google_compute_resource_policy_attachment none   # attaches an instance start/stop schedule (snapshot schedules attach to disks)
google_compute_rollout_plan none
google_compute_route none
google_compute_router none
google_compute_router_interface none
google_compute_router_named_set none
google_compute_router_nat none
google_compute_router_nat_address none
google_compute_router_peer none
google_compute_router_route_policy none
google_compute_security_policy none
google_compute_security_policy_rule none
google_compute_service_attachment none
google_compute_shared_vpc none
google_compute_shared_vpc_host_project none
google_compute_shared_vpc_service_project none
google_compute_snapshot_iam_binding none
google_compute_snapshot_iam_member none
google_compute_snapshot_iam_policy none
google_compute_snapshot_settings none
google_compute_ssl_certificate none
google_compute_ssl_policy none
google_compute_storage_pool none   # capacity only; a pool that still holds disks cannot be deleted
google_compute_storage_pool_iam_binding none
google_compute_storage_pool_iam_member none
google_compute_storage_pool_iam_policy none
google_compute_subnetwork none
google_compute_subnetwork_iam_binding none
google_compute_subnetwork_iam_member none
google_compute_subnetwork_iam_policy none
google_compute_target_grpc_proxy none
google_compute_target_http_proxy none
google_compute_target_https_proxy none
google_compute_target_instance none
google_compute_target_pool none
google_compute_target_ssl_proxy none
google_compute_target_tcp_proxy none
google_compute_url_map none
google_compute_vpn_gateway none
google_compute_vpn_tunnel none
google_compute_wire_group none
google_compute_zone_vm_extension_policy none
google_config_deployment stateful other-stateful high   # cascade: deleting an Infrastructure Manager deployment deletes every resource it created (delete_policy defaults to DELETE)
google_contact_center_insights_analysis_rule none
google_contact_center_insights_assessment_rule none
google_contact_center_insights_auto_labeling_rule none
google_contact_center_insights_encryption_spec none
google_contact_center_insights_qa_question none
google_contact_center_insights_qa_scorecard none
google_contact_center_insights_qa_scorecard_revision none
google_contact_center_insights_view none
google_container_analysis_note none
google_container_analysis_note_iam_binding none
google_container_analysis_note_iam_member none
google_container_analysis_note_iam_policy none
google_container_analysis_occurrence none
google_container_attached_cluster none   # only the registration; the cluster itself is not deleted
google_container_aws_cluster stateful other-stateful high   # as google_container_cluster: the cluster's etcd and its volumes
google_container_aws_node_pool none
google_container_azure_client stateful secret high   # its private key is generated by Google; a re-created client has a new certificate to register in Azure
google_container_azure_cluster stateful other-stateful high   # as google_container_cluster: the cluster's etcd and its volumes
google_container_azure_node_pool none
google_container_node_pool none
google_container_registry none   # destroy does not delete the backing bucket
google_containeranalysis_note none
google_data_catalog_entry none
google_data_catalog_entry_group none
google_data_catalog_entry_group_iam_binding none
google_data_catalog_entry_group_iam_member none
google_data_catalog_entry_group_iam_policy none
google_data_catalog_policy_tag none
google_data_catalog_policy_tag_iam_binding none
google_data_catalog_policy_tag_iam_member none
google_data_catalog_policy_tag_iam_policy none
google_data_catalog_tag none
google_data_catalog_tag_template none   # with force_delete false (default) Data Catalog refuses while tags use it
google_data_catalog_tag_template_iam_binding none
google_data_catalog_tag_template_iam_member none
google_data_catalog_tag_template_iam_policy none
google_data_catalog_taxonomy none
google_data_catalog_taxonomy_iam_binding none
google_data_catalog_taxonomy_iam_member none
google_data_catalog_taxonomy_iam_policy none
google_data_fusion_instance stateful other-stateful high   # pipelines built in the Data Fusion studio live only in the instance
google_data_fusion_instance_iam_binding none
google_data_fusion_instance_iam_member none
google_data_fusion_instance_iam_policy none
google_data_lineage_config none
google_data_loss_prevention_deidentify_template none
google_data_loss_prevention_discovery_config none
google_data_loss_prevention_inspect_template none
google_data_loss_prevention_job_trigger none
google_data_loss_prevention_stored_info_type none
google_data_pipeline_pipeline none
google_database_migration_service_connection_profile none   # Terraform deletes without force, which keeps the destination Cloud SQL replica
google_database_migration_service_migration_job none
google_database_migration_service_private_connection none
google_dataflow_flex_template_job none   # on_delete drains or cancels the job; its output is elsewhere
google_dataflow_job none   # on_delete drains or cancels the job; its output is elsewhere
google_dataform_config none
google_dataform_folder none
google_dataform_repository stateful source-repository high   # workspaces hold SQL not yet pushed (and all of it when no git remote is set)
google_dataform_repository_iam_binding none
google_dataform_repository_iam_member none
google_dataform_repository_iam_policy none
google_dataform_repository_release_config none
google_dataform_repository_workflow_config none
google_dataform_team_folder none
google_dataplex_aspect_type none
google_dataplex_aspect_type_iam_binding none
google_dataplex_aspect_type_iam_member none
google_dataplex_aspect_type_iam_policy none
google_dataplex_asset none
google_dataplex_asset_iam_binding none
google_dataplex_asset_iam_member none
google_dataplex_asset_iam_policy none
google_dataplex_data_asset none
google_dataplex_data_product none
google_dataplex_data_product_data_asset none
google_dataplex_data_product_iam_binding none
google_dataplex_data_product_iam_member none
google_dataplex_data_product_iam_policy none
google_dataplex_datascan none
google_dataplex_datascan_iam_binding none
google_dataplex_datascan_iam_member none
google_dataplex_datascan_iam_policy none
google_dataplex_entry none
google_dataplex_entry_group none
google_dataplex_entry_group_iam_binding none
google_dataplex_entry_group_iam_member none
google_dataplex_entry_group_iam_policy none
google_dataplex_entry_link none
google_dataplex_entry_type none
google_dataplex_entry_type_iam_binding none
google_dataplex_entry_type_iam_member none
google_dataplex_entry_type_iam_policy none
google_dataplex_glossary none
google_dataplex_glossary_category none
google_dataplex_glossary_iam_binding none
google_dataplex_glossary_iam_member none
google_dataplex_glossary_iam_policy none
google_dataplex_glossary_term none
google_dataplex_lake none
google_dataplex_lake_iam_binding none
google_dataplex_lake_iam_member none
google_dataplex_lake_iam_policy none
google_dataplex_metadata_feed none
google_dataplex_task none
google_dataplex_task_iam_binding none
google_dataplex_task_iam_member none
google_dataplex_task_iam_policy none
google_dataplex_zone none
google_dataplex_zone_iam_binding none
google_dataplex_zone_iam_member none
google_dataplex_zone_iam_policy none
google_dataproc_autoscaling_policy none
google_dataproc_autoscaling_policy_iam_binding none
google_dataproc_autoscaling_policy_iam_member none
google_dataproc_autoscaling_policy_iam_policy none
google_dataproc_batch none
google_dataproc_cluster stateful other-stateful high   # HDFS and local disks of the cluster's nodes are deleted; data kept in Cloud Storage survives
google_dataproc_cluster_iam_binding none
google_dataproc_cluster_iam_member none
google_dataproc_cluster_iam_policy none
google_dataproc_gdc_application_environment none
google_dataproc_gdc_service_instance none
google_dataproc_gdc_spark_application none
google_dataproc_job none
google_dataproc_job_iam_binding none
google_dataproc_job_iam_member none
google_dataproc_job_iam_policy none
google_dataproc_metastore_database_iam_binding none
google_dataproc_metastore_database_iam_member none
google_dataproc_metastore_database_iam_policy none
google_dataproc_metastore_federation none   # a view over metastores; their data stays
google_dataproc_metastore_federation_iam_binding none
google_dataproc_metastore_federation_iam_member none
google_dataproc_metastore_federation_iam_policy none
google_dataproc_metastore_service_iam_binding none
google_dataproc_metastore_service_iam_member none
google_dataproc_metastore_service_iam_policy none
google_dataproc_metastore_table_iam_binding none
google_dataproc_metastore_table_iam_member none
google_dataproc_metastore_table_iam_policy none
google_dataproc_session_template none
google_dataproc_workflow_template none
google_datastore_index none
google_datastream_connection_profile none
google_datastream_private_connection none
google_datastream_stream none   # moves data; the source and destination keep it
google_deployment_manager_deployment stateful other-stateful high   # cascade: deleting a deployment deletes every resource in it (delete_policy defaults to DELETE)
google_developer_connect_account_connector none
google_developer_connect_connection none
google_developer_connect_git_repository_link none
google_developer_connect_insights_config none
google_dialogflow_agent stateful other-stateful high   # intents and entities built in the console live only in the agent
google_dialogflow_conversation_profile none
google_dialogflow_cx_agent stateful other-stateful high   # flows, pages and intents built in the console live only in the agent
google_dialogflow_cx_entity_type none
google_dialogflow_cx_environment none
google_dialogflow_cx_flow none
google_dialogflow_cx_generative_settings none
google_dialogflow_cx_generator none
google_dialogflow_cx_intent none
google_dialogflow_cx_page none
google_dialogflow_cx_playbook none
google_dialogflow_cx_security_settings none
google_dialogflow_cx_test_case none
google_dialogflow_cx_tool none
google_dialogflow_cx_tool_version safeguard data   # a snapshot of a tool
google_dialogflow_cx_version safeguard data   # a snapshot of a flow that environments roll back to
google_dialogflow_cx_webhook none
google_dialogflow_encryption_spec none
google_dialogflow_entity_type none
google_dialogflow_environment none
google_dialogflow_fulfillment none
google_dialogflow_generator none
google_dialogflow_intent none
google_dialogflow_sip_trunk none
google_dialogflow_version safeguard data   # a snapshot of the agent that environments roll back to
google_discovery_engine_acl_config none
google_discovery_engine_assistant none
google_discovery_engine_chat_engine none
google_discovery_engine_cmek_config none
google_discovery_engine_control none
google_discovery_engine_data_connector stateful search-analytics high   # deleting it deletes its collection and the data stores synced from the source
google_discovery_engine_data_store stateful search-analytics high   # holds the imported documents and their index
google_discovery_engine_license_config none
google_discovery_engine_recommendation_engine stateful ml-model high   # its trained recommendation model; retraining takes days
google_discovery_engine_schema none
google_discovery_engine_search_engine none
google_discovery_engine_search_engine_iam_binding none
google_discovery_engine_search_engine_iam_member none
google_discovery_engine_search_engine_iam_policy none
google_discovery_engine_serving_config none
google_discovery_engine_sitemap none
google_discovery_engine_target_site none   # a URL pattern; the crawled pages belong to the data store
google_discovery_engine_user_store none
google_discovery_engine_widget_config none
google_dns_managed_zone_iam_binding none
google_dns_managed_zone_iam_member none
google_dns_managed_zone_iam_policy none
google_dns_policy none
google_dns_record_set none
google_dns_response_policy none
google_dns_response_policy_rule none
google_document_ai_processor stateful ml-model high   # a custom processor's trained versions and labelled dataset
google_document_ai_processor_default_version none
google_document_ai_schema none
google_document_ai_warehouse_document_schema none
google_document_ai_warehouse_location none
google_edgecontainer_cluster stateful other-stateful high   # as google_container_cluster: the cluster's etcd and its volumes
google_edgecontainer_node_pool none
google_edgecontainer_vpn_connection none
google_edgenetwork_interconnect_attachment none
google_edgenetwork_network none
google_edgenetwork_subnet none
google_endpoints_service none
google_endpoints_service_consumers_iam_binding none
google_endpoints_service_consumers_iam_member none
google_endpoints_service_consumers_iam_policy none
google_endpoints_service_iam_binding none
google_endpoints_service_iam_member none
google_endpoints_service_iam_policy none
google_essential_contacts_contact none
google_eventarc_channel none
google_eventarc_enrollment none
google_eventarc_google_api_source none
google_eventarc_google_channel_config none
google_eventarc_message_bus none
google_eventarc_pipeline none
google_eventarc_trigger none
google_firebase_ai_logic_config none
google_firebase_ai_logic_prompt_template none
google_firebase_ai_logic_prompt_template_lock none
google_firebase_android_app none   # an app registration (restorable for 30 days); its data lives in the products it uses
google_firebase_app_check_app_attest_config none
google_firebase_app_check_debug_token none
google_firebase_app_check_device_check_config none
google_firebase_app_check_play_integrity_config none
google_firebase_app_check_recaptcha_enterprise_config none
google_firebase_app_check_recaptcha_v3_config none
google_firebase_app_check_resource_policy none
google_firebase_app_check_service_config none
google_firebase_app_hosting_backend none
google_firebase_app_hosting_build none
google_firebase_app_hosting_default_domain none
google_firebase_app_hosting_domain none
google_firebase_app_hosting_traffic none
google_firebase_apple_app none   # an app registration (restorable for 30 days); its data lives in the products it uses
google_firebase_data_connect_service none   # schemas and connectors come from the configuration; the data is in its own Cloud SQL instance
google_firebase_extensions_instance none
google_firebase_hosting_channel none
google_firebase_hosting_custom_domain none
google_firebase_hosting_release none
google_firebase_hosting_site none   # deployed content is re-deployable from source
google_firebase_hosting_version none
google_firebase_project none   # Terraform cannot remove Firebase from a project (destroy only forgets it)
google_firebase_project_location none
google_firebase_remote_config_remote_config none
google_firebase_storage_bucket none   # only links an existing bucket to Firebase; unlinking deletes nothing
google_firebase_storage_default_bucket stateful object-storage critical   # the API unlinks and deletes the default bucket with every object in it
google_firebase_web_app none   # an app registration (restorable for 30 days); its data lives in the products it uses
google_firebaserules_release none
google_firebaserules_ruleset none
google_firestore_change_stream none
google_firestore_document none   # its fields are the configuration
google_firestore_field none
google_firestore_index none
google_firestore_user_creds stateful secret high   # the generated password is returned once; re-created credentials differ
google_folder none   # Resource Manager refuses to delete a folder that still holds projects (and deletion_protection)
google_folder_access_approval_settings none
google_folder_iam_audit_config none
google_folder_iam_binding none
google_folder_iam_member none
google_folder_iam_policy none
google_folder_organization_policy none
google_folder_service_identity none
google_game_services_game_server_cluster none
google_game_services_game_server_config none
google_game_services_game_server_deployment none
google_game_services_game_server_deployment_rollout none
google_game_services_realm none
google_gemini_code_repository_index none   # an index rebuilt from the repositories
google_gemini_code_tools_setting none
google_gemini_code_tools_setting_binding none
google_gemini_data_sharing_with_google_setting none
google_gemini_data_sharing_with_google_setting_binding none
google_gemini_gemini_gcp_enablement_setting none
google_gemini_gemini_gcp_enablement_setting_binding none
google_gemini_logging_setting none
google_gemini_logging_setting_binding none
google_gemini_release_channel_setting none
google_gemini_release_channel_setting_binding none
google_gemini_repository_group none
google_gemini_repository_group_iam_binding none
google_gemini_repository_group_iam_member none
google_gemini_repository_group_iam_policy none
google_gke_backup_backup_channel none
google_gke_backup_backup_plan_iam_binding none
google_gke_backup_backup_plan_iam_member none
google_gke_backup_backup_plan_iam_policy none
google_gke_backup_restore_channel none
google_gke_backup_restore_plan none
google_gke_backup_restore_plan_iam_binding none
google_gke_backup_restore_plan_iam_member none
google_gke_backup_restore_plan_iam_policy none
google_gke_hub_feature none
google_gke_hub_feature_iam_binding none
google_gke_hub_feature_iam_member none
google_gke_hub_feature_iam_policy none
google_gke_hub_feature_membership none
google_gke_hub_fleet none
google_gke_hub_membership none
google_gke_hub_membership_binding none
google_gke_hub_membership_iam_binding none
google_gke_hub_membership_iam_member none
google_gke_hub_membership_iam_policy none
google_gke_hub_membership_rbac_role_binding none
google_gke_hub_namespace stateful kubernetes-namespace high   # a fleet namespace is created in every bound cluster; deleting it deletes those namespaces and everything in them
google_gke_hub_rollout_sequence none
google_gke_hub_scope none
google_gke_hub_scope_iam_binding none
google_gke_hub_scope_iam_member none
google_gke_hub_scope_iam_policy none
google_gke_hub_scope_rbac_role_binding none
google_gkeonprem_bare_metal_admin_cluster none   # Terraform cannot delete it (destroy only forgets it)
google_gkeonprem_bare_metal_cluster stateful other-stateful high   # as google_container_cluster: the user cluster's etcd and its volumes
google_gkeonprem_bare_metal_node_pool none
google_gkeonprem_vmware_admin_cluster none   # Terraform cannot delete it (destroy only forgets it)
google_gkeonprem_vmware_cluster stateful other-stateful high   # as google_container_cluster: the user cluster's etcd and its volumes
google_gkeonprem_vmware_node_pool none
google_healthcare_consent_store stateful other-stateful critical   # patients' consent records, created through the API
google_healthcare_consent_store_iam_binding none
google_healthcare_consent_store_iam_member none
google_healthcare_consent_store_iam_policy none
google_healthcare_dataset_iam_binding none
google_healthcare_dataset_iam_member none
google_healthcare_dataset_iam_policy none
google_healthcare_dicom_store_iam_binding none
google_healthcare_dicom_store_iam_member none
google_healthcare_dicom_store_iam_policy none
google_healthcare_fhir_store_iam_binding none
google_healthcare_fhir_store_iam_member none
google_healthcare_fhir_store_iam_policy none
google_healthcare_hl7_v2_store_iam_binding none
google_healthcare_hl7_v2_store_iam_member none
google_healthcare_hl7_v2_store_iam_policy none
google_healthcare_pipeline_job none
google_healthcare_workspace none
google_hypercomputecluster_cluster stateful file-storage high   # deletes the storage it created for the cluster (new buckets, Filestore and Lustre instances)
google_iam_access_boundary_policy none
google_iam_deny_policy none
google_iam_folder_access_policy none
google_iam_folders_policy_binding none
google_iam_oauth_client none
google_iam_oauth_client_credential stateful secret high   # the client secret is generated by Google; a re-created credential has a new one
google_iam_organization_access_policy none
google_iam_organizations_policy_binding none
google_iam_principal_access_boundary_policy none
google_iam_project_access_policy none
google_iam_projects_policy_binding none
google_iam_workforce_pool none   # federation config; identities come from the IdP (soft-deleted for 30 days)
google_iam_workforce_pool_iam_binding none
google_iam_workforce_pool_iam_member none
google_iam_workforce_pool_iam_policy none
google_iam_workforce_pool_provider none
google_iam_workforce_pool_provider_key stateful secret high   # the key pair is generated by Google; a re-created key must be registered with the IdP again
google_iam_workforce_pool_provider_scim_tenant none   # identities it holds are re-provisioned by the IdP
google_iam_workforce_pool_provider_scim_token stateful secret high   # the token is generated by Google; a re-created token must be given to the IdP again
google_iam_workload_identity_pool none
google_iam_workload_identity_pool_iam_binding none
google_iam_workload_identity_pool_iam_member none
google_iam_workload_identity_pool_iam_policy none
google_iam_workload_identity_pool_managed_identity none
google_iam_workload_identity_pool_namespace none
google_iam_workload_identity_pool_provider none
google_iap_agent_registry_agent_iam_binding none
google_iap_agent_registry_agent_iam_member none
google_iap_agent_registry_agent_iam_policy none
google_iap_agent_registry_endpoint_iam_binding none
google_iap_agent_registry_endpoint_iam_member none
google_iap_agent_registry_endpoint_iam_policy none
google_iap_agent_registry_iam_binding none
google_iap_agent_registry_iam_member none
google_iap_agent_registry_iam_policy none
google_iap_agent_registry_mcp_server_iam_binding none
google_iap_agent_registry_mcp_server_iam_member none
google_iap_agent_registry_mcp_server_iam_policy none
google_iap_app_engine_service_iam_binding none
google_iap_app_engine_service_iam_member none
google_iap_app_engine_service_iam_policy none
google_iap_app_engine_version_iam_binding none
google_iap_app_engine_version_iam_member none
google_iap_app_engine_version_iam_policy none
google_iap_brand none   # brands cannot be deleted (service retired)
google_iap_client stateful secret high   # the client secret is generated by Google (service retired)
google_iap_location_web_iam_binding none
google_iap_location_web_iam_member none
google_iap_location_web_iam_policy none
google_iap_settings none
google_iap_tunnel_dest_group none
google_iap_tunnel_dest_group_iam_binding none
google_iap_tunnel_dest_group_iam_member none
google_iap_tunnel_dest_group_iam_policy none
google_iap_tunnel_iam_binding none
google_iap_tunnel_iam_member none
google_iap_tunnel_iam_policy none
google_iap_tunnel_instance_iam none
google_iap_tunnel_instance_iam_binding none
google_iap_tunnel_instance_iam_member none
google_iap_tunnel_instance_iam_policy none
google_iap_web_backend_service_iam_binding none
google_iap_web_backend_service_iam_member none
google_iap_web_backend_service_iam_policy none
google_iap_web_cloud_run_service_iam_binding none
google_iap_web_cloud_run_service_iam_member none
google_iap_web_cloud_run_service_iam_policy none
google_iap_web_forwarding_rule_service_iam_binding none
google_iap_web_forwarding_rule_service_iam_member none
google_iap_web_forwarding_rule_service_iam_policy none
google_iap_web_iam_binding none
google_iap_web_iam_member none
google_iap_web_iam_policy none
google_iap_web_region_backend_service_iam_binding none
google_iap_web_region_backend_service_iam_member none
google_iap_web_region_backend_service_iam_policy none
google_iap_web_region_forwarding_rule_service_iam_binding none
google_iap_web_region_forwarding_rule_service_iam_member none
google_iap_web_region_forwarding_rule_service_iam_policy none
google_iap_web_type_app_engine_iam_binding none
google_iap_web_type_app_engine_iam_member none
google_iap_web_type_app_engine_iam_policy none
google_iap_web_type_compute_iam_binding none
google_iap_web_type_compute_iam_member none
google_iap_web_type_compute_iam_policy none
google_identity_platform_config none   # Terraform cannot delete it (destroy only forgets it); users belong to the project
google_identity_platform_default_supported_idp_config none
google_identity_platform_inbound_saml_config none
google_identity_platform_oauth_idp_config none
google_identity_platform_project_default_config none
google_identity_platform_tenant_default_supported_idp_config none
google_identity_platform_tenant_inbound_saml_config none
google_identity_platform_tenant_oauth_idp_config none
google_integration_connectors_connection none
google_integration_connectors_endpoint_attachment none
google_integration_connectors_managed_zone none
google_integrations_auth_config stateful secret high   # tokens obtained through the authorization-code flow are not in the configuration
google_integrations_client stateful other-stateful high   # deprovisioning the region removes the integrations built in the editor
google_kms_autokey_config none
google_kms_crypto_key_iam_binding none
google_kms_crypto_key_iam_member none
google_kms_crypto_key_iam_policy none
google_kms_ekm_connection none
google_kms_ekm_connection_iam_binding none
google_kms_ekm_connection_iam_member none
google_kms_ekm_connection_iam_policy none
google_kms_folder_kaj_policy_config none
google_kms_key_handle none   # Terraform cannot delete it (destroy only forgets it); the key it made is kept
google_kms_key_ring none   # Cloud KMS never deletes a key ring; destroy only forgets it
google_kms_key_ring_iam_binding none
google_kms_key_ring_iam_member none
google_kms_key_ring_iam_policy none
google_kms_key_ring_import_job none   # its wrapping key expires after three days anyway
google_kms_organization_kaj_policy_config none
google_kms_project_autokey_config none
google_kms_project_kaj_policy_config none
google_kms_secret_ciphertext none   # computed from the plaintext in the configuration
google_license_manager_configuration none
google_logging_billing_account_bucket_config stateful log high   # a log bucket: its stored logs are deleted (after a 7-day pending period)
google_logging_billing_account_exclusion none
google_logging_billing_account_sink none
google_logging_folder_bucket_config stateful log high   # a log bucket: its stored logs are deleted (after a 7-day pending period)
google_logging_folder_exclusion none
google_logging_folder_settings none
google_logging_folder_sink none
google_logging_linked_dataset none   # a BigQuery view of the log bucket; the logs stay
google_logging_log_scope none
google_logging_log_view none
google_logging_log_view_iam_binding none
google_logging_log_view_iam_member none
google_logging_log_view_iam_policy none
google_logging_metric none
google_logging_organization_bucket_config stateful log high   # a log bucket: its stored logs are deleted (after a 7-day pending period)
google_logging_organization_exclusion none
google_logging_organization_settings none
google_logging_organization_sink none
google_logging_project_exclusion none
google_logging_project_sink none
google_logging_saved_query none
google_looker_instance stateful other-stateful high   # its internal database holds the dashboards, looks, users and schedules made in Looker
google_managed_kafka_acl none
google_managed_kafka_cluster stateful queue-stream high   # holds every topic's messages
google_managed_kafka_connect_cluster none   # connector offsets live in the Kafka cluster
google_managed_kafka_connector none   # its offsets live in the Kafka cluster
google_managed_kafka_topic stateful queue-stream high   # holds the topic's messages
google_memcache_instance none   # a cache without persistence: nothing in it is the only copy
google_memorystore_acl_policy none
google_memorystore_instance_desired_user_created_endpoints none
google_migration_center_assets_export_job none
google_migration_center_discovery_client none
google_migration_center_group none
google_migration_center_import_data_file none
google_migration_center_import_job stateful other-stateful high   # the assets it imported are deleted with it
google_migration_center_preference_set none
google_migration_center_report none
google_migration_center_report_config none
google_migration_center_settings none
google_migration_center_source stateful other-stateful high   # the asset inventory the source reported is deleted with it
google_ml_engine_model none   # AI Platform refused to delete a model that still had versions (service retired)
google_model_armor_floorsetting none
google_model_armor_template none
google_monitoring_alert_policy none
google_monitoring_custom_service none
google_monitoring_dashboard none
google_monitoring_group none
google_monitoring_metric_descriptor stateful monitoring-state high   # deleting a custom metric descriptor deletes all its time series
google_monitoring_metrics_scope none
google_monitoring_monitored_project none
google_monitoring_notification_channel none
google_monitoring_service none
google_monitoring_slo none   # computed from metrics that stay
google_monitoring_uptime_check_config none
google_netapp_active_directory none
google_netapp_host_group none
google_netapp_kmsconfig none
google_netapp_trial none
google_netapp_volume_quota_rule none
google_netapp_volume_replication safeguard data   # replication to the destination volume (delete_destination_volume decides whether that copy goes too)
google_network_connectivity_custom_hardware_instance none
google_network_connectivity_destination none
google_network_connectivity_gateway_advertised_route none
google_network_connectivity_group none
google_network_connectivity_hub none
google_network_connectivity_hub_iam none
google_network_connectivity_hub_iam_binding none
google_network_connectivity_hub_iam_member none
google_network_connectivity_hub_iam_policy none
google_network_connectivity_internal_range none
google_network_connectivity_multicloud_data_transfer_config none
google_network_connectivity_policy_based_route none
google_network_connectivity_regional_endpoint none
google_network_connectivity_service_connection_policy none
google_network_connectivity_spoke none
google_network_connectivity_transport none
google_network_management_connectivity_test none
google_network_management_organization_vpc_flow_logs_config none
google_network_management_vpc_flow_logs_config none
google_network_security_address_group none
google_network_security_address_group_iam_binding none
google_network_security_address_group_iam_member none
google_network_security_address_group_iam_policy none
google_network_security_authorization_policy none
google_network_security_authz_policy none
google_network_security_backend_authentication_config none
google_network_security_client_tls_policy none
google_network_security_dns_threat_detector none
google_network_security_firewall_endpoint none
google_network_security_firewall_endpoint_association none
google_network_security_gateway_security_policy none
google_network_security_gateway_security_policy_rule none
google_network_security_intercept_deployment none
google_network_security_intercept_deployment_group none
google_network_security_intercept_endpoint_group none
google_network_security_intercept_endpoint_group_association none
google_network_security_mirroring_deployment none
google_network_security_mirroring_deployment_group none
google_network_security_mirroring_endpoint none
google_network_security_mirroring_endpoint_group none
google_network_security_mirroring_endpoint_group_association none
google_network_security_sac_attachment none
google_network_security_sac_realm none
google_network_security_security_profile none
google_network_security_security_profile_group none
google_network_security_server_tls_policy none
google_network_security_tls_inspection_policy none
google_network_security_ull_mirroring_collector none
google_network_security_ull_mirroring_collector_rule none
google_network_security_ull_mirroring_engine none
google_network_security_url_lists none
google_network_services_agent_gateway none
google_network_services_authz_extension none
google_network_services_edge_cache_keyset none
google_network_services_edge_cache_origin none
google_network_services_edge_cache_service none
google_network_services_endpoint_policy none
google_network_services_gateway none
google_network_services_grpc_route none
google_network_services_http_route none
google_network_services_lb_edge_extension none
google_network_services_lb_route_extension none
google_network_services_lb_traffic_extension none
google_network_services_mesh none
google_network_services_multicast_consumer_association none
google_network_services_multicast_domain none
google_network_services_multicast_domain_activation none
google_network_services_multicast_domain_group none
google_network_services_multicast_group_consumer_activation none
google_network_services_multicast_group_producer_activation none
google_network_services_multicast_group_range none
google_network_services_multicast_group_range_activation none
google_network_services_multicast_producer_association none
google_network_services_service_binding none
google_network_services_service_lb_policies none
google_network_services_tcp_route none
google_network_services_tls_route none
google_network_services_wasm_plugin none
google_notebooks_environment none
google_notebooks_instance stateful workstation high   # its data disk is deleted unless no_remove_data_disk (service retired)
google_notebooks_instance_iam none
google_notebooks_location none
google_notebooks_runtime stateful workstation high   # its data disk holds the users' notebooks (service retired)
google_notebooks_runtime_iam none
google_observability_folder_settings none
google_observability_organization_settings none
google_observability_project_settings none
google_observability_trace_scope none
google_oracle_database_cloud_exadata_infrastructure none   # Oracle refuses to delete infrastructure that still hosts VM clusters
google_oracle_database_cloud_exadata_infrastructure_exascale_config none
google_oracle_database_cloud_vm_cluster stateful relational-database critical   # databases created on it from OCI are deleted with it
google_oracle_database_db_system stateful relational-database critical   # a Base Database system and its databases
google_oracle_database_exadb_vm_cluster stateful relational-database critical   # databases created on it from OCI are deleted with it
google_oracle_database_exascale_db_storage_vault stateful block-storage critical   # Exascale storage holding its VM clusters' databases
google_oracle_database_goldengate_connection none
google_oracle_database_goldengate_connection_assignment none
google_oracle_database_goldengate_deployment stateful other-stateful high   # trail files, checkpoints and processes configured in GoldenGate
google_oracle_database_odb_network none
google_oracle_database_odb_subnet none
google_org_policy_custom_constraint none
google_org_policy_policy none
google_organization_access_approval_settings none
google_organization_iam_audit_config none
google_organization_iam_binding none
google_organization_iam_custom_role none
google_organization_iam_member none
google_organization_iam_policy none
google_organization_policy none
google_organization_service_identity none
google_os_config_guest_policies none
google_os_config_os_policy_assignment none
google_os_config_patch_deployment none
google_os_config_v2_policy_orchestrator none
google_os_config_v2_policy_orchestrator_for_folder none
google_os_config_v2_policy_orchestrator_for_organization none
google_os_login_ssh_public_key none
google_parameter_manager_parameter stateful config-store high   # deleting it deletes every version, including ones written outside Terraform
google_parameter_manager_parameter_version stateful config-store high   # as secret versions: a re-created version has a new name; readers pinned to this one break
google_parameter_manager_regional_parameter stateful config-store high   # deleting it deletes every version, including ones written outside Terraform
google_parameter_manager_regional_parameter_version stateful config-store high   # as secret versions: a re-created version has a new name; readers pinned to this one break
google_privateca_ca_pool_iam_binding none
google_privateca_ca_pool_iam_member none
google_privateca_ca_pool_iam_policy none
google_privateca_certificate none   # certificates cannot be deleted; destroy only forgets it (the private key stays with the requester)
google_privateca_certificate_template none
google_privateca_certificate_template_iam_binding none
google_privateca_certificate_template_iam_member none
google_privateca_certificate_template_iam_policy none
google_privileged_access_manager_entitlement none
google_privileged_access_manager_settings none
google_project stateful other-stateful high   # cascade: deletes every resource and all data in the project (restorable for 30 days); deletion_policy PREVENT refuses
google_project_access_approval_settings none
google_project_default_service_accounts none
google_project_iam_audit_config none
google_project_iam_binding none
google_project_iam_custom_role none
google_project_iam_member none
google_project_iam_member_remove none
google_project_iam_policy none
google_project_organization_policy none
google_project_service none   # disabling an API leaves its resources and data in place
google_project_service_identity none
google_project_services none   # disabling APIs leaves their resources and data in place
google_project_usage_export_bucket none
google_public_ca_external_account_key none   # used once to bind an ACME account; Terraform cannot delete it
google_pubsub_lite_reservation none
google_pubsub_lite_subscription stateful queue-stream high   # its committed cursor: where readers resume (messages stay in the topic)
google_pubsub_lite_topic stateful queue-stream high   # holds the retained messages
google_pubsub_schema none
google_pubsub_schema_iam_binding none
google_pubsub_schema_iam_member none
google_pubsub_schema_iam_policy none
google_pubsub_subscription_iam_binding none
google_pubsub_subscription_iam_member none
google_pubsub_subscription_iam_policy none
google_pubsub_topic none   # undelivered messages live in the subscriptions, which outlive the topic (detached)
google_pubsub_topic_iam_binding none
google_pubsub_topic_iam_member none
google_pubsub_topic_iam_policy none
google_recaptcha_enterprise_key stateful secret high   # the site key is generated by Google and embedded in sites and apps; a re-created key has a new one
google_redis_cluster_acl_policy none
google_redis_cluster_user_created_connections none
google_resource_manager_capability none
google_resource_manager_lien safeguard policy   # a lien is what stops the project from being deleted
google_runtimeconfig_config stateful config-store high   # variables written by applications at runtime are deleted with it
google_runtimeconfig_config_iam_binding none
google_runtimeconfig_config_iam_member none
google_runtimeconfig_config_iam_policy none
google_runtimeconfig_variable none
google_saas_runtime_release none
google_saas_runtime_rollout_kind none
google_saas_runtime_saas none
google_saas_runtime_tenant none
google_saas_runtime_unit none
google_saas_runtime_unit_kind none
google_saas_runtime_unit_operation none
google_scc_event_threat_detection_custom_module none
google_scc_folder_custom_module none
google_scc_folder_notification_config none
google_scc_folder_scc_big_query_export none
google_scc_management_folder_security_health_analytics_custom_module none
google_scc_management_organization_event_threat_detection_custom_module none
google_scc_management_organization_security_health_analytics_custom_module none
google_scc_management_project_security_health_analytics_custom_module none
google_scc_mute_config none
google_scc_notification_config none
google_scc_organization_custom_module none
google_scc_organization_scc_big_query_export none
google_scc_project_custom_module none
google_scc_project_notification_config none
google_scc_project_scc_big_query_export none
google_scc_source none   # Terraform cannot delete it (destroy only forgets it)
google_scc_source_iam_binding none
google_scc_source_iam_member none
google_scc_source_iam_policy none
google_scc_v2_folder_mute_config none
google_scc_v2_folder_notification_config none
google_scc_v2_folder_scc_big_query_export none
google_scc_v2_organization_mute_config none
google_scc_v2_organization_notification_config none
google_scc_v2_organization_scc_big_query_export none
google_scc_v2_organization_scc_big_query_exports none
google_scc_v2_organization_source none   # Terraform cannot delete it (destroy only forgets it)
google_scc_v2_organization_source_iam_binding none
google_scc_v2_organization_source_iam_member none
google_scc_v2_organization_source_iam_policy none
google_scc_v2_project_mute_config none
google_scc_v2_project_notification_config none
google_scc_v2_project_scc_big_query_export none
google_secret_manager_regional_secret_iam_binding none
google_secret_manager_regional_secret_iam_member none
google_secret_manager_regional_secret_iam_policy none
google_secret_manager_regional_secret_version stateful secret high   # as google_secret_manager_secret_version
google_secret_manager_secret_iam_binding none
google_secret_manager_secret_iam_member none
google_secret_manager_secret_iam_policy none
google_secure_source_manager_branch_rule none
google_secure_source_manager_hook none
google_secure_source_manager_instance_iam_binding none
google_secure_source_manager_instance_iam_member none
google_secure_source_manager_instance_iam_policy none
google_secure_source_manager_repository_iam_binding none
google_secure_source_manager_repository_iam_member none
google_secure_source_manager_repository_iam_policy none
google_security_scanner_scan_config none
google_securityposture_posture none
google_securityposture_posture_deployment none
google_service_account none   # an identity; grants made outside Terraform must be redone (undeletable for 30 days)
google_service_account_iam_binding none
google_service_account_iam_member none
google_service_account_iam_policy none
google_service_account_key stateful secret high   # the private key is generated by Google and returned once; a re-created key differs
google_service_directory_endpoint none
google_service_directory_namespace none   # endpoints registered at runtime are re-registered by their workloads
google_service_directory_namespace_iam_binding none
google_service_directory_namespace_iam_member none
google_service_directory_namespace_iam_policy none
google_service_directory_service none
google_service_directory_service_iam_binding none
google_service_directory_service_iam_member none
google_service_directory_service_iam_policy none
google_service_networking_connection none
google_service_networking_peered_dns_domain none
google_service_networking_vpc_service_controls none
google_service_usage_consumer_quota_override none
google_service_usage_v2_folder_consumer_policy none
google_site_verification_owner none
google_site_verification_web_resource none
google_sourcerepo_repository_iam_binding none
google_sourcerepo_repository_iam_member none
google_sourcerepo_repository_iam_policy none
google_spanner_database_iam_binding none
google_spanner_database_iam_member none
google_spanner_database_iam_policy none
google_spanner_instance_config none
google_spanner_instance_iam_binding none
google_spanner_instance_iam_member none
google_spanner_instance_iam_policy none
google_spanner_instance_partition stateful relational-database critical   # holds the data of the databases placed in it
google_sql_provision_script none
google_sql_source_representation_instance none
google_sql_ssl_cert stateful secret high   # the client private key is generated by Cloud SQL and returned once
google_sql_user none   # a database role: its password comes from the configuration; the rows it owns stay in the database
google_storage_anywhere_cache none
google_storage_batch_operations_job none
google_storage_bucket_access_control none
google_storage_bucket_acl none
google_storage_bucket_iam_binding none
google_storage_bucket_iam_member none
google_storage_bucket_iam_policy none
google_storage_bucket_object none   # Terraform uploads its content from the configuration, as aws_s3_object
google_storage_control_folder_intelligence_config none
google_storage_control_organization_intelligence_config none
google_storage_control_project_intelligence_config none
google_storage_default_object_access_control none
google_storage_default_object_acl none
google_storage_folder stateful object-storage high   # force_destroy deletes every object under it; without it the delete is refused
google_storage_hmac_key stateful secret high   # the secret is generated by Google and returned once
google_storage_insights_dataset_config none   # a BigQuery dataset of insights computed from the buckets
google_storage_insights_report_config none
google_storage_managed_folder none   # objects under it stay in the bucket
google_storage_managed_folder_iam_binding none
google_storage_managed_folder_iam_member none
google_storage_managed_folder_iam_policy none
google_storage_notification none
google_storage_object_access_control none
google_storage_object_acl none
google_storage_transfer_agent_pool none
google_storage_transfer_job none
google_tags_location_tag_binding none
google_tags_tag_binding none
google_tags_tag_binding_collection none
google_tags_tag_key none
google_tags_tag_key_iam_binding none
google_tags_tag_key_iam_member none
google_tags_tag_key_iam_policy none
google_tags_tag_value none
google_tags_tag_value_iam_binding none
google_tags_tag_value_iam_member none
google_tags_tag_value_iam_policy none
google_tpu_node none   # a training worker: data lives in Cloud Storage (service retired)
google_tpu_v2_queued_resource none
google_tpu_v2_vm none   # a training worker: data lives in Cloud Storage or attached disks
google_transcoder_job none
google_transcoder_job_template none
google_vector_search_collection stateful search-analytics high   # holds the ingested data objects and their vectors
google_vector_search_data_object none   # its data and vector come from the configuration
google_vector_search_index none   # built from the collection
google_vertex_ai_agent_anomaly_detection_scope none
google_vertex_ai_cache_config none
google_vertex_ai_dataset stateful other-stateful high   # imported items and their labels
google_vertex_ai_deployment_resource_pool none
google_vertex_ai_endpoint none
google_vertex_ai_endpoint_iam_binding none
google_vertex_ai_endpoint_iam_member none
google_vertex_ai_endpoint_iam_policy none
google_vertex_ai_endpoint_with_model_garden_deployment none
google_vertex_ai_evaluation_metric none
google_vertex_ai_feature_group none
google_vertex_ai_feature_group_feature none
google_vertex_ai_feature_group_iam_binding none
google_vertex_ai_feature_group_iam_member none
google_vertex_ai_feature_group_iam_policy none
google_vertex_ai_feature_online_store none   # a serving copy synced from BigQuery
google_vertex_ai_feature_online_store_featureview none
google_vertex_ai_feature_online_store_featureview_iam_binding none
google_vertex_ai_feature_online_store_featureview_iam_member none
google_vertex_ai_feature_online_store_featureview_iam_policy none
google_vertex_ai_feature_online_store_iam_binding none
google_vertex_ai_feature_online_store_iam_member none
google_vertex_ai_feature_online_store_iam_policy none
google_vertex_ai_featurestore stateful nosql-database high   # cascade: entity types and feature values ingested into it (force_destroy)
google_vertex_ai_featurestore_entitytype stateful nosql-database high   # holds the ingested feature values
google_vertex_ai_featurestore_entitytype_feature stateful nosql-database high   # deleting a feature deletes its values
google_vertex_ai_featurestore_entitytype_iam_binding none
google_vertex_ai_featurestore_entitytype_iam_member none
google_vertex_ai_featurestore_entitytype_iam_policy none
google_vertex_ai_featurestore_iam_binding none
google_vertex_ai_featurestore_iam_member none
google_vertex_ai_featurestore_iam_policy none
google_vertex_ai_index stateful search-analytics high   # datapoints streamed in with upsert exist only in the index
google_vertex_ai_index_endpoint none
google_vertex_ai_index_endpoint_deployed_index none
google_vertex_ai_metadata_store stateful ml-model high   # lineage and run history of every pipeline
google_vertex_ai_model_garden_enable_model none
google_vertex_ai_online_evaluator none
google_vertex_ai_persistent_resource none
google_vertex_ai_rag_engine_config stateful search-analytics high   # destroy sets the tier to Unprovisioned, which deletes every RAG corpus's data
google_vertex_ai_reasoning_engine stateful other-stateful high   # sessions and Memory Bank memories stored in the engine
google_vertex_ai_reasoning_engine_iam_binding none
google_vertex_ai_reasoning_engine_iam_member none
google_vertex_ai_reasoning_engine_iam_policy none
google_vertex_ai_schedule none
google_vertex_ai_semantic_governance_policy_engine none
google_vertex_ai_tensorboard stateful ml-model high   # the experiments and logged training metrics
google_vertex_ai_tensorboard_experiment stateful ml-model high   # its runs and logged training metrics
google_vertex_ai_tensorboard_run stateful ml-model high   # its logged training metrics
google_vmwareengine_cluster stateful block-storage critical   # its vSAN datastore holds the disks of the VMs on it
google_vmwareengine_datastore none   # a mount of an external file share; the data stays there
google_vmwareengine_external_access_rule none
google_vmwareengine_external_address none
google_vmwareengine_network none
google_vmwareengine_network_peering none
google_vmwareengine_network_policy none
google_vmwareengine_private_cloud stateful block-storage critical   # vSAN holds every VM's disks (deletion is delayed by deletion_delay_hours)
google_vmwareengine_subnet none
google_vpc_access_connector none
google_workbench_instance stateful workstation high   # its data disk holds the users' notebooks and files
google_workbench_instance_iam_binding none
google_workbench_instance_iam_member none
google_workbench_instance_iam_policy none
google_workflows_workflow none
google_workload_identity_service_agent none
google_workstations_workstation stateful workstation high   # its persistent home disk (reclaim_policy defaults to DELETE)
google_workstations_workstation_cluster none   # the API refuses to delete a cluster that still has configs
google_workstations_workstation_config none   # the API refuses to delete a config that still has workstations
google_workstations_workstation_config_iam_binding none
google_workstations_workstation_config_iam_member none
google_workstations_workstation_config_iam_policy none
google_workstations_workstation_iam_binding none
google_workstations_workstation_iam_member none
google_workstations_workstation_iam_policy none
`;
  }
};
var HCLOUD_REVIEWED = {
  provider: "hcloud",
  reviewedAt: "hetznercloud/hcloud v1.68.0 (sources of 2026-08-17)",
  get lines() {
    return `
hcloud_server stateful block-storage high   # its local disk is the server's storage (delete_protection refuses the delete)
hcloud_storage_box stateful file-storage critical   # delete_protection refuses the delete
hcloud_zone stateful dns-zone high   # records created outside Terraform go with the zone (delete_protection refuses the delete)
hcloud_snapshot safeguard data
hcloud_storage_box_snapshot safeguard data
hcloud_certificate none
hcloud_firewall none
hcloud_firewall_attachment none
hcloud_floating_ip none
hcloud_floating_ip_assignment none
hcloud_load_balancer none
hcloud_load_balancer_network none
hcloud_load_balancer_service none
hcloud_load_balancer_target none
hcloud_managed_certificate none
hcloud_network none
hcloud_network_route none
hcloud_network_subnet none
hcloud_placement_group none
hcloud_primary_ip none
hcloud_rdns none
hcloud_server_network none
hcloud_ssh_key none
hcloud_storage_box_subaccount none   # its password comes from the configuration; files belong to the storage box
hcloud_uploaded_certificate none
hcloud_volume_attachment none
hcloud_zone_record none
hcloud_zone_rrset none
`;
  }
};
var HEROKU_REVIEWED = {
  provider: "heroku",
  reviewedAt: "heroku/heroku v5.3.2 (sources of 2025-11-27)",
  get lines() {
    return `
heroku_account_feature none
heroku_addon_attachment none   # detaches an add-on; the add-on and its data stay
heroku_app_config_association none
heroku_app_feature none
heroku_app_release none
heroku_app_webhook none
heroku_build none
heroku_collaborator none
heroku_config none
heroku_domain none
heroku_drain none
heroku_formation none
heroku_pipeline none
heroku_pipeline_config_var none
heroku_pipeline_coupling none
heroku_pipeline_promotion none
heroku_review_app_config none
heroku_slug none
heroku_space none   # Heroku refuses to delete a Private Space that still has apps
heroku_space_app_access none
heroku_space_inbound_ruleset none
heroku_space_peering_connection_accepter none
heroku_space_vpn_connection none
heroku_ssl none
heroku_team_collaborator none
heroku_team_member none
heroku_telemetry_drain none
`;
  }
};
var IBM_REVIEWED = {
  provider: "ibm",
  reviewedAt: "IBM-Cloud/ibm v2.5.0 (sources of 2026-08-05)",
  get lines() {
    return `
ibm_cis stateful dns-zone high   # cascade: every domain and its records in the instance
ibm_cis_domain stateful dns-zone high   # records created outside Terraform go with the domain
ibm_cloudant stateful nosql-database critical
ibm_cloudant_database stateful nosql-database critical
ibm_compute_bare_metal stateful block-storage high   # its local disks are the server's storage
ibm_compute_vm_instance stateful block-storage high   # its local disks are the instance's storage
ibm_container_cluster stateful other-stateful high   # as other Kubernetes clusters: its etcd and volumes
ibm_container_vpc_cluster stateful other-stateful high   # as other Kubernetes clusters: its etcd and volumes
ibm_cos_bucket stateful object-storage critical
ibm_cr_namespace stateful container-registry high   # every image pushed to it
ibm_database stateful relational-database critical   # a Databases for PostgreSQL, MySQL, MongoDB, Redis, Elasticsearch, etcd or RabbitMQ deployment
ibm_db2 stateful relational-database critical
ibm_dns_domain stateful dns-zone high   # records created outside Terraform go with the domain
ibm_dns_zone stateful dns-zone high   # records created outside Terraform go with the zone
ibm_event_streams_topic stateful queue-stream high
ibm_hpcs stateful encryption-key critical   # the HSM and every key in it
ibm_hpcs_keystore stateful encryption-key critical   # cascade: its keys
ibm_hpcs_managed_key stateful encryption-key critical
ibm_hpcs_vault stateful encryption-key critical   # cascade: its keystores and keys
ibm_iam_api_key stateful secret high   # the key is generated by IBM Cloud and returned once
ibm_iam_service_api_key stateful secret high   # the key is generated by IBM Cloud and returned once
ibm_is_bare_metal_server stateful block-storage high   # its local disks are the server's storage
ibm_is_instance stateful block-storage high   # deletes its boot volume (auto_delete_volume) and local disks
ibm_is_instance_volume_attachment stateful block-storage critical   # a volume created by the attachment is deleted with it (delete_volume_on_attachment_delete defaults to true)
ibm_is_share stateful file-storage critical
ibm_is_volume stateful block-storage critical
ibm_kms_key stateful encryption-key critical
ibm_kms_key_with_policy_overrides stateful encryption-key critical
ibm_kp_key stateful encryption-key critical
ibm_mqcloud_queue_manager stateful queue-stream high   # the queues and their messages
ibm_object_storage_account stateful object-storage critical   # classic Object Storage: every container in the account
ibm_pi_instance stateful block-storage high   # deletes its boot volume
ibm_pi_instance_vpmem_volumes stateful block-storage high   # persistent memory volumes
ibm_pi_volume stateful block-storage critical
ibm_pi_volume_clone stateful block-storage critical   # the clones hold their own writes
ibm_pi_workspace stateful other-stateful high   # cascade: every instance, volume and image in the workspace
ibm_resource_instance stateful other-stateful high   # the generic service instance: a Cloud Object Storage, Key Protect, Secrets Manager, Event Streams or App ID instance goes with all its data
ibm_resource_key stateful secret high   # service credentials generated by IBM Cloud and returned once
ibm_sds_volume stateful block-storage critical
ibm_sm_arbitrary_secret stateful secret high
ibm_sm_custom_credentials_secret stateful secret high
ibm_sm_iam_credentials_secret stateful secret high   # the API key is generated by Secrets Manager
ibm_sm_imported_certificate stateful certificate high
ibm_sm_kv_secret stateful secret high
ibm_sm_private_certificate stateful certificate high   # its private key is generated by Secrets Manager
ibm_sm_public_certificate stateful certificate high   # its private key is generated by Secrets Manager
ibm_sm_service_credentials_secret stateful secret high   # the credentials are generated by the service
ibm_sm_username_password_secret stateful secret high
ibm_storage_block stateful block-storage critical
ibm_storage_file stateful file-storage critical
ibm_vmaas_vdc stateful block-storage critical   # the virtual data centre's VMs and their disks
ibm_backup_recovery_protection_group safeguard policy   # what is backed up and when
ibm_backup_recovery_protection_policy safeguard policy
ibm_cos_backup_policy safeguard policy
ibm_cos_backup_vault safeguard data
ibm_cos_bucket_object_lock_configuration safeguard policy   # object lock retention
ibm_cos_bucket_replication_rule safeguard data
ibm_cos_replication safeguard data
ibm_event_streams_mirroring_config safeguard data   # mirroring to another cluster
ibm_is_backup_policy safeguard policy
ibm_is_backup_policy_plan safeguard policy
ibm_is_image safeguard data   # a copy of a volume as it was
ibm_is_share_snapshot safeguard data
ibm_is_snapshot safeguard data
ibm_is_snapshot_consistency_group safeguard data
ibm_pi_capture safeguard data   # a captured image of the instance and its volumes
ibm_pi_instance_snapshot safeguard data
ibm_pi_snapshot safeguard data
ibm_pi_volume_group safeguard data   # the replication consistency group
ibm_storage_evault safeguard data
ibm_appid_cloud_directory_user none   # a user from the configuration
ibm_backup_recovery none   # Terraform cannot delete a recovery (destroy only forgets it)
ibm_backup_recovery_restore_points none   # Terraform cannot delete it (destroy only forgets it)
ibm_compute_user none
ibm_container_storage_attachment none
ibm_cos_bucket_object none   # its content comes from the configuration
ibm_cr_retention_policy none   # removing it keeps more images, never fewer
ibm_dns_linked_zone none
ibm_event_streams_schema none   # its definition comes from the configuration
ibm_is_image_export_job none
ibm_is_instance_template none
ibm_is_volume_job none
ibm_kms_key_alias none
ibm_kms_key_policies none
ibm_kms_key_rings none   # a key ring that still holds keys cannot be deleted
ibm_pi_image none   # imported from Cloud Object Storage or the stock catalogue, where the source stays
ibm_pi_image_export none
ibm_sm_secret_group none   # Secrets Manager refuses to delete a group that still holds secrets
`;
  }
};
var KAFKA_REVIEWED = {
  provider: "kafka",
  reviewedAt: "Mongey/kafka v0.13.1 (June 2026): docs/resources",
  get lines() {
    return `
kafka_acl none
kafka_quota none
kafka_topic stateful queue-stream high  # the topic's messages
kafka_user_scram_credential none  # re-created from the configuration
`;
  }
};
var KUBERNETES_REVIEWED = {
  provider: "kubernetes",
  reviewedAt: "terraform-provider-kubernetes, August 2026",
  get lines() {
    return `
kubernetes_annotations none
kubernetes_api_service none
kubernetes_api_service_v1 none
kubernetes_certificate_signing_request none  # the certificate is re-issued for the same request
kubernetes_certificate_signing_request_v1 none  # the certificate is re-issued for the same request
kubernetes_cluster_role none
kubernetes_cluster_role_binding none
kubernetes_cluster_role_binding_v1 none
kubernetes_cluster_role_v1 none
kubernetes_config_map none
kubernetes_config_map_v1 none
kubernetes_config_map_v1_data none  # the keys it manages are all in the configuration
kubernetes_cron_job none
kubernetes_cron_job_v1 none
kubernetes_csi_driver none
kubernetes_csi_driver_v1 none
kubernetes_daemon_set_v1 none
kubernetes_daemonset none
kubernetes_default_service_account none
kubernetes_default_service_account_v1 none
kubernetes_deployment none  # stateless workload; its claims are separate resources
kubernetes_deployment_v1 none  # stateless workload; its claims are separate resources
kubernetes_endpoint none
kubernetes_endpoint_slice_v1 none
kubernetes_endpoints none
kubernetes_endpoints_v1 none
kubernetes_env none
kubernetes_horizontal_pod_autoscaler none
kubernetes_horizontal_pod_autoscaler_v1 none
kubernetes_horizontal_pod_autoscaler_v2 none
kubernetes_horizontal_pod_autoscaler_v2beta2 none
kubernetes_ingress none
kubernetes_ingress_class none
kubernetes_ingress_class_v1 none
kubernetes_ingress_v1 none
kubernetes_job none
kubernetes_job_v1 none
kubernetes_labels none
kubernetes_limit_range none
kubernetes_limit_range_v1 none
kubernetes_manifest stateful other-stateful high  # any object: a PersistentVolumeClaim or Namespace, a CustomResourceDefinition (deleting it deletes every object of its kind) or an operator's database
kubernetes_mutating_webhook_configuration none
kubernetes_mutating_webhook_configuration_v1 none
kubernetes_network_policy none
kubernetes_network_policy_v1 none
kubernetes_node_taint none
kubernetes_pod none  # emptyDir volumes are ephemeral; claims are separate resources
kubernetes_pod_disruption_budget none
kubernetes_pod_disruption_budget_v1 none
kubernetes_pod_security_policy none
kubernetes_pod_security_policy_v1beta1 none
kubernetes_pod_v1 none  # emptyDir volumes are ephemeral; claims are separate resources
kubernetes_priority_class none
kubernetes_priority_class_v1 none
kubernetes_replication_controller none
kubernetes_replication_controller_v1 none
kubernetes_resource_quota none
kubernetes_resource_quota_v1 none
kubernetes_role none
kubernetes_role_binding none
kubernetes_role_binding_v1 none
kubernetes_role_v1 none
kubernetes_runtime_class_v1 none
kubernetes_secret_v1_data stateful secret high  # destroy removes the keys it manages from the secret, and their values with them
kubernetes_service none
kubernetes_service_account none  # its tokens are re-issued; nothing else is stored
kubernetes_service_account_v1 none  # its tokens are re-issued; nothing else is stored
kubernetes_service_v1 none
kubernetes_storage_class none  # its reclaim_policy decides what a claim's delete does, but deleting the class leaves existing volumes alone
kubernetes_storage_class_v1 none  # its reclaim_policy decides what a claim's delete does, but deleting the class leaves existing volumes alone
kubernetes_token_request_v1 none
kubernetes_validating_admission_policy_v1 none
kubernetes_validating_webhook_configuration none
kubernetes_validating_webhook_configuration_v1 none
`;
  }
};
var LINODE_REVIEWED = {
  provider: "linode",
  reviewedAt: "linode/linode v3.6.0 (sources of 2026-05-14)",
  get lines() {
    return `
linode_database_mongodb stateful nosql-database critical   # removed in later versions; kept for older ones
linode_database_mysql stateful relational-database critical   # removed in later versions; kept for older ones
linode_database_mysql_v2 stateful relational-database critical
linode_database_postgresql stateful relational-database critical   # removed in later versions; kept for older ones
linode_database_postgresql_v2 stateful relational-database critical
linode_domain stateful dns-zone high   # records created outside Terraform go with the domain
linode_instance stateful block-storage high   # its disks are the instance's storage and are deleted with it
linode_instance_disk stateful block-storage critical
linode_lke_cluster stateful other-stateful high   # as other Kubernetes clusters: its etcd and volumes
linode_object_storage_key stateful secret high   # the secret key is generated by Linode and returned once
linode_token stateful secret high   # the token is generated by Linode and returned once
linode_image safeguard data   # a copy of a disk as it was
linode_lock safeguard policy   # a lock is what stops the resource from being deleted
linode_account_settings none
linode_consumer_image_share_group_token none
linode_database_access_controls none
linode_domain_record none
linode_firewall none
linode_firewall_device none
linode_firewall_settings none
linode_iam_user none
linode_instance_config none
linode_instance_ip none
linode_instance_shared_ips none
linode_interface none
linode_ipv6_range none
linode_lke_node_pool none
linode_monitor_alert_definition none
linode_networking_ip none
linode_networking_ip_assignment none
linode_nodebalancer none
linode_nodebalancer_config none
linode_nodebalancer_node none
linode_object_storage_object none   # its content comes from the configuration
linode_placement_group none
linode_placement_group_assignment none
linode_producer_image_share_group none
linode_producer_image_share_group_member none
linode_rdns none
linode_sshkey none
linode_stackscript none
linode_user none   # an account login from the configuration; the person accepts a new invitation
linode_vpc none
linode_vpc_subnet none
`;
  }
};
var MONGODBATLAS_REVIEWED = {
  provider: "mongodbatlas",
  reviewedAt: "mongodb/mongodbatlas v2.16.0 (August 2026): docs/resources",
  get lines() {
    return `
mongodbatlas_access_list_api_key none
mongodbatlas_ai_model_api_key none
mongodbatlas_ai_model_rate_limit none
mongodbatlas_alert_configuration none
mongodbatlas_api_key none
mongodbatlas_api_key_project_assignment none
mongodbatlas_auditing none
mongodbatlas_cloud_backup_snapshot_export_bucket none
mongodbatlas_cloud_backup_snapshot_export_job none
mongodbatlas_cloud_backup_snapshot_restore_job none
mongodbatlas_cloud_provider_access_authorization none
mongodbatlas_cloud_provider_access_setup none
mongodbatlas_cloud_user_org_assignment none
mongodbatlas_cloud_user_project_assignment none
mongodbatlas_cloud_user_team_assignment none
mongodbatlas_cluster_outage_simulation none
mongodbatlas_custom_db_role none
mongodbatlas_custom_dns_configuration_cluster_aws none
mongodbatlas_database_user none  # re-created from the configuration
mongodbatlas_encryption_at_rest none
mongodbatlas_encryption_at_rest_private_endpoint none
mongodbatlas_event_trigger none
mongodbatlas_federated_database_instance none
mongodbatlas_federated_query_limit none
mongodbatlas_federated_settings_identity_provider none
mongodbatlas_federated_settings_org_config none
mongodbatlas_federated_settings_org_role_mapping none
mongodbatlas_global_cluster_config none
mongodbatlas_ldap_configuration none
mongodbatlas_ldap_verify none
mongodbatlas_log_integration none
mongodbatlas_maintenance_window none
mongodbatlas_metric_integration none
mongodbatlas_mongodb_employee_access_grant none
mongodbatlas_network_container none
mongodbatlas_network_peering none
mongodbatlas_online_archive stateful nosql-database critical  # deleting an online archive deletes the archived documents
mongodbatlas_org_invitation none
mongodbatlas_organization stateful other-stateful high  # cascade: the organization's projects, clusters and users
mongodbatlas_private_endpoint_regional_mode none
mongodbatlas_privatelink_endpoint none
mongodbatlas_privatelink_endpoint_service none
mongodbatlas_privatelink_endpoint_service_data_federation_online_archive none
mongodbatlas_project_api_key none
mongodbatlas_project_invitation none
mongodbatlas_project_ip_access_list none
mongodbatlas_project_service_account none
mongodbatlas_project_service_account_access_list_entry none
mongodbatlas_project_service_account_secret none
mongodbatlas_push_based_log_export none
mongodbatlas_resource_policy none
mongodbatlas_search_deployment none
mongodbatlas_search_index none  # rebuilt from the collection's documents
mongodbatlas_service_account none
mongodbatlas_service_account_access_list_entry none
mongodbatlas_service_account_project_assignment none
mongodbatlas_service_account_secret none
mongodbatlas_stream_connection none
mongodbatlas_stream_connection_failover none
mongodbatlas_stream_instance none
mongodbatlas_stream_privatelink_endpoint none
mongodbatlas_stream_processor none  # re-created from its pipeline; checkpoints restart
mongodbatlas_stream_workspace none
mongodbatlas_team none
mongodbatlas_team_project_assignment none
mongodbatlas_third_party_integration none
mongodbatlas_x509_authentication_database_user none
`;
  }
};
var OCI_REVIEWED = {
  provider: "oci",
  reviewedAt: "oracle/oci v8.28.0 (sources of 2026-08-19)",
  get lines() {
    return `
oci_ai_document_model stateful ml-model high   # a trained custom model
oci_ai_language_model stateful ml-model high   # a trained custom model
oci_ai_vision_model stateful ml-model high   # a trained custom model
oci_ai_data_platform_ai_data_platform stateful data-warehouse high   # its catalogs, workspaces and notebooks
oci_analytics_analytics_instance stateful other-stateful high   # reports, datasets and workbooks built in Analytics Cloud
oci_apm_apm_domain stateful monitoring-state high   # the traces and metrics it stores
oci_artifacts_generic_artifact stateful container-registry high   # the uploaded artifact
oci_artifacts_repository stateful container-registry high   # every artifact uploaded to it
oci_bds_bds_instance stateful other-stateful high   # HDFS and local disks of the cluster's nodes; data kept in Object Storage survives
oci_blockchain_blockchain_platform stateful other-stateful high   # the ledger and world state
oci_certificates_management_certificate stateful certificate high   # a certificate issued by an internal CA with a key generated in OCI
oci_certificates_management_certificate_authority stateful certificate high   # the CA's private key lives only in OCI
oci_cloud_bridge_inventory stateful other-stateful high   # the discovered asset inventory
oci_containerengine_cluster stateful other-stateful high   # as other Kubernetes clusters: its etcd and volumes
oci_core_instance stateful block-storage high   # deletes its boot volume (preserve_boot_volume defaults to false)
oci_data_labeling_service_dataset stateful other-stateful high   # the labels annotators added
oci_database_advanced_cluster_file_system stateful file-storage critical
oci_database_autonomous_container_database stateful relational-database critical   # cascade: its autonomous databases
oci_database_autonomous_vm_cluster stateful relational-database critical   # its autonomous container databases
oci_database_cloud_autonomous_vm_cluster stateful relational-database critical   # its autonomous container databases
oci_database_cloud_vm_cluster stateful relational-database critical   # the databases in its database homes
oci_database_database stateful relational-database critical
oci_database_db_home stateful relational-database critical   # cascade: its databases
oci_database_exadb_vm_cluster stateful relational-database critical   # the databases in its database homes
oci_database_exascale_db_storage_vault stateful block-storage critical   # Exascale storage holding its VM clusters' databases
oci_database_pluggable_database stateful relational-database critical
oci_database_pluggable_databases_local_clone stateful relational-database critical   # the clone holds its own writes
oci_database_pluggable_databases_remote_clone stateful relational-database critical   # the clone holds its own writes
oci_database_vm_cluster stateful relational-database critical   # the databases in its database homes
oci_datacatalog_catalog stateful other-stateful high   # glossaries and custom properties made in the catalog
oci_datacatalog_metastore stateful data-warehouse high   # a Hive metastore
oci_dataintegration_workspace stateful other-stateful high   # pipelines and tasks built in the workspace designer
oci_datascience_model stateful ml-model high   # the model artifact uploaded to the catalog
oci_datascience_notebook_session stateful workstation high   # its block volume holds the users' notebooks and files
oci_desktops_desktop_pool stateful workstation high   # persistent desktops' storage goes with the pool
oci_devops_repository stateful source-repository high
oci_distributed_database_distributed_autonomous_database stateful relational-database critical
oci_distributed_database_distributed_database stateful relational-database critical
oci_dns_action_create_zone_from_zone_file stateful dns-zone high   # creates a zone; destroy deletes it with its records
oci_fusion_apps_fusion_environment stateful other-stateful critical   # a Fusion Applications environment and its business data
oci_generative_ai_model stateful ml-model high   # a fine-tuned custom model
oci_golden_gate_deployment stateful other-stateful high   # trail files, checkpoints and processes configured in GoldenGate
oci_identity_auth_token stateful secret high   # the token is generated by OCI and returned once
oci_identity_customer_secret_key stateful secret high   # the secret is generated by OCI and returned once
oci_identity_domain stateful identity-directory critical   # the users, groups and apps of the domain
oci_identity_domains_auth_token stateful secret high   # the token is generated by OCI and returned once
oci_identity_domains_customer_secret_key stateful secret high   # the secret is generated by OCI and returned once
oci_identity_domains_my_auth_token stateful secret high   # the token is generated by OCI and returned once
oci_identity_domains_my_customer_secret_key stateful secret high   # the secret is generated by OCI and returned once
oci_identity_domains_my_oauth2client_credential stateful secret high   # the secret is generated by OCI and returned once
oci_identity_domains_my_smtp_credential stateful secret high   # the password is generated by OCI and returned once
oci_identity_domains_oauth2client_credential stateful secret high   # the secret is generated by OCI and returned once
oci_identity_domains_smtp_credential stateful secret high   # the password is generated by OCI and returned once
oci_identity_smtp_credential stateful secret high   # the password is generated by OCI and returned once
oci_identity_ui_password stateful secret high   # the password is generated by OCI and returned once
oci_integration_integration_instance stateful other-stateful high   # integrations built in the designer
oci_iot_digital_twin_instance stateful other-stateful high   # the twin's reported state and history
oci_iot_iot_domain stateful other-stateful high   # the digital twins' data
oci_kms_key_version stateful encryption-key critical
oci_log_analytics_log_analytics_log_group stateful log high   # the logs stored in the group
oci_log_analytics_namespace stateful log high   # offboarding deletes every log stored in Log Analytics
oci_logging_log stateful log high   # the log's stored entries
oci_lustre_file_storage_lustre_file_system stateful file-storage high
oci_managed_kafka_kafka_cluster stateful queue-stream high
oci_objectstorage_preauthrequest stateful secret high   # the access URI is generated by OCI and returned once
oci_oce_oce_instance stateful other-stateful high   # the content managed in Content Management
oci_ocvp_cluster stateful block-storage critical   # its vSAN datastore holds the disks of the VMs on it
oci_ocvp_sddc stateful block-storage critical   # vSAN holds every VM's disks
oci_oda_oda_instance stateful other-stateful high   # skills and digital assistants built in the instance
oci_opa_opa_instance stateful other-stateful high   # processes built in Process Automation
oci_opensearch_opensearch_cluster stateful search-analytics high
oci_psql_db_system stateful relational-database critical
oci_queue_queue stateful queue-stream high
oci_redis_redis_cluster stateful cache high
oci_streaming_stream_pool stateful queue-stream high   # cascade: its streams and their messages
oci_vbs_inst_vbs_instance stateful source-repository high   # Visual Builder Studio's Git repositories and projects
oci_visual_builder_vb_instance stateful other-stateful high   # applications built in Visual Builder
oci_bds_bds_instance_node_backup safeguard data
oci_bds_bds_instance_node_backup_configuration safeguard policy
oci_core_image safeguard data   # a copy of a boot volume as it was
oci_core_volume_group_backup safeguard data
oci_database_autonomous_container_database_add_standby safeguard data   # a standby copy
oci_database_autonomous_container_database_dataguard_association safeguard data   # a standby copy
oci_database_data_guard_association safeguard data   # a standby copy
oci_database_db_node_snapshot safeguard data
oci_database_pluggable_database_snapshot safeguard data
oci_file_storage_filesystem_snapshot_policy safeguard policy
oci_file_storage_replication safeguard data
oci_golden_gate_deployment_backup safeguard data
oci_identity_domain_replication_to_region safeguard data   # a regional replica of the domain
oci_kms_vault_replication safeguard data
oci_mysql_channel safeguard data   # replication into or out of the DB system
oci_mysql_replica safeguard data   # a read replica
oci_nosql_table_replica safeguard data   # a regional replica
oci_objectstorage_replication_policy safeguard data
oci_psql_backup safeguard data
oci_recovery_long_term_backup safeguard data
oci_recovery_protected_database safeguard data   # the database's backups in the Recovery Service
oci_recovery_protection_policy safeguard policy
oci_redis_oci_cache_backup safeguard data
oci_blockchain_osn none   # a member of the platform, whose ledger it replicates
oci_blockchain_peer none   # a member of the platform, whose ledger it replicates
oci_core_console_history none
oci_core_instance_pool none   # pooled instances are disposable by design
oci_core_instance_pool_instance none   # pooled instances are disposable by design
oci_core_volume_attachment none
oci_core_volume_group none   # deleting a group leaves its volumes
oci_database_autonomous_database_software_image none
oci_database_autonomous_database_wallet none
oci_database_autonomous_exadata_infrastructure none   # Oracle refuses to delete infrastructure that still hosts container databases
oci_database_backup_destination none   # a registration; the backups stay at the destination
oci_database_cloud_exadata_infrastructure none   # Oracle refuses to delete infrastructure that still hosts VM clusters
oci_database_database_software_image none
oci_database_db_node none
oci_database_exadata_infrastructure none   # Oracle refuses to delete infrastructure that still hosts VM clusters
oci_database_key_store none
oci_devops_project none
oci_devops_repository_mirror none
oci_generative_ai_agent_knowledge_base none   # re-ingested from its data sources
oci_generative_ai_imported_model none   # imported from Object Storage, where the source stays
oci_golden_gate_connection none
oci_identity_api_key none   # the public key comes from the configuration
oci_identity_compartment none   # a compartment that still holds resources cannot be deleted
oci_identity_db_credential none   # the password comes from the configuration
oci_identity_domains_api_key none   # the public key comes from the configuration
oci_identity_domains_my_api_key none   # the public key comes from the configuration
oci_identity_domains_user none   # an identity from the configuration
oci_identity_user none   # an identity from the configuration
oci_kms_encrypted_data none   # computed from the plaintext in the configuration
oci_kms_generated_key none
oci_log_analytics_namespace_lookup none   # its content comes from the configuration
oci_log_analytics_namespace_storage_archival_config none
oci_logging_log_saved_search none
oci_logging_unified_agent_configuration none
oci_mysql_heat_wave_cluster none   # an in-memory copy reloaded from the DB system
oci_mysql_mysql_configuration none
oci_nosql_index none   # rebuilt from the table
oci_objectstorage_object none   # its content comes from the configuration
oci_objectstorage_object_lifecycle_policy none
oci_ocvp_datastore none   # the block volumes backing it are their own resources
oci_ocvp_esxi_host none   # vSAN re-protects the data across the remaining hosts
oci_psql_configuration none
oci_queue_consumer_group none
oci_redis_oci_cache_user none
`;
  }
};
var OVH_REVIEWED = {
  provider: "ovh",
  reviewedAt: "ovh/ovh v2.19.0 (sources of 2026-08-21)",
  get lines() {
    return `
ovh_cloud_instance stateful block-storage high   # its local disk is the instance's storage
ovh_cloud_key_manager_secret stateful secret high
ovh_cloud_project stateful other-stateful high   # cascade: terminating a Public Cloud project deletes every resource and all data in it
ovh_cloud_project_containerregistry stateful container-registry high   # every image pushed to it
ovh_cloud_project_containerregistry_user stateful secret high   # the password is generated by OVHcloud and returned once
ovh_cloud_project_database stateful relational-database critical   # a managed PostgreSQL, MySQL, MongoDB, Valkey, Kafka, OpenSearch or other engine (deletion_protection refuses the delete)
ovh_cloud_project_database_database stateful relational-database critical
ovh_cloud_project_database_kafka_topic stateful queue-stream high
ovh_cloud_project_file_storage_share stateful file-storage critical
ovh_cloud_project_instance stateful block-storage high   # its local disk is the instance's storage
ovh_cloud_project_kube stateful other-stateful high   # as other Kubernetes clusters: its etcd and volumes
ovh_cloud_project_rancher stateful other-stateful high   # Rancher's own database: registered clusters, users and settings made in Rancher
ovh_cloud_project_storage stateful object-storage critical
ovh_cloud_project_user_s3_credential stateful secret high   # the secret key is generated by OVHcloud and returned once
ovh_cloud_project_volume stateful block-storage critical
ovh_cloud_storage_block_volume stateful block-storage critical
ovh_cloud_storage_file_share stateful file-storage critical
ovh_dbaas_logs_output_graylog_stream stateful log high   # the stream's stored logs and cold-storage archives
ovh_dbaas_logs_output_opensearch_index stateful search-analytics high
ovh_dbaas_logs_token stateful secret high   # the token is generated by OVHcloud and returned once
ovh_dedicated_nasha_partition stateful file-storage critical
ovh_dedicated_server stateful block-storage high   # terminating the server wipes its disks
ovh_domain_name stateful domain high   # a registered domain
ovh_domain_zone stateful dns-zone high   # records created outside Terraform go with the zone
ovh_email_domain_account stateful other-stateful high   # the mailbox's messages
ovh_hosting_privatedatabase stateful relational-database critical
ovh_hosting_privatedatabase_database stateful relational-database critical
ovh_me_api_oauth2_client stateful secret high   # the client secret is generated by OVHcloud and returned once
ovh_me_identity_user_token stateful secret high   # the token is generated by OVHcloud and returned once
ovh_okms stateful encryption-key critical   # the KMS domain and every key and secret in it
ovh_okms_credential stateful secret high   # the client certificate's key is generated by OVHcloud unless a CSR is given
ovh_okms_secret stateful secret high
ovh_okms_service_key stateful encryption-key critical
ovh_okms_service_key_jwk stateful encryption-key critical   # an imported key gets a new ID when re-imported; data encrypted under the old one is unreadable
ovh_storage_efs stateful file-storage critical
ovh_storage_efs_share stateful file-storage critical
ovh_vps stateful block-storage high   # its disk is the server's storage
ovh_cloud_project_instance_snapshot safeguard data
ovh_cloud_project_volume_backup safeguard data
ovh_cloud_project_workflow_backup safeguard policy   # the schedule that backs an instance up
ovh_cloud_storage_block_volume_backup safeguard data
ovh_cloud_storage_block_volume_snapshot safeguard data
ovh_cloud_storage_file_share_snapshot safeguard data
ovh_dedicated_nasha_partition_snapshot safeguard data   # the partition's snapshot schedule and the snapshots it keeps
ovh_storage_efs_share_snapshot safeguard data
ovh_cloud_floating_ip none
ovh_cloud_gateway none
ovh_cloud_instance_group none
ovh_cloud_key_manager_container none
ovh_cloud_key_manager_container_consumer none
ovh_cloud_key_manager_secret_consumer none
ovh_cloud_network_private_vrack none
ovh_cloud_network_private_vrack_subnet none
ovh_cloud_project_alerting none
ovh_cloud_project_containerregistry_iam none
ovh_cloud_project_containerregistry_ip_restrictions_management none
ovh_cloud_project_containerregistry_ip_restrictions_registry none
ovh_cloud_project_containerregistry_oidc none
ovh_cloud_project_database_clickhouse_user none   # a database login; the data stays
ovh_cloud_project_database_integration none
ovh_cloud_project_database_kafka_acl none
ovh_cloud_project_database_kafka_schemaregistryacl none
ovh_cloud_project_database_log_subscription none
ovh_cloud_project_database_mongodb_prometheus none
ovh_cloud_project_database_mongodb_user none   # a database login; the data stays
ovh_cloud_project_database_opensearch_pattern none
ovh_cloud_project_database_opensearch_user none   # a database login; the data stays
ovh_cloud_project_database_postgresql_connection_pool none
ovh_cloud_project_database_postgresql_user none   # a database login; the data stays
ovh_cloud_project_database_prometheus none
ovh_cloud_project_database_user none   # a database login; the data stays
ovh_cloud_project_database_valkey_user none   # a database login; the data stays
ovh_cloud_project_failover_ip_attach none
ovh_cloud_project_file_storage_share_network none
ovh_cloud_project_gateway none
ovh_cloud_project_gateway_interface none
ovh_cloud_project_kube_iprestrictions none
ovh_cloud_project_kube_log_subscription none
ovh_cloud_project_kube_nodepool none
ovh_cloud_project_kube_oidc none
ovh_cloud_project_loadbalancer none
ovh_cloud_project_network_private none
ovh_cloud_project_network_private_subnet none
ovh_cloud_project_network_private_subnet_v2 none
ovh_cloud_project_region none
ovh_cloud_project_region_loadbalancer_log_subscription none
ovh_cloud_project_region_network none
ovh_cloud_project_region_storage_presign none
ovh_cloud_project_ssh_key none
ovh_cloud_project_storage_object_bucket_lifecycle_configuration none
ovh_cloud_project_storage_replication_job none   # a one-off copy job; the objects stay
ovh_cloud_project_user none   # an OpenStack login; the data stays
ovh_cloud_project_user_s3_policy none
ovh_cloud_quota none
ovh_cloud_security_group none
ovh_cloud_ssh_key none
ovh_cloud_storage_file_share_acl none
ovh_cloud_storage_file_share_network none
ovh_dbaas_logs_cluster none   # settings of the Logs Data Platform service
ovh_dbaas_logs_encryption_key none
ovh_dbaas_logs_input none
ovh_dbaas_logs_output_opensearch_alias none
ovh_dbaas_logs_role none
ovh_dbaas_logs_role_permission_stream none
ovh_dedicated_ceph_acl none
ovh_dedicated_nasha_partition_access none
ovh_dedicated_server_reboot_task none
ovh_dedicated_server_reinstall_task none
ovh_dedicated_server_update none
ovh_domain_ds_records none
ovh_domain_name_servers none
ovh_domain_zone_dnssec none
ovh_domain_zone_dynhost_login none
ovh_domain_zone_dynhost_record none
ovh_domain_zone_import none
ovh_domain_zone_record none
ovh_domain_zone_redirection none
ovh_hosting_privatedatabase_user none
ovh_hosting_privatedatabase_user_grant none
ovh_hosting_privatedatabase_whitelist none
ovh_iam_permissions_group none
ovh_iam_policy none
ovh_iam_resource_group none
ovh_iam_resource_tags none
ovh_ip_firewall none
ovh_ip_firewall_rule none
ovh_ip_mitigation none
ovh_ip_move none
ovh_ip_reverse none
ovh_ip_service none
ovh_iploadbalancing none
ovh_iploadbalancing_http_farm none
ovh_iploadbalancing_http_farm_server none
ovh_iploadbalancing_http_frontend none
ovh_iploadbalancing_http_route none
ovh_iploadbalancing_http_route_rule none
ovh_iploadbalancing_refresh none
ovh_iploadbalancing_ssl none
ovh_iploadbalancing_tcp_farm none
ovh_iploadbalancing_tcp_farm_server none
ovh_iploadbalancing_tcp_frontend none
ovh_iploadbalancing_tcp_route none
ovh_iploadbalancing_tcp_route_rule none
ovh_iploadbalancing_udp_farm none
ovh_iploadbalancing_udp_farm_server none
ovh_iploadbalancing_udp_frontend none
ovh_iploadbalancing_vrack_network none
ovh_me_identity_group none
ovh_me_identity_user none
ovh_ovhcloud_connect_pop_config none
ovh_ovhcloud_connect_pop_datacenter_config none
ovh_ovhcloud_connect_pop_datacenter_extra_config none
ovh_savings_plan none
ovh_storage_efs_share_acl none
ovh_vrack none
ovh_vrack_cloudproject none
ovh_vrack_dedicated_cloud none
ovh_vrack_dedicated_cloud_datacenter none
ovh_vrack_dedicated_server none
ovh_vrack_dedicated_server_interface none
ovh_vrack_ip none
ovh_vrack_iploadbalancing none
ovh_vrack_ipv6 none
ovh_vrack_ipv6_routed_subrange none
ovh_vrack_ovhcloudconnect none
ovh_vrack_public_routing_priority none
ovh_vrack_vrackservices none
ovh_vrackservices none
`;
  }
};
var PAGERDUTY_REVIEWED = {
  provider: "pagerduty",
  reviewedAt: "PagerDuty/pagerduty v3.32.4 (April 2026): website/docs/r",
  get lines() {
    return `
pagerduty_addon none
pagerduty_alert_grouping_setting none
pagerduty_automation_actions_action none
pagerduty_automation_actions_action_service_association none
pagerduty_automation_actions_action_team_association none
pagerduty_automation_actions_runner none
pagerduty_automation_actions_runner_team_association none
pagerduty_business_service none
pagerduty_business_service_subscriber none
pagerduty_enablement none
pagerduty_escalation_policy none
pagerduty_event_orchestration none
pagerduty_event_orchestration_global none
pagerduty_event_orchestration_global_cache_variable none
pagerduty_event_orchestration_integration none
pagerduty_event_orchestration_router none
pagerduty_event_orchestration_service none
pagerduty_event_orchestration_service_cache_variable none
pagerduty_event_orchestration_unrouted none
pagerduty_event_rule none
pagerduty_extension none
pagerduty_extension_servicenow none
pagerduty_incident_custom_field stateful monitoring-state high  # deleting the field deletes its values on every incident
pagerduty_incident_custom_field_option none
pagerduty_incident_type none
pagerduty_incident_type_custom_field none
pagerduty_incident_workflow none
pagerduty_incident_workflow_trigger none
pagerduty_jira_cloud_account_mapping_rule none
pagerduty_maintenance_window none
pagerduty_response_play none
pagerduty_ruleset none
pagerduty_ruleset_rule none
pagerduty_schedulev2 stateful monitoring-state high  # as pagerduty_schedule: overrides made outside Terraform are lost
pagerduty_service_custom_field none
pagerduty_service_custom_field_value none
pagerduty_service_dependency none
pagerduty_service_event_rule none
pagerduty_service_integration none  # re-created from the configuration with a new integration key
pagerduty_slack_connection none
pagerduty_tag none
pagerduty_tag_assignment none
pagerduty_team none
pagerduty_team_membership none
pagerduty_user none
pagerduty_user_contact_method none
pagerduty_user_handoff_notification_rule none
pagerduty_user_notification_rule none
pagerduty_webhook_subscription none
`;
  }
};
var SCALEWAY_REVIEWED = {
  provider: "scaleway",
  reviewedAt: "scaleway/scaleway v2.81.0 (sources of 2026-08-21)",
  get lines() {
    return `
scaleway_apple_silicon_server stateful block-storage high   # its internal disk is the server's storage
scaleway_baremetal_server stateful block-storage high   # its local disks are the server's storage
scaleway_block_volume stateful block-storage critical
scaleway_cockpit stateful log high   # deactivating Cockpit deletes the metrics, logs and traces it stores
scaleway_cockpit_source stateful log high   # a data source: deleting it deletes the metrics, logs or traces stored in it
scaleway_cockpit_token stateful secret high   # the token is generated by Scaleway and returned once
scaleway_container_token stateful secret high   # the token is generated by Scaleway and returned once
scaleway_datalab stateful workstation high   # its notebook storage holds what users saved
scaleway_datawarehouse_database stateful data-warehouse critical
scaleway_datawarehouse_deployment stateful data-warehouse critical
scaleway_domain_registration stateful domain high   # a registered domain
scaleway_domain_zone stateful dns-zone high   # records created outside Terraform go with the zone
scaleway_file_filesystem stateful file-storage critical
scaleway_function_token stateful secret high   # the token is generated by Scaleway and returned once
scaleway_iam_api_key stateful secret high   # the secret key is generated by Scaleway and returned once
scaleway_iam_scim_token stateful secret high   # the token is generated by Scaleway and returned once
scaleway_instance_server stateful block-storage high   # deletes its local and root volumes with what was written to them
scaleway_instance_volume stateful block-storage critical
scaleway_iot_device stateful secret high   # its certificate and key are generated by Scaleway
scaleway_iot_hub stateful other-stateful high   # cascade: devices registered outside Terraform and their certificates
scaleway_k8s_cluster stateful other-stateful high   # as other Kubernetes clusters: its etcd and volumes
scaleway_kafka_cluster stateful queue-stream high
scaleway_key_manager_key stateful encryption-key critical
scaleway_mnq_nats_account stateful queue-stream high   # JetStream streams and their messages live in the account
scaleway_mnq_nats_credentials stateful secret high   # the credentials are generated by Scaleway and returned once
scaleway_mnq_sns_credentials stateful secret high   # the credentials are generated by Scaleway and returned once
scaleway_mnq_sqs stateful queue-stream high   # deactivating SQS for the project deletes its queues and messages
scaleway_mnq_sqs_credentials stateful secret high   # the credentials are generated by Scaleway and returned once
scaleway_mnq_sqs_queue stateful queue-stream high
scaleway_mongodb_instance stateful nosql-database critical
scaleway_opensearch_deployment stateful search-analytics high
scaleway_rdb_database stateful relational-database critical
scaleway_redis_cluster stateful cache high
scaleway_registry_namespace stateful container-registry high   # every image pushed to it
scaleway_sdb_sql_database stateful relational-database critical
scaleway_secret stateful secret high   # deleting it deletes every version
scaleway_secret_version stateful secret high   # as other secret versions
scaleway_webhosting stateful other-stateful high   # the site's files, mailboxes and databases
scaleway_block_snapshot safeguard data
scaleway_instance_image safeguard data   # a copy of volumes as they were
scaleway_instance_snapshot safeguard data
scaleway_mongodb_snapshot safeguard data
scaleway_object_bucket_lock_configuration safeguard policy   # object lock retention
scaleway_rdb_database_backup safeguard data
scaleway_rdb_read_replica safeguard data   # a replica of the instance
scaleway_rdb_snapshot safeguard data
scaleway_account_project none   # Scaleway refuses to delete a project that still holds resources
scaleway_account_ssh_key none
scaleway_annotations_binding none
scaleway_annotations_key none
scaleway_annotations_value none
scaleway_apple_silicon_runner none
scaleway_autoscaling_instance_group none
scaleway_autoscaling_instance_policy none
scaleway_autoscaling_instance_template none
scaleway_billing_budget none
scaleway_billing_budget_alert none
scaleway_billing_budget_alert_notification none
scaleway_cockpit_alert_manager none
scaleway_cockpit_exporter none
scaleway_cockpit_grafana_user none
scaleway_container none
scaleway_container_cron none
scaleway_container_domain none
scaleway_container_namespace none
scaleway_container_trigger none
scaleway_datawarehouse_user none
scaleway_domain_record none
scaleway_edge_services_backend_stage none
scaleway_edge_services_cache_stage none
scaleway_edge_services_dns_stage none
scaleway_edge_services_head_stage none
scaleway_edge_services_pipeline none
scaleway_edge_services_plan none
scaleway_edge_services_route_stage none
scaleway_edge_services_tls_stage none
scaleway_edge_services_waf_stage none
scaleway_flexible_ip none
scaleway_flexible_ip_mac_address none
scaleway_function none
scaleway_function_cron none
scaleway_function_domain none
scaleway_function_namespace none
scaleway_function_trigger none
scaleway_iam_application none
scaleway_iam_group none
scaleway_iam_group_membership none
scaleway_iam_policy none
scaleway_iam_saml none
scaleway_iam_saml_certificate none
scaleway_iam_scim none
scaleway_iam_ssh_key none
scaleway_iam_user none
scaleway_inference_deployment none
scaleway_inference_model none
scaleway_instance_ip none
scaleway_instance_ip_reverse_dns none
scaleway_instance_placement_group none
scaleway_instance_private_nic none
scaleway_instance_security_group none
scaleway_instance_security_group_rules none
scaleway_instance_user_data none
scaleway_interlink_link none
scaleway_interlink_routing_policy none
scaleway_iot_network none
scaleway_iot_route none
scaleway_ipam_ip none
scaleway_ipam_ip_reverse_dns none
scaleway_job_definition none
scaleway_k8s_acl none
scaleway_k8s_pool none
scaleway_key_manager_key_material none   # the imported material comes from the configuration and is re-imported
scaleway_lb none
scaleway_lb_acl none
scaleway_lb_backend none
scaleway_lb_certificate none
scaleway_lb_frontend none
scaleway_lb_ip none
scaleway_lb_private_network none
scaleway_lb_route none
scaleway_mnq_sns none
scaleway_mnq_sns_topic none
scaleway_mnq_sns_topic_subscription none
scaleway_mongodb_user none
scaleway_object none   # its content comes from the configuration
scaleway_object_bucket_acl none
scaleway_object_bucket_policy none
scaleway_object_bucket_server_side_encryption_configuration none
scaleway_object_bucket_website_configuration none
scaleway_rdb_acl none
scaleway_rdb_privilege none
scaleway_rdb_user none
scaleway_s2s_vpn_connection none
scaleway_s2s_vpn_customer_gateway none
scaleway_s2s_vpn_gateway none
scaleway_s2s_vpn_routing_policy none
scaleway_tem_blocked_list none
scaleway_tem_domain none
scaleway_tem_domain_validation none
scaleway_tem_webhook none
scaleway_vpc none
scaleway_vpc_acl none
scaleway_vpc_connector none
scaleway_vpc_gateway_network none
scaleway_vpc_ingress_rule none
scaleway_vpc_private_network none
scaleway_vpc_public_gateway none
scaleway_vpc_public_gateway_dhcp none
scaleway_vpc_public_gateway_dhcp_reservation none
scaleway_vpc_public_gateway_ip none
scaleway_vpc_public_gateway_ip_reverse_dns none
scaleway_vpc_public_gateway_pat_rule none
scaleway_vpc_route none
`;
  }
};
var SNOWFLAKE_REVIEWED = {
  provider: "snowflake",
  reviewedAt: "Snowflake-Labs/snowflake v1.1.0 (April 2025) docs, and v2 for image_repository",
  get lines() {
    return `
snowflake_account stateful data-warehouse critical  # cascade: every database of the account (dropped after its grace period)
snowflake_account_authentication_policy_attachment none
snowflake_account_parameter none
snowflake_account_password_policy_attachment none
snowflake_account_role none
snowflake_alert none
snowflake_api_authentication_integration_with_authorization_code_grant none
snowflake_api_authentication_integration_with_client_credentials none
snowflake_api_authentication_integration_with_jwt_bearer none
snowflake_api_integration none
snowflake_authentication_policy none
snowflake_cortex_search_service none
snowflake_database_role none
snowflake_dynamic_table none  # its rows are recomputed from its query
snowflake_email_notification_integration none
snowflake_execute stateful other-stateful high  # destroy runs its revert SQL, which may drop objects that hold data
snowflake_external_function none
snowflake_external_oauth_integration none
snowflake_external_table none
snowflake_external_volume none
snowflake_failover_group safeguard data  # replication of databases to another account
snowflake_file_format none
snowflake_function_java none
snowflake_function_javascript none
snowflake_function_python none
snowflake_function_scala none
snowflake_function_sql none
snowflake_grant_account_role none
snowflake_grant_application_role none
snowflake_grant_database_role none
snowflake_grant_ownership none
snowflake_grant_privileges_to_account_role none
snowflake_grant_privileges_to_database_role none
snowflake_grant_privileges_to_share none
snowflake_image_repository stateful container-registry high  # (added in v2) the images pushed to the repository
snowflake_legacy_service_user none
snowflake_managed_account stateful data-warehouse high  # a reader account and the objects created in it
snowflake_masking_policy none
snowflake_materialized_view none  # its rows are recomputed from its query
snowflake_network_policy none
snowflake_network_policy_attachment none
snowflake_network_rule none
snowflake_notification_integration none
snowflake_oauth_integration_for_custom_clients none
snowflake_oauth_integration_for_partner_applications none
snowflake_object_parameter none
snowflake_password_policy none
snowflake_pipe none  # its load history restarts; the loaded rows stay in the table
snowflake_primary_connection none
snowflake_procedure_java none
snowflake_procedure_javascript none
snowflake_procedure_python none
snowflake_procedure_scala none
snowflake_procedure_sql none
snowflake_resource_monitor none
snowflake_row_access_policy none
snowflake_saml2_integration none
snowflake_scim_integration none
snowflake_secondary_connection none
snowflake_secret_with_authorization_code_grant stateful secret high  # a secret value
snowflake_secret_with_basic_authentication stateful secret high  # a secret value
snowflake_secret_with_client_credentials stateful secret high  # a secret value
snowflake_secret_with_generic_string stateful secret high  # a secret value
snowflake_sequence stateful data-warehouse high  # its current value: a re-created sequence restarts and repeats ids
snowflake_service_user none
snowflake_share none
snowflake_shared_database none  # read-only view of a provider's share; the data stays with the provider
snowflake_storage_integration none
snowflake_stream_on_directory_table stateful queue-stream high  # its offset: changes not yet consumed are lost
snowflake_stream_on_external_table stateful queue-stream high  # its offset: changes not yet consumed are lost
snowflake_stream_on_table stateful queue-stream high  # its offset: changes not yet consumed are lost
snowflake_stream_on_view stateful queue-stream high  # its offset: changes not yet consumed are lost
snowflake_streamlit none
snowflake_table_column_masking_policy_application none
snowflake_table_constraint none
snowflake_tag none
snowflake_tag_association none
snowflake_task none
snowflake_user stateful identity-directory high  # a person's account: their worksheets, MFA enrolment and keys set outside Terraform
snowflake_user_authentication_policy_attachment none
snowflake_user_password_policy_attachment none
snowflake_user_public_keys none
snowflake_view none
snowflake_warehouse none
`;
  }
};
var VAULT_REVIEWED = {
  provider: "vault",
  reviewedAt: "hashicorp/vault v5.11.0 (August 2026): website/docs/r",
  get lines() {
    return `
vault_activation_flags none
vault_ad_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases and deletes the passwords it rotated
vault_ad_secret_backend_library none
vault_ad_secret_role none
vault_agent_registration none
vault_alicloud_auth_backend_role none
vault_alicloud_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases and deletes its stored configuration
vault_alicloud_secret_backend_role none
vault_approle_auth_backend_login none
vault_approle_auth_backend_role none
vault_approle_auth_backend_role_secret_id none
vault_audit none
vault_audit_request_header none
vault_auth_backend stateful identity-directory high  # disabling an auth method deletes its users, roles and secret IDs and revokes its tokens
vault_aws_auth_backend_cert none
vault_aws_auth_backend_client none
vault_aws_auth_backend_config_identity none
vault_aws_auth_backend_identity_whitelist none
vault_aws_auth_backend_login none
vault_aws_auth_backend_role none
vault_aws_auth_backend_role_tag none
vault_aws_auth_backend_roletag_blacklist none
vault_aws_auth_backend_sts_role none
vault_aws_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases and deletes the passwords it rotated
vault_aws_secret_backend_role none
vault_aws_secret_backend_static_role none
vault_azure_auth_backend_config none
vault_azure_auth_backend_role none
vault_azure_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases and deletes the secrets it rotated
vault_azure_secret_backend_role none
vault_azure_secret_backend_static_role none
vault_cert_auth_backend_role none
vault_cf_auth_backend_config none
vault_cf_auth_backend_role none
vault_config_control_group none
vault_config_group_policy_application none
vault_config_ui_custom_messages none
vault_config_ui_default_auth none
vault_config_ui_header none
vault_consul_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases
vault_consul_secret_backend_role none
vault_database_secret_backend_connection none
vault_database_secret_backend_role none
vault_database_secret_backend_static_role none  # Vault rotates the password again when the role is re-created
vault_database_secrets_mount stateful secret high  # a secrets mount: disabling it revokes its leases and deletes the passwords it rotated
vault_egp_policy none
vault_gcp_auth_backend none
vault_gcp_auth_backend_role none
vault_gcp_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases and deletes its keys
vault_gcp_secret_impersonated_account none
vault_gcp_secret_roleset none
vault_gcp_secret_static_account none
vault_gcpkms_secret_backend stateful secret high  # a secrets mount: disabling it deletes its key references
vault_gcpkms_secret_backend_key none
vault_generic_endpoint stateful other-stateful high  # writes any path: destroy deletes what it wrote, which may be accounts or keys (unless disable_delete)
vault_github_auth_backend none
vault_github_team none
vault_github_user none
vault_identity_entity stateful identity-directory high  # its id, aliases and MFA (TOTP) enrolments; a re-created entity is another identity
vault_identity_entity_alias none
vault_identity_entity_policies none
vault_identity_group none
vault_identity_group_alias none
vault_identity_group_member_entity_ids none
vault_identity_group_member_group_ids none
vault_identity_group_policies none
vault_identity_mfa_duo none
vault_identity_mfa_login_enforcement none
vault_identity_mfa_okta none
vault_identity_mfa_pingid none
vault_identity_mfa_totp none
vault_identity_oidc none
vault_identity_oidc_assignment none
vault_identity_oidc_client none
vault_identity_oidc_key stateful encryption-key high  # signing key material; tokens signed with it can no longer be verified
vault_identity_oidc_key_allowed_client_id none
vault_identity_oidc_provider none
vault_identity_oidc_role none
vault_identity_oidc_scope none
vault_jwt_auth_backend none
vault_jwt_auth_backend_role none
vault_kerberos_auth_backend_config none
vault_kerberos_auth_backend_group none
vault_kerberos_auth_backend_ldap_config none
vault_keymgmt_aws_kms none
vault_keymgmt_azure_kms none
vault_keymgmt_distribute_key stateful encryption-key critical  # removing the distribution deletes the key from the cloud KMS
vault_keymgmt_gcp_kms none
vault_keymgmt_key stateful encryption-key critical  # key material held by the Key Management engine
vault_keymgmt_key_rotate none
vault_keymgmt_replicate_key safeguard data  # a replica of a key in other regions
vault_kmip_secret_backend stateful encryption-key critical  # a KMIP mount: its CA and every object KMIP clients created
vault_kmip_secret_ca_generated stateful certificate high  # a generated CA: a CA's keys
vault_kmip_secret_ca_imported none
vault_kmip_secret_listener none
vault_kmip_secret_role none
vault_kmip_secret_scope stateful encryption-key critical  # deleting a scope deletes the keys its clients created
vault_kubernetes_auth_backend_config none
vault_kubernetes_auth_backend_role none
vault_kubernetes_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases
vault_kubernetes_secret_backend_role none
vault_kv_secret_backend_v2 none
vault_ldap_auth_backend none
vault_ldap_auth_backend_group none
vault_ldap_auth_backend_user none
vault_ldap_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases and deletes the passwords it rotated
vault_ldap_secret_backend_dynamic_role none
vault_ldap_secret_backend_library_set none
vault_ldap_secret_backend_static_role none
vault_managed_keys none
vault_mfa_duo none
vault_mfa_okta none
vault_mfa_pingid none
vault_mfa_totp none
vault_mongodbatlas_secret_backend none
vault_mongodbatlas_secret_role none
vault_nomad_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases
vault_nomad_secret_role none
vault_oauth_resource_server_config_profile none
vault_oci_auth_backend none
vault_oci_auth_backend_role none
vault_okta_auth_backend none
vault_okta_auth_backend_group none
vault_okta_auth_backend_user none
vault_os_secret_backend stateful secret high  # a secrets mount: disabling it deletes the host passwords it rotated
vault_os_secret_backend_account none
vault_os_secret_backend_host none
vault_password_policy none
vault_pki_external_ca_secret_backend_acme_account none  # an ACME account re-registered from the configuration
vault_pki_external_ca_secret_backend_order none
vault_pki_external_ca_secret_backend_order_certificate none
vault_pki_external_ca_secret_backend_order_challenge_fulfilled none
vault_pki_external_ca_secret_backend_role none
vault_pki_secret_backend_acme_eab none
vault_pki_secret_backend_cert none
vault_pki_secret_backend_config_acme none
vault_pki_secret_backend_config_auto_tidy none
vault_pki_secret_backend_config_ca none
vault_pki_secret_backend_config_cluster none
vault_pki_secret_backend_config_cmpv2 none
vault_pki_secret_backend_config_est none
vault_pki_secret_backend_config_issuers none
vault_pki_secret_backend_config_scep none
vault_pki_secret_backend_config_urls none
vault_pki_secret_backend_crl_config none
vault_pki_secret_backend_intermediate_cert_request stateful certificate high  # generates the intermediate CA's private key inside Vault: a CA's keys
vault_pki_secret_backend_intermediate_set_signed none
vault_pki_secret_backend_issuer stateful certificate high  # the issuing CA certificate entry of the mount
vault_pki_secret_backend_key stateful certificate high  # a CA private key generated inside Vault
vault_pki_secret_backend_role none
vault_pki_secret_backend_root_sign_intermediate none
vault_pki_secret_backend_sign none
vault_plugin none
vault_plugin_pinned_version none
vault_plugin_runtime none
vault_policy none
vault_quota_config none
vault_quota_lease_count none
vault_quota_rate_limit none
vault_rabbitmq_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases
vault_rabbitmq_secret_backend_role none
vault_radius_auth_backend none
vault_radius_auth_backend_user none
vault_raft_autopilot none
vault_rgp_policy none
vault_rotation_policy none
vault_saml_auth_backend none
vault_saml_auth_backend_role none
vault_scep_auth_backend_role none
vault_secrets_sync_association none
vault_secrets_sync_aws_destination none
vault_secrets_sync_azure_destination none
vault_secrets_sync_config none
vault_secrets_sync_gcp_destination none
vault_secrets_sync_gh_destination none
vault_secrets_sync_github_apps none
vault_secrets_sync_vercel_destination none
vault_spiffe_auth_backend_config none
vault_spiffe_auth_backend_role none
vault_spiffe_secret_backend_config none
vault_spiffe_secret_backend_role none
vault_ssh_secret_backend_ca stateful certificate high  # the SSH CA's signing key that servers trust: a CA's keys
vault_ssh_secret_backend_role none
vault_sys_config_cors none
vault_terraform_cloud_secret_backend stateful secret high  # a secrets mount: disabling it revokes its leases
vault_terraform_cloud_secret_creds none
vault_terraform_cloud_secret_role none
vault_token none
vault_token_auth_backend_role none
vault_transform_alphabet none
vault_transform_key_configuration none
vault_transform_role none
vault_transform_template none
vault_transform_transformation stateful secret high  # a tokenization transformation keeps the token-to-value mappings
vault_transit_secret_backend_cache_config none
vault_userpass_auth_backend_user none
`;
  }
};
var CATEGORIES = [
  "relational-database",
  "nosql-database",
  "object-storage",
  "block-storage",
  "file-storage",
  "cache",
  "queue-stream",
  "search-analytics",
  "data-warehouse",
  "encryption-key",
  "secret",
  "dns-zone",
  "identity-directory",
  "backup",
  "log",
  "container-registry",
  "source-repository",
  "kubernetes-volume",
  "kubernetes-namespace",
  "monitoring-state",
  "certificate",
  "ml-model",
  "domain",
  "workstation",
  "config-store",
  "other-stateful"
];
var TYPE_NAME = /^[a-z0-9]+_[a-z0-9_]+$/u, FORMS = "use TYPE stateful CATEGORY critical|high, TYPE safeguard data|policy, or TYPE none";
function parseReviewedList(list) {
  let decisions = /* @__PURE__ */ new Map(), lines = list.lines.split(`
`);
  for (let index = 0; index < lines.length; index += 1) {
    let parsed = parseReviewedLine(list, lines[index] ?? "", index + 1);
    if (parsed === void 0) continue;
    let [type, decision] = parsed;
    if (decisions.has(type))
      throw new Error(`${where(list, index + 1, lines[index] ?? "")}: ${type} is decided twice`);
    decisions.set(type, decision);
  }
  return { provider: list.provider, reviewedAt: list.reviewedAt, decisions };
}
function findReviewedDecision(list, type) {
  let text = list.lines, needle = `
${type}`;
  for (let at2 = text.indexOf(needle); at2 !== -1; at2 = text.indexOf(needle, at2 + 1)) {
    let after = text.charAt(at2 + needle.length);
    if (after !== " " && after !== "	" && after !== `
` && after !== "") continue;
    let end = text.indexOf(`
`, at2 + 1), raw = text.slice(at2 + 1, end === -1 ? void 0 : end);
    return parseReviewedLine(list, raw, () => text.slice(0, at2 + 1).split(`
`).length)?.[1];
  }
}
function parseReviewedLine(list, raw, lineNumber) {
  let hash = raw.indexOf("#"), body = (hash === -1 ? raw : raw.slice(0, hash)).trim();
  if (body === "") return;
  let fail = (problem) => new Error(
    `${where(list, typeof lineNumber == "number" ? lineNumber : lineNumber(), raw)}: ${problem}`
  ), reason = hash === -1 ? void 0 : raw.slice(hash + 1).trim();
  if (reason === "") throw fail("empty reason after #; write one or drop the #");
  let [type = "", ...words2] = body.split(/\s+/u);
  if (!TYPE_NAME.test(type) || !type.startsWith(`${list.provider}_`))
    throw fail(`${type} is not a ${list.provider} resource type`);
  let decision = decisionOf(words2, reason);
  if (decision === void 0) throw fail(`not a decision; ${FORMS}`);
  return [type, decision];
}
function where(list, lineNumber, raw) {
  return `reviewed list ${list.provider}, line ${lineNumber} (${JSON.stringify(raw.trim())})`;
}
function decisionOf(words2, reason) {
  let why = reason === void 0 ? {} : { reason }, [kind, first, second, ...rest] = words2;
  if (!(rest.length > 0)) {
    if (kind === "none" && first === void 0) return { kind, ...why };
    if (kind === "safeguard" && (first === "data" || first === "policy") && second === void 0)
      return { kind, backup: first, ...why };
    if (kind === "stateful" && isCategory(first) && (second === "critical" || second === "high"))
      return { kind, category: first, severity: second, ...why };
  }
}
function isCategory(value) {
  return value !== void 0 && CATEGORIES.includes(value);
}
var REVIEWED_LISTS = [
  ALICLOUD_REVIEWED,
  AWS_REVIEWED,
  AZURERM_REVIEWED,
  CLOUDFLARE_REVIEWED,
  CONFLUENT_REVIEWED,
  DATABRICKS_REVIEWED,
  DATADOG_REVIEWED,
  DIGITALOCEAN_REVIEWED,
  EC_REVIEWED,
  ELASTICSTACK_REVIEWED,
  GITHUB_REVIEWED,
  GOOGLE_REVIEWED,
  HCLOUD_REVIEWED,
  HEROKU_REVIEWED,
  IBM_REVIEWED,
  KAFKA_REVIEWED,
  KUBERNETES_REVIEWED,
  LINODE_REVIEWED,
  MONGODBATLAS_REVIEWED,
  OCI_REVIEWED,
  OVH_REVIEWED,
  PAGERDUTY_REVIEWED,
  SCALEWAY_REVIEWED,
  SNOWFLAKE_REVIEWED,
  VAULT_REVIEWED
];
var BUILT_IN_ENTRIES = [
  ...AWS,
  ...GOOGLE,
  ...AZURE,
  ...KUBERNETES,
  ...OTHERS
], BUILT_IN = new Map(BUILT_IN_ENTRIES.map((entry) => [entry.type, entry])), NOT_STATEFUL_PROTECTIONS = new Map(
  Object.entries(AWS_NOT_STATEFUL_PROTECTIONS)
), LISTS = new Map(REVIEWED_LISTS.map((list) => [list.provider, list])), parsedLists = /* @__PURE__ */ new Map();
function providerOf(type) {
  let underscore = type.indexOf("_");
  return underscore === -1 ? type : type.slice(0, underscore);
}
function ownProtections(type) {
  return BUILT_IN.get(type)?.protections ?? NOT_STATEFUL_PROTECTIONS.get(type) ?? [];
}
function reviewedList(provider) {
  let cached = parsedLists.get(provider);
  if (cached !== void 0) return cached;
  let list = LISTS.get(provider);
  if (list === void 0) return;
  let parsed = parseReviewedList(list);
  for (let type of parsed.decisions.keys())
    if (BUILT_IN.has(type))
      throw new Error(
        `reviewed list ${provider}: ${type} also has a full entry in src/catalog/data; keep one`
      );
  return parsedLists.set(provider, parsed), parsed;
}
function builtInDecision(type) {
  let provider = providerOf(type), reviewedAt = LISTS.get(provider)?.reviewedAt, at2 = reviewedAt === void 0 ? {} : { reviewedAt }, entry = BUILT_IN.get(type);
  if (entry !== void 0)
    return { status: entry.backup === void 0 ? "stateful" : "safeguard", entry, source: "catalog", ...at2 };
  let list = LISTS.get(provider), line = list === void 0 ? void 0 : findReviewedDecision(list, type);
  return line === void 0 ? { status: "unreviewed" } : fromLine(type, line, at2);
}
function fromLine(type, line, at2) {
  let why = line.reason === void 0 ? {} : { reason: line.reason }, common = { source: "reviewed", ...at2, ...why };
  switch (line.kind) {
    case "none":
      return { status: "none", ...common };
    case "safeguard":
      return { status: "safeguard", entry: safeguardEntry(type, line.backup), ...common };
    case "stateful":
      return {
        status: "stateful",
        entry: { type, category: line.category, severity: line.severity },
        ...common
      };
  }
}
function safeguardEntry(type, backup) {
  return { type, category: "backup", severity: backup === "data" ? "critical" : "high", backup };
}
function allBuiltInEntries() {
  let entries = [...BUILT_IN_ENTRIES];
  for (let provider of LISTS.keys())
    for (let type of reviewedList(provider)?.decisions.keys() ?? []) {
      let decision = builtInDecision(type);
      decision.status !== "none" && decision.status !== "unreviewed" && entries.push(decision.entry);
    }
  return entries;
}
var SEVERITIES = ["critical", "high", "medium", "low", "info"], RISK_LEVELS = ["none", "low", "medium", "high", "critical"], RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
function severityRank(severity) {
  return RANK[severity];
}
function isAtLeast(severity, threshold) {
  return RANK[severity] >= RANK[threshold];
}
function isSeverity(value) {
  return SEVERITIES.includes(value);
}
function riskOf(severities) {
  let highest = 0;
  for (let severity of severities) highest = Math.max(highest, RANK[severity]);
  return RISK_LEVELS[highest] ?? "none";
}
function bySeverityDescending(a, b) {
  return RANK[b.severity] - RANK[a.severity];
}
function globToRegExp(glob) {
  let source = "";
  for (let char of glob)
    char === "*" ? source += source.endsWith(".*") ? "" : ".*" : char === "?" ? source += "." : source += char.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
  return new RegExp(`^${source}$`, "su");
}
function isGlob(pattern) {
  return pattern.includes("*") || pattern.includes("?");
}
function globMatcher(globs) {
  let exact = new Set(globs.filter((glob) => !isGlob(glob))), patterns = globs.filter(isGlob).map(globToRegExp);
  return (value) => exact.has(value) || patterns.some((pattern) => pattern.test(value));
}
var ALLOWED = "use TYPE or TYPE=critical|high|medium|low|none", TYPE_PATTERN = /^[A-Za-z0-9_\-*?]+$/u, DEFAULT_SEVERITY = "high";
function parseStatefulTypes(values) {
  let rules = [];
  for (let value of values)
    for (let raw of value.split(/\r?\n/u)) {
      let line = raw.trim();
      line === "" || line.startsWith("#") || rules.push(parseLine(line));
    }
  return rules;
}
function parseLine(line) {
  let equals = line.indexOf("="), pattern = (equals === -1 ? line : line.slice(0, equals)).trim();
  if (pattern === "") throw bad(line, "has no resource type");
  if (!TYPE_PATTERN.test(pattern)) throw bad(line, "is not a resource type or glob");
  let severity = DEFAULT_SEVERITY;
  if (equals !== -1) {
    let level = line.slice(equals + 1).trim().toLowerCase();
    if (!isOverrideSeverity(level)) throw bad(line, "has an unknown severity");
    severity = level;
  }
  return { pattern, severity, glob: isGlob(pattern) };
}
function isOverrideSeverity(value) {
  return value === "none" || value !== "info" && isSeverity(value);
}
function bad(line, problem) {
  return new import_cli_chunk_AUXWUNJ3.UserError(`stateful-types: ${JSON.stringify(line)} ${problem}; ${ALLOWED}`);
}
function ruleResolver(rules) {
  let exact = /* @__PURE__ */ new Map(), globsLatestFirst = [];
  return rules.forEach((rule, index) => {
    rule.glob ? globsLatestFirst.unshift({ match: { rule, index }, test: globMatcher([rule.pattern]) }) : exact.set(rule.pattern, { rule, index });
  }), (type) => {
    let byName = exact.get(type);
    for (let glob of globsLatestFirst) {
      if (byName !== void 0 && glob.match.index < byName.index) break;
      if (glob.test(type)) return glob.match;
    }
    return byName;
  };
}
var GENERIC = "a common provider convention, read on updates of types without their own list", GENERIC_PROTECTIONS = [
  { path: "deletion_protection", effect: "blocks-destroy", source: GENERIC },
  { path: "deletion_protection_enabled", effect: "blocks-destroy", source: GENERIC },
  { path: "enable_deletion_protection", effect: "blocks-destroy", source: GENERIC },
  { path: "termination_protection_enabled", effect: "blocks-destroy", source: GENERIC },
  { path: "force_destroy", effect: "purges-contents", source: GENERIC },
  { path: "delete_contents_on_destroy", effect: "purges-contents", source: GENERIC },
  { path: "skip_final_snapshot", effect: "skips-final-snapshot", source: GENERIC },
  { path: "final_snapshot", effect: "takes-final-snapshot", source: GENERIC },
  { path: "backup_retention_period", effect: "backup-retention-days", source: GENERIC },
  { path: "delete_automated_backups", effect: "deletes-automated-backups", source: GENERIC },
  { path: "point_in_time_recovery.0.enabled", effect: "point-in-time-recovery", source: GENERIC },
  { path: "deletion_window_in_days", effect: "deletion-window-days", source: GENERIC },
  { path: "recovery_window_in_days", effect: "deletion-window-days", source: GENERIC },
  { path: "soft_delete_retention_days", effect: "window-days", source: GENERIC },
  { path: "purge_protection_enabled", effect: "purge-protection", source: GENERIC },
  { path: "versioning_configuration.0.status", effect: "versioning-status", source: GENERIC },
  // The legacy aws_s3_bucket `versioning` block and google_storage_bucket share this shape.
  { path: "versioning.0.enabled", effect: "versioning-enabled", source: GENERIC }
], GOOGLE_DELETION_POLICY = [
  {
    path: "deletion_policy",
    effect: "blocks-destroy",
    onValues: ["PREVENT"],
    source: 'hashicorp/google: magic-modules best practices "Deletion policy" (PREVENT)'
  },
  {
    path: "deletion_policy",
    effect: "keeps-on-destroy",
    onValues: ["ABANDON"],
    source: 'hashicorp/google: magic-modules best practices "Deletion policy" (ABANDON)'
  }
];
function buildCatalog(statefulTypes = []) {
  let rules = parseStatefulTypes(statefulTypes), resolve = rules.length === 0 ? () => {
  } : ruleResolver(rules), decisionCache = /* @__PURE__ */ new Map(), protectionCache = /* @__PURE__ */ new Map(), decide = (type) => {
    let cached = decisionCache.get(type);
    if (cached !== void 0) return cached;
    let decision = applyRule(type, resolve(type)?.rule);
    return decisionCache.set(type, decision), decision;
  }, lookup = (type) => {
    let decision = decide(type);
    return decision.status === "stateful" || decision.status === "safeguard" ? decision.entry : void 0;
  }, protectionsFor = (type) => {
    let cached = protectionCache.get(type);
    if (cached !== void 0) return cached;
    let own = ownProtections(type), providerWide = providerOf(type) === "google" && !own.some((p) => p.path === "deletion_policy") ? GOOGLE_DELETION_POLICY : [], merged = providerWide.length === 0 ? own : [...own, ...providerWide];
    return protectionCache.set(type, merged), merged;
  }, updateProtectionsFor = (type) => ownProtections(type).length === 0 ? [...protectionsFor(type), ...GENERIC_PROTECTIONS] : protectionsFor(type), entries;
  return {
    lookup,
    decide,
    protectionsFor,
    updateProtectionsFor,
    get entries() {
      return entries ??= allBuiltInEntries().map((entry) => lookup(entry.type)).filter((entry) => entry !== void 0).sort((a, b) => byCodeUnit(a.type, b.type)), entries;
    }
  };
}
function applyRule(type, rule) {
  let builtIn = builtInDecision(type);
  if (rule === void 0) return builtIn;
  if (rule.severity === "none") return { status: "none", source: "stateful-types" };
  let base = builtIn.status === "stateful" || builtIn.status === "safeguard" ? builtIn.entry : void 0, entry = base === void 0 ? { type, category: "other-stateful", severity: rule.severity } : base.severity === rule.severity ? base : { ...base, severity: rule.severity };
  return { status: entry.backup === void 0 ? "stateful" : "safeguard", entry, source: "stateful-types" };
}
function words(list, withEmpty = false) {
  let set = new Set(list.split(" "));
  return withEmpty && set.add(""), set;
}
var DATA_WORDS = words(
  "database databases db bucket volume disk table snapshot backup vault secret key repository repo queue topic stream index cache filesystem log logs registry storage warehouse lake dataset ledger keyspace graph mailbox archive collection redis mysql postgresql postgres mongodb cosmosdb kafka elasticsearch opensearch bigtable spanner firestore memcache keyvault zone store featurestore metastore tensorboard catalog hbase broker hsm notebook workspace mlflow memory"
), STORE_SERVICES = words(
  "rds docdb docdbelastic neptune dynamodb elasticache redshift redshiftserverless memorydb msk mq dsql alloydb filestore memorystore parallelstore lustre looker mssql kusto mongo servicebus eventhub"
), STORE_NOUNS = words(
  "cluster instance global serverless replication namespace flexible server managed database",
  true
), NOT_DATA_BEFORE = words(
  "route api ssh access public host signing usage"
), DATA_PAIRS = words(
  "file_system data_set recovery_point user_pool hosted_zone dns_zone search_service"
), CONFIG_WORDS = words(
  "policy policies attachment association associations configuration config rule rules permission permissions membership binding iam acl settings setting grant notification notifications alias tag tags endpoint subscription member assignment access role lifecycle template parameter subnet pair item object rotation schedule version encryption exclusive sharing link trigger filter consumer principal authorization mapping signing event firewall network option proxy route target connection identity provider definition integration delivery destination metric alarm monitor alert insight insights pattern limit usage request job client customization controls options saml processor optimizer source restore export propagation framework report testing anomaly detector transformer task reserved state certificate api token customer administrator admin query saved solution counter properties website path procedure function gateway webhook scope map credential pool view profile bundle row field handle ring keyset origin channel agent named intent analysis assessment signed cert execution connections analytics"
), REFERENCE_BEFORE = words(
  "factory linked output input endpoint migration defender mover edge transfer export backend attached change eventgrid firewall tags"
);
function judgeUnreviewedName(type) {
  let words2 = type.split("_").slice(1), found;
  for (let index = 0; index < words2.length; index += 1) {
    let word = words2[index] ?? "", pair = `${word}_${words2[index + 1] ?? ""}`, store = STORE_SERVICES.has(word) && STORE_NOUNS.has(words2[index + 1] ?? ""), width = DATA_PAIRS.has(pair) ? 2 : DATA_WORDS.has(word) || store ? 1 : 0;
    width === 0 || NOT_DATA_BEFORE.has(words2[index - 1] ?? "") || words2.slice(0, index).some((before) => REFERENCE_BEFORE.has(before)) || words2.slice(index + width).some((after) => CONFIG_WORDS.has(after)) || (found = width === 2 ? pair : word);
  }
  return found === void 0 ? { holdsData: false } : { holdsData: true, word: found };
}
var JSON_SPACE = new Uint8Array(256);
for (let code2 of [32, 9, 10, 13]) JSON_SPACE[code2] = 1;
function isJsonSpace(code2) {
  return JSON_SPACE[code2] === 1;
}
var WRAPPER_COMMAND = "[command]";
function isLineEndLetter(code2) {
  return code2 === 65 || code2 === 97 || code2 === 68 || code2 === 100;
}
function isEscapedLineEnd(first, second, third) {
  return first === 37 && second === 48 && isLineEndLetter(third);
}
var UTF8_BOM = [239, 187, 191];
function detectEncoding(bytes) {
  let [b0, b1, b2] = bytes;
  if (b0 === UTF8_BOM[0] && b1 === UTF8_BOM[1] && b2 === UTF8_BOM[2])
    return { encoding: "utf-8", bomLength: 3 };
  if (b0 === 255 && b1 === 254) return { encoding: "utf-16le", bomLength: 2 };
  if (b0 === 254 && b1 === 255) return { encoding: "utf-16be", bomLength: 2 };
  if (b0 !== void 0 && b1 !== void 0) {
    if (b0 !== 0 && b1 === 0) return { encoding: "utf-16le", bomLength: 0 };
    if (b0 === 0 && b1 !== 0) return { encoding: "utf-16be", bomLength: 0 };
  }
  return { encoding: "utf-8", bomLength: 0 };
}
function decodePlanText(bytes) {
  let { encoding, bomLength } = detectEncoding(bytes), buffer = import_node_buffer.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), whole = decodeWhole(buffer, encoding, bomLength), jsonStart = wrappedJsonRange(whole), text = jsonStart === void 0 ? whole : whole.slice(jsonStart.start, jsonStart.end), prefix = jsonStart?.start ?? 0;
  return {
    text,
    whole,
    encoding,
    unwrapped: jsonStart !== void 0,
    byteOffset(index) {
      let unit = prefix + index;
      return encoding !== "utf-8" ? bomLength + 2 * unit : bomLength + import_node_buffer.Buffer.byteLength(whole.slice(0, unit), "utf8");
    }
  };
}
function decodeWhole(buffer, encoding, bomLength) {
  if (encoding === "utf-8") return buffer.toString("utf8", bomLength);
  let end = bomLength + (buffer.length - bomLength & -2);
  return encoding === "utf-16le" ? buffer.toString("utf16le", bomLength, end) : import_node_buffer.Buffer.from(buffer.subarray(bomLength, end)).swap16().toString("utf16le");
}
function wrappedJsonRange(whole) {
  if (!whole.startsWith(WRAPPER_COMMAND)) return;
  let firstNewline = whole.indexOf(`
`);
  if (firstNewline < 0) return;
  let start = firstNewline + 1, commands = whole.startsWith("::", start) ? start : whole.indexOf(`
::`, start), end = commands < 0 ? whole.length : commands;
  for (; end > start && isLineEndOrSpace(whole.charCodeAt(end - 1)); ) end -= 1;
  for (let escapes = 0; escapes < 4 && end - 3 >= start && isEscapedLineEnd(
    whole.charCodeAt(end - 3),
    whole.charCodeAt(end - 2),
    whole.charCodeAt(end - 1)
  ); escapes += 1)
    end -= 3;
  return { start, end };
}
function isLineEndOrSpace(code2) {
  return isJsonSpace(code2);
}
var EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", createHash;
function sha256Hex(text) {
  return text === "" ? EMPTY : (createHash ??= process.getBuiltinModule("node:crypto").createHash, createHash("sha256").update(text).digest("hex"));
}
var OBJECT_ATTRIBUTES = ["id", "arn", "self_link"];
function objectDigest(before) {
  if (typeof before != "object" || before === null || Array.isArray(before)) return "";
  let parts = [];
  for (let name of OBJECT_ATTRIBUTES) {
    let value = before[name];
    typeof value == "string" && value !== "" && parts.push(`${name}=${value}`);
  }
  return parts.length === 0 ? "" : shortDigest(parts.join(`
`), 24);
}
function planFileOf(plan) {
  return plan.split(/[\\/]/u).pop() ?? plan;
}
function identityOf(finding) {
  let detail = finding.kind === "protection-weakened" ? finding.protections.map((value) => `${value.attribute}=${JSON.stringify(value.after ?? null)}`).sort() : finding.identity === void 0 ? [] : [finding.identity];
  return {
    moduleDir: finding.moduleDir,
    planFile: planFileOf(finding.plan),
    address: finding.address,
    deposed: finding.deposed ?? "",
    actions: finding.actions,
    kind: finding.kind,
    object: finding.object ?? "",
    detail
  };
}
var IDENTITY_DIGEST_LENGTH = 16;
function identityDigest(identity) {
  return shortDigest(
    JSON.stringify([
      identity.moduleDir,
      identity.planFile,
      identity.address,
      identity.deposed,
      identity.actions,
      identity.kind,
      identity.object,
      identity.detail
    ]),
    IDENTITY_DIGEST_LENGTH
  );
}
function riskySet(findings) {
  let digests = findings.filter((finding) => finding.requiresApproval).map((finding) => identityDigest(identityOf(finding)));
  return [...new Set(digests)].sort();
}
function shortDigest(text, length) {
  return sha256Hex(text).slice(0, length);
}
var COUNT_OF = {
  delete: "delete",
  "replace-destroy-before-create": "replace",
  "replace-create-before-destroy": "replace",
  forget: "forget",
  create: "create",
  update: "update",
  read: "read",
  "no-op": "noOp",
  open: "read",
  unknown: "unknown"
};
function emptyCounts() {
  return {
    create: 0,
    update: 0,
    delete: 0,
    replace: 0,
    forget: 0,
    read: 0,
    noOp: 0,
    unknown: 0,
    deferred: 0
  };
}
function plainText(parts) {
  let text = "";
  for (let part of parts) text += typeof part == "string" ? part : part.code;
  return text;
}
function code(text) {
  return { code: text };
}
var KNOWN_WORDS = /* @__PURE__ */ new Set(["no-op", "create", "read", "update", "delete", "forget", "open"]);
function is(actions, ...expected) {
  return actions.length === expected.length && actions.every((word, i) => word === expected[i]);
}
function isDelete(actions) {
  return is(actions, "delete");
}
function isDestroyBeforeCreate(actions) {
  return is(actions, "delete", "create");
}
function isCreateBeforeDestroy(actions) {
  return is(actions, "create", "delete");
}
function isForget(actions) {
  return is(actions, "forget") || is(actions, "create", "forget") || is(actions, "forget", "create");
}
function classifyActions(actions) {
  let [first, second] = actions;
  if (actions.length === 1)
    switch (first) {
      case "delete":
        return "delete";
      case "forget":
        return "forget";
      case "create":
        return "create";
      case "update":
        return "update";
      case "read":
        return "read";
      case "no-op":
        return "no-op";
      // OpenTofu 1.11 opens ephemeral resources with `["open"]`: nothing is stored or destroyed.
      case "open":
        return "open";
      default:
        return "unknown";
    }
  if (actions.length === 2) {
    if (first === "delete" && second === "create") return "replace-destroy-before-create";
    if (first === "create" && second === "delete") return "replace-create-before-destroy";
    if (first === "create" && second === "forget" || first === "forget" && second === "create") return "forget";
  }
  return "unknown";
}
function unknownWords(actions) {
  return actions.filter((word) => !KNOWN_WORDS.has(word));
}
var REASONS = {
  // Terraform 1.0+
  replace_because_tainted: [
    "the object is tainted (a previous apply failed or it was marked with ",
    code("terraform taint"),
    ")"
  ],
  replace_because_cannot_update: ["a changed attribute cannot be updated in place"],
  replace_by_request: ["replacement was requested with ", code("-replace")],
  // Terraform 1.1+
  delete_because_no_resource_config: ["its resource block is no longer in the configuration"],
  delete_because_wrong_repetition: [
    "the resource switched between count, for_each and a single instance"
  ],
  delete_because_count_index: ["its count index is beyond the new count"],
  delete_because_each_key: ["its for_each key is no longer in the for_each collection"],
  delete_because_no_module: ["its module call is no longer in the configuration"],
  // Terraform 1.2+, 1.3+
  replace_by_triggers: ["a ", code("replace_triggered_by"), " reference changed"],
  delete_because_no_move_target: [
    "a ",
    code("moved"),
    " block points to an address that does not exist"
  ],
  // OpenTofu only
  delete_because_enabled_false: ["its ", code("enabled"), " meta-argument is false"],
  forgot_because_lifecycle_destroy_in_state: [
    "it is removed with ",
    code("lifecycle { destroy = false }"),
    " (recorded in state)"
  ],
  forgot_because_lifecycle_destroy_in_config: [
    "it is removed with ",
    code("lifecycle { destroy = false }")
  ]
}, ORPHAN_REASONS = /* @__PURE__ */ new Set([
  "delete_because_no_resource_config",
  "delete_because_no_module"
]);
function describeActionReason(reason) {
  if (reason !== void 0)
    return REASONS[reason] ?? ["Terraform gives the reason ", code(reason)];
}
function formatAttributePath(path3) {
  let text = "";
  for (let step2 of path3)
    typeof step2 == "number" ? text += `[${step2}]` : /^[A-Za-z_][A-Za-z0-9_-]*$/u.test(step2) ? text += text === "" ? step2 : `.${step2}` : text += `[${JSON.stringify(step2)}]`;
  return text;
}
function forcingAttributes(replacePaths) {
  return [...new Set(replacePaths.map(formatAttributePath).filter((path3) => path3 !== ""))].sort();
}
function because(actionReason) {
  let words2 = describeActionReason(actionReason);
  return words2 === void 0 ? [] : [" because ", ...words2];
}
function destroyReason(change) {
  let deferred = change.deferredReason === void 0 ? [] : [" (deferred: ", code(change.deferredReason), ")"];
  if (change.deposed !== void 0)
    return [
      "deposed object ",
      code(change.deposed),
      ", left by an earlier create-before-destroy replacement, is destroyed",
      ...deferred
    ];
  let verb = isDelete(change.actions) ? "destroyed" : "replaced", forcing = forcingAttributes(change.replacePaths), forced = [];
  forcing.forEach((path3, index) => forced.push(index === 0 ? " (forced by " : ", ", code(path3))), forced.length > 0 && forced.push(")");
  let why = describeActionReason(change.actionReason);
  return [...why === void 0 ? [verb] : [`${verb}: `, ...why], ...forced, ...deferred];
}
function incompleteReason(meta) {
  if (meta.errored)
    return [
      "the plan errored (",
      code("errored: true"),
      "): its resource changes are partial, so a destroy may be missing from this report; fix the errors and plan again"
    ];
  if (!meta.complete)
    return [
      "the plan is incomplete (",
      code("complete: false"),
      "): deferred changes will only be planned after this one is applied, so more destroys may follow"
    ];
}
var SHARED_LIMIT = 1e4, WordBook = class {
  #shared = /* @__PURE__ */ new Map();
  /**
   * The same words by the identity of the change's lists and reason: the plan reader hands
   * over one array for every change whose `actions` (or `replace_paths`) bytes are the same
   * (src/plan/stream/fields.ts), so most changes are found here without making their key.
   */
  #byLists = /* @__PURE__ */ new WeakMap();
  wordsOf(change) {
    if (change.deposed !== void 0 || change.deferredReason !== void 0)
      return this.#wordsByKey(change);
    let byPaths = this.#byLists.get(change.actions);
    byPaths === void 0 && (byPaths = /* @__PURE__ */ new WeakMap(), this.#byLists.set(change.actions, byPaths));
    let byReason = byPaths.get(change.replacePaths);
    byReason === void 0 && (byReason = /* @__PURE__ */ new Map(), byPaths.set(change.replacePaths, byReason));
    let words2 = byReason.get(change.actionReason);
    return words2 === void 0 && (words2 = this.#wordsByKey(change), byReason.set(change.actionReason, words2)), words2;
  }
  #wordsByKey(change) {
    let key = `${change.deposed ?? ""}\0${change.actions.join(",")}\0${change.actionReason ?? ""}\0${change.deferredReason ?? ""}\0${JSON.stringify(change.replacePaths)}`, known = this.#shared.get(key);
    if (known !== void 0) return known;
    let words2 = {
      actions: change.actions,
      forcing: forcingAttributes(change.replacePaths),
      reason: destroyReason(change)
    };
    return change.deposed === void 0 && this.#shared.size < SHARED_LIMIT && this.#shared.set(key, words2), words2;
  }
}, PLAIN = /* @__PURE__ */ new WeakMap();
function plainOnce(parts) {
  let text = PLAIN.get(parts);
  return text === void 0 && (text = plainText(parts), PLAIN.set(parts, text)), text;
}
function fingerprintOf(findings) {
  return fingerprintOfSet(riskySet(findings));
}
function fingerprintOfSet(digests) {
  let unique = [...new Set(digests)].sort();
  return sha256Hex(unique.join(`
`)).slice(0, 32);
}
function digestOf(values) {
  return sha256Hex([...values].sort().join(`
`)).slice(0, 16);
}
var MASS_DESTROY_MIN_DELETES = 5, MASS_DESTROY_MIN_SHARE = 0.5;
function emptyTally() {
  return { managed: 0, deletes: 0, orphans: 0, reasonless: 0, deletedAddresses: [] };
}
function percent(part, whole) {
  return `${Math.round(100 * part / whole)}%`;
}
function detectMassDestroy(tally) {
  let { managed, deletes, orphans, reasonless } = tally;
  if (deletes === 0) return;
  let identity = digestOf(tally.deletedAddresses);
  if (deletes === managed && reasonless === deletes)
    return {
      identity,
      reason: [
        `every resource in this plan is destroyed (${deletes} of ${managed}) and none has a reason: a destroy-mode plan (`,
        code("terraform plan -destroy"),
        "); check it targets the workspace you mean"
      ]
    };
  if (deletes >= MASS_DESTROY_MIN_DELETES && deletes / managed >= MASS_DESTROY_MIN_SHARE) {
    let why = orphans > 0 ? `, ${orphans} of them because their configuration is missing: the signature of a wrong state file, workspace or backend` : ": check the plan ran against the right state, workspace and backend";
    return {
      identity,
      reason: [
        `the plan destroys ${deletes} of the ${managed} resources it manages (${percent(deletes, managed)})${why}`
      ]
    };
  }
}
var NO_GUARD = ["lost: no guard known: deleted with its data"];
function severityOf(entry, outcome2) {
  let base = entry.backup === "data" ? "critical" : entry.backup === "policy" ? "high" : entry.severity;
  return outcome2 === "refused" || outcome2 === "not-deleted" ? isAtLeast(base, "medium") ? "medium" : base : entry.backup !== void 0 || !isAtLeast(base, "high") ? base : outcome2 === "lost" ? "critical" : "high";
}
function fallback(entry) {
  return entry.backup === "data" ? ["lost: this backup copy is deleted"] : entry.backup === "policy" ? ["no further backups are made by it"] : NO_GUARD;
}
function destroyOutcome(entry, actions, judged) {
  let outcome2 = judged.outcome ?? (entry.backup === "policy" ? void 0 : "lost"), text = judged.outcome === void 0 ? fallback(entry) : judged.parts, parts = isDelete(actions) ? [...text] : [
    `the replacement starts empty (${isCreateBeforeDestroy(actions) ? "created before the old one is destroyed" : "created after the old one is destroyed"}); the old one: `,
    ...text
  ];
  return { outcome: outcome2, severity: severityOf(entry, outcome2 ?? "lost"), parts };
}
var SEGMENTS = /* @__PURE__ */ new Map();
function segmentsOf(path3) {
  let segments = SEGMENTS.get(path3);
  return segments === void 0 && (segments = path3.split("."), SEGMENTS.set(path3, segments)), segments;
}
function step(container, segment) {
  if (Array.isArray(container)) {
    let index = Number(segment);
    return Number.isInteger(index) ? container[index] : void 0;
  }
  if (container !== null && typeof container == "object" && Object.hasOwn(container, segment))
    return container[segment];
}
function at(root, path3) {
  let segments = segmentsOf(path3), [first, ...rest] = segments;
  if (first === void 0) return;
  let current = step(root, first);
  if (current !== void 0) {
    for (let segment of rest)
      if (current === null || (current = step(current, segment), current === void 0)) return null;
    return current;
  }
}
function isMarkedSensitive(marks, path3) {
  let current = marks;
  for (let segment of segmentsOf(path3)) {
    if (current === true) return true;
    if (current = step(current, segment), current === void 0 || current === false || current === null) return false;
  }
  return current === true || current !== null && typeof current == "object";
}
function isScalar(value) {
  return value === null || ["boolean", "number", "string"].includes(typeof value);
}
function isMarkedUnknown(afterUnknown, path3) {
  let current = afterUnknown;
  for (let segment of segmentsOf(path3)) {
    if (current === true) return true;
    if (current = step(current, segment), current === void 0 || current === false || current === null) return false;
  }
  return current === true;
}
function readProtection(values, sensitiveMarks, protection, unknownMarks) {
  let sensitive = isMarkedSensitive(sensitiveMarks, protection.path);
  if (unknownMarks !== void 0 && isMarkedUnknown(unknownMarks, protection.path))
    return { value: void 0, origin: "unknown", sensitive };
  let raw = at(values, protection.path);
  if (raw === void 0) return { value: void 0, origin: "absent", sensitive };
  let value = raw !== null && isScalar(raw) ? raw : protection.default;
  if (value === void 0) return { value: void 0, origin: "unset", sensitive };
  let origin = value === raw ? "plan" : "default", onValues = protection.onValues;
  return onValues !== void 0 && typeof value == "string" ? { value, origin, sensitive, on: onValues.includes(value) } : { value, origin, sensitive };
}
function formatScalar(value) {
  return value === void 0 ? "unset" : String(value);
}
function isTrue(read) {
  return read.on ?? (read.value === true || read.value === "true");
}
function isFalse(read) {
  return read.on === void 0 ? read.value === false || read.value === "false" : !read.on;
}
function asNumber(read) {
  if (typeof read.value == "number") return read.value;
  if (typeof read.value == "string" && /^\d+$/u.test(read.value)) return Number(read.value);
}
function find(context, effect) {
  return context.readings.find((reading) => reading.protection.effect === effect);
}
function numberAt(context, path3) {
  if (path3 === void 0) return;
  let reading = context.readings.find((r) => r.protection.path === path3);
  return reading === void 0 || reading.read.sensitive ? void 0 : asNumber(reading.read);
}
function attributeParts(attribute, read) {
  if (read.sensitive) return [code(attribute), " (value marked sensitive)"];
  let shown3 = code(`${attribute} = ${formatScalar(read.value)}`);
  return read.origin === "default" ? [shown3, " (the default)"] : [shown3];
}
var say = (outcome2, parts, windowDays) => windowDays === void 0 ? { outcome: outcome2, parts } : { outcome: outcome2, parts, windowDays };
function finalSnapshotTaken(context, switchParts) {
  let name = find(context, "final-snapshot-name");
  if (name === void 0)
    return say("survives", ["a final backup is taken (", ...switchParts, ")"]);
  let value = name.read.value;
  return typeof value != "string" || value === "" ? say("refused", [
    "a final snapshot is required (",
    ...switchParts,
    ") but ",
    code(name.protection.path),
    " is not set: the provider refuses the delete and the apply will fail at this resource"
  ]) : say(
    "survives",
    name.read.sensitive ? ["a final snapshot is taken (its name is marked sensitive)"] : ["final snapshot ", code(value), " is taken"]
  );
}
function days(count) {
  return count === 1 ? "1 day" : `${count} days`;
}
function windowParts(windowDays) {
  return windowDays === void 0 ? "until its retention ends" : `for ${days(windowDays)}`;
}
var JUDGES = {
  "blocks-destroy": (read, protection, context) => {
    if (!isTrue(read)) return;
    let override = find(context, "disables-protection");
    if (!(override !== void 0 && isTrue(override.read)))
      return say("refused", [
        ...attributeParts(protection.path, read),
        ": the apply will fail at this resource"
      ]);
  },
  "disables-protection": () => {
  },
  // read by `blocks-destroy`
  "skips-final-snapshot": (read, protection, context) => {
    let shown3 = attributeParts(protection.path, read);
    return isTrue(read) ? say("lost", ["no final snapshot (", ...shown3, ")"]) : isFalse(read) ? finalSnapshotTaken(context, shown3) : void 0;
  },
  "final-snapshot-name": (read, protection, context) => {
    if (find(context, "skips-final-snapshot") === void 0 && read.origin !== "absent")
      return typeof read.value == "string" && read.value !== "" ? say(
        "survives",
        read.sensitive ? ["a final snapshot is taken (its name is marked sensitive)"] : ["final snapshot ", code(read.value), " is taken"]
      ) : say("lost", ["no final snapshot (", code(protection.path), " is not set)"]);
  },
  "takes-final-snapshot": (read, protection, context) => {
    let shown3 = attributeParts(protection.path, read);
    if (isFalse(read)) return say("lost", ["no final snapshot (", ...shown3, ")"]);
    if (!isTrue(read)) return;
    if (protection.window === void 0)
      return say("survives", ["a final snapshot is taken (", ...shown3, ")"]);
    let kept = numberAt(context, protection.window);
    return say(
      "survives-window",
      ["a final backup is taken (", ...shown3, ") and kept ", windowParts(kept)],
      kept
    );
  },
  "purges-contents": (read, protection) => {
    let shown3 = attributeParts(protection.path, read);
    return isTrue(read) ? say("lost", ["it and everything in it are deleted (", ...shown3, ")"]) : isFalse(read) ? say("refused", [
      "the delete is refused while it holds anything (",
      ...shown3,
      "): the apply will fail at this resource"
    ]) : void 0;
  },
  "deletes-backups": (read, protection) => {
    let shown3 = attributeParts(protection.path, read);
    return isTrue(read) ? say("lost", ["it, its data and its backups are deleted (", ...shown3, ")"]) : isFalse(read) ? say("lost", [
      "its data is deleted with it; only while backups of it exist is the delete refused (",
      ...shown3,
      ")"
    ]) : void 0;
  },
  // Read by `deletes-automated-backups` too; at destroy only where a fixed window is known.
  "backup-retention-days": (read, protection) => protection.windowDays !== void 0 && (asNumber(read) ?? 0) > 0 ? say(
    "survives-window",
    [
      "backups are on (",
      ...attributeParts(protection.path, read),
      `): the service keeps a deleted one's backups for ${days(protection.windowDays)}`
    ],
    protection.windowDays
  ) : void 0,
  "skips-soft-delete": (read, protection) => {
    let shown3 = attributeParts(protection.path, read);
    return isTrue(read) ? say("lost", ["deleted at once, without a grace period (", ...shown3, ")"]) : isFalse(read) ? say(
      "survives-window",
      ["soft-deleted (", ...shown3, "): restorable ", windowParts(protection.windowDays)],
      protection.windowDays
    ) : void 0;
  },
  "retains-data": (read, protection) => isTrue(read) ? say("survives", [
    "its data is kept when the object is deleted (",
    ...attributeParts(protection.path, read),
    ")"
  ]) : say("lost", [
    "its data is deleted with it (",
    ...attributeParts(protection.path, read),
    ")"
  ]),
  "deletes-automated-backups": (read, protection, context) => {
    let retention = find(context, "backup-retention-days"), kept = retention === void 0 ? void 0 : numberAt(context, retention.protection.path);
    if (kept === 0) return;
    let shown3 = attributeParts(protection.path, read);
    if (isTrue(read))
      return say("lost", ["automated backups are deleted with it (", ...shown3, ")"]);
    if (isFalse(read))
      return say(
        "survives-window",
        ["automated backups are kept ", windowParts(kept), " (", ...shown3, ")"],
        kept
      );
  },
  "retains-backups": (read, protection) => {
    let shown3 = attributeParts(protection.path, read);
    return isTrue(read) ? say("survives", ["its backups are kept after the delete (", ...shown3, ")"]) : isFalse(read) ? say("lost", ["its backups are deleted with it (", ...shown3, ")"]) : void 0;
  },
  "deletion-window-days": (read, protection) => {
    let shown3 = attributeParts(protection.path, read);
    if (read.sensitive)
      return say("survives-window", ["restorable until its deletion window ends (", ...shown3, ")"]);
    let count = asNumber(read);
    if (count !== void 0)
      return count === 0 ? say("lost", ["deleted at once (", ...shown3, ")"]) : say(
        "survives-window",
        [`restorable for ${days(count)} after the delete (`, ...shown3, ")"],
        count
      );
  },
  "window-days": () => {
  },
  // read through another protection's `window`
  "soft-delete-seconds": (read, protection) => {
    let seconds = read.sensitive ? void 0 : asNumber(read);
    if (seconds === void 0) return;
    let shown3 = attributeParts(protection.path, read);
    if (seconds === 0) return say("lost", ["soft delete is off (", ...shown3, ")"]);
    let count = Math.floor(seconds / 86400);
    return say(
      "survives-window",
      [`soft-deleted: restorable for ${days(count)} (`, ...shown3, ")"],
      count
    );
  },
  "point-in-time-recovery": (read, protection) => isTrue(read) && protection.windowDays !== void 0 ? say(
    "survives-window",
    [
      "point-in-time recovery is on (",
      ...attributeParts(protection.path, read),
      `): the service keeps a backup for ${days(protection.windowDays)} after the delete`
    ],
    protection.windowDays
  ) : void 0,
  "purge-protection": (read, protection, context) => {
    let shown3 = attributeParts(protection.path, read), assumed = protection.assumes === void 0 ? [] : ["; assumes ", code(protection.assumes), ", the default"];
    if (isFalse(read))
      return say("lost", ["purged right after the delete (", ...shown3, ...assumed, ")"]);
    if (!isTrue(read)) return;
    let kept = numberAt(context, protection.window);
    return say(
      "survives-window",
      ["soft-deleted and cannot be purged (", ...shown3, "): restorable ", windowParts(kept)],
      kept
    );
  },
  "versioning-status": () => {
  },
  // matters on update (versioning suspended), not on destroy
  "versioning-enabled": () => {
  },
  "keeps-on-destroy": (read, protection) => isTrue(read) ? say("not-deleted", [
    "the provider only removes it from state (",
    ...attributeParts(protection.path, read),
    ")"
  ]) : void 0
};
var RANK2 = {
  "not-deleted": 0,
  refused: 1,
  survives: 2,
  "survives-window": 3,
  lost: 4
}, LEAD = {
  "not-deleted": "not deleted: ",
  refused: "the delete is refused: ",
  survives: "survives: ",
  "survives-window": "survives for a while, then lost: ",
  lost: "lost: "
};
function lead(outcome2, windowDays) {
  return outcome2 === "survives-window" && windowDays !== void 0 ? `survives for ${days(windowDays)}, then lost: ` : LEAD[outcome2];
}
function judgeRecoverability(protections, before, beforeSensitive) {
  let readings = protections.map((protection) => ({
    protection,
    read: readProtection(before, beforeSensitive, protection)
  })), context = { readings }, said = [];
  for (let reading of readings) {
    if (reading.read.origin === "absent") continue;
    let statement = JUDGES[reading.protection.effect](reading.read, reading.protection, context);
    statement !== void 0 && said.push({ statement, reading });
  }
  if (said.length === 0) return { outcome: void 0, parts: [], protections: [] };
  let best = Math.min(...said.map(({ statement }) => RANK2[statement.outcome])), deciding = said.filter(({ statement }) => RANK2[statement.outcome] === best), outcome2 = deciding[0]?.statement.outcome ?? "lost", windows = deciding.flatMap(
    ({ statement }) => statement.windowDays === void 0 ? [] : [statement.windowDays]
  ), windowDays = windows.length === 0 ? void 0 : Math.max(...windows), parts = [lead(outcome2, windowDays)];
  deciding.forEach(({ statement }, index) => {
    index > 0 && parts.push("; "), parts.push(...statement.parts);
  });
  let used = deciding.map(({ reading }) => valueOf(reading));
  return windowDays === void 0 ? { outcome: outcome2, parts, protections: used } : { outcome: outcome2, parts, protections: used, windowDays };
}
function valueOf({ protection, read }) {
  return read.sensitive ? { attribute: protection.path } : { attribute: protection.path, before: read.value ?? null };
}
function judgeUnreviewedDestroy(type) {
  let judged = judgeUnreviewedName(type);
  return judged.word !== void 0 ? {
    holdsData: true,
    reason: [
      code(type),
      ` is not in destroy-guard's catalog and its name says it holds data ("${judged.word}"); if it holds none, classify it with `,
      code(`stateful-types: ${type}=none`)
    ],
    recoverability: [
      "unknown: destroy-guard has not reviewed this type, so assume the data is lost unless backed up elsewhere"
    ]
  } : {
    holdsData: false,
    reason: [
      code(type),
      " is not in destroy-guard's catalog; if it holds data, classify it with ",
      code(`stateful-types: ${type}=high`),
      " (or critical)"
    ],
    recoverability: []
  };
}
var UnreviewedWords = class {
  #said = /* @__PURE__ */ new WeakMap();
  /** The judgement of `type`, its reason `changeReason` followed by what the tool did not know. */
  of(changeReason, type) {
    let byType = this.#said.get(changeReason);
    byType === void 0 && (byType = /* @__PURE__ */ new Map(), this.#said.set(changeReason, byType));
    let said = byType.get(type);
    if (said === void 0) {
      let judged = judgeUnreviewedDestroy(type);
      said = { ...judged, reason: [...changeReason, "; ", ...judged.reason] }, byType.set(type, said);
    }
    return said;
  }
};
var ALWAYS_REQUIRE_APPROVAL = /* @__PURE__ */ new Set([
  "incomplete-plan",
  "unknown-action"
]);
function requiresApproval(kind, severity, failOn) {
  return ALWAYS_REQUIRE_APPROVAL.has(kind) || isAtLeast(severity, failOn);
}
function valuesNeeded(options) {
  let { catalog, failOn } = options, destroyApproved = /* @__PURE__ */ new Map(), approvesDestroy = (type) => {
    let approves = destroyApproved.get(type);
    return approves === void 0 && (approves = catalog.decide(type).status === "unreviewed" && judgeUnreviewedDestroy(type).holdsData ? requiresApproval("destroy", "high", failOn) : requiresApproval("other-destroy", "low", failOn), destroyApproved.set(type, approves)), approves;
  }, keysByType = /* @__PURE__ */ new Map(), updateKeys = (type) => {
    let keys = keysByType.get(type);
    if (keys === void 0) {
      let paths = catalog.updateProtectionsFor(type).map((protection) => protection.path);
      keys = [...new Set(paths.map((path3) => path3.split(".")[0]))], keysByType.set(type, keys);
    }
    return keys;
  };
  return (type, actions) => {
    switch (classifyActions(actions)) {
      case "create":
      case "read":
      case "no-op":
      case "open":
        return false;
      case "forget":
        return requiresApproval("forget", "info", failOn);
      case "delete":
      case "replace-destroy-before-create":
      case "replace-create-before-destroy":
        return catalog.lookup(type) !== void 0 || approvesDestroy(type);
      case "update":
        return updateKeys(type);
      default:
        return true;
    }
  };
}
var isSet = (read) => typeof read.value == "string" && read.value !== "", positive = (read) => (asNumber(read) ?? 0) > 0, switchedOff = (what) => ({
  protects: isTrue,
  weakens: (before, after) => isTrue(before) && isFalse(after) ? what : void 0
}), switchedOn = (what) => ({
  protects: isFalse,
  weakens: (before, after) => !isTrue(before) && isTrue(after) ? what : void 0
}), shortened = (toZero, shorter) => ({
  protects: positive,
  weakens: (before, after) => {
    let was = asNumber(before), now = asNumber(after);
    if (!(was === void 0 || now === void 0 || now >= was))
      return now === 0 ? toZero : shorter;
  }
}), NO_SNAPSHOT = "final snapshot switched off: a later destroy leaves no snapshot", RULES = {
  "blocks-destroy": switchedOff("deletion protection switched off: a later destroy will succeed"),
  "disables-protection": switchedOn("a later destroy switches deletion protection off first"),
  "skips-final-snapshot": switchedOn(NO_SNAPSHOT),
  "final-snapshot-name": {
    protects: isSet,
    weakens: (before, after) => isSet(before) && !isSet(after) ? "final snapshot name removed: a later destroy leaves no snapshot" : void 0
  },
  "takes-final-snapshot": switchedOff(NO_SNAPSHOT),
  "purges-contents": switchedOn("a later destroy will delete everything inside it"),
  "deletes-backups": switchedOn("a later destroy will delete its backups too"),
  "deletes-automated-backups": switchedOn("automated backups will be deleted with it"),
  "skips-soft-delete": switchedOn("a later destroy deletes it at once, without a grace period"),
  "retains-data": switchedOff("a later destroy deletes its data with it"),
  "retains-backups": switchedOff("backups will no longer be kept after a delete"),
  "backup-retention-days": shortened(
    "automated backups switched off",
    "backup retention shortened"
  ),
  "deletion-window-days": shortened(
    "deletion becomes immediate: no recovery window",
    "recovery window shortened"
  ),
  "window-days": shortened("soft delete switched off", "soft-delete retention shortened"),
  "soft-delete-seconds": shortened("soft delete switched off", "soft-delete retention shortened"),
  "point-in-time-recovery": switchedOff("point-in-time recovery switched off"),
  "purge-protection": switchedOff(
    "purge protection switched off: a deleted object can be purged at once"
  ),
  "versioning-status": {
    protects: (read) => read.value === "Enabled",
    weakens: (before, after) => before.value === "Enabled" && (after.value === "Suspended" || after.value === "Disabled") ? "object versioning suspended: overwritten and deleted objects are no longer kept" : void 0
  },
  "versioning-enabled": switchedOff(
    "object versioning switched off: overwritten and deleted objects are no longer kept"
  ),
  "keeps-on-destroy": switchedOff(
    "a later destroy will really delete it instead of leaving it in place"
  )
};
function shown(read) {
  let value = formatScalar(read.value);
  return read.origin === "default" ? `${value} (the default)` : value;
}
function changeParts(attribute, before, after) {
  return before.sensitive || after.sensitive ? [code(attribute), " (value marked sensitive)"] : after.origin === "unknown" ? [code(attribute), ": ", code(shown(before)), " \u2192 known after apply"] : [code(attribute), ": ", code(shown(before)), " \u2192 ", code(shown(after))];
}
function weakeningOf(protection, change) {
  let rule = RULES[protection.effect], before = readProtection(change.before, change.beforeSensitive, protection);
  if (before.origin === "absent") return;
  let after = readProtection(
    change.after,
    change.afterSensitive,
    protection,
    change.afterUnknown
  ), what = after.origin === "unknown" ? rule.protects(before) ? "may be switched off: its new value is known only after apply" : void 0 : rule.weakens(before, after);
  if (what === void 0) return;
  let attribute = protection.path, value = before.sensitive || after.sensitive ? { attribute } : after.origin === "unknown" ? { attribute, before: before.value ?? null } : { attribute, before: before.value ?? null, after: after.value ?? null };
  return { attribute, parts: [what, " (", ...changeParts(attribute, before, after), ")"], value };
}
function findWeakenings(protections, change) {
  let found = [], seen = /* @__PURE__ */ new Set();
  for (let protection of protections) {
    if (seen.has(protection.path)) continue;
    let weakening = weakeningOf(protection, change);
    weakening !== void 0 && (seen.add(protection.path), found.push(weakening));
  }
  return found;
}
var NOT_STORED_MODES = /* @__PURE__ */ new Set(["data", "ephemeral"]), NONE = [], PlanAssessor = class {
  #source;
  #options;
  #findings = [];
  #counts = emptyCounts();
  #tally = emptyTally();
  #unreviewed = /* @__PURE__ */ new Set();
  #words = new WordBook();
  #unreviewedWords = new UnreviewedWords();
  constructor(source, options) {
    this.#source = source, this.#options = options, this.needsValues = valuesNeeded(options);
  }
  /** Bound, so it can be handed to the plan reader as its change sink. */
  add = (change) => {
    let actionClass = classifyActions(change.actions);
    if (this.#counts[COUNT_OF[actionClass]] += 1, change.deferredReason !== void 0 && (this.#counts.deferred += 1), this.#options.isIgnored(change.address)) {
      this.#movedIntoIgnored(change);
      return;
    }
    if (actionClass === "unknown") {
      this.#push(change, "unknown-action", "high", {
        reason: [
          "unknown action ",
          code(JSON.stringify(change.actions)),
          ` (${unknownWords(change.actions).join(", ") || "unexpected order"}): this version of destroy-guard cannot judge it; upgrade destroy-guard or review the change by hand`
        ]
      });
      return;
    }
    if (!NOT_STORED_MODES.has(change.mode))
      switch (change.deposed === void 0 && (this.#tally.managed += 1), actionClass) {
        case "delete":
        case "replace-destroy-before-create":
        case "replace-create-before-destroy":
          this.#destroyed(change);
          return;
        case "update":
          this.#updated(change);
          return;
        case "forget":
          this.#push(change, "forget", "info", {
            reason: [
              "removed from state without being destroyed",
              ...because(change.actionReason),
              ": the object keeps existing, unmanaged"
            ]
          });
          return;
        default:
          return;
      }
  };
  /** For the plan reader: whether assessing a change reads its attribute values. */
  needsValues;
  finish(meta) {
    let planLevel = [], incomplete = incompleteReason(meta);
    incomplete !== void 0 && planLevel.push(this.#planFinding("incomplete-plan", "high", incomplete, []));
    let mass = detectMassDestroy(this.#tally);
    return mass !== void 0 && planLevel.push({
      ...this.#planFinding("mass-destroy", "critical", mass.reason, ["delete"]),
      identity: mass.identity
    }), {
      summary: {
        path: this.#source.path,
        moduleDir: this.#source.moduleDir,
        formatVersion: meta.formatVersion,
        terraformVersion: meta.terraformVersion,
        errored: meta.errored,
        complete: meta.complete,
        counts: { ...this.#counts }
      },
      findings: [...planLevel, ...this.#findings],
      unreviewedTypes: [...this.#unreviewed].sort()
    };
  }
  #destroyed(change) {
    let deleting = isDelete(change.actions);
    deleting && change.deposed === void 0 && (this.#tally.deletes += 1, this.#tally.deletedAddresses.push(change.address), change.actionReason === void 0 ? this.#tally.reasonless += 1 : ORPHAN_REASONS.has(change.actionReason) && (this.#tally.orphans += 1));
    let entry = this.#options.catalog.lookup(change.type), words2 = this.#words.wordsOf(change);
    if (entry === void 0) {
      this.#notStateful(change, words2, deleting);
      return;
    }
    let reason = words2.reason, judged = judgeRecoverability(
      this.#options.catalog.protectionsFor(change.type),
      change.before,
      change.beforeSensitive
    ), kind = entry.backup !== void 0 ? "backup-destroyed" : deleting ? "destroy" : "replace", decided = destroyOutcome(entry, change.actions, judged);
    this.#push(
      change,
      kind,
      decided.severity,
      {
        reason,
        category: entry.category,
        recoverability: decided.parts,
        protections: judged.protections,
        ...decided.outcome === void 0 ? {} : { outcome: decided.outcome }
      },
      words2
    );
  }
  /**
   * A stateful resource moved (`previous_address`) to an address `ignore` matches: from now
   * on its destroy would go unreported, so the move itself requires approval.
   */
  #movedIntoIgnored(change) {
    let from = change.previousAddress;
    if (from === void 0 || from === change.address || this.#options.isIgnored(from) || NOT_STORED_MODES.has(change.mode)) return;
    let entry = this.#options.catalog.lookup(change.type);
    entry !== void 0 && this.#push(change, "protection-weakened", "high", {
      reason: [
        "moved from ",
        code(from),
        " to an address that ",
        code("ignore"),
        " matches: a later destroy of it would go unreported"
      ],
      category: entry.category,
      alwaysApprove: true
    });
  }
  /**
   * A decided `none` is an other-destroy; an unreviewed type is judged by its name. Most
   * changes of a large plan come here: what they say is made once per words and type.
   */
  #notStateful(change, words2, deleting) {
    if (this.#options.catalog.decide(change.type).status !== "unreviewed") {
      this.#push(change, "other-destroy", "low", { reason: words2.reason }, words2);
      return;
    }
    this.#unreviewed.add(change.type);
    let said = this.#unreviewedWords.of(words2.reason, change.type), kind = said.holdsData ? deleting ? "destroy" : "replace" : "other-destroy", detail = { reason: said.reason, recoverability: said.recoverability };
    this.#push(change, kind, said.holdsData ? "high" : "low", detail, words2);
  }
  #updated(change) {
    let weakenings = findWeakenings(
      this.#options.catalog.updateProtectionsFor(change.type),
      change
    );
    weakenings.length !== 0 && this.#push(change, "protection-weakened", "high", {
      reason: weakenings.flatMap(
        (weakening, index) => index === 0 ? weakening.parts : ["; ", ...weakening.parts]
      ),
      category: this.#options.catalog.lookup(change.type)?.category ?? "",
      protections: weakenings.map((weakening) => weakening.value)
    });
  }
  #push(change, kind, severity, detail, words2 = this.#words.wordsOf(change)) {
    let recoverability = detail.recoverability ?? NONE, requiresApproval2 = detail.alwaysApprove === true || this.#requiresApproval(kind, severity), finding = {
      kind,
      severity,
      requiresApproval: requiresApproval2,
      plan: this.#source.path,
      moduleDir: this.#source.moduleDir,
      address: change.address,
      type: change.type,
      actions: words2.actions,
      category: detail.category ?? "",
      reason: plainOnce(detail.reason),
      reasonParts: detail.reason,
      recoverability: plainOnce(recoverability),
      recoverabilityParts: recoverability,
      forcingAttributes: words2.forcing,
      protections: detail.protections ?? NONE
    };
    change.deposed !== void 0 && (finding.deposed = change.deposed), detail.outcome !== void 0 && (finding.outcome = detail.outcome);
    let object2 = requiresApproval2 ? objectDigest(change.before) : "";
    object2 !== "" && (finding.object = object2), this.#findings.push(finding);
  }
  #planFinding(kind, severity, reason, actions) {
    return {
      kind,
      severity,
      requiresApproval: this.#requiresApproval(kind, severity),
      plan: this.#source.path,
      moduleDir: this.#source.moduleDir,
      address: "",
      type: "",
      actions,
      category: "",
      reason: plainText(reason),
      reasonParts: reason,
      recoverability: "",
      recoverabilityParts: [],
      forcingAttributes: [],
      protections: []
    };
  }
  #requiresApproval(kind, severity) {
    return requiresApproval(kind, severity, this.#options.failOn);
  }
};
function compareFindings(a, b) {
  return a.moduleDir !== b.moduleDir ? byCodeUnit(a.moduleDir, b.moduleDir) : a.plan !== b.plan ? byCodeUnit(a.plan, b.plan) : a.address < b.address ? -1 : a.address !== b.address ? 1 : byCodeUnit(a.deposed ?? "", b.deposed ?? "") || byCodeUnit(a.kind, b.kind);
}
function sortFindings(lists) {
  let buckets = [];
  for (let list of lists)
    for (let finding of list) {
      let bucket = 2 * -severityRank(finding.severity) + (finding.requiresApproval ? 0 : 1);
      (buckets[bucket + 2 * SEVERITIES.length] ??= []).push(finding);
    }
  let findings = [], requiringApproval = [], severities = [];
  for (let bucket of buckets) {
    if (bucket === void 0) continue;
    let first = bucket[0];
    severities.at(-1) !== first.severity && severities.push(first.severity);
    let sorted = sortBucket(bucket);
    for (let finding of sorted) findings.push(finding);
    if (first.requiresApproval) for (let finding of sorted) requiringApproval.push(finding);
  }
  return { findings, requiringApproval, severities };
}
function sortBucket(bucket) {
  if (inOrder(bucket)) return bucket;
  let sorted = [];
  for (let group of byPlan(bucket))
    for (let finding of inOrder(group) ? group : byAddress(group)) sorted.push(finding);
  return sorted;
}
function inOrder(findings) {
  for (let index = 1; index < findings.length; index += 1)
    if (compareFindings(findings[index - 1], findings[index]) > 0)
      return false;
  return true;
}
function byPlan(findings) {
  let groups = /* @__PURE__ */ new Map(), last, group = [];
  for (let finding of findings) {
    if (last === void 0 || last.moduleDir !== finding.moduleDir || last.plan !== finding.plan) {
      let plans = groups.get(finding.moduleDir);
      plans === void 0 && groups.set(finding.moduleDir, plans = /* @__PURE__ */ new Map());
      let known = plans.get(finding.plan);
      known === void 0 ? plans.set(finding.plan, group = []) : group = known;
    }
    last = finding, group.push(finding);
  }
  return [...groups.keys()].sort(byCodeUnit).flatMap((moduleDir) => {
    let plans = groups.get(moduleDir) ?? /* @__PURE__ */ new Map();
    return [...plans.keys()].sort(byCodeUnit).map((plan) => plans.get(plan) ?? []);
  });
}
function byAddress(findings) {
  let count = findings.length, addresses = new Array(count), order = new Array(count);
  for (let index = 0; index < count; index += 1)
    addresses[index] = findings[index].address, order[index] = index;
  return order.sort((i, j) => {
    let a = addresses[i], b = addresses[j];
    return a < b ? -1 : a !== b ? 1 : compareFindings(findings[i], findings[j]);
  }), order.map((index) => findings[index]);
}
function buildReport(assessments, failOn) {
  let { findings, requiringApproval, severities } = sortFindings(
    assessments.map((assessment) => assessment.findings)
  ), plans = assessments.map((assessment) => assessment.summary).sort((a, b) => byCodeUnit(a.moduleDir, b.moduleDir) || byCodeUnit(a.path, b.path));
  return {
    version: 1,
    verdict: requiringApproval.length > 0 ? "blocked" : "pass",
    risk: riskOf(severities),
    fingerprint: fingerprintOf(requiringApproval),
    failOn,
    plans,
    findings,
    unreviewedTypes: [...new Set(assessments.flatMap((a) => a.unreviewedTypes))].sort()
  };
}
async function resolvePlanInputs(lines, options) {
  let workspace = import_node_path.default.resolve(options.workspace), cwd = import_node_path.default.resolve(options.cwd), entries = /* @__PURE__ */ new Map();
  for (let rawLine of lines) {
    let line = rawLine.trim();
    if (line === "") continue;
    let { moduleDir, pattern } = await splitLine(line, cwd), explicitDir = moduleDir === void 0 ? void 0 : normaliseModuleDir(moduleDir, line, workspace);
    if (pattern === "-" && entries.has("-"))
      throw new import_cli_chunk_AUXWUNJ3.UserError(
        'plan: "-" (standard input) is given more than once; standard input holds one plan, pass the others as files'
      );
    for (let target of await expand(pattern, cwd)) {
      let seen = entries.get(target.filePath);
      if (seen === void 0)
        entries.set(target.filePath, { ...target, moduleDir: explicitDir, line });
      else if (explicitDir !== void 0) {
        if (seen.moduleDir !== void 0 && seen.moduleDir !== explicitDir)
          throw new import_cli_chunk_AUXWUNJ3.UserError(
            `plan: ${JSON.stringify(target.displayPath)} is given with two module directories (${JSON.stringify(seen.moduleDir)} by ${JSON.stringify(seen.line)}, ${JSON.stringify(explicitDir)} by ${JSON.stringify(line)}); give each plan file one MODULE_DIR`
          );
        seen.moduleDir = explicitDir;
      }
    }
  }
  if (options.refuseOutside === true)
    for (let entry of entries.values()) {
      let dir = entry.filePath === "-" ? cwd : import_node_path.default.dirname(entry.filePath);
      if (entry.moduleDir === void 0 && isOutside(import_node_path.default.relative(workspace, dir)))
        throw new import_cli_chunk_AUXWUNJ3.UserError(
          `plan: ${JSON.stringify(entry.displayPath)} is outside the repository (${workspace}), so its module directory is unknown and nobody could be asked to approve it; write the line as MODULE_DIR=PATH, e.g. infra/prod=${entry.displayPath}`
        );
    }
  return [...entries.values()].map((entry) => ({
    filePath: entry.filePath,
    source: {
      path: entry.displayPath,
      // Standard input belongs to the working directory: `terraform show -json tfplan |
      // destroy-guard assess -` runs in the module.
      moduleDir: entry.moduleDir ?? defaultModuleDir(entry.filePath === "-" ? cwd : import_node_path.default.dirname(entry.filePath), workspace)
    }
  }));
}
async function splitLine(line, cwd) {
  let equals = line.indexOf("=");
  if (equals < 0 || await isFile(import_node_path.default.resolve(cwd, line)))
    return { moduleDir: void 0, pattern: line };
  let moduleDir = line.slice(0, equals).trim(), pattern = line.slice(equals + 1).trim();
  if (moduleDir === "" || pattern === "")
    throw new import_cli_chunk_AUXWUNJ3.UserError(
      `plan: ${JSON.stringify(line)} is not MODULE_DIR=PATH_OR_GLOB (one side is empty); write e.g. infra/prod=artifacts/prod/plan.json`
    );
  return { moduleDir, pattern };
}
var MAY_BE_GLOB = /[*?[\]{}()!+@|\\]/u;
async function expand(pattern, cwd) {
  if (pattern === "-") return [{ filePath: "-", displayPath: "-" }];
  let literal = import_node_path.default.resolve(cwd, pattern), tiny = MAY_BE_GLOB.test(pattern) ? await Promise.resolve().then(() => __toESM(require("./cli-dist-4X3TXULN.cjs"))) : void 0;
  if (tiny === void 0 || !tiny.isDynamicPattern(pattern) || await isFile(literal))
    return [{ filePath: literal, displayPath: pattern }];
  let matches = await tiny.glob(toPosix(pattern), {
    cwd,
    absolute: true,
    expandDirectories: false,
    onlyFiles: true
  });
  if (matches.length === 0)
    throw new import_cli_chunk_AUXWUNJ3.UserError(
      `plan: ${JSON.stringify(pattern)} matched no file under ${cwd}; check the path (artifacts are downloaded where actions/download-artifact's path: says)`
    );
  let absolutePattern = import_node_path.default.isAbsolute(pattern);
  return matches.map((match) => {
    let filePath = import_node_path.default.resolve(match);
    return {
      filePath,
      displayPath: toPosix(absolutePattern ? filePath : import_node_path.default.relative(cwd, filePath))
    };
  }).sort((a, b) => byCodeUnit(a.displayPath, b.displayPath));
}
function normaliseModuleDir(moduleDir, line, workspace) {
  let relative = import_node_path.default.relative(workspace, import_node_path.default.resolve(workspace, moduleDir));
  if (isOutside(relative))
    throw new import_cli_chunk_AUXWUNJ3.UserError(
      `plan: ${JSON.stringify(line)} names module directory ${JSON.stringify(moduleDir)}, outside the repository (${workspace}); give a directory relative to the repository root`
    );
  return relative === "" ? "." : toPosix(relative);
}
function defaultModuleDir(directory, workspace) {
  let relative = import_node_path.default.relative(workspace, directory);
  return relative === "" || isOutside(relative) ? "." : toPosix(relative);
}
function isOutside(relative) {
  return relative === ".." || relative.startsWith(`..${import_node_path.default.sep}`) || import_node_path.default.isAbsolute(relative);
}
function toPosix(filePath) {
  return import_node_path.default.sep === "\\" ? filePath.replaceAll("\\", "/") : filePath;
}
async function isFile(filePath) {
  try {
    return (await (0, import_promises.stat)(filePath)).isFile();
  } catch {
    return false;
  }
}
var PlanShapeError = class extends import_cli_chunk_AUXWUNJ3.UserError {
  constructor(shape, raw, where2, displayPath) {
    super(
      (0, import_cli_chunk_AUXWUNJ3.planError)(
        displayPath,
        `${where2 === "" ? "the document" : where2} is not plan JSON as Terraform writes it; ${import_cli_chunk_AUXWUNJ3.REGENERATE}`
      ).message
    );
    this.shape = shape;
    this.raw = raw;
    this.where = where2;
    this.displayPath = displayPath;
  }
  shape;
  raw;
  where;
  displayPath;
};
async function worded(error) {
  if (!(error instanceof PlanShapeError)) return error;
  let { wordShape } = await Promise.resolve().then(() => __toESM(require("./cli-zod-schemas-272GIO5C.cjs")));
  return wordShape(error);
}
var SUPPORTED_FORMAT = /^[01](?:\.\d+)+$/u, SUPPORTED_FORMATS = "0.x and 1.x (Terraform 0.12 to 1.17, OpenTofu 1.6 to 1.12)";
function toPlanMeta(raw, displayPath) {
  if (!(0, import_cli_chunk_AUXWUNJ3.isRecord)(raw) || typeof raw.format_version != "string" || !(0, import_cli_chunk_AUXWUNJ3.hasPlanKeys)(raw))
    throw (0, import_cli_chunk_AUXWUNJ3.notAPlan)(raw, displayPath);
  let formatVersion = raw.format_version;
  if (!SUPPORTED_FORMAT.test(formatVersion))
    throw (0, import_cli_chunk_AUXWUNJ3.planError)(
      displayPath,
      `format_version ${(0, import_cli_chunk_AUXWUNJ3.quoteShort)(formatVersion)} is not supported; destroy-guard reads plan JSON format ${SUPPORTED_FORMATS}: produce the plan with one of those, or upgrade destroy-guard`
    );
  let top = isValidTop(raw) ? raw : refuse("top", raw, "", displayPath), meta = {
    formatVersion,
    // Test harnesses strip it; Terraform and OpenTofu always write it.
    terraformVersion: top.terraform_version ?? "",
    errored: top.errored ?? false,
    // Absent before 1.8 and in OpenTofu: those plans are complete.
    complete: top.complete ?? true
  };
  return top.applyable !== void 0 && top.applyable !== null && (meta.applyable = top.applyable), meta;
}
function changeList(top, key, displayPath) {
  let list = top[key];
  if (list == null) return [];
  if (Array.isArray(list)) return list;
  throw (0, import_cli_chunk_AUXWUNJ3.planError)(
    displayPath,
    `${key} is ${(0, import_cli_chunk_AUXWUNJ3.kindOf)(list)}, expected an array of changes; ${import_cli_chunk_AUXWUNJ3.REGENERATE}`
  );
}
function toPlanChange(raw, displayPath, index) {
  return mapChange(raw, `resource_changes[${index}]`, displayPath, void 0);
}
function toDeferredChange(raw, displayPath, index) {
  let where2 = `deferred_changes[${index}]`, entry = (0, import_cli_chunk_AUXWUNJ3.isRecord)(raw) && typeof raw.reason == "string" ? raw : refuse("deferred", raw, where2, displayPath);
  return mapChange(entry.resource_change, `${where2}.resource_change`, displayPath, entry.reason);
}
function refuse(shape, raw, where2, displayPath) {
  throw new PlanShapeError(shape, raw, where2, displayPath);
}
var isOptionalString = (value) => value == null || typeof value == "string", isNonEmptyString = (value) => typeof value == "string" && value !== "", OPTIONAL_STRINGS = [
  "module_address",
  "mode",
  "name",
  "provider_name",
  "deposed",
  "action_reason",
  "previous_address"
], isPathStep = (step2) => typeof step2 == "string" || typeof step2 == "number";
function isValidChange(raw) {
  if (!(0, import_cli_chunk_AUXWUNJ3.isRecord)(raw) || !isNonEmptyString(raw.address) || !isNonEmptyString(raw.type)) return false;
  for (let key of OPTIONAL_STRINGS)
    if (!isOptionalString(raw[key])) return false;
  let change = raw.change;
  if (!(0, import_cli_chunk_AUXWUNJ3.isRecord)(change)) return false;
  let actions = change.actions;
  if (!Array.isArray(actions) || actions.length === 0 || !actions.every((word) => typeof word == "string"))
    return false;
  let paths = change.replace_paths;
  return paths == null ? true : Array.isArray(paths) && paths.every((path3) => Array.isArray(path3) && path3.every(isPathStep));
}
var isOptionalBoolean = (value) => value == null || typeof value == "boolean";
function isValidTop(raw) {
  return typeof raw.format_version == "string" && isOptionalString(raw.terraform_version) && isOptionalBoolean(raw.errored) && isOptionalBoolean(raw.complete) && isOptionalBoolean(raw.applyable);
}
function mapChange(raw, where2, displayPath, deferredReason) {
  let rc = isValidChange(raw) ? raw : refuse("change", raw, where2, displayPath), change = {
    address: rc.address,
    mode: rc.mode ?? "managed",
    type: rc.type,
    name: rc.name ?? "",
    providerName: rc.provider_name ?? "",
    actions: rc.change.actions,
    replacePaths: rc.change.replace_paths ?? [],
    before: rc.change.before ?? null,
    after: rc.change.after ?? null,
    // Absent marks mean "nothing marked" (older versions omit them).
    beforeSensitive: rc.change.before_sensitive ?? false,
    afterSensitive: rc.change.after_sensitive ?? false,
    afterUnknown: rc.change.after_unknown ?? false
  };
  return rc.module_address !== void 0 && rc.module_address !== null && (change.moduleAddress = rc.module_address), rc.deposed !== void 0 && rc.deposed !== null && (change.deposed = rc.deposed), rc.action_reason !== void 0 && rc.action_reason !== null && (change.actionReason = rc.action_reason), rc.previous_address !== void 0 && rc.previous_address !== null && (change.previousAddress = rc.previous_address), deferredReason !== void 0 && (change.deferredReason = deferredReason), change;
}
function brokenJsonError(found, displayPath) {
  switch (found.kind) {
    case "ui-log":
      return (0, import_cli_chunk_AUXWUNJ3.planError)(
        displayPath,
        `is the machine-readable log of \`terraform plan -json\` (JSON lines with @level/@message), not the plan; save the plan and convert it: ${import_cli_chunk_AUXWUNJ3.PLAN_AND_SHOW}`
      );
    case "truncated":
      return (0, import_cli_chunk_AUXWUNJ3.planError)(
        displayPath,
        `invalid JSON: the document ends at byte ${found.byte} before it is complete (a truncated file or an interrupted upload/download?); ${import_cli_chunk_AUXWUNJ3.REGENERATE}`
      );
    case "second-document":
      return (0, import_cli_chunk_AUXWUNJ3.planError)(
        displayPath,
        `holds more than one JSON document (the second starts at byte ${found.byte}), as Terragrunt's \`run-all show -json\` writes; write one plan per file: ${import_cli_chunk_AUXWUNJ3.SHOW_JSON} in each module`
      );
    case "trailing-data":
      return (0, import_cli_chunk_AUXWUNJ3.planError)(
        displayPath,
        `invalid JSON at byte ${found.byte}: unexpected data after the end of the JSON document; ${import_cli_chunk_AUXWUNJ3.REGENERATE}`
      );
    case "unexpected":
      return (0, import_cli_chunk_AUXWUNJ3.planError)(
        displayPath,
        `invalid JSON at byte ${found.byte}: unexpected ${found.char}; ${import_cli_chunk_AUXWUNJ3.REGENERATE}`
      );
  }
}
function describeChar(text, index) {
  return JSON.stringify(String.fromCodePoint(text.codePointAt(index) ?? 0));
}
var POSITION = /\bat position (\d+)/u, END_OF_INPUT = /Unexpected end of JSON input/u;
function jsonErrorIndex(error, text) {
  let message = (0, import_cli_chunk_AUXWUNJ3.errorMessage)(error), position = POSITION.exec(message);
  if (position?.[1] !== void 0) return Math.min(Number(position[1]), text.length);
  if (END_OF_INPUT.test(message)) return text.length;
  let found = firstSyntaxError(text);
  return found < 0 ? text.length : found;
}
function isDigit(code2) {
  return code2 >= 48 && code2 <= 57;
}
function isHex(code2) {
  return isDigit(code2) || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102;
}
var ARRAY = 0, OBJECT = 1, Cursor = class {
  constructor(text) {
    this.text = text;
    this.n = text.length;
  }
  text;
  i = 0;
  n;
  code() {
    return this.text.charCodeAt(this.i);
  }
  skipSpace() {
    for (; this.i < this.n && isJsonSpace(this.code()); ) this.i += 1;
  }
  /** Scans a string starting at its quote. */
  string() {
    for (this.i += 1; this.i < this.n; ) {
      let code2 = this.code();
      if (code2 === 34)
        return this.i += 1, true;
      if (code2 < 32 || code2 === 92 && !this.escape()) return false;
      this.i += 1;
    }
    return false;
  }
  /** The escape after a backslash at `i`; `i` ends on its last character. */
  escape() {
    if (this.i += 1, this.i >= this.n) return false;
    let escaped2 = this.text[this.i] ?? "";
    if (escaped2 !== "u") return '"\\/bfnrt'.includes(escaped2);
    for (let k = 0; k < 4; k += 1)
      if (this.i += 1, this.i >= this.n || !isHex(this.code())) return false;
    return true;
  }
  digits() {
    if (this.i >= this.n || !isDigit(this.code())) return false;
    for (; this.i < this.n && isDigit(this.code()); ) this.i += 1;
    return true;
  }
  number() {
    if (this.code() === 45 && (this.i += 1), this.i < this.n && this.code() === 48) this.i += 1;
    else if (!this.digits()) return false;
    return !(this.i < this.n && this.code() === 46 && (this.i += 1, !this.digits()) || this.i < this.n && (this.code() === 101 || this.code() === 69) && (this.i += 1, this.i < this.n && (this.code() === 43 || this.code() === 45) && (this.i += 1), !this.digits()));
  }
  word(word) {
    for (let char of word) {
      if (this.i >= this.n || this.text[this.i] !== char) return false;
      this.i += 1;
    }
    return true;
  }
  /** An object key and its colon. */
  key() {
    return this.skipSpace(), this.i >= this.n || this.code() !== 34 || !this.string() || (this.skipSpace(), this.i >= this.n || this.code() !== 58) ? false : (this.i += 1, true);
  }
  /** A string, number or literal starting with `code`. */
  scalar(code2) {
    return code2 === 34 ? this.string() : code2 === 45 || isDigit(code2) ? this.number() : code2 === 116 ? this.word("true") : code2 === 102 ? this.word("false") : code2 === 110 ? this.word("null") : false;
  }
};
function firstSyntaxError(text) {
  let at2 = new Cursor(text), n = text.length, stack = [], expectValue = true;
  for (; ; ) {
    if (expectValue) {
      if (at2.skipSpace(), at2.i >= n) return n;
      let code3 = at2.code();
      if (code3 === 123 || code3 === 91) {
        at2.i += 1, at2.skipSpace();
        let close = code3 === 123 ? 125 : 93;
        if (at2.i < n && at2.code() === close) {
          at2.i += 1, expectValue = false;
          continue;
        }
        if (stack.push(code3 === 123 ? OBJECT : ARRAY), code3 === 123 && !at2.key()) return Math.min(at2.i, n);
        continue;
      }
      if (!at2.scalar(code3)) return Math.min(at2.i, n);
      expectValue = false;
      continue;
    }
    at2.skipSpace();
    let top = stack.at(-1);
    if (top === void 0) return at2.i < n ? at2.i : -1;
    if (at2.i >= n) return n;
    let code2 = at2.code();
    if (code2 === 44) {
      if (at2.i += 1, top === OBJECT && !at2.key()) return Math.min(at2.i, n);
      expectValue = true;
      continue;
    }
    if (code2 === (top === OBJECT ? 125 : 93)) {
      at2.i += 1, stack.pop();
      continue;
    }
    return at2.i;
  }
}
var HEAD_CHARS = 64 * 1024, ANSI = /\u001b\[[0-9;?]*[A-Za-z]/gu, PLAN_TEXT = [
  /^(?:Terraform|OpenTofu) used the selected providers to generate the following execution/mu,
  /^(?:Terraform|OpenTofu) will perform the following actions:/mu,
  /^(?:Terraform|OpenTofu) planned the following actions, but then encountered a problem/mu,
  /^Resource actions are indicated with the following symbols:/mu,
  /^No changes\. (?:Your infrastructure matches the configuration|Infrastructure is up-to-date)/mu,
  /^(?:Terraform|OpenTofu) has compared your real infrastructure against your configuration/mu,
  /^An execution plan has been generated and is shown below\./mu,
  /^Refreshing Terraform state in-memory prior to plan/mu,
  /^Note: Objects have changed outside of (?:Terraform|OpenTofu)/mu,
  /^Plan: \d+ to (?:import|add), /mu,
  /^Changes to Outputs:/mu,
  /: Refreshing state\.\.\./mu,
  /^ {2}# \S.* (?:will be (?:created|destroyed|updated in-place|read during apply)|must be replaced)$/mu
], ERROR_TEXT = /^(?:\u2502 )?Error: \S/mu, HTML = /^\s*<(?:!doctype|html|\?xml|head|body)\b/iu;
function explainUnparsable(decoded, error, displayPath) {
  let first = firstNonSpace(decoded.text);
  return first === "{" || first === "[" ? explainBrokenJson(decoded, error, displayPath) : explainText(decoded, displayPath);
}
function explainText(decoded, displayPath) {
  let { text } = decoded, head = decoded.whole.slice(0, HEAD_CHARS).replace(ANSI, "");
  if (PLAN_TEXT.some((pattern) => pattern.test(head))) {
    let tofu = /\bOpenTofu\b/u.test(head), command = tofu ? import_cli_chunk_AUXWUNJ3.PLAN_AND_SHOW.replace(/terraform/gu, "tofu") : import_cli_chunk_AUXWUNJ3.PLAN_AND_SHOW;
    return (0, import_cli_chunk_AUXWUNJ3.planError)(
      displayPath,
      `is the human-readable output of \`${tofu ? "tofu" : "terraform"} plan\`, not JSON; save the plan and convert it: ${command}`
    );
  }
  if (ERROR_TEXT.test(head))
    return (0, import_cli_chunk_AUXWUNJ3.planError)(
      displayPath,
      `holds Terraform/OpenTofu error output, not a plan: the command that wrote it failed; fix that error, then write the plan with ${import_cli_chunk_AUXWUNJ3.SHOW_JSON}`
    );
  if (HTML.test(head))
    return (0, import_cli_chunk_AUXWUNJ3.planError)(
      displayPath,
      `is an HTML/XML page, not plan JSON (an error page saved by a download?); fetch the plan file itself, written by ${import_cli_chunk_AUXWUNJ3.SHOW_JSON}`
    );
  let embedded = text.indexOf('{"format_version"');
  if (embedded > 0)
    return (0, import_cli_chunk_AUXWUNJ3.planError)(
      displayPath,
      `has other output before the plan JSON (it starts at byte ${decoded.byteOffset(embedded)}): log lines such as Terragrunt's prefixes; write the plan alone to the file: ${import_cli_chunk_AUXWUNJ3.SHOW_JSON}`
    );
  let start = Math.max(0, text.search(/\S/u));
  return (0, import_cli_chunk_AUXWUNJ3.planError)(
    displayPath,
    `is not JSON: plan JSON starts with "{", this starts with ${describeChar(text, start)} at byte ${decoded.byteOffset(start)}; write the plan with ${import_cli_chunk_AUXWUNJ3.SHOW_JSON}`
  );
}
function explainBrokenJson(decoded, error, displayPath) {
  let { text } = decoded;
  if (isUiLog(text)) return brokenJsonError({ kind: "ui-log" }, displayPath);
  let index = jsonErrorIndex(error, text), byte = decoded.byteOffset(index);
  if (index >= text.trimEnd().length)
    return brokenJsonError({ kind: "truncated", byte }, displayPath);
  if (endsAValue(text, index)) {
    let second = firstNonSpace(text.slice(index, index + 64)) === "{";
    return brokenJsonError(
      { kind: second ? "second-document" : "trailing-data", byte },
      displayPath
    );
  }
  return brokenJsonError(
    { kind: "unexpected", byte, char: describeChar(text, index) },
    displayPath
  );
}
function isUiLog(text) {
  let newline = text.indexOf(`
`);
  if (newline < 0) return false;
  try {
    return (0, import_cli_chunk_AUXWUNJ3.isUiLogLine)(JSON.parse(text.slice(0, newline)));
  } catch {
    return false;
  }
}
function endsAValue(text, index) {
  try {
    return JSON.parse(text.slice(0, index)), true;
  } catch {
    return false;
  }
}
function firstNonSpace(text) {
  return /\S/u.exec(text)?.[0];
}
async function readPlanFile(filePath, displayPath, onChange) {
  let bytes;
  try {
    bytes = await (0, import_promises3.readFile)(filePath);
  } catch (error) {
    throw fileError(error, displayPath);
  }
  try {
    return readPlanBytes(bytes, displayPath, onChange);
  } catch (error) {
    throw await worded(error);
  }
}
function readPlanBytes(bytes, displayPath, onChange) {
  return emitPlan(parsePlanBytes(bytes, displayPath), displayPath, onChange);
}
function parsePlanBytes(bytes, displayPath) {
  if (bytes.length === 0) throw emptyError(displayPath, "is empty");
  if (isZip(bytes)) throw zipError(bytes, displayPath);
  let decoded = decode(bytes, displayPath);
  if (!/\S/u.test(decoded.text))
    throw decoded.unwrapped ? (0, import_cli_chunk_AUXWUNJ3.planError)(
      displayPath,
      `holds only the setup-terraform wrapper's lines, no JSON: the wrapped command printed nothing; write the plan with ${import_cli_chunk_AUXWUNJ3.SHOW_JSON}`
    ) : emptyError(displayPath, "holds only whitespace");
  try {
    return JSON.parse(decoded.text);
  } catch (error) {
    throw explainUnparsable(decoded, error, displayPath);
  }
}
function emitPlan(document, displayPath, onChange) {
  let meta = toPlanMeta(document, displayPath);
  if (!(0, import_cli_chunk_AUXWUNJ3.isRecord)(document)) return meta;
  let changes = changeList(document, "resource_changes", displayPath), deferred = changeList(document, "deferred_changes", displayPath);
  for (let index = 0; index < changes.length; index += 1)
    onChange(toPlanChange(changes[index], displayPath, index));
  for (let index = 0; index < deferred.length; index += 1)
    onChange(toDeferredChange(deferred[index], displayPath, index));
  return meta;
}
var PIPE_IT_IN = "pipe the plan in: `terraform show -json tfplan | destroy-guard assess -`";
async function* stdinChunks(stream) {
  if ("isTTY" in stream && stream.isTTY === true)
    throw (0, import_cli_chunk_AUXWUNJ3.planError)("-", `is a terminal, not a pipe; ${PIPE_IT_IN}`);
  try {
    for await (let chunk of stream)
      yield typeof chunk == "string" ? import_node_buffer3.Buffer.from(chunk, "utf8") : chunk;
  } catch (error) {
    throw (0, import_cli_chunk_AUXWUNJ3.planError)("-", `cannot be read (${(0, import_cli_chunk_AUXWUNJ3.errorCode)(error) ?? "read error"}); ${PIPE_IT_IN}`);
  }
}
function decode(bytes, displayPath) {
  try {
    return decodePlanText(bytes);
  } catch (error) {
    throw (0, import_cli_chunk_AUXWUNJ3.errorCode)(error) === "ERR_STRING_TOO_LONG" ? tooLarge(`${Math.round(bytes.length / (1024 * 1024))} MB`, displayPath) : error;
  }
}
function emptyError(displayPath, what) {
  return (0, import_cli_chunk_AUXWUNJ3.planError)(
    displayPath,
    `${what}: the command that wrote it printed nothing (did \`terraform show -json\` fail, or run before the plan existed?); write the plan with ${import_cli_chunk_AUXWUNJ3.SHOW_JSON}`
  );
}
function tooLarge(size, displayPath) {
  return (0, import_cli_chunk_AUXWUNJ3.planError)(
    displayPath,
    `is ${size}, more than one JavaScript string holds (about 512 MB), which reading it whole needs; split the configuration into smaller root modules, one plan file each`
  );
}
function fileError(error, displayPath) {
  let code2 = (0, import_cli_chunk_AUXWUNJ3.errorCode)(error);
  switch (code2) {
    case "ENOENT":
    case "ENOTDIR":
      return (0, import_cli_chunk_AUXWUNJ3.planError)(
        displayPath,
        `no such file; check the path, and that the step writing it (${import_cli_chunk_AUXWUNJ3.SHOW_JSON}, or the artifact download) ran first`
      );
    case "EISDIR":
      return (0, import_cli_chunk_AUXWUNJ3.planError)(
        displayPath,
        `is a directory, not a plan file; name the plan JSON inside it, or a glob such as ${displayPath.replace(/\/+$/u, "")}/**/plan.json`
      );
    case "EACCES":
    case "EPERM":
      return (0, import_cli_chunk_AUXWUNJ3.planError)(
        displayPath,
        "cannot be read: permission denied; make the file readable by the user running destroy-guard"
      );
    case "ERR_FS_FILE_TOO_LARGE":
      return tooLarge("over 2 GB", displayPath);
    default:
      return (0, import_cli_chunk_AUXWUNJ3.planError)(
        displayPath,
        `cannot be read (${code2 ?? "unknown error"}); check the path and that it is a regular file`
      );
  }
}
function isZip(bytes) {
  return bytes[0] === 80 && bytes[1] === 75 && bytes[2] === 3 && bytes[3] === 4;
}
function zipError(bytes, displayPath) {
  let command = `\`terraform show -json ${(0, import_cli_chunk_AUXWUNJ3.shellQuote)(displayPath === "-" ? "tfplan" : displayPath)} > ${outputName(displayPath)}\``, name = firstZipEntry(bytes);
  return name !== void 0 && (/^tf(?:plan|state|state-prev)$/u.test(name) || name.startsWith("tfconfig/")) ? (0, import_cli_chunk_AUXWUNJ3.planError)(
    displayPath,
    `is a binary plan file (\`terraform plan -out\`), not JSON; convert it where \`terraform init\` ran: ${command}`
  ) : (0, import_cli_chunk_AUXWUNJ3.planError)(
    displayPath,
    `is a zip archive, not plan JSON; if it is a downloaded artifact, unzip it and pass the plan JSON inside; if it is a saved plan: ${command}`
  );
}
function outputName(displayPath) {
  return /(?:^|\/)plan\.json$/u.test(displayPath) ? "plan.show.json" : "plan.json";
}
function firstZipEntry(bytes) {
  let lengthLow = bytes[26], lengthHigh = bytes[27];
  if (lengthLow === void 0 || lengthHigh === void 0) return;
  let length = lengthLow + lengthHigh * 256;
  if (!(bytes.length < 30 + length))
    return import_node_buffer3.Buffer.from(bytes.buffer, bytes.byteOffset + 30, length).toString("latin1");
}
var QUOTE = 34, BACKSLASH = 92, COMMA = 44, OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93, ArraySplitter = class {
  /** Absolute offset of the next byte to read. */
  offset;
  /** Absolute offset of the element being read, or -1 between elements. */
  elementStart = -1;
  /** The closing `]` was reached. */
  finished = false;
  #opened = false;
  #depth = 0;
  #inString = false;
  constructor(offset) {
    this.offset = offset;
  }
  /** Consumes `buffer[offset - base \u2026 end)`; calls `onElement(start, end)` with absolute offsets. */
  split(buffer, base, end, onElement) {
    let i = this.offset - base, depth = this.#depth, inString = this.#inString, start = this.elementStart < 0 ? -1 : this.elementStart - base;
    if (!this.#opened) {
      for (; i < end && buffer[i] !== OPEN_BRACKET; ) i += 1;
      i < end && (this.#opened = true, i += 1);
    }
    split: for (; ; ) {
      if (inString) {
        for (; ; ) {
          if (i >= end) break split;
          let byte2 = buffer[i];
          if (byte2 === QUOTE) break;
          i += byte2 === BACKSLASH ? 2 : 1;
        }
        i += 1, inString = false;
      }
      if (i >= end) break;
      let byte = buffer[i];
      if (i += 1, byte === QUOTE)
        start < 0 && (start = i - 1), inString = true;
      else if (byte === OPEN_BRACE || byte === OPEN_BRACKET)
        start < 0 && (start = i - 1), depth += 1;
      else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        if (depth === 0) {
          start >= 0 && onElement(base + start, base + i - 1), start = -1, this.finished = true;
          break;
        }
        depth -= 1;
      } else byte === COMMA ? depth === 0 && (onElement(base + start, base + i - 1), start = -1) : start < 0 && JSON_SPACE[byte] === 0 && (start = i - 1);
    }
    this.#depth = depth, this.#inString = inString, this.elementStart = start < 0 ? -1 : base + start, this.offset = base + i;
  }
};
var QUOTE2 = 34, BACKSLASH2 = 92, COMMA2 = 44, COLON_BYTE = 58, OPEN_BRACE2 = 123, CLOSE_BRACE2 = 125, OPEN_BRACKET2 = 91, CLOSE_BRACKET2 = 93, MINUS_BYTE = 45, PLUS_BYTE = 43, DOT_BYTE = 46, ZERO_BYTE = 48, LF = 10, STRING_STOP = new Uint8Array(256), SIMPLE_ESCAPE = new Uint8Array(256), HEX = new Uint8Array(256), DIGIT = new Uint8Array(256);
for (let byte = 0; byte < 32; byte += 1) STRING_STOP[byte] = 1;
STRING_STOP[QUOTE2] = 1;
STRING_STOP[BACKSLASH2] = 1;
for (let char of '"\\/bfnrt') SIMPLE_ESCAPE[char.charCodeAt(0)] = 1;
for (let char of "0123456789abcdefABCDEF") HEX[char.charCodeAt(0)] = 1;
for (let char of "0123456789") DIGIT[char.charCodeAt(0)] = 1;
function hasStop(word) {
  let quote = word ^ 572662306, backslash = word ^ 1549556828;
  return (word - 538976288 & ~word | quote - 16843009 & ~quote | backslash - 16843009 & ~backslash) & 2155905152;
}
var VALUE = 0, ARRAY_FIRST = 1, OBJECT_FIRST = 2, KEY = 3, COLON = 4, AFTER = 5, STRING = 6, ESCAPE = 7, UNICODE = 8, MINUS = 9, ZERO = 10, INTEGER = 11, POINT = 12, FRACTION = 13, EXPONENT_MARK = 14, EXPONENT_SIGN = 15, EXPONENT = 16, LITERAL = 17, END = 18, IN_OBJECT = 1, IN_ARRAY = 2, TRUE = Uint8Array.from(Buffer.from("true", "latin1")), FALSE = Uint8Array.from(Buffer.from("false", "latin1")), NULL = Uint8Array.from(Buffer.from("null", "latin1")), ElementLog = class {
  /** Absolute offset of each element's first byte. */
  starts = [];
  /** Absolute offset just after each element (its trailing whitespace included). */
  ends = [];
  overflowed = false;
  /**
   * Absolute offset of the opening quote of every key at depth 4: the members of the objects
   * that are an element's member values (a change's `change`), so the second pass reads
   * those without walking over their values (src/plan/stream/fields.ts). Undefined once
   * there are more than KEYS_PER_ELEMENT per element on average.
   */
  keys = [];
  /** For each element, `keys.length` after it: its keys are those after the previous one's. */
  keyEnds = [];
  /**
   * Each element is handed over as soon as it ends, then forgotten (src/plan/stream/reader.ts
   * reads a change while its bytes are at hand): the scanner stops with `element`, `lastStart`
   * and `lastEnd` say where it lies, `keys`, `valueEnds`, `members` and `memberEnds` where its
   * members and theirs lie, and `next()` forgets them. The caller may turn it off (the log is
   * then an overflowed one, which notes nothing).
   */
  streaming;
  lastStart = -1;
  lastEnd = -1;
  /** Streaming: just after the value of each key in `keys`, where it is an object's member. */
  valueEnds = [];
  /** Streaming: the opening quote of each key of the element (depth 3). */
  members = [];
  /** Streaming: just after the value of each key in `members`. */
  memberEnds = [];
  #capacity;
  constructor(capacity, streaming = false) {
    this.#capacity = streaming ? STREAMED_KEYS / KEYS_PER_ELEMENT : capacity, this.streaming = streaming;
  }
  add(start, end) {
    if (this.streaming) {
      this.lastStart = start, this.lastEnd = end;
      return;
    }
    if (!this.overflowed) {
      if (this.starts.length === this.#capacity) {
        this.overflowed = true, this.starts = [], this.ends = [], this.keys = void 0, this.keyEnds = [];
        return;
      }
      this.starts.push(start), this.ends.push(end), this.keys !== void 0 && this.keyEnds.push(this.keys.length);
    }
  }
  /** A key at `depth` (MEMBER_DEPTH or KEY_DEPTH) opens at `start`. */
  key(start, depth) {
    if (depth === MEMBER_DEPTH) {
      this.streaming && this.members.push(start);
      return;
    }
    let { keys } = this;
    if (keys !== void 0) {
      if (keys.length === KEYS_PER_ELEMENT * this.#capacity) {
        this.keys = void 0, this.keyEnds = [];
        return;
      }
      keys.push(start);
    }
  }
  /**
   * Streaming: a value of an object at `depth` (MEMBER_DEPTH or KEY_DEPTH) ended at `end`; the
   * scanner may say so again for the same value (it reads on after a piece), which counts once.
   */
  valueEnd(end, depth) {
    depth === MEMBER_DEPTH ? this.memberEnds.length < this.members.length && this.memberEnds.push(end) : this.keys !== void 0 && this.valueEnds.length < this.keys.length && this.valueEnds.push(end);
  }
  /** Streaming: the element handed over is forgotten, keys and all. */
  next() {
    this.keys === void 0 ? this.keys = [] : this.keys.length = 0, this.valueEnds.length = 0, this.members.length = 0, this.memberEnds.length = 0;
  }
  /** Streaming no more: the rest of the array is noted as an overflowed log, not at all. */
  stopStreaming() {
    this.streaming = false, this.overflowed = true, this.keys = void 0;
  }
}, STREAMED_KEYS = 96, KEYS_PER_ELEMENT = 12, KEY_DEPTH = 4, MEMBER_DEPTH = 3, JsonScanner = class _JsonScanner {
  /** Absolute offset of the next byte to read (or of the error). */
  offset;
  /**
   * Set by the caller at a top-level member's `value` stop to note the elements of that array
   * (the values at depth 2); cleared at its `member` stop.
   */
  elements;
  keyStart = -1;
  valueStart = -1;
  /** The first byte of the member value at `valueStart`. */
  valueByte = 0;
  valueEnd = -1;
  /** A line feed was seen between tokens (`terraform plan -json` logs are JSON lines). */
  sawLineFeed = false;
  #state = VALUE;
  #depth = 0;
  #stack = new Uint8Array(64);
  #inKey = false;
  #hexLeft = 0;
  #literal = TRUE;
  #literalAt = 0;
  /** Absolute offset of the element being read, when `elements` notes them. */
  elementStart = -1;
  /** `buffer`'s whole ArrayBuffer as 32-bit words, for the string loop (hasStop). */
  #words = new Int32Array(0);
  #wordsOf;
  constructor(offset) {
    this.offset = offset;
  }
  /**
   * A scanner that starts at the opening quote of a key of the top-level object that follows
   * a comma: it reads the rest of a document as one that started at the beginning would, if
   * that is what the byte at `offset` is (src/plan/stream/tail.ts).
   */
  static atTopLevelKey(offset) {
    let scanner = new _JsonScanner(offset);
    return scanner.#state = KEY, scanner.#depth = 1, scanner.#stack[0] = IN_OBJECT, scanner;
  }
  /** Consumes `buffer[offset - base \u2026 end)`, stopping early at the events of `ScanStop`. */
  scan(buffer, base, end) {
    let sentinel = end < buffer.length, covered = sentinel ? buffer[end] : 0;
    sentinel && (buffer[end] = QUOTE2), this.#wordsOf !== buffer && (this.#wordsOf = buffer, this.#words = new Int32Array(buffer.buffer, 0, buffer.buffer.byteLength >> 2));
    let words2 = this.#words, wordOffset = buffer.byteOffset, lastWord = wordOffset + end >> 2, i = this.offset - base, state = this.#state, depth = this.#depth, inKey = this.#inKey, stack = this.#stack, elements = this.elements, stop = "more";
    scan: for (; i < end; )
      switch (state) {
        case STRING:
          strings: for (; ; ) {
            if (i >= end) break scan;
            let byte = buffer[i];
            if (sentinel) {
              for (; STRING_STOP[byte] === 0 && (wordOffset + i & 3) !== 0; )
                i += 1, byte = buffer[i];
              if (STRING_STOP[byte] === 0) {
                let word = wordOffset + i >> 2;
                for (; word < lastWord && hasStop(words2[word]) === 0; ) word += 1;
                for (i = (word << 2) - wordOffset, byte = buffer[i]; STRING_STOP[byte] === 0; )
                  i += 1, byte = buffer[i];
              }
              if (i >= end) break scan;
            } else
              for (; STRING_STOP[byte] === 0; ) {
                if (i += 1, i === end) break scan;
                byte = buffer[i];
              }
            if (byte === QUOTE2) {
              if (i += 1, !inKey) {
                if (depth > 2 && i + 1 < end && buffer[i] === COMMA2 && buffer[i + 1] === QUOTE2) {
                  stack[depth - 1] === IN_OBJECT && (elements !== void 0 && depth <= KEY_DEPTH && (elements.streaming && elements.valueEnd(base + i, depth), elements.key(base + i + 1, depth)), inKey = true), i += 2;
                  continue strings;
                }
                state = AFTER;
                continue scan;
              }
              if (inKey = false, state = COLON, depth === 1 && stack[0] === IN_OBJECT) {
                stop = "key";
                break scan;
              }
              if (i + 1 < end && buffer[i] === COLON_BYTE) {
                let next = buffer[i + 1];
                next === QUOTE2 ? (i += 2, state = STRING) : (next === OPEN_BRACE2 || next === OPEN_BRACKET2) && depth < stack.length ? (i += 2, stack[depth] = next === OPEN_BRACE2 ? IN_OBJECT : IN_ARRAY, depth += 1, state = next === OPEN_BRACE2 ? OBJECT_FIRST : ARRAY_FIRST, i < end && buffer[i] === QUOTE2 && (next === OPEN_BRACE2 && (elements !== void 0 && depth <= KEY_DEPTH && depth > 2 && elements.key(base + i, depth), inKey = true), i += 1, state = STRING)) : (i += 1, state = VALUE);
              }
              if (state === STRING) continue strings;
              continue scan;
            }
            if (byte === BACKSLASH2) {
              if (i + 1 < end && SIMPLE_ESCAPE[buffer[i + 1]] === 1) {
                i += 2;
                continue strings;
              }
              i += 1, state = ESCAPE;
              continue scan;
            }
            stop = "error";
            break scan;
          }
        case AFTER: {
          if (depth === 0) {
            state = END, stop = "done";
            break scan;
          }
          elements !== void 0 && depth > 2 && depth <= KEY_DEPTH && elements.streaming && stack[depth - 1] === IN_OBJECT && elements.valueEnd(base + i, depth);
          let byte = buffer[i];
          for (; JSON_SPACE[byte] === 1; ) {
            if (byte === LF && (this.sawLineFeed = true), i += 1, i === end) break scan;
            byte = buffer[i];
          }
          let container = stack[depth - 1];
          if (depth === 2 && elements !== void 0 && container === IN_ARRAY && (byte === COMMA2 || byte === CLOSE_BRACKET2) && (elements.add(this.elementStart, base + i), elements.streaming && (stop = "element")), byte === COMMA2 && container !== void 0) {
            if (depth === 1 && container === IN_OBJECT && (this.valueEnd = base + i, stop = "member"), i += 1, state = container === IN_OBJECT ? KEY : VALUE, stop !== "more") break scan;
            i < end && buffer[i] === QUOTE2 && (state === KEY ? depth !== 1 : depth > 2) && (state === KEY && elements !== void 0 && depth > 2 && depth <= KEY_DEPTH && elements.key(base + i, depth), i += 1, inKey = state === KEY, state = STRING);
            continue;
          }
          if (byte === CLOSE_BRACE2 && container === IN_OBJECT || byte === CLOSE_BRACKET2 && container === IN_ARRAY) {
            if (depth === 1 && container === IN_OBJECT && (this.valueEnd = base + i, stop = "member"), i += 1, depth -= 1, depth === 0 && (state = END), stop !== "more") break scan;
            if (depth === 0) {
              stop = "done";
              break scan;
            }
            continue;
          }
          stop = "error";
          break scan;
        }
        case VALUE:
        case ARRAY_FIRST: {
          let byte = buffer[i];
          for (; JSON_SPACE[byte] === 1; ) {
            if (byte === LF && (this.sawLineFeed = true), i += 1, i === end) break scan;
            byte = buffer[i];
          }
          if (state === ARRAY_FIRST && byte === CLOSE_BRACKET2) {
            if (i += 1, depth -= 1, state = depth === 0 ? END : AFTER, depth === 0) {
              stop = "done";
              break scan;
            }
            continue;
          }
          depth === 2 && elements !== void 0 && (this.elementStart = base + i);
          let member = depth === 1 && stack[0] === IN_OBJECT;
          if (member && (this.valueStart = base + i, this.valueByte = byte), i += 1, byte === QUOTE2)
            state = STRING;
          else if (byte === OPEN_BRACE2 || byte === OPEN_BRACKET2) {
            if (depth === stack.length) {
              this.#grow(), i -= 1;
              break scan;
            }
            stack[depth] = byte === OPEN_BRACE2 ? IN_OBJECT : IN_ARRAY, depth += 1, state = byte === OPEN_BRACE2 ? OBJECT_FIRST : ARRAY_FIRST, byte === OPEN_BRACE2 && depth > 1 && !member && i < end && buffer[i] === QUOTE2 && (elements !== void 0 && depth > 2 && depth <= KEY_DEPTH && elements.key(base + i, depth), i += 1, inKey = true, state = STRING);
          } else if (DIGIT[byte] === 1)
            state = byte === ZERO_BYTE ? ZERO : INTEGER;
          else if (byte === MINUS_BYTE)
            state = MINUS;
          else if (byte === 116 || byte === 102 || byte === 110) {
            let literal = byte === 116 ? TRUE : byte === 102 ? FALSE : NULL, last = i + literal.length - 2;
            if (last < end && buffer[last] === literal[literal.length - 1]) {
              let at2 = 1;
              for (; at2 < literal.length - 1 && buffer[i] === literal[at2]; )
                i += 1, at2 += 1;
              at2 === literal.length - 1 ? (i += 1, state = AFTER) : (this.#literal = literal, this.#literalAt = at2, state = LITERAL);
            } else
              this.#literal = literal, this.#literalAt = 1, state = LITERAL;
          } else {
            i -= 1, stop = "error";
            break scan;
          }
          if (member) {
            stop = "value";
            break scan;
          }
          continue;
        }
        case OBJECT_FIRST:
        case KEY: {
          let byte = buffer[i];
          for (; JSON_SPACE[byte] === 1; ) {
            if (byte === LF && (this.sawLineFeed = true), i += 1, i === end) break scan;
            byte = buffer[i];
          }
          if (byte === QUOTE2) {
            depth === 1 ? this.keyStart = base + i : elements !== void 0 && depth > 2 && depth <= KEY_DEPTH && elements.key(base + i, depth), i += 1, inKey = true, state = STRING;
            continue;
          }
          if (state === OBJECT_FIRST && byte === CLOSE_BRACE2) {
            if (i += 1, depth -= 1, state = depth === 0 ? END : AFTER, depth === 0) {
              stop = "done";
              break scan;
            }
            continue;
          }
          stop = "error";
          break scan;
        }
        case COLON: {
          let byte = buffer[i];
          for (; JSON_SPACE[byte] === 1; ) {
            if (byte === LF && (this.sawLineFeed = true), i += 1, i === end) break scan;
            byte = buffer[i];
          }
          if (byte !== COLON_BYTE) {
            stop = "error";
            break scan;
          }
          i += 1, state = VALUE;
          continue;
        }
        case ESCAPE: {
          let byte = buffer[i];
          if (SIMPLE_ESCAPE[byte] === 1)
            state = STRING;
          else if (byte === 117)
            this.#hexLeft = 4, state = UNICODE;
          else {
            stop = "error";
            break scan;
          }
          i += 1;
          continue;
        }
        case UNICODE: {
          if (HEX[buffer[i]] !== 1) {
            stop = "error";
            break scan;
          }
          i += 1, this.#hexLeft -= 1, this.#hexLeft === 0 && (state = STRING);
          continue;
        }
        case LITERAL: {
          let literal = this.#literal;
          if (buffer[i] !== literal[this.#literalAt]) {
            stop = "error";
            break scan;
          }
          i += 1, this.#literalAt += 1, this.#literalAt === literal.length && (state = AFTER);
          continue;
        }
        case INTEGER:
        case FRACTION:
        case EXPONENT: {
          let byte = buffer[i];
          for (; DIGIT[byte] === 1; ) {
            if (i += 1, i === end) break scan;
            byte = buffer[i];
          }
          state === INTEGER && byte === DOT_BYTE ? (i += 1, state = POINT) : state !== EXPONENT && (byte === 101 || byte === 69) ? (i += 1, state = EXPONENT_MARK) : state = AFTER;
          continue;
        }
        case ZERO: {
          let byte = buffer[i];
          byte === DOT_BYTE ? (i += 1, state = POINT) : byte === 101 || byte === 69 ? (i += 1, state = EXPONENT_MARK) : state = AFTER;
          continue;
        }
        case MINUS:
        case POINT:
        case EXPONENT_SIGN: {
          let byte = buffer[i];
          if (DIGIT[byte] !== 1) {
            stop = "error";
            break scan;
          }
          i += 1, state = state === POINT ? FRACTION : state === EXPONENT_SIGN ? EXPONENT : byte === ZERO_BYTE ? ZERO : INTEGER;
          continue;
        }
        case EXPONENT_MARK: {
          let byte = buffer[i];
          if (byte === PLUS_BYTE || byte === MINUS_BYTE)
            i += 1, state = EXPONENT_SIGN;
          else if (DIGIT[byte] === 1)
            i += 1, state = EXPONENT;
          else {
            stop = "error";
            break scan;
          }
          continue;
        }
        default: {
          stop = "done";
          break scan;
        }
      }
    return sentinel && (buffer[end] = covered), this.#state = state, this.#depth = depth, this.#inKey = inKey, this.offset = base + i, stop === "more" && i < end ? this.scan(buffer, base, end) : stop;
  }
  /**
   * The input ended. A top-level scalar may end with it (a number has no end of its own);
   * anything else still open is a document cut short, whose error is at the end.
   */
  end() {
    if (this.#depth !== 0) return "error";
    switch (this.#state) {
      case END:
      case AFTER:
      case ZERO:
      case INTEGER:
      case FRACTION:
      case EXPONENT:
        return "done";
      default:
        return "error";
    }
  }
  #grow() {
    let larger = new Uint8Array(this.#stack.length * 2);
    larger.set(this.#stack), this.#stack = larger;
  }
};
var QUOTE3 = 34, COMMA3 = 44, COLON2 = 58, OPEN_BRACE3 = 123, CLOSE_BRACE3 = 125, OPEN_BRACKET3 = 91, CLOSE_BRACKET3 = 93, ELEMENT_KEYS = [
  "address",
  "module_address",
  "mode",
  "type",
  "name",
  "provider_name",
  "deposed",
  "action_reason",
  "previous_address",
  "change"
], CHANGE_AT = 9, UNIQUE_AT = Uint8Array.from(
  ELEMENT_KEYS,
  (_, at2) => at2 === 0 || at2 === 6 || at2 === 8 ? 1 : 0
), CHANGE_KEYS = [
  "actions",
  "replace_paths",
  "before",
  "after",
  "after_unknown",
  "before_sensitive",
  "after_sensitive"
], FIRST_VALUE_AT = 2;
function keyTable(keys) {
  let byLength = [];
  return keys.forEach((key, index) => (byLength[key.length] ??= []).push(index)), {
    byLength,
    bytes: keys.map((key) => Uint8Array.from(key, (char) => char.charCodeAt(0)))
  };
}
var ELEMENT_TABLE = keyTable(ELEMENT_KEYS), CHANGE_TABLE = keyTable(CHANGE_KEYS), elementSlots = new Int32Array(3 * ELEMENT_KEYS.length), changeSlots = new Int32Array(3 * CHANGE_KEYS.length), escaped = false, notes;
function readChangeFields(buffer, start, end, needsValues, keys) {
  if (notes = keys, changeSlots.fill(-1), !(readMembers(buffer, skipSpace(buffer, start, end), end, ELEMENT_TABLE, elementSlots) < 0))
    return fieldsOf(buffer, needsValues);
}
function readStreamedFields(buffer, start, end, needsValues, notes2, at2) {
  let members = at2 + 1, memberCount = notes2[at2], memberEnds = members + memberCount + 1, keysAt = memberEnds + notes2[memberEnds - 1], keys = keysAt + 1, keyCount = notes2[keysAt], valueEnds = keys + keyCount + 1;
  if (buffer[skipSpace(buffer, start, end)] !== OPEN_BRACE3 || notes2[memberEnds - 1] !== memberCount || notes2[valueEnds - 1] !== keyCount)
    return readChangeFields(buffer, start, end, needsValues);
  elementSlots.fill(-1), changeSlots.fill(-1);
  let next = 0;
  for (let member = 0; member < memberCount; member += 1) {
    let valueStart = notedValue(buffer, notes2[members + member], end, ELEMENT_TABLE);
    if (valueStart === -1) return;
    let known = notedKey;
    if (known < 0) continue;
    let valueEnd = notes2[memberEnds + member];
    if (escaped = false, UNIQUE_AT[known] === 1 && buffer[valueStart] === QUOTE3)
      skipString(buffer, valueStart + 1, end);
    else if (known === CHANGE_AT && buffer[valueStart] === OPEN_BRACE3) {
      for (changeSlots.fill(-1); next < keyCount && notes2[keys + next] < valueStart; ) next += 1;
      for (; next < keyCount && notes2[keys + next] < valueEnd; next += 1) {
        let from = notedValue(buffer, notes2[keys + next], end, CHANGE_TABLE);
        if (from === -1) return;
        notedKey < 0 || (changeSlots[3 * notedKey] = from, changeSlots[3 * notedKey + 1] = notes2[valueEnds + next], changeSlots[3 * notedKey + 2] = 0);
      }
    }
    elementSlots[3 * known] = valueStart, elementSlots[3 * known + 1] = valueEnd, elementSlots[3 * known + 2] = escaped ? 1 : 0;
  }
  return fieldsOf(buffer, needsValues);
}
var notedKey = -1;
function notedValue(buffer, quote, end, table) {
  escaped = false;
  let keyEnd = skipString(buffer, quote + 1, end);
  return escaped || keyEnd >= end ? -1 : (notedKey = keyIndex(buffer, quote + 1, keyEnd - 1, table), skipSpace(buffer, skipSpace(buffer, keyEnd, end) + 1, end));
}
function fieldsOf(buffer, needsValues) {
  let slots = elementSlots, type = elementField(buffer, 3), change, changeFrom = slots[3 * CHANGE_AT];
  if (changeFrom >= 0) {
    let changeTo = slots[3 * CHANGE_AT + 1];
    change = buffer[changeFrom] === OPEN_BRACE3 ? readChange(buffer, type, needsValues) : parse(buffer, changeFrom, changeTo);
  }
  return {
    address: elementField(buffer, 0),
    module_address: elementField(buffer, 1),
    mode: elementField(buffer, 2),
    type,
    name: elementField(buffer, 4),
    provider_name: elementField(buffer, 5),
    deposed: elementField(buffer, 6),
    action_reason: elementField(buffer, 7),
    previous_address: elementField(buffer, 8),
    change
  };
}
function elementField(buffer, at2) {
  let from = elementSlots[3 * at2];
  if (from < 0) return;
  let to = elementSlots[3 * at2 + 1];
  return UNIQUE_AT[at2] === 1 ? valueOf2(buffer, from, to, elementSlots[3 * at2 + 2] === 1) : remembered(buffer, from, to, at2);
}
function changeField(buffer, at2, remember) {
  let from = changeSlots[3 * at2];
  if (from < 0) return;
  let to = changeSlots[3 * at2 + 1];
  return remember ? remembered(buffer, from, to, ELEMENT_KEYS.length + at2) : parse(buffer, from, to);
}
function readChange(buffer, type, needsValues) {
  let actions = changeField(buffer, 0, true), wanted = typeof type != "string" || !Array.isArray(actions) || !actions.every((word) => typeof word == "string") || needsValues(type, actions);
  return (typeof wanted == "boolean" ? wanted : beforeMayHold(buffer, wanted)) ? {
    actions,
    replace_paths: changeField(buffer, 1, true),
    before: changeField(buffer, FIRST_VALUE_AT, false),
    after: changeField(buffer, 3, false),
    after_unknown: changeField(buffer, 4, false),
    before_sensitive: changeField(buffer, 5, false),
    after_sensitive: changeField(buffer, 6, false)
  } : { actions, replace_paths: changeField(buffer, 1, true) };
}
var beforeTables = /* @__PURE__ */ new WeakMap();
function beforeMayHold(buffer, keys) {
  let from = changeSlots[3 * FIRST_VALUE_AT];
  if (from < 0 || buffer[from] !== OPEN_BRACE3) return false;
  let end = changeSlots[3 * FIRST_VALUE_AT + 1], table = beforeTables.get(keys);
  table === void 0 && (table = keyTable(keys), beforeTables.set(keys, table));
  let i = skipSpace(buffer, from + 1, end);
  if (buffer[i] === CLOSE_BRACE3) return false;
  for (; ; ) {
    if (buffer[i] !== QUOTE3) return true;
    escaped = false;
    let keyEnd = skipString(buffer, i + 1, end);
    if (escaped || keyEnd > end || keyIndex(buffer, i + 1, keyEnd - 1, table) >= 0 || (i = skipSpace(buffer, keyEnd, end), buffer[i] !== COLON2)) return true;
    let valueEnd = skipValue(buffer, skipSpace(buffer, i + 1, end), end);
    if (valueEnd > end) return true;
    if (i = skipSpace(buffer, valueEnd, end), buffer[i] === CLOSE_BRACE3) return false;
    if (buffer[i] !== COMMA3) return true;
    i = skipSpace(buffer, i + 1, end);
  }
}
function readMembers(buffer, start, end, table, slots) {
  if (slots.fill(-1), buffer[start] !== OPEN_BRACE3) return -1;
  let i = skipSpace(buffer, start + 1, end);
  if (buffer[i] === CLOSE_BRACE3) return i + 1;
  for (; ; ) {
    if (buffer[i] !== QUOTE3) return -1;
    let keyStart = i + 1;
    if (escaped = false, i = skipString(buffer, keyStart, end), escaped || i >= end) return -1;
    let known = keyIndex(buffer, keyStart, i - 1, table);
    if (i = skipSpace(buffer, i, end), buffer[i] !== COLON2) return -1;
    let valueStart = skipSpace(buffer, i + 1, end);
    escaped = false;
    let valueEnd;
    if (table === ELEMENT_TABLE && known === CHANGE_AT && buffer[valueStart] === OPEN_BRACE3) {
      if (valueEnd = notes === void 0 ? -1 : readNotedMembers(buffer, valueStart, end, notes), valueEnd < 0 && (valueEnd = readMembers(buffer, valueStart, end, CHANGE_TABLE, changeSlots)), valueEnd < 0) return -1;
    } else if (valueEnd = skipValue(buffer, valueStart, end), valueEnd > end) return -1;
    if (known >= 0 && (slots[3 * known] = valueStart, slots[3 * known + 1] = valueEnd, slots[3 * known + 2] = escaped ? 1 : 0), i = skipSpace(buffer, valueEnd, end), buffer[i] === CLOSE_BRACE3) return i + 1;
    if (buffer[i] !== COMMA3) return -1;
    i = skipSpace(buffer, i + 1, end);
  }
}
function readNotedMembers(buffer, start, end, keys) {
  let slots = changeSlots;
  slots.fill(-1);
  let { list, to, base } = keys, next = keys.from;
  for (; next < to && list[next] - base <= start; ) next += 1;
  let i = skipSpace(buffer, start + 1, end);
  if (buffer[i] === CLOSE_BRACE3) return i + 1;
  for (; ; ) {
    if (buffer[i] !== QUOTE3 || next >= to || list[next] - base !== i) return -1;
    next += 1;
    let keyStart = i + 1;
    if (escaped = false, i = skipString(buffer, keyStart, end), escaped || i >= end) return -1;
    let known = keyIndex(buffer, keyStart, i - 1, CHANGE_TABLE);
    if (i = skipSpace(buffer, i, end), buffer[i] !== COLON2) return -1;
    let valueStart = skipSpace(buffer, i + 1, end), following = next < to ? list[next] - base : -1, comma = following - 1;
    for (; comma > valueStart && JSON_SPACE[buffer[comma]] === 1; ) comma -= 1;
    let valueEnd;
    if (following > valueStart && following < end && buffer[comma] === COMMA3) {
      for (valueEnd = comma; JSON_SPACE[buffer[valueEnd - 1]] === 1; ) valueEnd -= 1;
      i = following;
    } else if (valueEnd = skipValue(buffer, valueStart, end), valueEnd > end || (i = skipSpace(buffer, valueEnd, end), buffer[i] !== CLOSE_BRACE3)) return -1;
    if (known >= 0 && (slots[3 * known] = valueStart, slots[3 * known + 1] = valueEnd, slots[3 * known + 2] = 0), i !== following) return i + 1;
  }
}
function keyIndex(buffer, start, end, table) {
  let candidates = table.byLength[end - start];
  if (candidates === void 0) return -1;
  for (let at2 = 0; at2 < candidates.length; at2 += 1) {
    let index = candidates[at2];
    if (sameBytes(buffer, start, table.bytes[index])) return index;
  }
  return -1;
}
function valueOf2(buffer, start, end, escaped2) {
  return buffer[start] === QUOTE3 && !escaped2 ? buffer.toString("utf8", start + 1, end - 1) : parse(buffer, start, end);
}
function parse(buffer, start, end) {
  return JSON.parse(buffer.toString("utf8", start, end));
}
function sameBytes(buffer, start, bytes) {
  for (let index = 0; index < bytes.length; index += 1)
    if (buffer[start + index] !== bytes[index]) return false;
  return true;
}
var REMEMBERED = 4096, rememberedBytes = new Array(REMEMBERED), rememberedValues = new Array(REMEMBERED), lastBytes = new Array(
  ELEMENT_KEYS.length + CHANGE_KEYS.length
), lastValues = new Array(ELEMENT_KEYS.length + CHANGE_KEYS.length), REMEMBER_BYTES = 256;
function remembered(buffer, start, end, field) {
  let length = end - start, last = lastBytes[field];
  if (last !== void 0 && last.length === length && sameBytes(buffer, start, last))
    return lastValues[field];
  if (length > REMEMBER_BYTES) return parse(buffer, start, end);
  let hash = 2166136261 ^ length, head = Math.min(end, start + 8);
  for (let i = start; i < head; i += 1) hash = Math.imul(hash ^ buffer[i], 16777619);
  for (let i = Math.max(head, end - 12); i < end; i += 1)
    hash = Math.imul(hash ^ buffer[i], 16777619);
  let slot = (hash >>> 0) % REMEMBERED, known = rememberedBytes[slot], value;
  return known !== void 0 && known.length === length && sameBytes(buffer, start, known) ? value = rememberedValues[slot] : (value = parse(buffer, start, end), known = Uint8Array.prototype.slice.call(buffer, start, end), rememberedBytes[slot] = known, rememberedValues[slot] = value), lastBytes[field] = known, lastValues[field] = value, value;
}
function skipSpace(buffer, start, end) {
  let i = start;
  for (; i < end && JSON_SPACE[buffer[i]] === 1; ) i += 1;
  return i;
}
function skipString(buffer, start, end) {
  let i = start;
  for (; ; ) {
    for (; STRING_STOP[buffer[i]] === 0; ) i += 1;
    if (i >= end) return end + 1;
    if (buffer[i] === QUOTE3) return i + 1;
    escaped = true, i += 2;
  }
}
var NESTING = new Uint8Array(256);
NESTING[QUOTE3] = 1;
NESTING[OPEN_BRACE3] = 2;
NESTING[OPEN_BRACKET3] = 2;
NESTING[CLOSE_BRACE3] = 3;
NESTING[CLOSE_BRACKET3] = 3;
function skipValue(buffer, start, end) {
  let first = buffer[start];
  if (first === QUOTE3) return skipString(buffer, start + 1, end);
  if (first !== OPEN_BRACE3 && first !== OPEN_BRACKET3) {
    let i2 = start;
    for (; i2 < end; ) {
      let byte = buffer[i2];
      if (byte === COMMA3 || byte === CLOSE_BRACE3 || byte === CLOSE_BRACKET3 || JSON_SPACE[byte] === 1)
        return i2;
      i2 += 1;
    }
    return i2;
  }
  let depth = 1, i = start + 1;
  for (; i < end; ) {
    let kind = NESTING[buffer[i]];
    if (i += 1, kind !== 0) {
      if (kind === 1) {
        for (; ; ) {
          for (; STRING_STOP[buffer[i]] === 0; ) i += 1;
          if (i >= end) return end + 1;
          if (buffer[i] === QUOTE3) break;
          i += 2;
        }
        i += 1;
      } else if (kind === 2)
        depth += 1;
      else if (depth -= 1, depth === 0) return i;
    }
  }
  return end + 1;
}
var SCAN_JOB = "destroy-guard first pass";
var BatchWriter = class {
  #buffer;
  #windowBase = 0;
  /** The file offsets of the first element's start and the last one's end, -1 for none. */
  #first = -1;
  #last = -1;
  #notes = new Int32Array(4096);
  #length = 0;
  #count = 0;
  onElement = (buffer, base, log) => {
    this.#first < 0 && (this.#first = log.lastStart), this.#buffer = buffer, this.#windowBase = base, this.#last = log.lastEnd;
    let { members, memberEnds, keys, valueEnds } = log, needed = 6 + members.length + memberEnds.length + (keys?.length ?? 0) + valueEnds.length;
    if (this.#length + needed > this.#notes.length) {
      let larger = new Int32Array(Math.max(2 * this.#notes.length, this.#length + needed));
      larger.set(this.#notes.subarray(0, this.#length)), this.#notes = larger;
    }
    let origin = this.#first;
    this.#notes[this.#length++] = log.lastStart - origin, this.#notes[this.#length++] = log.lastEnd - origin, this.#put(members, origin), this.#put(memberEnds, origin), keys === void 0 ? this.#notes[this.#length++] = -1 : this.#put(keys, origin), this.#put(valueEnds, origin), this.#count += 1;
  };
  /**
   * The elements told since the last batch, undefined when there are none: their bytes and
   * notes copied (`copy`, for another thread), or views of the window and of this writer's
   * notes, valid until the window reads on and the next element is told.
   */
  take(copy) {
    let buffer = this.#buffer;
    if (this.#count === 0 || buffer === void 0) return;
    let from = this.#first - this.#windowBase, to = from + this.#last - this.#first, batch = copy ? {
      bytes: Uint8Array.prototype.slice.call(buffer, from, to),
      base: this.#first,
      notes: this.#notes.slice(0, this.#length),
      count: this.#count
    } : {
      bytes: buffer.subarray(from, to),
      base: this.#first,
      notes: this.#notes.subarray(0, this.#length),
      count: this.#count
    };
    return this.#first = -1, this.#last = -1, this.#length = 0, this.#count = 0, this.#buffer = void 0, batch;
  }
  #put(offsets, origin) {
    let notes2 = this.#notes;
    notes2[this.#length++] = offsets.length;
    for (let offset of offsets) notes2[this.#length++] = offset - origin;
  }
};
function readBatch(batch, visit) {
  let { bytes, notes: notes2 } = batch, buffer = import_node_buffer5.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), at2 = 0;
  for (let element = 0; element < batch.count; element += 1) {
    let start = notes2[at2], end = notes2[at2 + 1], members = at2 + 2, memberEnds = members + 1 + notes2[members], keys = memberEnds + 1 + notes2[memberEnds], keyCount = notes2[keys], valueEnds = keys + 1 + Math.max(0, keyCount);
    at2 = valueEnds + 1 + notes2[valueEnds], visit(buffer, start, end, notes2, keyCount < 0 ? -1 : members);
  }
}
function unreadable(error, key, position, displayPath) {
  return isStringTooLong(error) ? tooLarge2(`${key}[${position}]`, displayPath) : changedWhileRead(displayPath);
}
function isStringTooLong(error) {
  return (0, import_cli_chunk_AUXWUNJ3.errorCode)(error) === "ERR_STRING_TOO_LONG";
}
function tooLarge2(what, displayPath) {
  let megabytes = Math.round(import_node_buffer6.constants.MAX_STRING_LENGTH / 1048576);
  return (0, import_cli_chunk_AUXWUNJ3.planError)(
    displayPath,
    `${what} alone is larger than one JavaScript string holds (about ${megabytes} MB), so it cannot be read; split the configuration into smaller root modules, one plan file each`
  );
}
function changedWhileRead(displayPath) {
  return (0, import_cli_chunk_AUXWUNJ3.planError)(
    displayPath,
    `changed while it was being read; write the plan file completely before destroy-guard reads it: ${import_cli_chunk_AUXWUNJ3.SHOW_JSON}`
  );
}
var EarlyChanges = class {
  #displayPath;
  #needsValues;
  #onChange;
  #position = 0;
  #held;
  constructor(displayPath, needsValues, onChange) {
    this.#displayPath = displayPath, this.#needsValues = needsValues, this.#onChange = onChange;
  }
  /** A run of elements the first pass has checked (src/plan/stream/batch.ts), in order. */
  onBatch = (batch) => {
    this.#held === void 0 && readBatch(batch, this.#read);
  };
  #read = (buffer, start, end, notes2, at2) => {
    if (this.#held !== void 0) return;
    let position = this.#position;
    this.#position += 1;
    try {
      let raw;
      try {
        raw = (at2 < 0 ? readChangeFields(buffer, start, end, this.#needsValues) : readStreamedFields(buffer, start, end, this.#needsValues, notes2, at2)) ?? JSON.parse(buffer.toString("utf8", start, end));
      } catch (error) {
        throw unreadable(error, "resource_changes", position, this.#displayPath);
      }
      this.#onChange(toPlanChange(raw, this.#displayPath, position));
    } catch (error) {
      this.#held = { error };
    }
  };
  throwHeld() {
    if (this.#held !== void 0) throw this.#held.error;
  }
};
var MAX_PIECE_BYTES = import_node_buffer8.constants.MAX_STRING_LENGTH, SPARE = 1, MAX_RESERVE = 64 * 1024, PieceTooLarge = class extends Error {
  name = "PieceTooLarge";
}, FileWindow = class {
  /**
   * Valid bytes are `buffer[first \u2026 length)`; `buffer[index]` is the file's byte at `base +
   * index`. Readers only look at bytes at or after what they asked to keep.
   */
  buffer;
  base;
  length = 0;
  first = 0;
  /** Told the end of what the window holds after each read: progress for long reads. */
  onRead;
  #handle;
  #readBytes;
  /**
   * Room before each piece read ahead: kept bytes that fit there (a change being read) are
   * copied in front of the piece, not the piece after them.
   */
  #reserve;
  #limit;
  /** The read of the piece after `end`, already under way, into `#ahead`. */
  #pending;
  #ahead;
  /**
   * Reads `[start, limit)` of the file (to its end when `limit` is Infinity), `readBytes` at a
   * time, telling `onRead` how far after each read.
   */
  constructor(handle, start, readBytes, limit = 1 / 0, onRead) {
    this.onRead = onRead, this.#handle = handle, this.#readBytes = Math.max(1, Math.floor(readBytes)), this.#reserve = Math.min(this.#readBytes, MAX_RESERVE), this.#limit = limit, this.base = start, this.buffer = import_node_buffer8.Buffer.allocUnsafe(this.#reserve + this.#readBytes + SPARE);
  }
  /** Absolute offset just after the last valid byte. */
  get end() {
    return this.base + this.length;
  }
  /**
   * Forgets the bytes before `keep` (an absolute offset), then reads the next piece after the
   * ones it holds. False at the end of the file (or of the range).
   */
  async advance(keep) {
    let from = Math.min(Math.max(keep - this.base, this.first), this.length);
    this.first = from;
    let pending = this.#pending ?? this.#readAhead();
    if (this.#pending = void 0, pending === void 0) return false;
    let bytesRead = await pending;
    if (bytesRead === 0) return false;
    let ahead = this.#ahead, reserve = this.#reserve, kept = this.length - from;
    return kept <= reserve && ahead.length === this.buffer.length ? (this.buffer.copy(ahead, reserve - kept, from, this.length), this.base += this.length - reserve, this.#ahead = this.buffer, this.buffer = ahead, this.first = reserve - kept, this.length = reserve + bytesRead) : (this.buffer.copyWithin(0, from, this.length), this.base += from, this.first = 0, this.length = kept, this.length + bytesRead + SPARE > this.buffer.length && this.#grow(this.length + bytesRead + SPARE), ahead.copy(this.buffer, this.length, reserve, reserve + bytesRead), this.length += bytesRead), this.#pending = this.#readAhead(), this.onRead?.(this.end), true;
  }
  /** Starts reading the piece after `end`; undefined at the end of the range. */
  #readAhead() {
    let wanted = Math.min(this.#readBytes, this.#limit - this.end);
    if (wanted <= 0) return;
    this.#ahead ??= import_node_buffer8.Buffer.allocUnsafe(this.#reserve + this.#readBytes + SPARE);
    let read = this.#handle.read(this.#ahead, this.#reserve, wanted, this.end).then(({ bytesRead }) => bytesRead);
    return read.catch(() => {
    }), read;
  }
  /** The bytes `[start, end)` (absolute offsets) the window holds, as text. */
  text(start, end) {
    return this.buffer.toString("utf8", start - this.base, end - this.base);
  }
  #grow(needed) {
    if (needed > MAX_PIECE_BYTES + this.#readBytes) throw new PieceTooLarge();
    let larger = import_node_buffer8.Buffer.allocUnsafe(
      Math.max(needed, Math.min(this.buffer.length * 2, MAX_PIECE_BYTES + this.#readBytes))
    );
    this.buffer.copy(larger, 0, 0, this.length), this.buffer = larger;
  }
};
async function readAt(handle, position, length) {
  let buffer = import_node_buffer8.Buffer.alloc(Math.max(0, length));
  if (length <= 0 || position < 0) return buffer.subarray(0, 0);
  let { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
async function explainBroken(handle, broken, wrapped, displayPath) {
  let at2 = broken.at;
  if (broken.firstLineIsValue && (0, import_cli_chunk_AUXWUNJ3.isUiLogLine)(broken.top))
    return brokenJsonError({ kind: "ui-log" }, displayPath);
  let textEnd = wrapped ? await wrapperTextEnd(handle, at2) : broken.atEnd ? at2 : void 0;
  if (textEnd !== void 0) return truncated(await shown2(handle, textEnd), displayPath);
  let byte = await shown2(handle, at2), text = (await readAt(handle, at2, 256)).toString("utf8");
  if (/^\s/u.test(text) && await onlySpaceFollows(handle, at2, wrapped))
    return truncated(byte, displayPath);
  if (broken.complete) {
    let second = /\S/u.exec(text.slice(0, 64))?.[0] === "{";
    return brokenJsonError(
      { kind: second ? "second-document" : "trailing-data", byte },
      displayPath
    );
  }
  return brokenJsonError({ kind: "unexpected", byte, char: describeChar(text, 0) }, displayPath);
}
async function shown2(handle, at2) {
  let before = await readAt(handle, Math.max(0, at2 - 256), Math.min(256, at2)), start = 0;
  if (at2 > 256) for (; start < 3 && (before[start] & 192) === 128; ) start += 1;
  let text = before.subarray(start);
  return at2 + import_node_buffer7.Buffer.byteLength(text.toString("utf8"), "utf8") - text.length;
}
function truncated(byte, displayPath) {
  return brokenJsonError({ kind: "truncated", byte }, displayPath);
}
var LF2 = 10, COLON3 = 58, PIECE = 64 * 1024;
async function wrapperTextEnd(handle, at2) {
  let position = at2, escapes = 0;
  for (; ; ) {
    let bytes = await readAt(handle, position, 3);
    if (escapes < 4 && isEscapedLineEnd(bytes[0], bytes[1], bytes[2]))
      escapes += 1, position += 3;
    else break;
  }
  for (; ; ) {
    let piece = await readAt(handle, position, PIECE), index = 0;
    for (; index < piece.length && isJsonSpace(piece[index]); ) index += 1;
    if (position += index, index < piece.length || piece.length === 0) break;
  }
  let next = await readAt(handle, position - 1, 3), atEnd = next.length <= 1 && position > 0, commands = next[0] === LF2 && next[1] === COLON3 && next[2] === COLON3;
  if (!(!atEnd && !commands && !(position === 0 && next[0] === COLON3 && next[1] === COLON3)))
    return trimTextEnd(handle, commands ? position - 1 : position);
}
async function trimTextEnd(handle, end) {
  let position = end;
  for (; ; ) {
    let from = Math.max(0, position - PIECE), piece = await readAt(handle, from, position - from), index = piece.length;
    for (; index > 0 && isJsonSpace(piece[index - 1]); ) index -= 1;
    if (position = from + index, index > 0 || from === 0) break;
  }
  let tail = await readAt(handle, Math.max(0, position - 12), Math.min(12, position)), cut = tail.length;
  for (; cut >= 3 && isEscapedLineEnd(tail[cut - 3], tail[cut - 2], tail[cut - 1]); )
    cut -= 3;
  return position - (tail.length - cut);
}
async function onlySpaceFollows(handle, at2, wrapped) {
  let position = at2;
  for (; ; ) {
    let piece = await readAt(handle, position, PIECE);
    if (piece.length === 0) return true;
    let whole = piece.length < PIECE ? piece.length : charBoundary(piece), text = piece.toString("utf8", 0, whole), found = /\S/u.exec(text);
    if (found !== null) {
      if (!wrapped) return false;
      let offset = position + import_node_buffer7.Buffer.byteLength(text.slice(0, found.index), "utf8");
      return await wrapperTextEnd(handle, offset) !== void 0;
    }
    position += whole;
  }
}
function charBoundary(bytes) {
  let lead2 = bytes.length - 1;
  for (; lead2 > 0 && lead2 > bytes.length - 4 && (bytes[lead2] & 192) === 128; )
    lead2 -= 1;
  let byte = bytes[lead2], size = byte >= 240 ? 4 : byte >= 224 ? 3 : byte >= 192 ? 2 : 1;
  return lead2 + size <= bytes.length ? bytes.length : lead2;
}
var SAMPLE = [
  String.raw`{"format_version":"1.2","resource_changes":[{"address":"a.b[\"x\"]","mode":"managed",`,
  String.raw`"change":{"actions":["delete"],"before":{"n":-1.5e+3,"m":0,"z":0.25,"e":1E5,"g":2e-1,`,
  String.raw`"h":-0,"i":120,"t":true,"f":false,"u":null,"s":"\\\/\b\f\n\r\t\u00e9 \u00e9",`,
  String.raw`"l":[[],{},[1,{"a":[{"b":{"c":[{"d":1}]}}]}]],"q":"x","o":{"p":[true,false,null,"v",{}]}},`,
  String.raw`"after":null,"after_unknown":{}}} ,`,
  ` 	\r
`,
  String.raw`{ "address" : "c" , "change" : { "actions" : [ "create" ] , "before" : null } }`,
  `
`,
  String.raw`,{"address":"d","change":{}},{}],"deferred_changes":[],`,
  String.raw`"planned_values":{"root_module":{"resources":[{"values":{"k":[1,2],"s":"t"}}]}},`,
  String.raw`"errored":false,"complete":true,"applyable":null,"z":0,"x":-0.5e-2} `
].join(""), warmed = false;
function warmScanner() {
  if (warmed) return;
  warmed = true;
  let bytes = import_node_buffer9.Buffer.from(SAMPLE, "utf8"), buffer = import_node_buffer9.Buffer.alloc(bytes.length + 1);
  bytes.copy(buffer);
  for (let piece of [bytes.length, 1, 3, 7, 16]) {
    let scanner = new JsonScanner(0);
    for (let end = Math.min(piece, bytes.length); !(!drive(scanner, buffer, end) || end === bytes.length); end = Math.min(end + piece, bytes.length))
      ;
    scanner.end();
  }
  let exact = new JsonScanner(0);
  drive(exact, bytes, bytes.length);
}
function drive(scanner, buffer, end) {
  for (; ; ) {
    let stop = scanner.scan(buffer, 0, end);
    if (stop === "more") return true;
    if (stop === "done" || stop === "error") return false;
    stop === "key" ? scanner.keyStart = -1 : stop === "value" && scanner.valueByte === 91 ? scanner.elements = new ElementLog(8, scanner.valueStart < FIRST_ARRAY_BEFORE) : stop === "element" ? (scanner.elements?.next(), scanner.elementStart = -1) : stop === "member" && (scanner.elements = void 0);
  }
}
var FIRST_ARRAY_BEFORE = 64;
var DEFAULT_ELEMENT_CAPACITY = 1e6, BrokenDocument = class extends Error {
  name = "BrokenDocument";
  broken;
  constructor(broken) {
    super(`invalid JSON at byte ${broken.at}`), this.broken = broken;
  }
}, OPEN_BRACE4 = 123, OPEN_BRACKET4 = 91;
async function indexDocument(handle, start, readBytes, wrapped, options = {}) {
  let { elementCapacity = DEFAULT_ELEMENT_CAPACITY, onElement, onPieceEnd } = options;
  warmScanner();
  let window = new FileWindow(handle, start, readBytes, 1 / 0, options.onRead), scanner = options.fromKey === true ? JsonScanner.atTopLevelKey(start) : new JsonScanner(start), top = {}, lists = {}, key = "", keep = -1, streamOffered = onElement === void 0, handedOver = false, broken = (at2, atEnd) => new BrokenDocument({ at: at2, atEnd, complete: false, firstLineIsValue: false, top });
  for (; ; ) {
    let stop = scanner.scan(window.buffer, window.base, window.length);
    if (stop === "more") {
      if (onPieceEnd?.(), await advance(window, scanner, keep)) continue;
      if (scanner.end() === "done") break;
      throw broken(window.end, true);
    }
    if (stop === "element") {
      let log = scanner.elements;
      onElement(window.buffer, window.base, log), handedOver = true, log.next(), scanner.elementStart = -1;
      continue;
    }
    if (stop === "key") {
      if (options.handOff?.() === scanner.keyStart) {
        onPieceEnd?.();
        let handedOff = { at: scanner.keyStart, sawLineFeed: scanner.sawLineFeed };
        return { top, lists, handedOver, handedOff };
      }
      key = String(JSON.parse(window.text(scanner.keyStart, scanner.offset))), scanner.keyStart = -1;
    } else if (stop === "value") {
      let byte = scanner.valueByte;
      if (keep = byte === OPEN_BRACE4 || byte === OPEN_BRACKET4 ? -1 : scanner.valueStart, byte === OPEN_BRACKET4 && (key === "resource_changes" || key === "deferred_changes")) {
        let stream = !streamOffered && key === "resource_changes";
        stream && (streamOffered = true), scanner.elements = new ElementLog(elementCapacity, stream);
      }
    } else if (stop === "member")
      noteMember(scanner, window, key, keep, top, lists), scanner.elements = void 0, keep = -1;
    else {
      if (stop === "done")
        break;
      throw broken(scanner.offset, false);
    }
  }
  return onPieceEnd?.(), await checkTail(window, scanner, wrapped, top), { top, lists, handedOver };
}
function noteMember(scanner, window, key, keep, top, lists) {
  let { valueStart, valueEnd, valueByte } = scanner, value = keep >= 0 ? JSON.parse(window.text(valueStart, valueEnd)) : emptied(valueByte);
  if (Object.defineProperty(top, key, { value, writable: true, enumerable: true, configurable: true }), key !== "resource_changes" && key !== "deferred_changes") return;
  let log = scanner.elements, range = { start: valueStart, end: valueEnd, firstByte: valueByte };
  lists[key] = log === void 0 || log.overflowed ? range : log.streaming ? { ...range, streamed: true } : { ...range, elements: log };
}
async function advance(window, scanner, keep) {
  let log = scanner.elements, element = log?.streaming === true ? scanner.elementStart : -1, pending = scanner.keyStart >= 0 ? scanner.keyStart : element >= 0 ? element : keep;
  try {
    return await window.advance(pending >= 0 ? pending : scanner.offset);
  } catch (error) {
    if (!(error instanceof PieceTooLarge) || element < 0 || log === void 0) throw error;
    return log.stopStreaming(), window.advance(keep >= 0 ? keep : scanner.offset);
  }
}
function emptied(firstByte) {
  return firstByte === OPEN_BRACE4 ? {} : [];
}
var LF3 = 10, COLON4 = 58, PERCENT = 37;
async function checkTail(window, scanner, wrapped, top) {
  let lineFeedInside = scanner.sawLineFeed, lineFeed = false, previous = -1, escapesAt = -1, escapes = 0, position = scanner.offset, broken = (at2) => new BrokenDocument({
    at: escapesAt >= 0 ? escapesAt : at2,
    atEnd: false,
    complete: true,
    firstLineIsValue: !lineFeedInside && lineFeed,
    top
  });
  for (let byte = await byteAt(window, position); byte >= 0; byte = await byteAt(window, position)) {
    if (isJsonSpace(byte))
      byte === LF3 && escapesAt < 0 && (lineFeed = true);
    else if (wrapped && byte === COLON4 && previous === LF3) {
      if (await byteAt(window, position + 1) === COLON4) return;
      throw broken(position);
    } else if (wrapped && byte === PERCENT && escapes < 4 && (escapesAt < 0 || isLineEndLetter(previous))) {
      escapesAt < 0 && (escapesAt = position);
      let zero = await byteAt(window, position + 1), letter = await byteAt(window, position + 2);
      if (!isEscapedLineEnd(byte, zero, letter)) throw broken(position);
      escapes += 1, position += 2, byte = letter;
    } else
      throw broken(position);
    escapesAt >= 0 && byte !== PERCENT && isJsonSpace(byte) && (escapes = 4), previous = byte, position += 1;
  }
}
async function byteAt(window, position) {
  for (; position >= window.end; )
    if (!await window.advance(window.end)) return -1;
  return window.buffer[position - window.base];
}
function scanWorkerUrl() {
  let url = new URL("./scan-worker.cjs", __destroyGuardFileUrl);
  return url.protocol === "file:" && (0, import_node_fs.existsSync)((0, import_node_url.fileURLToPath)(url)) ? url : void 0;
}
var WorkerUnavailable = class extends Error {
  name = "WorkerUnavailable";
};
async function indexInWorker(script, fd, start, size, readBytes, wrapped, options = {}) {
  let { onBatch, onRead } = options, flags = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)), split = new BigInt64Array(new SharedArrayBuffer(BigInt64Array.BYTES_PER_ELEMENT));
  split[0] = -1n;
  let job = (role) => ({
    kind: SCAN_JOB,
    role,
    fd,
    start,
    size,
    readBytes,
    wrapped,
    elementCapacity: options.elementCapacity,
    flags,
    split,
    guessFirst: options.guessFirst === true
  }), headEnd = start, tailRead = 0, told = () => {
    let from = Number(Atomics.load(split, 0)), head2 = tailRead > 0 && from >= 0 ? Math.min(headEnd, from) : headEnd;
    onRead?.(Math.min(head2 + tailRead, size));
  }, head = run(script, job("head"), (message) => {
    message.kind === "batch" ? (onBatch?.(message.batch), Atomics.sub(flags, 0, 1), Atomics.notify(flags, 0)) : (headEnd = message.end, told());
  }), tail = run(script, job("tail"), (message) => {
    message.kind === "read" && (tailRead = message.end - Number(Atomics.load(split, 0)), told());
  });
  try {
    let first = await head.end;
    return first.kind !== "done" || first.handedOff === void 0 ? outcome(first, []) : outcome(await tail.end, first.top, first);
  } finally {
    Atomics.store(flags, 1, 1), Atomics.notify(flags, 0), await Promise.all([head.worker.terminate(), tail.worker.terminate()]);
  }
}
function run(script, job, onMessage) {
  let worker = new import_node_worker_threads.Worker(script, { workerData: job }), heard = false, failed = (error) => heard ? error : new WorkerUnavailable(String(error), { cause: error }), end = new Promise((resolve, reject) => {
    worker.on("message", (message) => {
      heard = true;
      try {
        message.kind === "batch" || message.kind === "read" ? onMessage(message) : resolve(message);
      } catch (error) {
        reject(error);
      }
    }), worker.on("error", (error) => reject(failed(error))), worker.on("exit", (code2) => {
      reject(failed(new Error(`the plan's first pass stopped before its end (exit code ${code2})`)));
    });
  });
  return end.catch(() => {
  }), { worker, end };
}
function outcome(message, before, head) {
  switch (message.kind) {
    case "done":
      return {
        top: object([...before, ...message.top]),
        lists: { ...head?.lists, ...message.lists },
        handedOver: head?.handedOver ?? message.handedOver,
        ...head?.handedOff === void 0 ? {} : { tailFrom: head.handedOff.at }
      };
    case "broken": {
      let sawLineFeed = head?.handedOff?.sawLineFeed === true, { firstLineIsValue } = message.broken;
      throw new BrokenDocument({
        ...message.broken,
        firstLineIsValue: firstLineIsValue && !sawLineFeed,
        top: object([...before, ...message.top])
      });
    }
    case "too-large":
      throw new PieceTooLarge();
    case "none":
      throw new Error("the first pass ended where no scan reads on");
    case "failed":
      throw Object.assign(new Error(message.message), { name: message.name, code: message.code });
  }
}
function object(members) {
  let top = {};
  for (let [key, value] of members)
    Object.defineProperty(top, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    });
  return top;
}
var THREADS_ABOVE_BYTES = 128 * 1024 * 1024, DEFAULT_READ_BYTES = 4 * 1024 * 1024;
async function streamPlan(handle, size, start, displayPath, onChange, options = {}) {
  let readBytes = options.readBytes ?? DEFAULT_READ_BYTES, { progress, restart } = options, needsValues = options.needsValues ?? allValues, early = restart === void 0 ? void 0 : new EarlyChanges(displayPath, needsValues, onChange), onRead = progress && ((end) => progress("checking", end, size)), elementCapacity = options.elementCapacity, script = early === void 0 ? void 0 : options.scanWorker ?? (size > THREADS_ABOVE_BYTES ? scanWorkerUrl() : void 0), index = await explained(handle, start.wrapped, displayPath, async () => {
    if (script !== void 0 && script !== false)
      try {
        return await indexInWorker(
          script,
          handle.fd,
          start.offset,
          size,
          readBytes,
          start.wrapped,
          {
            elementCapacity,
            onRead,
            onBatch: early?.onBatch
          }
        );
      } catch (error) {
        if (!(error instanceof WorkerUnavailable)) throw error;
      }
    let batches = early && new BatchWriter(), handOver = () => {
      let batch = batches?.take(false);
      batch !== void 0 && early?.onBatch(batch);
    };
    return indexDocument(handle, start.offset, readBytes, start.wrapped, {
      elementCapacity,
      onRead,
      onElement: batches?.onElement,
      onPieceEnd: handOver
    });
  }), meta = toPlanMeta(index.top, displayPath);
  changeList(index.top, "resource_changes", displayPath), changeList(index.top, "deferred_changes", displayPath), index.handedOver && index.lists.resource_changes?.streamed !== true && restart?.();
  let lists = [
    ["resource_changes", toPlanChange],
    ["deferred_changes", toDeferredChange]
  ];
  for (let [key, toChange] of lists) {
    let range = index.lists[key];
    if (range === void 0 || range.firstByte !== OPEN_BRACKET5) continue;
    if (range.streamed === true) {
      early?.throwHeld();
      continue;
    }
    let told = progress && ((end) => progress("assessing", end - range.start, range.end - range.start)), fields = key === "resource_changes" ? changeFields(range, needsValues) : void 0;
    await emitElements(
      handle,
      range,
      readBytes,
      key,
      displayPath,
      told,
      fields,
      (raw, position) => onChange(toChange(raw, displayPath, position))
    );
  }
  return meta;
}
var OPEN_BRACKET5 = 91, allValues = () => true;
function changeFields(range, needsValues) {
  let list = range.elements?.keys, keyEnds = range.elements?.keyEnds ?? [], notes2 = { list: list ?? [], from: 0, to: 0, base: 0 };
  return (buffer, base, start, end, element) => list === void 0 || element < 0 ? readChangeFields(buffer, start - base, end - base, needsValues) : (notes2.from = element === 0 ? 0 : keyEnds[element - 1], notes2.to = keyEnds[element], notes2.base = base, readChangeFields(buffer, start - base, end - base, needsValues, notes2));
}
async function explained(handle, wrapped, displayPath, index) {
  try {
    return await index();
  } catch (error) {
    throw error instanceof BrokenDocument ? await explainBroken(handle, error.broken, wrapped, displayPath) : error instanceof PieceTooLarge ? tooLarge2("a top-level value", displayPath) : error;
  }
}
async function emitElements(handle, range, readBytes, key, displayPath, told, fields, emit) {
  let window = new FileWindow(handle, range.start, readBytes, range.end);
  window.onRead = told;
  let position = 0, onElement = (start, end, element = -1) => {
    let raw;
    try {
      raw = fields?.(window.buffer, window.base, start, end, element) ?? JSON.parse(window.text(start, end));
    } catch (error) {
      throw unreadable(error, key, position, displayPath);
    }
    emit(raw, position), position += 1;
  }, hold = async (keep, end) => {
    for (; window.end < end; ) {
      let more;
      try {
        more = await window.advance(keep);
      } catch (error) {
        throw error instanceof PieceTooLarge ? tooLarge2(`${key}[${position}]`, displayPath) : error;
      }
      if (!more) throw changedWhileRead(displayPath);
    }
  }, log = range.elements;
  if (log !== void 0) {
    let { starts, ends } = log;
    for (let element = 0; element < starts.length; element += 1) {
      let start = starts[element], end = ends[element];
      await hold(start, end), onElement(start, end, element);
    }
    return;
  }
  let splitter = new ArraySplitter(range.start);
  for (; !splitter.finished; )
    await hold(
      splitter.elementStart >= 0 ? splitter.elementStart : splitter.offset,
      window.end + 1
    ), splitter.split(window.buffer, window.base, window.length, onElement);
}
var OPEN_BRACE5 = 123, LF4 = 10, HEAD_BYTES = 1024 * 1024, WRAPPER_LINE = import_node_buffer10.Buffer.from(WRAPPER_COMMAND, "latin1");
async function findJsonObject(handle, size) {
  let head = await readAt(handle, 0, Math.min(size, HEAD_BYTES)), { encoding, bomLength } = detectEncoding(head);
  if (head.length === 0 || encoding !== "utf-8") return;
  let offset = bomLength, wrapped = false;
  if (head.subarray(offset, offset + WRAPPER_LINE.length).equals(WRAPPER_LINE)) {
    let newline = head.indexOf(LF4, offset);
    if (newline < 0) return;
    offset = newline + 1, wrapped = true;
  }
  let first = offset;
  for (; first < head.length && isJsonSpace(head[first]); ) first += 1;
  return head[first] === OPEN_BRACE5 ? { offset, wrapped } : void 0;
}
var STREAM_THRESHOLD_BYTES = 32 * 1024 * 1024;
async function readPlan(filePath, displayPath, onChange, options = {}) {
  let size = await regularFileSize(filePath);
  if (size === void 0 || size <= (options.piecesAbove ?? STREAM_THRESHOLD_BYTES))
    return readPlanFile(filePath, displayPath, onChange);
  let handle;
  try {
    handle = await (0, import_promises4.open)(filePath, "r");
  } catch {
    return readPlanFile(filePath, displayPath, onChange);
  }
  try {
    let start = await findJsonObject(handle, size);
    if (start !== void 0)
      return await streamPlan(handle, size, start, displayPath, onChange, options).catch(
        async (error) => {
          throw await worded(error);
        }
      );
    if (await fitsOneString(handle, size))
      return await readPlanFile(filePath, displayPath, onChange);
    throw await notStreamable(handle, size, displayPath);
  } finally {
    await handle.close();
  }
}
async function regularFileSize(filePath) {
  try {
    let stats = await (0, import_promises4.stat)(filePath);
    return stats.isFile() ? stats.size : void 0;
  } catch {
    return;
  }
}
async function fitsOneString(handle, size) {
  let { encoding } = detectEncoding(await readAt(handle, 0, 4));
  return size <= (encoding === "utf-8" ? 1 : 2) * import_node_buffer4.constants.MAX_STRING_LENGTH;
}
async function notStreamable(handle, size, displayPath) {
  let head = await readAt(handle, 0, Math.min(size, HEAD_BYTES)), megabytes = Math.round(size / (1024 * 1024));
  if (detectEncoding(head).encoding !== "utf-8")
    return (0, import_cli_chunk_AUXWUNJ3.planError)(
      displayPath,
      `is UTF-16 (as PowerShell's \`>\` writes) and ${megabytes} MB: a plan this large is read in pieces, which needs UTF-8; write it with \`cmd /c "terraform show -json tfplan > plan.json"\`, or ${import_cli_chunk_AUXWUNJ3.SHOW_JSON} in bash`
    );
  let text = head.toString("utf8", 0, Math.min(head.length, 4096)).replace(/^\uFEFF/u, ""), json = text.startsWith("[command]") ? text.slice(text.indexOf(`
`) + 1) : text;
  if (/\S/u.exec(json)?.[0] === "[") return (0, import_cli_chunk_AUXWUNJ3.notAPlan)([], displayPath);
  try {
    return (0, import_cli_chunk_AUXWUNJ3.notAPlan)(parsePlanBytes(head, displayPath), displayPath);
  } catch (error) {
    if (error instanceof import_cli_chunk_AUXWUNJ3.UserError) return error;
    throw error;
  }
}
async function readStdinPlan(stream, displayPath, onChange, options = {}) {
  let spillBytes = options.spillBytes ?? STREAM_THRESHOLD_BYTES, held = [], heldBytes = 0, chunks = stdinChunks(stream);
  for (let next = await chunks.next(); next.done !== true; next = await chunks.next())
    if (held.push(next.value), heldBytes += next.value.length, heldBytes > spillBytes) return spill(held, chunks, displayPath, onChange, options);
  let bytes = held.length === 1 && held[0] !== void 0 ? held[0] : import_node_buffer2.Buffer.concat(held);
  try {
    return readPlanBytes(bytes, displayPath, onChange);
  } catch (error) {
    throw await worded(error);
  }
}
async function spill(held, rest, displayPath, onChange, options) {
  let parent = options.tmpDir ?? import_node_os.default.tmpdir(), directory;
  try {
    directory = await (0, import_promises2.mkdtemp)(import_node_path2.default.join(parent, "destroy-guard-"));
  } catch (error) {
    throw noTemporaryFile(parent, error, displayPath);
  }
  try {
    let file = import_node_path2.default.join(directory, "plan.json"), handle;
    try {
      handle = await (0, import_promises2.open)(file, "w");
      for (let chunk of held.splice(0)) await handle.write(chunk);
      for (let next = await rest.next(); next.done !== true; next = await rest.next())
        await handle.write(next.value);
    } catch (error) {
      throw isSystemError(error) ? noTemporaryFile(parent, error, displayPath) : error;
    } finally {
      await handle?.close(), await rest.return(void 0);
    }
    return await readPlan(file, displayPath, onChange, { ...options.stream, piecesAbove: 0 });
  } finally {
    await (0, import_promises2.rm)(directory, { recursive: true, force: true });
  }
}
function isSystemError(error) {
  return error instanceof Error && typeof error.syscall == "string";
}
function noTemporaryFile(parent, error, displayPath) {
  let code2 = (0, import_cli_chunk_AUXWUNJ3.errorCode)(error) ?? "write error";
  return (0, import_cli_chunk_AUXWUNJ3.planError)(
    displayPath,
    `is too large to hold in memory and cannot be written to a temporary file in ${parent} (${code2}); write the plan to a file (\`terraform show -json tfplan > plan.json\`) and pass its path`
  );
}
async function assessPlans(lines, options) {
  let catalog = buildCatalog(options.statefulTypes), isIgnored = options.ignore.length === 0 ? () => false : globMatcher(options.ignore), inputs = await resolvePlanInputs(lines, {
    cwd: options.cwd,
    workspace: options.workspace,
    refuseOutside: options.refuseOutside === true
  });
  if (inputs.length === 0)
    throw new import_cli_chunk_AUXWUNJ3.UserError(
      "plan: no plan file given (only blank paths); write one with `terraform show -json tfplan > plan.json` and pass its path"
    );
  let assessments = [];
  for (let input of inputs) {
    let assess = { catalog, failOn: options.failOn, isIgnored }, assessor = new PlanAssessor(input.source, assess), told = options.progress, path3 = input.source.path, stream = {
      needsValues: assessor.needsValues,
      // The reader may hand over changes as its first pass checks them, then start over.
      restart: () => {
        assessor = new PlanAssessor(input.source, assess);
      },
      ...told === void 0 ? {} : { progress: (phase, done, total) => told({ path: path3, phase, done, total }) }
    }, add = (change) => assessor.add(change), meta = input.filePath === "-" ? await readStdinPlan(options.stdin, input.source.path, add, { stream }) : await readPlan(input.filePath, input.source.path, add, stream);
    assessments.push(assessor.finish(meta));
  }
  return buildReport(assessments, options.failOn);
}
var INVISIBLE = (
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB\uD800-\uDFFF]/gu
);
function visibleEscape(char) {
  return `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`;
}
function escapeInvisible(text) {
  return text.replace(INVISIBLE, visibleEscape);
}
var MARKDOWN_INLINE = /[\\`*_[\]<>&|~$]/gu, ENTITIES = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeText(text) {
  return escapeInvisible(text).replace(MARKDOWN_INLINE, (char) => ENTITIES[char] ?? `\\${char}`);
}
function escapeHtml(text) {
  return escapeInvisible(text).replace(/[<>&"']/gu, (char) => ENTITIES[char] ?? char);
}
function codeSpan(text, context = "inline") {
  let content = escapeInvisible(text);
  content === "" && (content = " ");
  let longest = 0;
  for (let run2 of content.matchAll(/`+/gu)) longest = Math.max(longest, run2[0].length);
  let fence = "`".repeat(longest + 1), stripped = content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "", pad = content.startsWith("`") || content.endsWith("`") || stripped ? " " : "";
  return context === "table" && (content = content.replaceAll("|", "\\|")), `${fence}${pad}${content}${pad}${fence}`;
}
function markdownLine(text) {
  return escapeInvisible(text);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SEVERITIES,
  assessPlans,
  buildCatalog,
  byCodeUnit,
  bySeverityDescending,
  codeSpan,
  decodePlanText,
  escapeHtml,
  escapeInvisible,
  escapeText,
  isCreateBeforeDestroy,
  isDelete,
  isDestroyBeforeCreate,
  isForget,
  isSeverity,
  judgeUnreviewedName,
  markdownLine,
  parseStatefulTypes,
  plainText,
  providerOf,
  severityRank
});
