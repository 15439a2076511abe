import type { CatalogEntry, Protection } from '../types.js';

/*
 * Microsoft Azure (hashicorp/azurerm). Protections cite the provider's resource page ("AzureRM
 * provider docs: <page>"). Azure has no per-resource deletion guard for most services (it uses
 * management locks, which are separate resources), so few entries carry protections.
 */

// AzureRM provider docs: azurerm_postgresql_flexible_server, azurerm_mysql_flexible_server,
// azurerm_postgresql_server, azurerm_mysql_server, azurerm_mariadb_server —
// backup_retention_days "between 7 and 35 days ... Defaults to 7".
const SERVER_BACKUP_RETENTION: readonly Protection[] = [
  { path: 'backup_retention_days', effect: 'backup-retention-days', default: 7 },
];

// AzureRM provider docs: azurerm_key_vault, azurerm_key_vault_managed_hardware_security_module
// — purge_protection_enabled "Defaults to false" (once on it cannot be turned off),
// soft_delete_retention_days "between 7 and 90 (the default) days".
const KEY_VAULT_PROTECTIONS: readonly Protection[] = [
  { path: 'purge_protection_enabled', effect: 'purge-protection', default: false },
  { path: 'soft_delete_retention_days', effect: 'deletion-window-days', default: 90 },
];

