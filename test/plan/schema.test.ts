import { describe, expect, it } from 'vitest';
import type { PlanChange } from '../../src/plan/model.js';
import { emitPlan } from '../../src/plan/read.js';
import { toDeferredChange, toPlanChange, toPlanMeta } from '../../src/plan/schema.js';
import { worded } from '../../src/plan/shape-error.js';
import { UserError } from '../../src/util/errors.js';

/** What `read` throws, worded as the reader's async entries word it (src/plan/shape-error.ts). */
async function refusal(read: () => unknown): Promise<void> {
  try {
    read();
  } catch (error) {
    throw await worded(error);
  }
}

/** A deposed replace inside a module, every field Terraform 1.12 writes. */
function fullChange() {
  return {
    address: 'module.data["eu"].aws_db_instance.main[0]',
    previous_address: 'module.data["eu"].aws_db_instance.old[0]',
    module_address: 'module.data["eu"]',
    mode: 'managed',
    type: 'aws_db_instance',
    name: 'main',
    index: 0,
    provider_name: 'registry.terraform.io/hashicorp/aws',
    deposed: '00000001',
    action_reason: 'replace_because_cannot_update',
    change: {
      actions: ['delete', 'create'],
      before: { deletion_protection: false, password: 'planted-secret', tags: { a: 'b' } },
      after: { deletion_protection: true },
      after_unknown: { id: true },
      before_sensitive: { password: true },
      after_sensitive: false,
      replace_paths: [['engine'], ['tags', 'a'], ['block', 0, 'size']],
      importing: { id: 'db-1' },
      before_identity: { id: 'db-1' },
    },
  };
}

describe('toPlanChange', () => {
  it('maps every field to camelCase, carrying attribute values by reference', () => {
    const raw = fullChange();
    const change = toPlanChange(raw, 'plan.json', 0);
    expect(change).toStrictEqual({
      address: 'module.data["eu"].aws_db_instance.main[0]',
      moduleAddress: 'module.data["eu"]',
      mode: 'managed',
      type: 'aws_db_instance',
      name: 'main',
      providerName: 'registry.terraform.io/hashicorp/aws',
      deposed: '00000001',
      actions: ['delete', 'create'],
      actionReason: 'replace_because_cannot_update',
      previousAddress: 'module.data["eu"].aws_db_instance.old[0]',
      replacePaths: [['engine'], ['tags', 'a'], ['block', 0, 'size']],
      before: raw.change.before,
      after: raw.change.after,
      beforeSensitive: { password: true },
      afterSensitive: false,
      afterUnknown: { id: true },
    } satisfies PlanChange);
    // Never copied or walked: values can be huge and hold plaintext secrets.
    expect(change.before).toBe(raw.change.before);
    expect(change.after).toBe(raw.change.after);
    expect(change.beforeSensitive).toBe(raw.change.before_sensitive);
    expect(change.afterUnknown).toBe(raw.change.after_unknown);
  });

  it('leaves optional fields out at the root module and when null', () => {
    const change = toPlanChange(
      {
        address: 'aws_s3_bucket.logs',
        module_address: null,
        mode: 'managed',
        type: 'aws_s3_bucket',
        name: 'logs',
        provider_name: 'registry.terraform.io/hashicorp/aws',
        deposed: null,
        action_reason: null,
        change: {
          actions: ['delete'],
          before: { force_destroy: true },
          after: null,
          replace_paths: null,
        },
      },
      'plan.json',
      3,
    );
    expect(Object.keys(change).sort()).toEqual(
      [
        'actions',
        'address',
        'after',
        'afterSensitive',
        'afterUnknown',
        'before',
        'beforeSensitive',
        'mode',
        'name',
        'providerName',
        'replacePaths',
        'type',
      ].sort(),
    );
    expect(change).toMatchObject({
      replacePaths: [],
      after: null,
      beforeSensitive: false,
      afterSensitive: false,
      afterUnknown: false,
    });
  });

  it('is lenient where old or stripped output varies, and fails closed on mode', () => {
    const change = toPlanChange(
      { address: 'null_resource.x', type: 'null_resource', change: { actions: ['create'] } },
      'p',
      0,
    );
    // A change without `mode` is assessed (the engine skips everything but `managed`).
    expect(change).toStrictEqual({
      address: 'null_resource.x',
      mode: 'managed',
      type: 'null_resource',
      name: '',
      providerName: '',
      actions: ['create'],
      replacePaths: [],
      before: null,
      after: null,
      beforeSensitive: false,
      afterSensitive: false,
      afterUnknown: false,
    });
  });

  it('passes unknown action words and modes through', () => {
    const change = toPlanChange(
      {
        address: 'x.y',
        mode: 'ephemeral',
        type: 'x',
        name: 'y',
        provider_name: 'p',
        change: { actions: ['open', 'tomorrow'] },
      },
      'p',
      0,
    );
    expect(change.actions).toEqual(['open', 'tomorrow']);
    expect(change.mode).toBe('ephemeral');
  });

  it.each([
    [{ ...fullChange(), address: '' }, 'resource_changes[7].address is empty'],
    [
      { ...fullChange(), type: 7 },
      'resource_changes[7].type (address "module.data[\\"eu\\"].aws_db_instance.main[0]") is a number, expected a string',
    ],
    [
      { ...fullChange(), change: { actions: [] } },
      'resource_changes[7].change.actions (address "module.data[\\"eu\\"].aws_db_instance.main[0]") is an empty array, expected at least one entry',
    ],
    [
      { ...fullChange(), deposed: 1 },
      'resource_changes[7].deposed (address "module.data[\\"eu\\"].aws_db_instance.main[0]") is a number, expected a string',
    ],
    [
      { ...fullChange(), change: { actions: ['delete'], replace_paths: [['a', true]] } },
      'resource_changes[7].change.replace_paths[0][1] (address "module.data[\\"eu\\"].aws_db_instance.main[0]") is true, expected a string or a number',
    ],
    ['aws_db_instance.main', 'resource_changes[7] is a string, expected an object'],
    [null, 'resource_changes[7] is null, expected an object'],
  ])('names the index and field of a malformed change (%#)', async (raw, problem) => {
    // Unworded, the refusal is already one line naming the element.
    expect(() => toPlanChange(raw, 'plan.json', 7)).toThrow(
      /^plan\.json: resource_changes\[7\] is not plan JSON as Terraform writes it; regenerate/u,
    );
    await expect(refusal(() => toPlanChange(raw, 'plan.json', 7))).rejects.toThrow(
      new UserError(
        `plan.json: ${problem}; the file is not plan JSON as Terraform writes it: regenerate it with \`terraform show -json tfplan > plan.json\``,
      ),
    );
  });
});

