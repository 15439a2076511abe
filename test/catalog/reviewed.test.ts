import { describe, expect, it } from 'vitest';
import {
  allDecidedTypes,
  buildCatalog,
  builtInDecision,
  reviewedProviders,
} from '../../src/catalog/index.js';
import {
  findReviewedDecision,
  parseReviewedList,
  REVIEWED_LISTS,
} from '../../src/catalog/reviewed/index.js';

function parse(lines: string) {
  return parseReviewedList({ provider: 'acme', reviewedAt: 'acme v1', lines });
}

describe('reviewed decision lines', () => {
  it('parses the three forms, reasons, blank lines and comments', () => {
    const parsed = parse(`
# a comment
acme_db        stateful relational-database critical
acme_log       stateful log high   # events written at run time
acme_snapshot  safeguard data
acme_plan      safeguard policy    # makes the snapshots
acme_role      none
`);
    expect(parsed.reviewedAt).toBe('acme v1');
    expect(Object.fromEntries(parsed.decisions)).toEqual({
      acme_db: { kind: 'stateful', category: 'relational-database', severity: 'critical' },
      acme_log: {
        kind: 'stateful',
        category: 'log',
        severity: 'high',
        reason: 'events written at run time',
      },
      acme_snapshot: { kind: 'safeguard', backup: 'data' },
      acme_plan: { kind: 'safeguard', backup: 'policy', reason: 'makes the snapshots' },
      acme_role: { kind: 'none' },
    });
  });

  it('throws for a bad line, naming the list, the line and the allowed forms', () => {
    for (const [line, problem] of [
      ['acme_db stateful relational-database medium', 'not a decision; use TYPE stateful'],
      ['acme_db stateful made-up-category high', 'not a decision'],
      ['acme_db safeguard copies', 'not a decision'],
      ['acme_db none extra', 'not a decision'],
      ['acme_db', 'not a decision'],
      ['other_db none', 'other_db is not a acme resource type'],
      ['acme_db none #', 'empty reason'],
      ['acme_db none\nacme_db none', 'acme_db is decided twice'],
    ] as const) {
      expect(() => parse(line), line).toThrow(problem);
      expect(() => parse(line), line).toThrow('reviewed list acme, line ');
    }
  });

  it("finds one type's line without parsing the others, and still throws for a bad one", () => {
    const list = {
      provider: 'acme',
      reviewedAt: 'acme v1',
      lines: '\nacme_lb_listener none\nacme_lb\tnone # no data\nacme_bad stateful log low\n',
    };
    expect(findReviewedDecision(list, 'acme_lb')).toEqual({ kind: 'none', reason: 'no data' });
    expect(findReviewedDecision(list, 'acme_lb_listener')).toEqual({ kind: 'none' });
    expect(findReviewedDecision(list, 'acme_l')).toBeUndefined();
    expect(() => findReviewedDecision(list, 'acme_bad')).toThrow(
      'reviewed list acme, line 4 ("acme_bad stateful log low"): not a decision',
    );
  });

  it('parses every shipped list, and no type is decided in two places', () => {
    for (const list of REVIEWED_LISTS) expect(() => parseReviewedList(list)).not.toThrow();
    const types = allDecidedTypes();
    const seen = new Set<string>();
    expect(types.filter((type) => (seen.has(type) ? true : (seen.add(type), false)))).toEqual([]);
    expect(reviewedProviders().get('aws')).toBe('hashicorp/aws v6.58.0');
  });
});

describe('decisions', () => {
  const catalog = buildCatalog();

  it('tells "reviewed: not stateful" apart from "never reviewed"', () => {
    expect(catalog.decide('aws_iam_role')).toEqual({
      status: 'none',
      source: 'reviewed',
      reviewedAt: 'hashicorp/aws v6.58.0',
    });
    expect(catalog.decide('acme_widget')).toEqual({ status: 'unreviewed' });
    expect(catalog.decide('aws_made_up_future_type')).toEqual({ status: 'unreviewed' });
    expect(catalog.lookup('aws_iam_role')).toBeUndefined();
  });

  it('gives full entries and stateful lines an entry, and safeguard lines a backup role', () => {
    expect(catalog.decide('aws_db_instance')).toMatchObject({
      status: 'stateful',
      source: 'catalog',
      reviewedAt: 'hashicorp/aws v6.58.0',
    });
    expect(catalog.lookup('aws_msk_topic')).toEqual({
      type: 'aws_msk_topic',
      category: 'queue-stream',
      severity: 'high',
    });
    expect(catalog.decide('aws_msk_topic')).toMatchObject({
      status: 'stateful',
      reason: "the topic's messages are deleted",
    });
    expect(catalog.lookup('aws_rds_cluster_snapshot_copy')).toEqual({
      type: 'aws_rds_cluster_snapshot_copy',
      category: 'backup',
      severity: 'critical',
      backup: 'data',
    });
    expect(catalog.lookup('aws_rbin_rule')).toMatchObject({ severity: 'high', backup: 'policy' });
  });

  it('keeps the revisited AWS decisions visible', () => {
    for (const type of ['aws_lb', 'aws_alb', 'aws_dax_cluster']) {
      expect(builtInDecision(type), type).toMatchObject({ status: 'none', source: 'reviewed' });
    }
    expect(catalog.protectionsFor('aws_lb')[0]).toMatchObject({
      path: 'enable_deletion_protection',
      default: false,
    });
  });

  it('lets stateful-types override a reviewed decision either way', () => {
    const overridden = buildCatalog(['aws_iam_role=critical', 'aws_msk_topic=none', 'acme_*=high']);
    expect(overridden.decide('aws_iam_role')).toMatchObject({
      status: 'stateful',
      source: 'stateful-types',
      entry: { category: 'other-stateful', severity: 'critical' },
    });
    expect(overridden.decide('aws_msk_topic')).toEqual({
      status: 'none',
      source: 'stateful-types',
    });
    expect(overridden.decide('acme_widget')).toMatchObject({ status: 'stateful' });
    expect(overridden.decide('aws_backup_plan')).toMatchObject({ status: 'safeguard' });
  });
});
