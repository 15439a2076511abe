import { describe, expect, it } from 'vitest';
import { assess, change, only } from './changes.js';

const RDS = 'aws_db_instance.orders';

describe('destroyed stateful resources', () => {
  it('calls a database with no final snapshot lost and critical', () => {
    const finding = only(
      assess([
        change(RDS, ['delete'], {
          before: { skip_final_snapshot: true, deletion_protection: false },
        }),
      ]),
      RDS,
    );
    expect(finding).toMatchObject({
      kind: 'destroy',
      severity: 'critical',
      requiresApproval: true,
      category: 'relational-database',
    });
    expect(finding.recoverability).toContain(
      'lost: no final snapshot (skip_final_snapshot = true)',
    );
  });

  it('names the final snapshot that survives and lowers the severity, but not below medium', () => {
    const finding = only(
      assess([
        change(RDS, ['delete'], {
          before: {
            skip_final_snapshot: false,
            final_snapshot_identifier: 'orders-final',
            delete_automated_backups: true,
          },
        }),
      ]),
      RDS,
    );
    expect(finding.recoverability).toContain('survives: final snapshot orders-final is taken');
    expect(finding.recoverabilityParts).toContainEqual({ code: 'orders-final' });
    expect(finding.severity).toBe('high');
  });

  it('says the apply will fail when deletion protection is on', () => {
    const finding = only(
      assess([change(RDS, ['delete'], { before: { deletion_protection: true } })]),
      RDS,
    );
    expect(finding.recoverability).toMatch(
      /^the delete is refused: deletion_protection = true: the apply will fail at this resource/u,
    );
    expect(['high', 'medium']).toContain(finding.severity);
  });

  it('uses the documented default when the attribute is null (unset)', () => {
    const finding = only(
      assess([
        change('aws_kms_key.main', ['delete'], { before: { deletion_window_in_days: null } }),
      ]),
      'aws_kms_key.main',
    );
    expect(finding.recoverability).toBe(
      'survives for 30 days, then lost: restorable for 30 days after the delete (deletion_window_in_days = 30 (the default))',
    );
    expect(finding.severity).toBe('high');
  });

  it('assumes no guard when the attribute is absent: that provider version lacks it', () => {
    const finding = only(
      assess([change('aws_kms_key.main', ['delete'], { before: {} })]),
      'aws_kms_key.main',
    );
    expect(finding.recoverability).toBe('lost: no guard known: deleted with its data');
    expect(finding.severity).toBe('critical');
  });

  it('reports a create-before-destroy replacement of a data store as a replace that starts empty', () => {
    const finding = only(
      assess([
        change(RDS, ['create', 'delete'], {
          actionReason: 'replace_because_cannot_update',
          replacePaths: [['engine'], ['storage_encrypted']],
          before: { skip_final_snapshot: true },
        }),
      ]),
      RDS,
    );
    expect(finding.kind).toBe('replace');
    expect(finding.reason).toBe(
      'replaced: a changed attribute cannot be updated in place (forced by engine, storage_encrypted)',
    );
    expect(finding.forcingAttributes).toEqual(['engine', 'storage_encrypted']);
    expect(finding.recoverability).toMatch(
      /^the replacement starts empty \(created before the old one is destroyed\)/u,
    );
  });

  it('reports a deposed object delete with its key', () => {
    const assessment = assess([
      change(RDS, ['no-op']),
      change(RDS, ['delete'], { deposed: '00000001' }),
    ]);
    const finding = only(assessment, RDS);
    expect(finding).toMatchObject({ kind: 'destroy', deposed: '00000001' });
    expect(finding.reason).toContain('deposed object 00000001');
    expect(finding.reasonParts).toContainEqual({ code: '00000001' });
  });

  it('marks backups destroyed as critical and backup plans as high', () => {
    const assessment = assess([
      change('aws_db_snapshot.pre', ['delete']),
      change('aws_backup_plan.daily', ['delete']),
    ]);
    expect(only(assessment, 'aws_db_snapshot.pre')).toMatchObject({
      kind: 'backup-destroyed',
      severity: 'critical',
    });
    expect(only(assessment, 'aws_backup_plan.daily')).toMatchObject({
      kind: 'backup-destroyed',
      severity: 'high',
    });
  });

  it('lists non-stateful destroys as low, never blocking by default', () => {
    const finding = only(
      assess([change('aws_security_group.web', ['delete'])]),
      'aws_security_group.web',
    );
    expect(finding).toMatchObject({
      kind: 'other-destroy',
      severity: 'low',
      requiresApproval: false,
    });
  });

  it('assesses deferred deletes too', () => {
    const finding = only(
      assess([
        change(RDS, ['delete'], {
          deferredReason: 'provider_config_unknown',
          before: { skip_final_snapshot: true },
        }),
      ]),
      RDS,
    );
    expect(finding.reason).toContain('(deferred: provider_config_unknown)');
    expect(finding.requiresApproval).toBe(true);
  });

  it('ignores data sources and OpenTofu ephemeral resources', () => {
    const assessment = assess([
      change('data.aws_db_instance.x', ['read'], { mode: 'data', type: 'aws_db_instance' }),
      change('ephemeral.aws_secretsmanager_secret_version.x', ['open'], {
        mode: 'ephemeral',
        type: 'aws_secretsmanager_secret_version',
      }),
    ]);
    expect(assessment.findings).toEqual([]);
    expect(assessment.summary.counts.read).toBe(2);
  });
});

