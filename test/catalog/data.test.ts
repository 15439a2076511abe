import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../src/catalog/severity.js';
import { AWS } from '../../src/catalog/data/aws.js';
import { AZURE } from '../../src/catalog/data/azure.js';
import { GOOGLE } from '../../src/catalog/data/google.js';
import { KUBERNETES } from '../../src/catalog/data/kubernetes.js';
import { OTHERS } from '../../src/catalog/data/others.js';
import {
  allBuiltInEntries,
  BUILT_IN_ENTRIES,
  buildCatalog,
  GENERIC_PROTECTIONS,
  providerOf,
} from '../../src/catalog/index.js';
import { CATEGORIES } from '../../src/catalog/types.js';
import type { CatalogEntry, Protection, ProtectionEffect } from '../../src/catalog/types.js';

/** Full entries and the stateful and safeguard lines of the reviewed lists. */
const ALL = allBuiltInEntries();

const EFFECTS: Readonly<Record<ProtectionEffect, 'boolean' | 'number' | 'string'>> = {
  'blocks-destroy': 'boolean',
  'disables-protection': 'boolean',
  'deletes-backups': 'boolean',
  'retains-backups': 'boolean',
  'skips-soft-delete': 'boolean',
  'retains-data': 'boolean',
  'window-days': 'number',
  'soft-delete-seconds': 'number',
  'skips-final-snapshot': 'boolean',
  'final-snapshot-name': 'string',
  'takes-final-snapshot': 'boolean',
  'purges-contents': 'boolean',
  'backup-retention-days': 'number',
  'deletes-automated-backups': 'boolean',
  'deletion-window-days': 'number',
  'point-in-time-recovery': 'boolean',
  'purge-protection': 'boolean',
  'versioning-status': 'string',
  'versioning-enabled': 'boolean',
  'keeps-on-destroy': 'boolean',
};

/** dot-separated attribute names, numeric segments index lists */
const PATH = /^[a-z][a-z0-9_]*(\.([a-z][a-z0-9_]*|\d+))*$/u;

function entry(type: string): CatalogEntry {
  const found = ALL.find((candidate) => candidate.type === type);
  if (found === undefined) throw new Error(`${type} is not in the catalog`);
  return found;
}

function protection(type: string, path: string): Protection | undefined {
  return entry(type).protections?.find((candidate) => candidate.path === path);
}

describe('catalog coverage', () => {
  it('meets the minimum number of types per provider group', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(200);
    expect(AWS.length).toBeGreaterThanOrEqual(70);
    expect(GOOGLE.length).toBeGreaterThanOrEqual(40);
    expect(AZURE.length).toBeGreaterThanOrEqual(40);
    expect(KUBERNETES.length).toBeGreaterThanOrEqual(5);
    expect(OTHERS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(OTHERS.map((e) => providerOf(e.type))).size).toBeGreaterThanOrEqual(8);
  });

  it('keeps each provider group in its own file', () => {
    expect(AWS.every((e) => providerOf(e.type) === 'aws')).toBe(true);
    expect(GOOGLE.every((e) => providerOf(e.type) === 'google')).toBe(true);
    expect(AZURE.every((e) => providerOf(e.type) === 'azurerm')).toBe(true);
    expect(KUBERNETES.every((e) => providerOf(e.type) === 'kubernetes')).toBe(true);
    const big = new Set(['aws', 'google', 'azurerm', 'kubernetes']);
    expect(OTHERS.filter((e) => big.has(providerOf(e.type)))).toEqual([]);
  });

  it('covers the providers PRODUCT.md names', () => {
    const providers = new Set(ALL.map((e) => providerOf(e.type)));
    for (const provider of [
      'digitalocean',
      'cloudflare',
      'mongodbatlas',
      'snowflake',
      'github',
      'vault',
      'datadog',
      'pagerduty',
      'confluent',
      'ec',
      'heroku',
      'oci',
      'alicloud',
    ]) {
      expect(providers, provider).toContain(provider);
    }
  });

  it('has every category except the catch-all in use', () => {
    const used = new Set(ALL.map((e) => e.category));
    for (const category of CATEGORIES) expect(used, category).toContain(category);
  });
});

