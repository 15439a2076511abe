import type { CatalogEntry } from '../types.js';

/*
 * Other providers, grouped by provider. Protections cite the provider's resource page
 * ("<provider> provider docs: <page>").
 */
// One entry per line, so adding a type is a one-line change.
// prettier-ignore
export const OTHERS: readonly CatalogEntry[] = [
  // DigitalOcean (digitalocean/digitalocean)
  { type: 'digitalocean_database_cluster', category: 'relational-database', severity: 'critical' },
  { type: 'digitalocean_database_db', category: 'relational-database', severity: 'critical' },
  { type: 'digitalocean_database_replica', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'digitalocean_volume', category: 'block-storage', severity: 'critical' },
  { type: 'digitalocean_volume_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'digitalocean_droplet_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  // DigitalOcean provider docs: digitalocean_spaces_bucket — force_destroy "Default is false";
  // versioning.enabled.
  {
    type: 'digitalocean_spaces_bucket',
    category: 'object-storage',
    severity: 'critical',
    protections: [
      { path: 'force_destroy', effect: 'purges-contents', default: false, source: 'DigitalOcean provider docs: digitalocean_spaces_bucket' },
      { path: 'versioning.0.enabled', effect: 'versioning-enabled', default: false, source: 'DigitalOcean provider docs: digitalocean_spaces_bucket' },
    ],
  },
  { type: 'digitalocean_domain', category: 'dns-zone', severity: 'high' },
  { type: 'digitalocean_container_registry', category: 'container-registry', severity: 'high' },

  // Cloudflare (cloudflare/cloudflare)
  { type: 'cloudflare_zone', category: 'dns-zone', severity: 'high' },
  { type: 'cloudflare_r2_bucket', category: 'object-storage', severity: 'critical' },
  { type: 'cloudflare_d1_database', category: 'relational-database', severity: 'critical' },
  { type: 'cloudflare_workers_kv_namespace', category: 'nosql-database', severity: 'high' },
  { type: 'cloudflare_queue', category: 'queue-stream', severity: 'high' },

  // MongoDB Atlas (mongodb/mongodbatlas): termination_protection_enabled makes Atlas refuse
  // the delete. MongoDB Atlas provider docs: mongodbatlas_cluster, mongodbatlas_advanced_cluster,
  // mongodbatlas_serverless_instance, mongodbatlas_flex_cluster (computed from Atlas when
  // unset, so no default).
  {
    type: 'mongodbatlas_cluster',
    category: 'nosql-database',
    severity: 'critical',
    protections: [{ path: 'termination_protection_enabled', effect: 'blocks-destroy', source: 'MongoDB Atlas provider docs: mongodbatlas_cluster' }],
  },
  {
    type: 'mongodbatlas_advanced_cluster',
    category: 'nosql-database',
    severity: 'critical',
    protections: [{ path: 'termination_protection_enabled', effect: 'blocks-destroy', source: 'MongoDB Atlas provider docs: mongodbatlas_advanced_cluster' }],
  },
  {
    type: 'mongodbatlas_serverless_instance',
    category: 'nosql-database',
    severity: 'critical',
    protections: [{ path: 'termination_protection_enabled', effect: 'blocks-destroy', source: 'MongoDB Atlas provider docs: mongodbatlas_serverless_instance' }],
  },
  {
    type: 'mongodbatlas_flex_cluster',
    category: 'nosql-database',
    severity: 'critical',
    protections: [{ path: 'termination_protection_enabled', effect: 'blocks-destroy', source: 'MongoDB Atlas provider docs: mongodbatlas_flex_cluster' }],
  },
  { type: 'mongodbatlas_cloud_backup_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'mongodbatlas_cloud_backup_schedule', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'mongodbatlas_backup_compliance_policy', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'mongodbatlas_project', category: 'other-stateful', severity: 'high' },

  // Snowflake (Snowflake-Labs/snowflake): a dropped object can be UNDROPped during its Time
  // Travel retention. Snowflake provider docs: snowflake_database, snowflake_schema,
  // snowflake_table — data_retention_time_in_days (inherited from the account when unset, so
  // no default).
  {
    type: 'snowflake_database',
    category: 'data-warehouse',
    severity: 'critical',
    protections: [{ path: 'data_retention_time_in_days', effect: 'deletion-window-days', source: 'Snowflake provider docs: snowflake_database' }],
  },
  {
    type: 'snowflake_schema',
    category: 'data-warehouse',
    severity: 'critical',
    protections: [{ path: 'data_retention_time_in_days', effect: 'deletion-window-days', source: 'Snowflake provider docs: snowflake_schema' }],
  },
  {
    type: 'snowflake_table',
    category: 'data-warehouse',
    severity: 'critical',
    protections: [{ path: 'data_retention_time_in_days', effect: 'deletion-window-days', source: 'Snowflake provider docs: snowflake_table' }],
  },
  { type: 'snowflake_stage', category: 'data-warehouse', severity: 'high' },
  { type: 'snowflake_secondary_database', category: 'backup', severity: 'critical', backup: 'data' },

  // GitHub (integrations/github): issues, pull requests and wikis exist nowhere else.
  // github_repository docs: archive_on_destroy = true archives the repository instead of deleting it.
  { type: 'github_repository', category: 'source-repository', severity: 'high', protections: [{ path: 'archive_on_destroy', effect: 'keeps-on-destroy', default: false, source: 'GitHub provider docs: github_repository' }] },

  // HashiCorp Vault (hashicorp/vault): disabling a mount or deleting a namespace deletes every
  // secret under it.
  { type: 'vault_mount', category: 'secret', severity: 'critical' },
  { type: 'vault_namespace', category: 'secret', severity: 'critical' },
  { type: 'vault_kv_secret_v2', category: 'secret', severity: 'high' },
  { type: 'vault_kv_secret', category: 'secret', severity: 'high' },
  { type: 'vault_generic_secret', category: 'secret', severity: 'high' },
  { type: 'vault_transit_secret_backend_key', category: 'encryption-key', severity: 'critical' },
  { type: 'vault_pki_secret_backend_root_cert', category: 'certificate', severity: 'high' },
  { type: 'vault_raft_snapshot_agent_config', category: 'backup', severity: 'high', backup: 'policy' },

  // Datadog (DataDog/datadog) and PagerDuty (PagerDuty/pagerduty): the history attached to
  // these objects (SLO history, indexed logs, incidents) is lost with them.
  { type: 'datadog_logs_index', category: 'log', severity: 'high' },
  // Also a monitor's alert history and downtimes, and a schedule's overrides made by hand.
  { type: 'datadog_service_level_objective', category: 'monitoring-state', severity: 'high' },
  { type: 'datadog_monitor', category: 'monitoring-state', severity: 'high' },
  { type: 'pagerduty_service', category: 'monitoring-state', severity: 'high' },
  { type: 'pagerduty_schedule', category: 'monitoring-state', severity: 'high' },

  // Confluent Cloud (confluentinc/confluent)
  { type: 'confluent_kafka_cluster', category: 'queue-stream', severity: 'high' },
  { type: 'confluent_kafka_topic', category: 'queue-stream', severity: 'high' },
  { type: 'confluent_environment', category: 'other-stateful', severity: 'high' },

  // Elastic Cloud (elastic/ec) and the Elastic Stack (elastic/elasticstack)
  { type: 'ec_deployment', category: 'search-analytics', severity: 'critical' },
  // Elasticstack provider docs: elasticstack_elasticsearch_index — deletion_protection
  // (default true: the provider refuses to delete the index).
  {
    type: 'elasticstack_elasticsearch_index',
    category: 'search-analytics',
    severity: 'high',
    protections: [{ path: 'deletion_protection', effect: 'blocks-destroy', default: true, source: 'Elasticstack provider docs: elasticstack_elasticsearch_index' }],
  },
  { type: 'elasticstack_elasticsearch_snapshot_repository', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'elasticstack_elasticsearch_snapshot_lifecycle', category: 'backup', severity: 'high', backup: 'policy' },

  // Heroku (heroku/heroku): Heroku Postgres and Key-Value Store are add-ons; deleting an app
  // deletes its add-ons.
  { type: 'heroku_addon', category: 'relational-database', severity: 'critical' },
  { type: 'heroku_app', category: 'other-stateful', severity: 'high' },

  // Oracle Cloud Infrastructure (oracle/oci)
  { type: 'oci_database_autonomous_database', category: 'relational-database', severity: 'critical' },
  { type: 'oci_database_db_system', category: 'relational-database', severity: 'critical' },
  // OCI provider docs: oci_mysql_mysql_db_system — deletion_policy.is_delete_protected
  // ("false (default)").
  {
    type: 'oci_mysql_mysql_db_system',
    category: 'relational-database',
    severity: 'critical',
    protections: [
      { path: 'deletion_policy.0.is_delete_protected', effect: 'blocks-destroy', default: false, source: 'OCI provider docs: oci_mysql_mysql_db_system' },
    ],
  },
  { type: 'oci_nosql_table', category: 'nosql-database', severity: 'critical' },
  { type: 'oci_objectstorage_bucket', category: 'object-storage', severity: 'critical' },
  { type: 'oci_core_volume', category: 'block-storage', severity: 'critical' },
  { type: 'oci_core_boot_volume', category: 'block-storage', severity: 'high' },
  { type: 'oci_file_storage_file_system', category: 'file-storage', severity: 'critical' },
  { type: 'oci_database_backup', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'oci_database_autonomous_database_backup', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'oci_mysql_mysql_backup', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'oci_core_volume_backup', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'oci_core_boot_volume_backup', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'oci_file_storage_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'oci_core_volume_backup_policy', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'oci_core_volume_backup_policy_assignment', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'oci_kms_vault', category: 'encryption-key', severity: 'critical' },
  { type: 'oci_kms_key', category: 'encryption-key', severity: 'critical' },
  { type: 'oci_vault_secret', category: 'secret', severity: 'high' },
  { type: 'oci_streaming_stream', category: 'queue-stream', severity: 'high' },
  { type: 'oci_artifacts_container_repository', category: 'container-registry', severity: 'high' },
  { type: 'oci_dns_zone', category: 'dns-zone', severity: 'high' },
  { type: 'oci_logging_log_group', category: 'log', severity: 'high' },

  // Alibaba Cloud (aliyun/alicloud)
  // Alicloud provider docs: alicloud_db_instance — deletion_protection "Default value: false".
  {
    type: 'alicloud_db_instance',
    category: 'relational-database',
    severity: 'critical',
    protections: [{ path: 'deletion_protection', effect: 'blocks-destroy', default: false, source: 'Alicloud provider docs: alicloud_db_instance' }],
  },
  { type: 'alicloud_polardb_cluster', category: 'relational-database', severity: 'critical' },
  { type: 'alicloud_mongodb_instance', category: 'nosql-database', severity: 'critical' },
  { type: 'alicloud_kvstore_instance', category: 'cache', severity: 'high' },
  // Alicloud provider docs: alicloud_oss_bucket — force_destroy "Defaults to false".
  {
    type: 'alicloud_oss_bucket',
    category: 'object-storage',
    severity: 'critical',
    protections: [{ path: 'force_destroy', effect: 'purges-contents', default: false, source: 'Alicloud provider docs: alicloud_oss_bucket' }],
  },
  // Alicloud provider docs: alicloud_ecs_disk — delete_auto_snapshot "Default value: false".
  {
    type: 'alicloud_ecs_disk',
    category: 'block-storage',
    severity: 'critical',
    protections: [
      { path: 'delete_auto_snapshot', effect: 'deletes-automated-backups', default: false, source: 'Alicloud provider docs: alicloud_ecs_disk' },
    ],
  },
  { type: 'alicloud_nas_file_system', category: 'file-storage', severity: 'critical' },
  { type: 'alicloud_ecs_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'alicloud_hbr_vault', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'alicloud_hbr_ecs_backup_plan', category: 'backup', severity: 'high', backup: 'policy' },
  // Alicloud provider docs: alicloud_kms_key — pending_window_in_days (7 to 30 in older
  // versions, 7 to 366 later; the documented default changed, so none is assumed).
  {
    type: 'alicloud_kms_key',
    category: 'encryption-key',
    severity: 'critical',
    protections: [{ path: 'pending_window_in_days', effect: 'deletion-window-days', source: 'Alicloud provider docs: alicloud_kms_key' }],
  },
  // Alicloud provider docs: alicloud_kms_secret — recovery_window_in_days "Default value: 30".
  {
    type: 'alicloud_kms_secret',
    category: 'secret',
    severity: 'high',
    protections: [{ path: 'recovery_window_in_days', effect: 'deletion-window-days', default: 30, source: 'Alicloud provider docs: alicloud_kms_secret' }],
  },
  { type: 'alicloud_alidns_domain', category: 'dns-zone', severity: 'high' },
  { type: 'alicloud_log_project', category: 'log', severity: 'high' },
  { type: 'alicloud_log_store', category: 'log', severity: 'high' },
  { type: 'alicloud_cr_ee_repo', category: 'container-registry', severity: 'high' },

  // Hetzner Cloud (hetznercloud/hcloud)
  // Hcloud provider docs: hcloud_volume — delete_protection "Default: false".
  {
    type: 'hcloud_volume',
    category: 'block-storage',
    severity: 'critical',
    protections: [{ path: 'delete_protection', effect: 'blocks-destroy', default: false, source: 'Hcloud provider docs: hcloud_volume' }],
  },

  // Aiven (aiven/aiven): termination_protection makes Aiven refuse the delete.
  // Aiven provider docs: aiven_pg, aiven_mysql, aiven_kafka, aiven_opensearch.
  {
    type: 'aiven_pg',
    category: 'relational-database',
    severity: 'critical',
    protections: [{ path: 'termination_protection', effect: 'blocks-destroy', source: 'Aiven provider docs: aiven_pg' }],
  },
  {
    type: 'aiven_mysql',
    category: 'relational-database',
    severity: 'critical',
    protections: [{ path: 'termination_protection', effect: 'blocks-destroy', source: 'Aiven provider docs: aiven_mysql' }],
  },
  {
    type: 'aiven_kafka',
    category: 'queue-stream',
    severity: 'high',
    protections: [{ path: 'termination_protection', effect: 'blocks-destroy', source: 'Aiven provider docs: aiven_kafka' }],
  },
  {
    type: 'aiven_opensearch',
    category: 'search-analytics',
    severity: 'high',
    protections: [{ path: 'termination_protection', effect: 'blocks-destroy', source: 'Aiven provider docs: aiven_opensearch' }],
  },

  // Linode (linode/linode) and Scaleway (scaleway/scaleway)
  { type: 'linode_volume', category: 'block-storage', severity: 'critical' },
  { type: 'linode_object_storage_bucket', category: 'object-storage', severity: 'critical' },
  { type: 'scaleway_rdb_instance', category: 'relational-database', severity: 'critical' },
  // Scaleway provider docs: scaleway_object_bucket — force_destroy "Default: false".
  {
    type: 'scaleway_object_bucket',
    category: 'object-storage',
    severity: 'critical',
    protections: [{ path: 'force_destroy', effect: 'purges-contents', default: false, source: 'Scaleway provider docs: scaleway_object_bucket' }],
  },
];