describe('forget, unknown actions and incomplete plans', () => {
  it('reports every forget form as info, not requiring approval', () => {
    const assessment = assess([
      change('aws_db_instance.a', ['forget'], {
        actionReason: 'delete_because_no_resource_config',
      }),
      change('aws_db_instance.b', ['create', 'forget']),
      change('aws_db_instance.c', ['forget', 'create']),
    ]);
    expect(assessment.findings.map((f) => [f.kind, f.severity, f.requiresApproval])).toEqual([
      ['forget', 'info', false],
      ['forget', 'info', false],
      ['forget', 'info', false],
    ]);
  });

  it('fails closed on an unknown action word, whatever fail-on says', () => {
    const finding = only(
      assess([change('aws_s3_bucket.x', ['archive'])], { failOn: 'critical' }),
      'aws_s3_bucket.x',
    );
    expect(finding).toMatchObject({ kind: 'unknown-action', requiresApproval: true });
    expect(finding.reason).toContain('archive');
  });

  it('never calls an errored or incomplete plan safe', () => {
    for (const meta of [{ errored: true }, { complete: false }]) {
      const assessment = assess([], { meta, failOn: 'critical' });
      expect(assessment.findings).toHaveLength(1);
      expect(assessment.findings[0]).toMatchObject({
        kind: 'incomplete-plan',
        requiresApproval: true,
      });
    }
  });
});