describe('catalog entries', () => {
  it('has no duplicate types', () => {
    const seen = new Set<string>();
    const duplicates = ALL.filter((e) => (seen.has(e.type) ? true : (seen.add(e.type), false)));
    expect(duplicates.map((e) => e.type)).toEqual([]);
  });

  it('names every type like a Terraform resource type', () => {
    const bad = ALL.filter((e) => !/^[a-z0-9]+_[a-z0-9_]+$/u.test(e.type));
    expect(bad.map((e) => e.type)).toEqual([]);
  });

  it('uses known categories and severities, never info', () => {
    for (const e of ALL) {
      expect(CATEGORIES, e.type).toContain(e.category);
      expect(SEVERITIES, e.type).toContain(e.severity);
      expect(e.severity, e.type).not.toBe('info');
    }
  });

  it('gives every backup-named type a backup role', () => {
    const backupNamed = /snapshot|backup|vault|recovery_point|replication/u;
    // Names that only look like backups: key vaults and secret stores keep the original, and
    // an ElastiCache replication group is the primary cache cluster itself.
    const notBackups = new Set(['encryption-key', 'secret', 'certificate']);
    // Full entries only: a reviewed line that looks like a backup by name (a storage vault, an
    // incident replication set) carries its reason next to it.
    const missing = BUILT_IN_ENTRIES.filter((e) => {
      const name = e.type.slice(providerOf(e.type).length + 1);
      if (notBackups.has(e.category) || name.endsWith('replication_group')) return false;
      return backupNamed.test(name) && e.backup === undefined;
    });
    expect(missing.map((e) => e.type)).toEqual([]);
  });

  it('gives every stateful type a base severity that requires approval (high or critical)', () => {
    // A medium stateful entry would let its destroy pass at the default fail-on: decide the
    // type `none` (with the reason next to its line) or give it high.
    const low = ALL.filter((e) => e.severity !== 'high' && e.severity !== 'critical');
    expect(low.map((e) => `${e.type}: ${e.severity}`)).toEqual([]);
  });

  it('files backup roles under the backup category, data critical and policy high', () => {
    for (const e of ALL) {
      expect(e.backup !== undefined, e.type).toBe(e.category === 'backup');
      if (e.backup === 'data') expect(e.severity, e.type).toBe('critical');
      if (e.backup === 'policy') expect(e.severity, e.type).toBe('high');
    }
  });

  it('marks the copies named in the brief as backup data', () => {
    for (const type of [
      'aws_s3_bucket_versioning',
      'aws_s3_bucket_replication_configuration',
      'aws_db_instance_automated_backups_replication',
      'aws_backup_vault',
      'aws_db_snapshot',
      'google_compute_snapshot',
      'azurerm_recovery_services_vault',
    ]) {
      expect(entry(type).backup, type).toBe('data');
    }
    for (const type of [
      'aws_backup_plan',
      'aws_backup_selection',
      'aws_dlm_lifecycle_policy',
      'azurerm_backup_policy_vm',
      'azurerm_backup_policy_file_share',
      'azurerm_backup_policy_vm_workload',
      'google_compute_resource_policy',
    ]) {
      expect(entry(type).backup, type).toBe('policy');
    }
  });

  it('rates primary data stores critical and caches, queues, zones and registries below', () => {
    for (const type of [
      'aws_db_instance',
      'aws_s3_bucket',
      'aws_kms_key',
      'aws_efs_file_system',
      'google_sql_database_instance',
      'google_storage_bucket',
      'azurerm_storage_account',
      'azurerm_key_vault',
      'kubernetes_persistent_volume_claim',
    ]) {
      expect(entry(type).severity, type).toBe('critical');
    }
    for (const type of [
      'aws_elasticache_replication_group',
      'aws_sqs_queue',
      'aws_route53_zone',
      'aws_ecr_repository',
      'aws_cloudwatch_log_group',
      'google_dns_managed_zone',
    ]) {
      expect(['high', 'medium'], type).toContain(entry(type).severity);
    }
    expect(entry('kubernetes_namespace').severity).toBe('high');
  });
});

