import type { CatalogEntry, Protection } from '../types.js';

/*
 * Microsoft Azure (hashicorp/azurerm). Every protection names its source (`source`). Azure has
 * no per-resource deletion guard for most services (it uses management locks, which are
 * separate resources), so few entries carry protections. Outcomes that depend on the provider
 * block's `features` settings assume their defaults and say so (`assumes`).
 */

// A dropped flexible or single server can be restored for 5 days: the service keeps its
// backups that long (Microsoft Learn, "Restore a dropped server", PostgreSQL and MySQL).
const serverBackups = (type: string): readonly Protection[] => [
  {
    path: 'backup_retention_days',
    effect: 'backup-retention-days',
    default: 7,
    windowDays: 5,
    source: `AzureRM provider docs: ${type} backup_retention_days "Defaults to 7"; Microsoft Learn: a dropped server's backups are kept 5 days`,
  },
];

// The azurerm provider purges a soft-deleted vault right after deleting it unless purge
// protection is on (internal/services/keyvault/key_vault_resource.go delete: purges when
// features.key_vault.purge_soft_delete_on_destroy, default true, and purge protection is off).
const vaultProtections = (assumes: string, file: string): readonly Protection[] => [
  {
    path: 'purge_protection_enabled',
    effect: 'purge-protection',
    default: false,
    window: 'soft_delete_retention_days',
    assumes,
    source: `hashicorp/azurerm internal/services/${file} delete (purge unless purge protection)`,
  },
  {
    path: 'soft_delete_retention_days',
    effect: 'window-days',
    default: 90,
    source: `AzureRM provider docs: soft_delete_retention_days "between 7 and 90 (the default) days"`,
  },
];

// One entry per line, so adding a type is a one-line change.
// prettier-ignore
export const AZURE: readonly CatalogEntry[] = [
  // Relational databases: a server takes all of its databases with it.
  { type: 'azurerm_mssql_server', category: 'relational-database', severity: 'critical' },
  // A deleted database can be restored to its deletion time within its point-in-time
  // retention while its server exists (Microsoft Learn, "Restore a deleted database").
  {
    type: 'azurerm_mssql_database',
    category: 'relational-database',
    severity: 'critical',
    protections: [
      { path: 'short_term_retention_policy.0.retention_days', effect: 'deletion-window-days', default: 7, source: 'AzureRM provider docs: azurerm_mssql_database short_term_retention_policy.retention_days (default 7); Microsoft Learn: restore a deleted database within its retention' },
    ],
  },
  { type: 'azurerm_mssql_managed_instance', category: 'relational-database', severity: 'critical' },
  { type: 'azurerm_mssql_managed_database', category: 'relational-database', severity: 'critical' },
  { type: 'azurerm_sql_server', category: 'relational-database', severity: 'critical' },
  { type: 'azurerm_sql_database', category: 'relational-database', severity: 'critical' },
  { type: 'azurerm_postgresql_flexible_server', category: 'relational-database', severity: 'critical', protections: serverBackups('azurerm_postgresql_flexible_server') },
  { type: 'azurerm_postgresql_flexible_server_database', category: 'relational-database', severity: 'critical' },
  { type: 'azurerm_postgresql_server', category: 'relational-database', severity: 'critical', protections: serverBackups('azurerm_postgresql_server') },
  { type: 'azurerm_postgresql_database', category: 'relational-database', severity: 'critical' },
  { type: 'azurerm_mysql_flexible_server', category: 'relational-database', severity: 'critical', protections: serverBackups('azurerm_mysql_flexible_server') },
  { type: 'azurerm_mysql_flexible_database', category: 'relational-database', severity: 'critical' },
  { type: 'azurerm_mysql_server', category: 'relational-database', severity: 'critical', protections: serverBackups('azurerm_mysql_server') },
  { type: 'azurerm_mysql_database', category: 'relational-database', severity: 'critical' },
  { type: 'azurerm_mariadb_server', category: 'relational-database', severity: 'critical', protections: serverBackups('azurerm_mariadb_server') },
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
  // Deleting the account deletes every container, share, queue and table.
  {
    type: 'azurerm_storage_account',
    category: 'object-storage',
    severity: 'critical',
    protections: [
      { path: 'blob_properties.0.versioning_enabled', effect: 'versioning-enabled', default: false, source: 'AzureRM provider docs: azurerm_storage_account blob_properties.versioning_enabled "Defaults to false"' },
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
  { type: 'azurerm_key_vault', category: 'encryption-key', severity: 'critical', protections: vaultProtections('features.key_vault.purge_soft_delete_on_destroy = true', 'keyvault/key_vault_resource.go') },
  { type: 'azurerm_key_vault_key', category: 'encryption-key', severity: 'critical' },
  { type: 'azurerm_key_vault_managed_hardware_security_module', category: 'encryption-key', severity: 'critical', protections: vaultProtections('features.key_vault.purge_soft_deleted_hardware_security_modules_on_destroy = true', 'managedhsm/key_vault_managed_hardware_security_module_resource.go') },
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
  // The provider purges a soft-deleted store after deleting it unless purge protection is on
  // (features.app_configuration.purge_soft_delete_on_destroy, default true).
  {
    type: 'azurerm_app_configuration',
    category: 'other-stateful',
    severity: 'high',
    protections: [
      { path: 'purge_protection_enabled', effect: 'purge-protection', default: false, window: 'soft_delete_retention_days', assumes: 'features.app_configuration.purge_soft_delete_on_destroy = true', source: 'hashicorp/azurerm internal/services/appconfiguration/app_configuration_resource.go delete (purge unless purge protection)' },
      { path: 'soft_delete_retention_days', effect: 'window-days', default: 7, source: 'AzureRM provider docs: azurerm_app_configuration soft_delete_retention_days "between 1 and 7 days. Defaults to 7"' },
    ],
  },
  { type: 'azurerm_healthcare_fhir_service', category: 'other-stateful', severity: 'critical' },
  { type: 'azurerm_kubernetes_cluster', category: 'other-stateful', severity: 'high' },
];
