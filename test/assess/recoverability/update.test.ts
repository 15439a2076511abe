import { describe, expect, it } from 'vitest';
import { AWS } from '../../../src/catalog/data/aws.js';
import { AZURE } from '../../../src/catalog/data/azure.js';
import { GOOGLE } from '../../../src/catalog/data/google.js';
import { KUBERNETES } from '../../../src/catalog/data/kubernetes.js';
import { assess, change } from '../changes.js';
import { DESTROY_CASES } from './cases.js';
import { updated } from './plans.js';

/*
 * Updates that remove a guard: every attribute that decides a destroy's outcome is flagged
 * when it is switched off, and when it becomes unknown until apply while it is on now.
 */

type Value = boolean | number | string | null;

interface Case {
  readonly type: string;
  readonly was: Readonly<Record<string, Value>>;
  readonly now: Readonly<Record<string, Value>>;
  readonly says: string;
}

const CASES: readonly Case[] = [
  {
    type: 'aws_rds_cluster',
    was: { backup_retention_period: 7 },
    now: { backup_retention_period: 0 },
    says: 'automated backups switched off',
  },
  {
    type: 'aws_docdb_cluster',
    was: { final_snapshot_identifier: 'f' },
    now: {},
    says: 'final snapshot name removed',
  },
  {
    type: 'aws_neptune_cluster',
    was: { final_snapshot_identifier: 'f' },
    now: {},
    says: 'final snapshot name removed',
  },
  {
    type: 'aws_neptune_cluster',
    was: { backup_retention_period: 7 },
    now: { backup_retention_period: 0 },
    says: 'automated backups switched off',
  },
  {
    type: 'aws_fsx_ontap_volume',
    was: { skip_final_backup: false },
    now: { skip_final_backup: true },
    says: 'final snapshot switched off',
  },
  {
    type: 'aws_acmpca_certificate_authority',
    was: { permanent_deletion_time_in_days: 30 },
    now: { permanent_deletion_time_in_days: 7 },
    says: 'recovery window shortened',
  },
  {
    type: 'aws_ecrpublic_repository',
    was: { force_destroy: false },
    now: { force_destroy: true },
    says: 'delete everything inside it',
  },
  {
    type: 'azurerm_key_vault_managed_hardware_security_module',
    was: { soft_delete_retention_days: 90 },
    now: { soft_delete_retention_days: 7 },
    says: 'soft-delete retention shortened',
  },
  {
    type: 'google_secret_manager_secret',
    was: { deletion_protection: true },
    now: { deletion_protection: false },
    says: 'deletion protection switched off',
  },
  {
    type: 'aws_db_instance',
    was: { deletion_protection: true },
    now: { deletion_protection: false },
    says: 'deletion protection switched off',
  },
  {
    type: 'aws_db_instance',
    was: { skip_final_snapshot: false, final_snapshot_identifier: 'f' },
    now: { skip_final_snapshot: false },
    says: 'final snapshot name removed',
  },
  {
    type: 'aws_db_instance',
    was: { delete_automated_backups: false },
    now: { delete_automated_backups: true },
    says: 'automated backups will be deleted with it',
  },
  {
    type: 'aws_db_instance',
    was: { backup_retention_period: 7 },
    now: { backup_retention_period: 0 },
    says: 'automated backups switched off',
  },
  {
    type: 'aws_rds_cluster',
    was: { skip_final_snapshot: false },
    now: { skip_final_snapshot: true },
    says: 'final snapshot switched off',
  },
  {
    type: 'aws_dsql_cluster',
    was: { force_destroy: false },
    now: { force_destroy: true },
    says: 'switches deletion protection off first',
  },
  {
    type: 'aws_memorydb_cluster',
    was: { final_snapshot_name: 'x' },
    now: {},
    says: 'final snapshot name removed',
  },
  {
    type: 'aws_elasticache_replication_group',
    was: { snapshot_retention_limit: 5 },
    now: { snapshot_retention_limit: 1 },
    says: 'backup retention shortened',
  },
  {
    type: 'aws_elasticache_serverless_cache',
    was: { snapshot_retention_limit: 5 },
    now: { snapshot_retention_limit: 0 },
    says: 'automated backups switched off',
  },
  {
    type: 'aws_s3_bucket',
    was: { 'versioning.0.enabled': true },
    now: { 'versioning.0.enabled': false },
    says: 'object versioning switched off',
  },
  {
    type: 'aws_s3_bucket_versioning',
    was: { 'versioning_configuration.0.status': 'Enabled' },
    now: { 'versioning_configuration.0.status': 'Suspended' },
    says: 'object versioning suspended',
  },
  {
    type: 'aws_ebs_volume',
    was: { final_snapshot: true },
    now: { final_snapshot: false },
    says: 'final snapshot switched off',
  },
  {
    type: 'aws_fsx_windows_file_system',
    was: { skip_final_backup: false },
    now: { skip_final_backup: true },
    says: 'final snapshot switched off',
  },
  {
    type: 'aws_redshift_cluster',
    was: { automated_snapshot_retention_period: 3 },
    now: { automated_snapshot_retention_period: 0 },
    says: 'automated backups switched off',
  },
  {
    type: 'aws_kms_key',
    was: { deletion_window_in_days: 30 },
    now: { deletion_window_in_days: 7 },
    says: 'recovery window shortened',
  },
  {
    type: 'aws_secretsmanager_secret',
    was: {},
    now: { recovery_window_in_days: 0 },
    says: 'deletion becomes immediate',
  },
  {
    type: 'aws_cognito_user_pool',
    was: { deletion_protection: 'ACTIVE' },
    now: { deletion_protection: 'INACTIVE' },
    says: 'deletion protection switched off',
  },
  {
    type: 'aws_cloudwatch_log_group',
    was: { skip_destroy: true },
    now: { skip_destroy: false },
    says: 'really delete it',
  },
  {
    type: 'aws_ecr_repository',
    was: {},
    now: { force_delete: true },
    says: 'delete everything inside it',
  },
  {
    type: 'aws_dynamodb_table',
    was: { 'point_in_time_recovery.0.enabled': true },
    now: { 'point_in_time_recovery.0.enabled': false },
    says: 'point-in-time recovery switched off',
  },
  {
    type: 'aws_memorydb_cluster',
    was: { snapshot_retention_limit: 3 },
    now: { snapshot_retention_limit: 0 },
    says: 'automated backups switched off',
  },
  {
    type: 'azurerm_key_vault',
    was: { soft_delete_retention_days: 90 },
    now: { soft_delete_retention_days: 7 },
    says: 'soft-delete retention shortened',
  },
  {
    type: 'azurerm_app_configuration',
    was: { purge_protection_enabled: true },
    now: { purge_protection_enabled: false },
    says: 'purge protection switched off',
  },
  {
    type: 'azurerm_postgresql_flexible_server',
    was: { backup_retention_days: 14 },
    now: { backup_retention_days: 7 },
    says: 'backup retention shortened',
  },
  {
    type: 'azurerm_mssql_database',
    was: { 'short_term_retention_policy.0.retention_days': 14 },
    now: { 'short_term_retention_policy.0.retention_days': 7 },
    says: 'recovery window shortened',
  },
  {
    type: 'azurerm_storage_account',
    was: { 'blob_properties.0.versioning_enabled': true },
    now: { 'blob_properties.0.versioning_enabled': false },
    says: 'object versioning switched off',
  },
  {
    type: 'google_sql_database_instance',
    was: { 'settings.0.retain_backups_on_delete': true },
    now: { 'settings.0.retain_backups_on_delete': false },
    says: 'backups will no longer be kept',
  },
  {
    type: 'google_sql_database_instance',
    was: {
      'settings.0.final_backup_config.0.enabled': true,
      'settings.0.final_backup_config.0.retention_days': 30,
    },
    now: {
      'settings.0.final_backup_config.0.enabled': true,
      'settings.0.final_backup_config.0.retention_days': 7,
    },
    says: 'soft-delete retention shortened',
  },
  {
    type: 'google_sql_database_instance',
    was: { 'settings.0.backup_configuration.0.point_in_time_recovery_enabled': true },
    now: { 'settings.0.backup_configuration.0.point_in_time_recovery_enabled': false },
    says: 'point-in-time recovery switched off',
  },
  {
    type: 'google_storage_bucket',
    was: { 'soft_delete_policy.0.retention_duration_seconds': 604_800 },
    now: { 'soft_delete_policy.0.retention_duration_seconds': 0 },
    says: 'soft delete switched off',
  },
  {
    type: 'google_storage_bucket',
    was: { force_destroy: false },
    now: { force_destroy: true },
    says: 'delete everything inside it',
  },
  {
    type: 'google_spanner_instance',
    was: {},
    now: { force_destroy: true },
    says: 'delete its backups too',
  },
  {
    type: 'google_compute_disk',
    was: { deletion_policy: 'PREVENT' },
    now: { deletion_policy: 'DELETE' },
    says: 'deletion protection switched off',
  },
  {
    type: 'google_firestore_database',
    was: { deletion_policy: 'ABANDON' },
    now: { deletion_policy: 'DELETE' },
    says: 'really delete it',
  },
  {
    type: 'google_firestore_database',
    was: { point_in_time_recovery_enablement: 'POINT_IN_TIME_RECOVERY_ENABLED' },
    now: { point_in_time_recovery_enablement: 'POINT_IN_TIME_RECOVERY_DISABLED' },
    says: 'point-in-time recovery switched off',
  },
  {
    type: 'google_privateca_certificate_authority',
    was: { skip_grace_period: false },
    now: { skip_grace_period: true },
    says: 'without a grace period',
  },
  {
    type: 'kubernetes_persistent_volume',
    was: {},
    now: { 'spec.0.persistent_volume_reclaim_policy': 'Delete' },
    says: 'deletes its data with it',
  },
  {
    type: 'kubernetes_stateful_set_v1',
    was: {},
    now: { 'spec.0.persistent_volume_claim_retention_policy.0.when_deleted': 'Delete' },
    says: 'deletes its data with it',
  },
];