describe('protection-weakened', () => {
  const cases: [string, string, unknown, unknown][] = [
    [
      'aws_db_instance.a',
      'deletion_protection',
      { deletion_protection: true },
      { deletion_protection: false },
    ],
    [
      'aws_dynamodb_table.a',
      'deletion_protection_enabled',
      { deletion_protection_enabled: true },
      { deletion_protection_enabled: false },
    ],
    [
      'aws_lb.a',
      'enable_deletion_protection',
      { enable_deletion_protection: true },
      { enable_deletion_protection: false },
    ],
    ['aws_s3_bucket.a', 'force_destroy', { force_destroy: false }, { force_destroy: true }],
    [
      'aws_db_instance.b',
      'skip_final_snapshot',
      { skip_final_snapshot: false },
      { skip_final_snapshot: true },
    ],
    ['aws_ebs_volume.a', 'final_snapshot', { final_snapshot: true }, { final_snapshot: false }],
    [
      'aws_rds_cluster.a',
      'backup_retention_period',
      { backup_retention_period: 7 },
      { backup_retention_period: 0 },
    ],
    [
      'aws_dynamodb_table.b',
      'point_in_time_recovery.0.enabled',
      { point_in_time_recovery: [{ enabled: true }] },
      { point_in_time_recovery: [{ enabled: false }] },
    ],
    [
      'aws_s3_bucket_versioning.a',
      'versioning_configuration.0.status',
      { versioning_configuration: [{ status: 'Enabled' }] },
      { versioning_configuration: [{ status: 'Suspended' }] },
    ],
    [
      'aws_kms_key.a',
      'deletion_window_in_days',
      { deletion_window_in_days: 30 },
      { deletion_window_in_days: 7 },
    ],
    [
      'aws_secretsmanager_secret.a',
      'recovery_window_in_days',
      { recovery_window_in_days: 30 },
      { recovery_window_in_days: 0 },
    ],
    [
      'azurerm_key_vault.a',
      'purge_protection_enabled',
      { purge_protection_enabled: true },
      { purge_protection_enabled: false },
    ],
    [
      'google_bigquery_dataset.a',
      'delete_contents_on_destroy',
      { delete_contents_on_destroy: false },
      { delete_contents_on_destroy: true },
    ],
    [
      'google_sql_database_instance.a',
      'deletion_protection',
      { deletion_protection: true },
      { deletion_protection: false },
    ],
    [
      'some_unlisted_thing.a',
      'deletion_protection',
      { deletion_protection: true },
      { deletion_protection: false },
    ],
  ];

  it.each(cases)('%s: %s switched off', (address, attribute, before, after) => {
    const finding = only(assess([change(address, ['update'], { before, after })]), address);
    expect(finding).toMatchObject({
      kind: 'protection-weakened',
      severity: 'high',
      requiresApproval: true,
    });
    expect(finding.protections.map((p) => p.attribute)).toContain(attribute);
    expect(finding.reason).toContain(attribute);
  });

  it('does not fire when a protection is switched on or left alone', () => {
    const assessment = assess([
      change('aws_db_instance.a', ['update'], {
        before: { deletion_protection: false },
        after: { deletion_protection: true },
      }),
      change('aws_kms_key.a', ['update'], {
        before: { deletion_window_in_days: 7 },
        after: { deletion_window_in_days: 30 },
      }),
      change('aws_s3_bucket.a', ['update'], {
        before: { force_destroy: false, tags: {} },
        after: { force_destroy: false, tags: { a: 'b' } },
      }),
    ]);
    expect(assessment.findings).toEqual([]);
  });

  it('flags a protection that is on now and known only after apply: it may be switched off', () => {
    const finding = only(
      assess([
        change('aws_db_instance.a', ['update'], {
          before: { deletion_protection: true },
          after: {},
          afterUnknown: { deletion_protection: true },
        }),
      ]),
      'aws_db_instance.a',
    );
    expect(finding).toMatchObject({ kind: 'protection-weakened', requiresApproval: true });
    expect(finding.reason).toBe(
      'may be switched off: its new value is known only after apply (deletion_protection: true → known after apply)',
    );
  });

  it('does not flag an unknown value where the protection is off now', () => {
    const assessment = assess([
      change('aws_db_instance.a', ['update'], {
        before: { deletion_protection: false },
        after: {},
        afterUnknown: { deletion_protection: true },
      }),
    ]);
    expect(assessment.findings).toEqual([]);
  });

  it('still reports a sensitive protection switched off, without its value', () => {
    const finding = only(
      assess([
        change('aws_db_instance.a', ['update'], {
          before: { deletion_protection: true },
          after: { deletion_protection: false },
          afterSensitive: { deletion_protection: true },
        }),
      ]),
      'aws_db_instance.a',
    );
    expect(finding.reason).toContain('deletion_protection (value marked sensitive)');
    expect(finding.protections).toEqual([{ attribute: 'deletion_protection' }]);
  });
});

