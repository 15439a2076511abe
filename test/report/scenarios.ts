/** The reports the golden files are rendered from: realistic sentences, as src/assess writes them. */
import type { Finding } from '../../src/assess/finding.js';
import type { Report } from '../../src/assess/report.js';
import { counts, finding, note, otherFinding, plan, report } from './factory.js';

const PROD = { plan: 'infra/prod/plan.json', moduleDir: 'infra/prod' } as const;
const STAGING = { plan: 'infra/staging/plan.json', moduleDir: 'infra/staging' } as const;

const ORPHAN = 'destroyed: its resource block is no longer in the configuration';

export const DB_DESTROY = finding({ ...PROD });

export const BUCKET_REPLACE = finding({
  ...PROD,
  kind: 'replace',
  severity: 'high',
  address: 'aws_s3_bucket.assets',
  type: 'aws_s3_bucket',
  actions: ['create', 'delete'],
  category: 'object-storage',
  reason: 'replaced: a changed attribute cannot be updated in place (forced by `bucket`)',
  recoverability:
    'the replacement starts empty (created before the old one is destroyed); the old one: it and everything in it deleted (force_destroy = true)',
  forcingAttributes: ['bucket'],
  protections: [{ attribute: 'force_destroy', before: true }],
});

const mixed: Finding[] = [
  DB_DESTROY,
  finding({
    ...PROD,
    kind: 'backup-destroyed',
    address: 'aws_backup_vault.main',
    type: 'aws_backup_vault',
    category: 'backup',
    reason: ORPHAN,
    recoverability: 'this backup copy is deleted',
    protections: [],
  }),
  finding({
    ...STAGING,
    kind: 'mass-destroy',
    address: '',
    type: '',
    category: '',
    reason:
      'the plan destroys 12 of the 14 resources it manages (86%), 12 of them because their configuration is missing: the signature of a wrong state file, workspace or backend',
    recoverability: '',
    protections: [],
  }),
  BUCKET_REPLACE,
  finding({
    ...PROD,
    kind: 'protection-weakened',
    severity: 'high',
    address: 'aws_rds_cluster.analytics',
    type: 'aws_rds_cluster',
    actions: ['update'],
    reason:
      'deletion protection switched off: a later destroy will succeed (deletion_protection: true → false)',
    recoverability: '',
    protections: [{ attribute: 'deletion_protection', before: true, after: false }],
  }),
  finding({
    ...PROD,
    severity: 'high',
    address: 'aws_elasticache_replication_group.sessions',
    deposed: '7f3e2a1b',
    type: 'aws_elasticache_replication_group',
    category: 'cache',
    reason:
      'deposed object 7f3e2a1b, left by an earlier create-before-destroy replacement, is destroyed',
    recoverability:
      'deleted with the resource: destroy-guard knows no protection for this type, so assume it is lost unless backed up elsewhere',
    protections: [],
  }),
  finding({
    ...STAGING,
    kind: 'replace',
    severity: 'high',
    address: 'google_sql_database_instance.main',
    type: 'google_sql_database_instance',
    actions: ['delete', 'create'],
    reason:
      'replaced: a changed attribute cannot be updated in place (forced by `database_version`, `settings[0].tier`)',
    recoverability:
      'the replacement starts empty (created after the old one is destroyed); the old one: deletion_protection = true: the apply will fail at this resource',
    forcingAttributes: ['database_version', 'settings[0].tier'],
    protections: [{ attribute: 'deletion_protection', before: true }],
  }),
  finding({
    ...STAGING,
    kind: 'unknown-action',
    severity: 'high',
    address: 'aws_efs_file_system.shared',
    type: 'aws_efs_file_system',
    actions: ['delete', 'archive'],
    category: '',
    reason:
      'unknown action ["delete","archive"] (archive): this version of destroy-guard cannot judge it; upgrade destroy-guard or review the change by hand',
    recoverability: '',
    protections: [],
  }),
  finding({
    ...PROD,
    severity: 'medium',
    requiresApproval: false,
    address: 'aws_dynamodb_table.events',
    type: 'aws_dynamodb_table',
    category: 'nosql-database',
    reason: ORPHAN,
    recoverability:
      'point-in-time recovery is on (point_in_time_recovery.0.enabled = true): a backup taken at deletion can restore it',
    protections: [{ attribute: 'point_in_time_recovery.0.enabled', before: true }],
  }),
  otherFinding({ ...PROD, address: 'aws_security_group.db', type: 'aws_security_group' }),
  otherFinding({
    ...PROD,
    kind: 'forget',
    severity: 'info',
    address: 'aws_s3_bucket.legacy_logs',
    type: 'aws_s3_bucket',
    actions: ['forget'],
    category: 'object-storage',
    reason:
      'removed from state without being destroyed because it is removed with `lifecycle { destroy = false }`: the object keeps existing, unmanaged',
  }),
];

const plans = [
  plan({
    ...PROD,
    path: PROD.plan,
    counts: counts({ create: 2, update: 3, delete: 4, replace: 1, forget: 1, noOp: 40 }),
  }),
  plan({
    ...STAGING,
    path: STAGING.plan,
    terraformVersion: '1.9.8',
    complete: false,
    counts: counts({ delete: 12, replace: 1, unknown: 1, noOp: 1, deferred: 2 }),
  }),
];

/** Two root modules, every kind of finding, no approval yet (as the CLI renders it). */
export const BLOCKED_MIXED: Report = report(mixed, { plans });

export const PASS: Report = report([
  otherFinding({ address: 'aws_security_group.db', type: 'aws_security_group' }),
  otherFinding({ address: 'null_resource.migrate', type: 'null_resource' }),
  otherFinding({
    kind: 'forget',
    severity: 'info',
    address: 'aws_s3_bucket.legacy_logs',
    type: 'aws_s3_bucket',
    actions: ['forget'],
    reason: 'removed from state without being destroyed: the object keeps existing, unmanaged',
  }),
]);

export const APPROVED: Report = report([DB_DESTROY, BUCKET_REPLACE], { verdict: 'approved' });

export const APPROVED_NOTE = note({
  status: 'approved',
  summary:
    'Approved by @maria (code owner) with the `destroy-approved` label for this exact set of risky changes.',
});

export const BLOCKED: Report = report([DB_DESTROY, BUCKET_REPLACE]);

export const MISSING_NOTE = note();