describe('updates that remove a guard', () => {
  it.each(CASES.map((c) => [`${c.type} ${JSON.stringify(c.now)}`, c] as const))(
    '%s',
    (_name, c) => {
      const findings = updated(c.type, c.was, c.now);
      expect(findings.map((f) => f.kind)).toEqual(['protection-weakened']);
      expect(findings[0]?.reason).toContain(c.says);
      expect(findings[0]?.requiresApproval).toBe(true);
      expect(findings[0]?.reason).not.toContain('`');
    },
  );

  it('flags a guard that is on now and unknown until apply: it may be switched off', () => {
    const findings = updated(
      'google_sql_database_instance',
      { deletion_protection: true },
      {},
      'deletion_protection',
    );
    expect(findings[0]?.reason).toContain('may be switched off');
    expect(findings[0]?.requiresApproval).toBe(true);
    expect(
      updated('aws_kms_key', { deletion_window_in_days: 30 }, {}, 'deletion_window_in_days'),
    ).toHaveLength(1);
    // Off now: an unknown value cannot weaken it.
    expect(
      updated('aws_rds_cluster', { deletion_protection: false }, {}, 'deletion_protection'),
    ).toEqual([]);
  });

  it('ignores an attribute absent from before: that provider version has no such guard', () => {
    const findings = assess([
      change('aws_db_instance.x', ['update'], {
        before: {},
        after: { deletion_protection: false },
      }),
    ]).findings;
    expect(findings).toEqual([]);
  });
});