describe('mass-destroy', () => {
  const orphan = (i: number) =>
    change(`aws_instance.web[${i}]`, ['delete'], {
      actionReason: 'delete_because_no_resource_config',
    });

  it('flags a plan that destroys most of what it manages because configuration is missing', () => {
    const assessment = assess([
      ...[0, 1, 2, 3, 4].map(orphan),
      change('aws_instance.keep', ['no-op']),
    ]);
    const mass = assessment.findings.find((f) => f.kind === 'mass-destroy');
    expect(mass).toMatchObject({ severity: 'critical', requiresApproval: true });
    expect(mass?.reason).toContain(
      'destroys 5 of the 6 resources it manages (83%), 5 of them because their configuration is missing',
    );
  });

  it('flags a destroy-mode plan even when small', () => {
    const assessment = assess([
      change('aws_instance.a', ['delete']),
      change('aws_instance.b', ['delete']),
    ]);
    expect(assessment.findings.find((f) => f.kind === 'mass-destroy')?.reason).toContain(
      'destroy-mode plan',
    );
  });

  it('leaves an ordinary removal alone', () => {
    const assessment = assess([
      orphan(0),
      ...Array.from({ length: 9 }, (_, i) => change(`aws_instance.keep[${i}]`, ['no-op'])),
    ]);
    expect(assessment.findings.some((f) => f.kind === 'mass-destroy')).toBe(false);
  });
});

describe('options', () => {
  it('leaves ignored addresses out of the findings but in the counts', () => {
    const assessment = assess([change('module.scratch.aws_db_instance.tmp', ['delete'])], {
      ignore: ['module.scratch.*'],
    });
    expect(assessment.findings).toEqual([]);
    expect(assessment.summary.counts.delete).toBe(1);
  });

  it('makes user stateful types findings, and none removes a built-in', () => {
    const assessment = assess(
      [change('terraform_data.db', ['delete']), change('aws_db_instance.x', ['delete'])],
      { statefulTypes: ['terraform_data=critical', 'aws_db_instance=none'] },
    );
    expect(only(assessment, 'terraform_data.db')).toMatchObject({
      kind: 'destroy',
      requiresApproval: true,
    });
    expect(only(assessment, 'aws_db_instance.x')).toMatchObject({
      kind: 'other-destroy',
      requiresApproval: false,
    });
  });

  it('applies the fail-on threshold', () => {
    const plan = [change('aws_security_group.web', ['delete'])];
    expect(only(assess(plan, { failOn: 'low' }), 'aws_security_group.web').requiresApproval).toBe(
      true,
    );
    expect(
      only(assess(plan, { failOn: 'medium' }), 'aws_security_group.web').requiresApproval,
    ).toBe(false);
  });
});

describe('string switches and keep-on-destroy', () => {
  it('reads enum protections through onValues', () => {
    const blocked = only(
      assess([
        change('aws_cognito_user_pool.users', ['delete'], {
          before: { deletion_protection: 'ACTIVE' },
        }),
      ]),
      'aws_cognito_user_pool.users',
    );
    expect(blocked.recoverability).toContain(
      'the delete is refused: deletion_protection = ACTIVE: the apply will fail at this resource',
    );
    const weakened = only(
      assess([
        change('google_bigtable_table.t', ['update'], {
          before: { deletion_protection: 'PROTECTED' },
          after: { deletion_protection: 'UNPROTECTED' },
        }),
      ]),
      'google_bigtable_table.t',
    );
    expect(weakened.kind).toBe('protection-weakened');
  });

  it('knows a Firestore database is only abandoned by default', () => {
    const finding = only(
      assess([
        change('google_firestore_database.db', ['delete'], { before: { deletion_policy: null } }),
      ]),
      'google_firestore_database.db',
    );
    expect(finding.recoverability).toContain(
      'not deleted: the provider only removes it from state',
    );
    expect(finding.severity).toBe('medium');
  });
});