describe('protection attributes', () => {
  const all: [string, Protection][] = [
    ...ALL.flatMap((e) => (e.protections ?? []).map((p): [string, Protection] => [e.type, p])),
    ...GENERIC_PROTECTIONS.map((p): [string, Protection] => ['(generic)', p]),
  ];

  it('uses dot-separated paths with numeric list indexes and known effects', () => {
    for (const [type, p] of all) {
      expect(p.path, type).toMatch(PATH);
      expect(Object.keys(EFFECTS), `${type} ${p.path}`).toContain(p.effect);
    }
  });

  it('gives defaults of the type the effect reads', () => {
    for (const [type, p] of all) {
      if (p.default === undefined) continue;
      // String switches (`onValues`) read a boolean effect from an enum value.
      const expected = p.onValues === undefined ? EFFECTS[p.effect] : 'string';
      expect(typeof p.default, `${type} ${p.path}`).toBe(expected);
      if (typeof p.default === 'number')
        expect(p.default, `${type} ${p.path}`).toBeGreaterThanOrEqual(0);
    }
  });

  it('lists each path once per type and effect', () => {
    for (const e of ALL) {
      const paths = (e.protections ?? []).map((p) => `${p.path} ${p.effect}`);
      expect(new Set(paths).size, e.type).toBe(paths.length);
    }
  });

  it('covers the PLAN-FORMAT.md protection table with its documented defaults', () => {
    expect(protection('aws_db_instance', 'deletion_protection')).toMatchObject({
      effect: 'blocks-destroy',
      default: false,
    });
    expect(protection('aws_db_instance', 'skip_final_snapshot')).toMatchObject({
      effect: 'skips-final-snapshot',
      default: false,
    });
    expect(protection('aws_db_instance', 'final_snapshot_identifier')).toMatchObject({
      effect: 'final-snapshot-name',
    });
    expect(protection('aws_db_instance', 'delete_automated_backups')).toMatchObject({
      effect: 'deletes-automated-backups',
      default: true,
    });
    expect(protection('aws_db_instance', 'backup_retention_period')).toMatchObject({
      effect: 'backup-retention-days',
    });
    for (const type of ['aws_rds_cluster', 'aws_docdb_cluster', 'aws_neptune_cluster']) {
      expect(protection(type, 'skip_final_snapshot'), type).toMatchObject({
        effect: 'skips-final-snapshot',
      });
      expect(protection(type, 'final_snapshot_identifier'), type).toMatchObject({
        effect: 'final-snapshot-name',
      });
      expect(protection(type, 'backup_retention_period'), type).toMatchObject({ default: 1 });
      expect(protection(type, 'deletion_protection'), type).toMatchObject({
        effect: 'blocks-destroy',
      });
    }
    expect(protection('aws_redshift_cluster', 'skip_final_snapshot')).toMatchObject({
      default: false,
    });
    expect(protection('aws_redshift_cluster', 'automated_snapshot_retention_period')).toMatchObject(
      { default: 1 },
    );
    expect(protection('aws_s3_bucket', 'force_destroy')).toMatchObject({
      effect: 'purges-contents',
      default: false,
    });
    expect(protection('aws_dynamodb_table', 'deletion_protection_enabled')).toMatchObject({
      effect: 'blocks-destroy',
      default: false,
    });
    expect(protection('aws_dynamodb_table', 'point_in_time_recovery.0.enabled')).toMatchObject({
      effect: 'point-in-time-recovery',
    });
    expect(protection('aws_kms_key', 'deletion_window_in_days')).toMatchObject({
      effect: 'deletion-window-days',
      default: 30,
    });
    expect(protection('aws_secretsmanager_secret', 'recovery_window_in_days')).toMatchObject({
      effect: 'deletion-window-days',
      default: 30,
    });
    expect(protection('aws_ebs_volume', 'final_snapshot')).toMatchObject({
      effect: 'takes-final-snapshot',
      default: false,
    });
    // aws_lb is not stateful, but its deletion guard is still read on updates.
    const lb = buildCatalog().protectionsFor('aws_lb');
    expect(lb.find((p) => p.path === 'enable_deletion_protection')).toMatchObject({
      effect: 'blocks-destroy',
      default: false,
    });
    expect(
      protection('aws_s3_bucket_versioning', 'versioning_configuration.0.status'),
    ).toMatchObject({ effect: 'versioning-status' });
    expect(protection('google_sql_database_instance', 'deletion_protection')).toMatchObject({
      effect: 'blocks-destroy',
      default: true,
    });
    expect(
      protection('google_sql_database_instance', 'settings.0.deletion_protection_enabled'),
    ).toMatchObject({ effect: 'blocks-destroy' });
    expect(protection('google_container_cluster', 'deletion_protection')).toMatchObject({
      effect: 'blocks-destroy',
      default: true,
    });
    expect(protection('google_bigquery_table', 'deletion_protection')).toMatchObject({
      effect: 'blocks-destroy',
      default: true,
    });
    expect(protection('google_storage_bucket', 'force_destroy')).toMatchObject({
      effect: 'purges-contents',
      default: false,
    });
    expect(protection('google_bigquery_dataset', 'delete_contents_on_destroy')).toMatchObject({
      effect: 'purges-contents',
      default: false,
    });
    expect(protection('google_spanner_database', 'deletion_protection')).toMatchObject({
      effect: 'blocks-destroy',
      default: true,
    });
    expect(protection('google_spanner_instance', 'force_destroy')).toMatchObject({
      effect: 'deletes-backups',
    });
    expect(protection('azurerm_key_vault', 'purge_protection_enabled')).toMatchObject({
      effect: 'purge-protection',
      default: false,
    });
    expect(protection('azurerm_key_vault', 'soft_delete_retention_days')).toMatchObject({
      effect: 'window-days',
      default: 90,
    });
  });

  it('has generic protections without defaults, each path once', () => {
    expect(GENERIC_PROTECTIONS.filter((p) => p.default !== undefined)).toEqual([]);
    const paths = GENERIC_PROTECTIONS.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(
      expect.arrayContaining([
        'deletion_protection',
        'deletion_protection_enabled',
        'enable_deletion_protection',
        'force_destroy',
        'delete_contents_on_destroy',
        'skip_final_snapshot',
        'final_snapshot',
        'backup_retention_period',
        'delete_automated_backups',
        'point_in_time_recovery.0.enabled',
        'deletion_window_in_days',
        'recovery_window_in_days',
        'soft_delete_retention_days',
        'purge_protection_enabled',
        'versioning_configuration.0.status',
        'versioning.0.enabled',
      ]),
    );
  });

  it('names a source for every protection attribute', () => {
    for (const [type, p] of all) expect(p.source.length, `${type} ${p.path}`).toBeGreaterThan(10);
  });
});