describe('a stateful resource moved into an ignored address', () => {
  it('requires approval: its later destroy would go unreported', () => {
    const moved = change('aws_db_instance.scratch', ['no-op'], {
      previousAddress: 'aws_db_instance.main',
    });
    const [finding] = assess([moved], {
      ignore: ['aws_db_instance.scratch'],
      failOn: 'critical',
    }).findings;
    expect(finding).toMatchObject({ kind: 'protection-weakened', requiresApproval: true });
    expect(finding?.reason).toBe(
      'moved from aws_db_instance.main to an address that ignore matches: a later destroy of it would go unreported',
    );
  });

  it('stays silent for moves inside ignored addresses and for non-stateful types', () => {
    const inside = change('aws_db_instance.b', ['no-op'], { previousAddress: 'aws_db_instance.a' });
    expect(assess([inside], { ignore: ['aws_db_instance.*'] }).findings).toEqual([]);
    const role = change('aws_iam_role.b', ['no-op'], { previousAddress: 'aws_iam_role.a' });
    expect(assess([role], { ignore: ['aws_iam_role.b'] }).findings).toEqual([]);
  });
});

describe('coverage', () => {
  it('tests every protection attribute of the AWS, Azure, Google and Kubernetes catalogs', () => {
    const tested = new Set([
      ...DESTROY_CASES.flatMap((c) => Object.keys(c.before).map((path) => `${c.type} ${path}`)),
      ...CASES.flatMap((c) =>
        [...Object.keys(c.was), ...Object.keys(c.now)].map((path) => `${c.type} ${path}`),
      ),
    ]);
    // A default-valued case tests the attribute by leaving it unset.
    const byDefault = new Set(
      DESTROY_CASES.filter((c) => c.says.includes('(the default)')).map((c) => c.type),
    );
    const missing = [...AWS, ...AZURE, ...GOOGLE, ...KUBERNETES].flatMap((entry) =>
      (entry.protections ?? [])
        .filter(
          (p) =>
            !tested.has(`${entry.type} ${p.path}`) &&
            !(byDefault.has(entry.type) && p.default !== undefined),
        )
        .map((p) => `${entry.type} ${p.path}`),
    );
    expect(missing).toEqual([]);
  });
});
