import { describe, expect, it } from 'vitest';
import {
  allBuiltInEntries,
  BUILT_IN_ENTRIES,
  buildCatalog,
  GENERIC_PROTECTIONS,
  parseStatefulTypes,
  providerOf,
} from '../../src/catalog/index.js';
import { UserError } from '../../src/util/errors.js';

function errorOf(lines: readonly string[]): unknown {
  try {
    buildCatalog(lines);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('providerOf', () => {
  it('is the text before the first underscore', () => {
    expect(providerOf('azurerm_key_vault')).toBe('azurerm');
    expect(providerOf('google_sql_database_instance')).toBe('google');
    expect(providerOf('aws_db_instance')).toBe('aws');
    expect(providerOf('ec_deployment')).toBe('ec');
    expect(providerOf('noprovider')).toBe('noprovider');
  });
});

describe('buildCatalog without overrides', () => {
  const catalog = buildCatalog();

  it('finds built-in types and nothing else', () => {
    expect(catalog.lookup('aws_db_instance')).toMatchObject({
      category: 'relational-database',
      severity: 'critical',
    });
    expect(catalog.lookup('null_resource')).toBeUndefined();
    expect(catalog.lookup('aws_iam_role')).toBeUndefined();
  });

  it('lists every built-in entry sorted by type', () => {
    const types = catalog.entries.map((entry) => entry.type);
    expect(types).toHaveLength(allBuiltInEntries().length);
    expect(types).toEqual([...types].sort());
  });

  it('returns the same entry object on every lookup', () => {
    expect(catalog.lookup('aws_s3_bucket')).toBe(catalog.lookup('aws_s3_bucket'));
  });
});

describe('protectionsFor', () => {
  const catalog = buildCatalog();

  it('reads only a type’s own protections at destroy, never generic ones merged in', () => {
    const own = BUILT_IN_ENTRIES.find((e) => e.type === 'aws_db_instance')?.protections ?? [];
    expect(catalog.protectionsFor('aws_db_instance')).toEqual(own);
    // FSx has no final_snapshot_identifier: a generic one must not claim it is required.
    const fsx = catalog.protectionsFor('aws_fsx_windows_file_system').map((p) => p.path);
    expect(fsx).toEqual(['skip_final_backup']);
    expect(catalog.updateProtectionsFor('aws_db_instance')).toEqual(own);
  });

  it('adds google’s provider-wide deletion_policy to google types without their own', () => {
    const paths = catalog.protectionsFor('google_compute_disk').map((p) => p.path);
    expect(paths).toEqual(['deletion_policy', 'deletion_policy']);
    const firestore = catalog.protectionsFor('google_firestore_database');
    expect(firestore.filter((p) => p.path === 'deletion_policy')).toHaveLength(2);
  });

  it('gives unknown and unprotected types the generic protections on updates only', () => {
    expect(catalog.updateProtectionsFor('aws_iam_role')).toEqual(GENERIC_PROTECTIONS);
    expect(catalog.updateProtectionsFor('some_custom_thing')).toEqual(GENERIC_PROTECTIONS);
    expect(catalog.protectionsFor('some_custom_thing')).toEqual([]);
  });

  it('keeps a built-in type’s protections when the user changes its severity', () => {
    const overridden = buildCatalog(['aws_db_instance=low']);
    expect(overridden.protectionsFor('aws_db_instance')).toEqual(
      catalog.protectionsFor('aws_db_instance'),
    );
  });
});

describe('stateful-types overrides', () => {
  it('marks a named type stateful, high by default, as other-stateful', () => {
    const catalog = buildCatalog(['custom_database']);
    expect(catalog.lookup('custom_database')).toEqual({
      type: 'custom_database',
      category: 'other-stateful',
      severity: 'high',
    });
  });

  it('changes only the severity of a built-in type', () => {
    const builtIn = buildCatalog().lookup('aws_s3_bucket');
    const catalog = buildCatalog(['aws_s3_bucket=medium']);
    expect(catalog.lookup('aws_s3_bucket')).toEqual({ ...builtIn, severity: 'medium' });
    expect(catalog.entries.find((e) => e.type === 'aws_s3_bucket')?.severity).toBe('medium');
  });

  it('removes a type with none', () => {
    const catalog = buildCatalog(['aws_sqs_queue=none']);
    expect(catalog.lookup('aws_sqs_queue')).toBeUndefined();
    expect(catalog.entries.some((e) => e.type === 'aws_sqs_queue')).toBe(false);
  });

  it('applies globs with * and ?', () => {
    const catalog = buildCatalog(['mycorp_*=critical', 'aws_elasticache_?luster=low']);
    expect(catalog.lookup('mycorp_ledger')).toMatchObject({
      severity: 'critical',
      category: 'other-stateful',
    });
    expect(catalog.lookup('aws_elasticache_cluster')).toMatchObject({
      severity: 'low',
      category: 'cache',
    });
    expect(catalog.lookup('aws_elasticache_replication_group')).toMatchObject({ severity: 'high' });
    expect(catalog.lookup('other_ledger')).toBeUndefined();
  });

  it('makes only * and ? special: ? is exactly one character, brackets are refused', () => {
    const catalog = buildCatalog(['custom_?']);
    expect(catalog.lookup('custom_a')).toBeDefined();
    expect(catalog.lookup('custom_ab')).toBeUndefined();
    expect(errorOf(['custom_[ab]'])).toBeInstanceOf(UserError);
  });

  it('lets later lines win over earlier ones, exact or glob', () => {
    expect(
      buildCatalog(['aws_*=none', 'aws_db_instance=high']).lookup('aws_db_instance'),
    ).toMatchObject({
      severity: 'high',
    });
    expect(
      buildCatalog(['aws_db_instance=high', 'aws_*=none']).lookup('aws_db_instance'),
    ).toBeUndefined();
    expect(
      buildCatalog(['aws_db_instance=low', 'aws_db_instance=medium']).lookup('aws_db_instance'),
    ).toMatchObject({
      severity: 'medium',
    });
    expect(buildCatalog(['aws_*=low', 'aws_s3_*=medium']).lookup('aws_s3_bucket')).toMatchObject({
      severity: 'medium',
    });
    expect(buildCatalog(['aws_s3_*=medium', 'aws_*=low']).lookup('aws_s3_bucket')).toMatchObject({
      severity: 'low',
    });
    // A glob that does not match leaves the earlier exact rule in force.
    expect(
      buildCatalog(['aws_db_instance=low', 'google_*=none']).lookup('aws_db_instance'),
    ).toMatchObject({
      severity: 'low',
    });
  });

  it('drops globbed-away types from entries', () => {
    const catalog = buildCatalog(['kubernetes_*=none']);
    expect(catalog.entries.some((e) => e.type.startsWith('kubernetes_'))).toBe(false);
    expect(catalog.entries.length).toBe(
      allBuiltInEntries().filter((e) => !e.type.startsWith('kubernetes_')).length,
    );
  });

  it('ignores blank lines and comments, trims whitespace, accepts several lines per value', () => {
    const rules = parseStatefulTypes([
      '',
      '  # a comment',
      '  custom_a = CRITICAL  ',
      'custom_b\ncustom_c=low\r\n',
    ]);
    expect(rules).toEqual([
      { pattern: 'custom_a', severity: 'critical', glob: false },
      { pattern: 'custom_b', severity: 'high', glob: false },
      { pattern: 'custom_c', severity: 'low', glob: false },
    ]);
  });

  it('rejects an unknown severity with one line naming the input, the line and the fix', () => {
    const error = errorOf(['aws_db_instance=urgent']);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(
      'stateful-types: "aws_db_instance=urgent" has an unknown severity; use TYPE or TYPE=critical|high|medium|low|none',
    );
  });

  it.each([
    ['=high', 'has no resource type'],
    ['aws_db_instance=', 'has an unknown severity'],
    ['aws_db_instance=info', 'has an unknown severity'],
    ['aws db instance', 'is not a resource type or glob'],
    ['aws_db_instance=high=low', 'has an unknown severity'],
  ])('rejects %j', (line, problem) => {
    const error = errorOf(['custom_ok', line]);
    expect(error).toBeInstanceOf(UserError);
    const message = (error as UserError).message;
    expect(message).toContain(`stateful-types: ${JSON.stringify(line)} ${problem}`);
    expect(message).toContain('TYPE=critical|high|medium|low|none');
    expect(message).not.toContain('\n');
  });

  it('answers many lookups from the memo without changing the result', () => {
    const catalog = buildCatalog(['mycorp_*=critical', 'aws_db_*=medium']);
    const types = ['aws_db_instance', 'mycorp_x', 'null_resource', 'aws_s3_bucket'];
    const first = types.map((type) => catalog.lookup(type));
    for (let i = 0; i < 100_000; i++) catalog.lookup(types[i % types.length] ?? '');
    expect(types.map((type) => catalog.lookup(type))).toEqual(first);
    expect(first[0]).toBe(catalog.lookup('aws_db_instance'));
  });
});
