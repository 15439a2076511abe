import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidChange, toDeferredChange, toPlanMeta } from '../../src/plan/schema.js';
import { planSchemas } from '../../src/plan/zod-schemas.js';

const base = {
  address: 'module.db.aws_db_instance.main["a"]',
  module_address: 'module.db',
  mode: 'managed',
  type: 'aws_db_instance',
  name: 'main',
  provider_name: 'registry.terraform.io/hashicorp/aws',
  index: 'a',
  action_reason: 'replace_because_cannot_update',
  change: {
    actions: ['delete', 'create'],
    before: {},
    after: {},
    replace_paths: [['engine'], ['tags', 'x', 0]],
  },
};

/** Values of every JSON kind, including the tricky ones for each field. */
const anyJson = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom('', 'x', 'delete'),
  fc.constant([]),
  fc.constant(['delete']),
  fc.constant([['a', 1]]),
  fc.constant([['a', null]]),
  fc.constant([1]),
  fc.constant({}),
);

describe('the hand-written change check', () => {
  it('accepts exactly what the zod schema accepts (seeded)', () => {
    const fields = [
      'address',
      'module_address',
      'mode',
      'type',
      'name',
      'provider_name',
      'deposed',
      'action_reason',
      'change',
    ];
    const changeFields = ['actions', 'replace_paths', 'before'];
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        anyJson,
        fc.constantFrom(...changeFields),
        anyJson,
        fc.boolean(),
        (field, value, changeField, changeValue, mutateChange) => {
          const candidate: Record<string, unknown> = { ...base, change: { ...base.change } };
          if (mutateChange)
            (candidate['change'] as Record<string, unknown>)[changeField] = changeValue;
          else candidate[field] = value;
          expect(isValidChange(candidate)).toBe(planSchemas().change.safeParse(candidate).success);
        },
      ),
      { seed: 4242, numRuns: 2000 },
    );
  });

  it('rejects what is not an object', () => {
    for (const raw of [null, [], 'x', 1, [base]]) {
      expect(isValidChange(raw)).toBe(false);
      expect(planSchemas().change.safeParse(raw).success).toBe(false);
    }
  });
});

describe('the hand-written checks of the top level and of a deferred change', () => {
  const anything = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.boolean(),
    fc.string({ maxLength: 3 }),
    fc.integer(),
    fc.constant([]),
    fc.constant({}),
  );
  const refused = (read: () => unknown): boolean => {
    try {
      read();
      return false;
    } catch {
      return true;
    }
  };

  it('accept exactly what zod accepts', () => {
    fc.assert(
      fc.property(
        fc.record({
          terraform_version: anything,
          errored: anything,
          complete: anything,
          applyable: anything,
        }),
        (fields) => {
          const raw = { format_version: '1.2', resource_changes: [], ...fields };
          expect(refused(() => toPlanMeta(raw, 'plan.json'))).toBe(
            !planSchemas().top.safeParse(raw).success,
          );
        },
      ),
      { seed: 4242, numRuns: 500 },
    );
    fc.assert(
      fc.property(anything, (reason) => {
        const raw = { reason, resource_change: base };
        expect(refused(() => toDeferredChange(raw, 'plan.json', 0))).toBe(
          !planSchemas().deferred.safeParse(raw).success,
        );
      }),
      { seed: 4242, numRuns: 200 },
    );
  });
});