describe('toDeferredChange', () => {
  it('maps the resource change and keeps the reason', () => {
    const change = toDeferredChange(
      { reason: 'provider_config_unknown', resource_change: fullChange() },
      'plan.json',
      0,
    );
    expect(change).toStrictEqual({
      ...toPlanChange(fullChange(), 'plan.json', 0),
      deferredReason: 'provider_config_unknown',
    });
  });

  it('names the deferred entry of a malformed change', async () => {
    await expect(
      refusal(() =>
        toDeferredChange(
          { reason: 'resource_config_unknown', resource_change: { address: 'a.b' } },
          'plan.json',
          2,
        ),
      ),
    ).rejects.toThrow(
      /^plan\.json: deferred_changes\[2\]\.resource_change\.type \(address "a\.b"\) is missing, expected a string; /u,
    );
  });
});

describe('toPlanMeta', () => {
  const plan = { format_version: '1.2', terraform_version: '1.11.4', planned_values: {} };

  it.each(['0.1', '0.2', '1.0', '1.1', '1.2', '1.10', '1.2.3'])(
    'accepts format_version %s',
    (version) => {
      expect(toPlanMeta({ ...plan, format_version: version }, 'p').formatVersion).toBe(version);
    },
  );

  it.each(['2.0', '10.1', '1', 'v1.2', '', 'test_format_version'])(
    'refuses format_version %j',
    (version) => {
      expect(() => toPlanMeta({ ...plan, format_version: version }, 'p')).toThrow(
        /^p: format_version ".*" is not supported; /u,
      );
    },
  );

  it('defaults to a complete, not errored plan (before 1.6/1.8, and OpenTofu)', () => {
    expect(toPlanMeta(plan, 'p')).toStrictEqual({
      formatVersion: '1.2',
      terraformVersion: '1.11.4',
      errored: false,
      complete: true,
    });
    expect(toPlanMeta({ format_version: '1.2', resource_changes: [] }, 'p').terraformVersion).toBe(
      '',
    );
    expect(
      toPlanMeta({ ...plan, errored: null, complete: null, applyable: null }, 'p'),
    ).toStrictEqual({
      formatVersion: '1.2',
      terraformVersion: '1.11.4',
      errored: false,
      complete: true,
    });
  });

  it('maps errored, complete and applyable', () => {
    expect(
      toPlanMeta({ ...plan, errored: true, complete: false, applyable: false }, 'p'),
    ).toStrictEqual({
      formatVersion: '1.2',
      terraformVersion: '1.11.4',
      errored: true,
      complete: false,
      applyable: false,
    });
  });
});

describe('emitPlan', () => {
  function collect(document: unknown): { addresses: string[]; deferred: (string | undefined)[] } {
    const changes: PlanChange[] = [];
    emitPlan(document, 'plan.json', (change) => changes.push(change));
    return {
      addresses: changes.map((change) => change.address),
      deferred: changes.map((change) => change.deferredReason),
    };
  }
  const rc = (address: string) => ({
    address,
    mode: 'managed',
    type: 't',
    name: 'n',
    provider_name: 'p',
    change: { actions: ['delete'] },
  });

  it('hands over resource changes in file order, then deferred changes', () => {
    const document = {
      format_version: '1.2',
      planned_values: {},
      deferred_changes: [{ reason: 'provider_config_unknown', resource_change: rc('z.deferred') }],
      resource_changes: [rc('b.second'), rc('a.first'), rc('b.second')],
    };
    expect(collect(document)).toEqual({
      addresses: ['b.second', 'a.first', 'b.second', 'z.deferred'],
      deferred: [undefined, undefined, undefined, 'provider_config_unknown'],
    });
  });

  it('reads a plan without resource_changes (refresh-only, no changes) as empty', () => {
    expect(collect({ format_version: '1.2', planned_values: {} }).addresses).toEqual([]);
    expect(
      collect({ format_version: '1.2', planned_values: {}, resource_changes: null }).addresses,
    ).toEqual([]);
  });

  it('emits nothing for a document that is not a plan', () => {
    const changes: PlanChange[] = [];
    expect(() =>
      emitPlan({ format_version: '3.0', resource_changes: [rc('a.b')] }, 'p', (change) =>
        changes.push(change),
      ),
    ).toThrow(UserError);
    expect(() =>
      emitPlan({ resource_changes: [rc('a.b')] }, 'p', (change) => changes.push(change)),
    ).toThrow(UserError);
    expect(changes).toEqual([]);
  });
});
