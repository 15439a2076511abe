import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanAssessor } from '../../src/assess/assess-plan.js';
import { buildCatalog } from '../../src/catalog/index.js';
import { SEVERITIES } from '../../src/catalog/severity.js';
import type { PlanChange } from '../../src/plan/model.js';
import { globMatcher } from '../../src/util/glob.js';
import { COMPLETE, change } from './changes.js';

const TYPES = [
  'aws_db_instance', // a full catalog entry
  'aws_route53_record', // reviewed: none
  'aws_backup_vault', // a safeguard
  'acme_orders_database', // unreviewed, its name says it holds data
  'acme_widget', // unreviewed
];
const ACTIONS = [
  ['delete'],
  ['delete', 'create'],
  ['create', 'delete'],
  ['update'],
  ['create'],
  ['no-op'],
  ['read'],
  ['forget'],
  ['create', 'forget'],
  ['open'],
  ['explode'],
];

/** What the plan reader hands over when the sink does not read the values. */
function withoutValues(planChange: PlanChange): PlanChange {
  return {
    ...planChange,
    before: null,
    after: null,
    beforeSensitive: false,
    afterSensitive: false,
    afterUnknown: false,
  };
}

describe('PlanAssessor.needsValues', () => {
  it('is false only for changes whose findings do not depend on their attribute values', () => {
    const protectedBefore = {
      id: 'object-1',
      arn: 'arn:x',
      deletion_protection: true,
      skip_final_snapshot: false,
    };
    // Without any protection attribute, or holding the names only as values.
    const plainBefore = { id: 'object-2', name: 'deletion_protection', tags: { env: 'prod' } };
    const planChange = fc.record({
      type: fc.constantFrom(...TYPES),
      actions: fc.constantFrom(...ACTIONS),
      reason: fc.constantFrom(undefined, 'delete_because_no_resource_config'),
      before: fc.constantFrom(protectedBefore, plainBefore, null),
    });
    fc.assert(
      fc.property(
        fc.array(planChange, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...SEVERITIES),
        fc.constantFrom([], ['acme_widget=critical'], ['aws_route53_record=high']),
        (changes, failOn, statefulTypes) => {
          const options = {
            catalog: buildCatalog(statefulTypes),
            failOn,
            isIgnored: globMatcher([]),
          };
          const full = new PlanAssessor({ path: 'plan.json', moduleDir: '.' }, options);
          const read = new PlanAssessor({ path: 'plan.json', moduleDir: '.' }, options);
          changes.forEach(({ type, actions, reason, before }, index) => {
            const planChange = change(`${type}.r${index}`, actions, {
              type,
              before,
              after: { deletion_protection: false },
              beforeSensitive: {},
              afterSensitive: {},
              afterUnknown: {},
              ...(reason === undefined ? {} : { actionReason: reason }),
            });
            full.add(planChange);
            // As the reader decides it (src/plan/stream/fields.ts): keys are looked for in `before`.
            const wanted = read.needsValues(type, actions);
            const reads =
              typeof wanted === 'boolean'
                ? wanted
                : wanted.some((key) => before !== null && Object.hasOwn(before, key));
            read.add(reads ? planChange : withoutValues(planChange));
          });
          expect(read.finish(COMPLETE)).toStrictEqual(full.finish(COMPLETE));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves the values of a large plan unread: replacements of types the catalog does not hold', () => {
    const options = { catalog: buildCatalog([]), failOn: 'high' as const, isIgnored: () => false };
    const assessor = new PlanAssessor({ path: 'plan.json', moduleDir: '.' }, options);
    expect(assessor.needsValues('aws_route53_record', ['delete', 'create'])).toBe(false);
    expect(assessor.needsValues('acme_widget', ['create', 'delete'])).toBe(false);
    expect(assessor.needsValues('aws_route53_record', ['create'])).toBe(false);
    expect(assessor.needsValues('aws_db_instance', ['delete'])).toBe(true);
    // An update: read only when `before` holds one of these (the generic protections' names).
    expect(assessor.needsValues('aws_route53_record', ['update'])).toContain('deletion_protection');
    expect(assessor.needsValues('aws_db_instance', ['update'])).toContain('skip_final_snapshot');
    expect(assessor.needsValues('acme_orders_database', ['delete'])).toBe(true);
  });
});