// One entry per line, so adding a type is a one-line change.
// prettier-ignore
export const AZURE: readonly CatalogEntry[] = [
  // Relational databases: a server takes all of its databases with it.
  { type: 'azurerm_mssql_server', category: 'relational-database', severity: 'critical' },
  // AzureRM provider docs: azurerm_mssql_database — short_term_retention_policy.retention_days
  // is the point-in-time restore window in days.
  {
    type: 'azurerm_mssql_database',
    category: 'relational-database',
    severity: 'critical',
    protections: [
      { path: 'short_term_retention_policy.0.retention_days', effect: 'backup-retention-days' },
    ],
  },
  { type: 'azurerm_mssql_managed_instance', category: 'relational-database', severity: 'critical' },
  { type: 'azurerm_mssql_managed_database', category: 'relational-database', severity: 'critical' },
  { type: 'azurerm_sql_server', category: 'relational-database', severity: 'critical' },
  { type: 'azurerm_sql_database', category: 'relational-database', severity: 'critical' },
  // AzureRM provider docs: azurerm_postgresql_flexible_server.
  { type: 'azurerm_postgresql_flexible_server', category: 'relational-database', severity: 'critical', protections: SERVER_BACKUP_RETENTION },
  { type: 'azurerm_postgresql_flexible_server_database', category: 'relational-database', severity: 'critical' },
  // AzureRM provider docs: azurerm_postgresql_server.
  { type: 'azurerm_postgresql_server', category: 'relational-database', severity: 'critical', protections: SERVER_BACKUP_RETENTION },
  { type: 'azurerm_postgresql_database', category: 'relational-database', severity: 'critical' },
  // AzureRM provider docs: azurerm_mysql_flexible_server.
  { type: 'azurerm_mysql_flexible_server', category: 'relational-database', severity: 'critical', protections: SERVER_BACKUP_RETENTION },
  { type: 'azurerm_mysql_flexible_database', category: 'relational-database', severity: 'critical' },
  // AzureRM provider docs: azurerm_mysql_server.
  { type: 'azurerm_mysql_server', category: 'relational-database', severity: 'critical', protections: SERVER_BACKUP_RETENTION },
  { type: 'azurerm_mysql_database', category: 'relational-database', severity: 'critical' },
  // AzureRM provider docs: azurerm_mariadb_server.
  { type: 'azurerm_mariadb_server', category: 'relational-database', severity: 'critical', protections: SERVER_BACKUP_RETENTION },
  { type: 'azurerm_mariadb_database', category: 'relational-database', severity: 'critical' },
  { type: 'azurerm_cosmosdb_postgresql_cluster', category: 'relational-database', severity: 'critical' },

  // NoSQL databases
  { type: 'azurerm_cosmosdb_account', category: 'nosql-database', severity: 'critical' },
  { type: 'azurerm_cosmosdb_sql_database', category: 'nosql-database', severity: 'critical' },
  { type: 'azurerm_cosmosdb_sql_container', category: 'nosql-database', severity: 'critical' },
  { type: 'azurerm_cosmosdb_mongo_database', category: 'nosql-database', severity: 'critical' },
  { type: 'azurerm_cosmosdb_mongo_collection', category: 'nosql-database', severity: 'critical' },
  { type: 'azurerm_cosmosdb_cassandra_keyspace', category: 'nosql-database', severity: 'critical' },
  { type: 'azurerm_cosmosdb_cassandra_table', category: 'nosql-database', severity: 'critical' },
  { type: 'azurerm_cosmosdb_gremlin_database', category: 'nosql-database', severity: 'critical' },
  { type: 'azurerm_cosmosdb_gremlin_graph', category: 'nosql-database', severity: 'critical' },
  { type: 'azurerm_cosmosdb_table', category: 'nosql-database', severity: 'critical' },
  { type: 'azurerm_mongo_cluster', category: 'nosql-database', severity: 'critical' },
  { type: 'azurerm_storage_table', category: 'nosql-database', severity: 'high' },

  // Object storage
  // AzureRM provider docs: azurerm_storage_account — blob_properties.versioning_enabled
  // "Defaults to false". Deleting the account deletes every container, share, queue and table.
  {
    type: 'azurerm_storage_account',
    category: 'object-storage',
    severity: 'critical',
    protections: [
      {
        path: 'blob_properties.0.versioning_enabled',
        effect: 'versioning-enabled',
        default: false,
      },
    ],
  },
  { type: 'azurerm_storage_container', category: 'object-storage', severity: 'critical' },
  { type: 'azurerm_storage_data_lake_gen2_filesystem', category: 'object-storage', severity: 'critical' },

  // Block and file storage
  { type: 'azurerm_managed_disk', category: 'block-storage', severity: 'critical' },
  { type: 'azurerm_elastic_san_volume', category: 'block-storage', severity: 'critical' },
  { type: 'azurerm_storage_share', category: 'file-storage', severity: 'critical' },
  { type: 'azurerm_netapp_volume', category: 'file-storage', severity: 'critical' },
  { type: 'azurerm_managed_lustre_file_system', category: 'file-storage', severity: 'critical' },

  // Backups, snapshots, vaults and replication. Destroying a protected item stops protection
  // and deletes its recovery points.
  { type: 'azurerm_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'azurerm_netapp_snapshot', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'azurerm_netapp_backup_vault', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'azurerm_recovery_services_vault', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'azurerm_backup_protected_vm', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'azurerm_backup_protected_file_share', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'azurerm_data_protection_backup_vault', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'azurerm_data_protection_backup_instance_disk', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'azurerm_data_protection_backup_instance_blob_storage', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'azurerm_data_protection_backup_instance_postgresql', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'azurerm_storage_object_replication', category: 'backup', severity: 'critical', backup: 'data' },
  { type: 'azurerm_backup_policy_vm', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'azurerm_backup_policy_vm_workload', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'azurerm_backup_policy_file_share', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'azurerm_data_protection_backup_policy_disk', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'azurerm_data_protection_backup_policy_blob_storage', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'azurerm_data_protection_backup_policy_postgresql', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'azurerm_netapp_snapshot_policy', category: 'backup', severity: 'high', backup: 'policy' },
  { type: 'azurerm_netapp_backup_policy', category: 'backup', severity: 'high', backup: 'policy' },

  // Caches
  { type: 'azurerm_redis_cache', category: 'cache', severity: 'high' },
  { type: 'azurerm_redis_enterprise_cluster', category: 'cache', severity: 'high' },
  { type: 'azurerm_redis_enterprise_database', category: 'cache', severity: 'high' },
  { type: 'azurerm_managed_redis', category: 'cache', severity: 'high' },

  // Queues and streams
  { type: 'azurerm_servicebus_namespace', category: 'queue-stream', severity: 'high' },
  { type: 'azurerm_servicebus_queue', category: 'queue-stream', severity: 'high' },
  { type: 'azurerm_servicebus_topic', category: 'queue-stream', severity: 'high' },
  { type: 'azurerm_servicebus_subscription', category: 'queue-stream', severity: 'high' },
  { type: 'azurerm_eventhub_namespace', category: 'queue-stream', severity: 'high' },
  { type: 'azurerm_eventhub', category: 'queue-stream', severity: 'high' },
  { type: 'azurerm_storage_queue', category: 'queue-stream', severity: 'high' },

  // Search, analytics and data warehouses
  { type: 'azurerm_search_service', category: 'search-analytics', severity: 'high' },
  { type: 'azurerm_databricks_workspace', category: 'search-analytics', severity: 'high' },
  { type: 'azurerm_kusto_cluster', category: 'data-warehouse', severity: 'critical' },
  { type: 'azurerm_kusto_database', category: 'data-warehouse', severity: 'critical' },
  { type: 'azurerm_synapse_workspace', category: 'data-warehouse', severity: 'critical' },
  { type: 'azurerm_synapse_sql_pool', category: 'data-warehouse', severity: 'critical' },

  // Encryption keys and secrets
  // AzureRM provider docs: azurerm_key_vault.
  { type: 'azurerm_key_vault', category: 'encryption-key', severity: 'critical', protections: KEY_VAULT_PROTECTIONS },
  { type: 'azurerm_key_vault_key', category: 'encryption-key', severity: 'critical' },
  // AzureRM provider docs: azurerm_key_vault_managed_hardware_security_module.
  { type: 'azurerm_key_vault_managed_hardware_security_module', category: 'encryption-key', severity: 'critical', protections: KEY_VAULT_PROTECTIONS },
  { type: 'azurerm_key_vault_managed_hardware_security_module_key', category: 'encryption-key', severity: 'critical' },
  { type: 'azurerm_key_vault_secret', category: 'secret', severity: 'high' },
  { type: 'azurerm_key_vault_certificate', category: 'certificate', severity: 'high' },

  // DNS zones
  { type: 'azurerm_dns_zone', category: 'dns-zone', severity: 'high' },
  { type: 'azurerm_private_dns_zone', category: 'dns-zone', severity: 'high' },

  // Identity directories
  { type: 'azurerm_aadb2c_directory', category: 'identity-directory', severity: 'critical' },
  { type: 'azurerm_active_directory_domain_service', category: 'identity-directory', severity: 'critical' },

  // Logs: a Log Analytics workspace often holds the security and audit trail.
  { type: 'azurerm_log_analytics_workspace', category: 'log', severity: 'high' },
  { type: 'azurerm_application_insights', category: 'log', severity: 'high' },

  // Container registries
  { type: 'azurerm_container_registry', category: 'container-registry', severity: 'high' },

  // Other stateful
  // AzureRM provider docs: azurerm_app_configuration — purge_protection_enabled "Defaults to
  // false", soft_delete_retention_days "between 1 and 7 days. Defaults to 7".
  {
    type: 'azurerm_app_configuration',
    category: 'other-stateful',
    severity: 'high',
    protections: [
      { path: 'purge_protection_enabled', effect: 'purge-protection', default: false },
      { path: 'soft_delete_retention_days', effect: 'deletion-window-days', default: 7 },
    ],
  },
  { type: 'azurerm_healthcare_fhir_service', category: 'other-stateful', severity: 'critical' },
  { type: 'azurerm_kubernetes_cluster', category: 'other-stateful', severity: 'high' },
];
