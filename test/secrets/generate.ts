/**
 * Generated plans for the secret-leak tests: every catalog type with protection attributes
 * (and a sample of the others, and types the catalog does not know), in every action shape the
 * engine judges, with protection values chosen to make the engine say something about each
 * one, and with the sensitive marks written the ways Terraform writes them.
 */
import { BUILT_IN_ENTRIES, buildCatalog } from '../../src/catalog/index.js';
import type { Protection } from '../../src/catalog/types.js';
import { markAt, type Planter } from './plant.js';

type Json = Record<string, unknown>;

const CATALOG = buildCatalog();

/** Types whose own protections the engine reads, every one; every 12th other catalog type; unknown types. */
export const GENERATED_TYPES: readonly string[] = [
  ...BUILT_IN_ENTRIES.filter((entry) => (entry.protections ?? []).length > 0).map(
    (entry) => entry.type,
  ),
  ...BUILT_IN_ENTRIES.filter((entry) => (entry.protections ?? []).length === 0)
    .filter((_, index) => index % 12 === 0)
    .map((entry) => entry.type),
  'null_resource',
  'random_password',
  'aws_iam_access_key',
];

export const SCENARIOS = [
  'delete',
  'replace-dbc',
  'replace-cbd',
  'update-weakens',
  'forget',
  'deferred',
  'deposed',
  'errored',
  'unknown-action',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

/**
 * How the protection values are marked. `leaf`: `{attr: true}`; `bare`: `before_sensitive: true`;
 * `parent`: the first segment of each path (`{settings: true}` or `{settings: [true]}`);
 * `unmarked`: protection values left unmarked, so the engine may print them: they are
 * ordinary values then, and only the other leaves are planted.
 */
export const MARKINGS = ['leaf', 'bare', 'parent', 'unmarked'] as const;
export type Marking = (typeof MARKINGS)[number];

/** A value for `before` (`on` = the protection is in force) that makes the engine judge it. */
function protectionValue(
  protection: Protection,
  planter: Planter,
  secret: boolean,
  on: boolean,
  index: number,
): unknown {
  const onValue = protection.onValues?.[0];
  switch (protection.effect) {
    case 'final-snapshot-name':
      return secret ? planter.string() : `final-${index}`;
    case 'backup-retention-days':
      if (!on) return 0;
      return secret ? planter.number() : 7;
    case 'deletion-window-days':
      if (!on) return 0;
      return secret ? planter.number() : 30;
    case 'versioning-status':
      return on ? 'Enabled' : 'Suspended';
    case 'skips-final-snapshot':
    case 'purges-contents':
    case 'deletes-automated-backups':
      // These protect the data when false.
      return onValue === undefined ? !on : on ? `not-${onValue}` : onValue;
    default:
      if (onValue !== undefined) return on ? onValue : `NOT_${onValue}`;
      return on;
  }
}

function setPath(
  target: Json,
  path: readonly string[],
  value: unknown,
  planter: Planter,
  plantSiblings: boolean,
): void {
  let current: unknown = target;
  for (let i = 0; i < path.length - 1; i += 1) {
    const segment = path[i] ?? '';
    const nextIsIndex = /^\d+$/u.test(path[i + 1] ?? '');
    const container = current as Record<string, unknown>;
    let next = container[segment];
    if (next === undefined || next === null || typeof next !== 'object') {
      next = nextIsIndex ? [] : {};
      container[segment] = next;
    }
    if (Array.isArray(next)) {
      const index = Number(path[i + 1]);
      while (next.length <= index) next.push(plantSiblings ? { neighbour: planter.string() } : {});
      // The list element is the container for what follows.
      const element = next[index] as Record<string, unknown>;
      if (plantSiblings && !('neighbour' in element)) element['neighbour'] = planter.string();
      current = element;
      i += 1;
    } else {
      if (plantSiblings && !('neighbour' in (next as Json)))
        (next as Json)['neighbour'] = planter.string();
      current = next;
    }
  }
  (current as Record<string, unknown>)[path.at(-1) ?? ''] = value;
}

/** Leaves that are never protection paths: secrets as providers store them, at every depth. */
function ordinaryValues(planter: Planter): Json {
  return {
    id: planter.string(),
    arn: `arn:aws:rds:eu-west-1:${planter.number()}:db:${planter.string()}`,
    password: planter.string(),
    master_password: planter.string(),
    connection_string: `postgres://admin:${planter.string()}@db.internal:5432/app`,
    port: planter.number(),
    tags: {
      env: planter.string(),
      deletion_protection: planter.string(),
      force_destroy: planter.string(),
    },
    rule: [
      {
        name: planter.string(),
        force_destroy: planter.string(),
        skip_final_snapshot: planter.string(),
      },
    ],
    // A protection name one level too deep, and a dotted key that only looks like a path.
    settings_extra: [
      { deletion_protection: planter.string(), final_snapshot_identifier: planter.string() },
    ],
    'point_in_time_recovery.0.enabled': planter.string(),
    user_data: `#!/bin/sh\nexport TOKEN=${planter.string()}\n`,
    nested: { deep: [{ deeper: { value: planter.string(), count: planter.number() } }] },
    weird: { '`|<&\n': planter.string() },
  };
}

interface Built {
  readonly values: Json;
  readonly marks: unknown;
}

function buildValues(
  type: string,
  planter: Planter,
  marking: Marking,
  on: boolean,
  index: number,
): Built {
  const values = ordinaryValues(planter);
  let marks: unknown = { password: true, master_password: true };
  const secret = marking !== 'unmarked';
  for (const protection of CATALOG.protectionsFor(type)) {
    const path = protection.path.split('.');
    setPath(values, path, protectionValue(protection, planter, secret, on, index), planter, true);
    if (marking === 'leaf')
      marks = markAt(
        marks,
        path.map((segment) => (/^\d+$/u.test(segment) ? Number(segment) : segment)),
      );
    if (marking === 'parent') {
      const head = path[0] ?? '';
      // Both shapes Terraform writes for a marked block: the block, or each element.
      marks = markAt(marks, path.length > 1 && index % 2 === 0 ? [head, 0] : [head]);
    }
  }
  return { values, marks: marking === 'bare' ? true : marks };
}

function resourceChange(
  type: string,
  address: string,
  actions: string[],
  before: Built | undefined,
  after: Built | undefined,
  extra: Json = {},
): Json {
  return {
    address,
    mode: 'managed',
    type,
    name: address.split('.').at(-1) ?? 'x',
    provider_name: 'registry.terraform.io/hashicorp/any',
    change: {
      actions,
      before: before?.values ?? null,
      after: after?.values ?? null,
      after_unknown: after === undefined ? {} : { id: true },
      before_sensitive: before?.marks ?? false,
      after_sensitive: after?.marks ?? false,
    },
    ...extra,
  };
}

function changesFor(
  scenario: Scenario,
  type: string,
  index: number,
  planter: Planter,
  marking: Marking,
): { changes: Json[]; deferred: Json[] } {
  const address = `${type}.g${index}`;
  const before = () => buildValues(type, planter, marking, index % 3 !== 2, index);
  const reason = {
    action_reason:
      index % 2 === 0 ? 'delete_because_no_resource_config' : 'replace_because_cannot_update',
  };
  switch (scenario) {
    case 'delete':
    case 'errored':
      return {
        changes: [
          resourceChange(
            type,
            address,
            ['delete'],
            before(),
            undefined,
            index % 4 === 0 ? {} : reason,
          ),
        ],
        deferred: [],
      };
    case 'replace-dbc':
    case 'replace-cbd': {
      const change = resourceChange(
        type,
        address,
        scenario === 'replace-dbc' ? ['delete', 'create'] : ['create', 'delete'],
        before(),
        before(),
        { action_reason: 'replace_because_cannot_update' },
      );
      const inner = change['change'] as Json;
      inner['replace_paths'] = [['engine'], ['tags', 'env'], ['rule', 0, 'name']];
      inner['importing'] = { id: planter.string() };
      inner['generated_config'] =
        `resource "${type}" "g${index}" {\n  password = "${planter.string()}"\n}\n`;
      inner['before_identity'] = { id: planter.string(), account_id: planter.string() };
      return { changes: [change], deferred: [] };
    }
    case 'update-weakens': {
      const was = buildValues(type, planter, marking, true, index);
      const now = buildValues(type, planter, marking, false, index);
      // A recovery window that only shrinks: distinct, smaller planted numbers.
      for (const protection of CATALOG.protectionsFor(type)) {
        if (protection.effect !== 'deletion-window-days' || marking === 'unmarked') continue;
        const path = protection.path.split('.');
        const previous = path.reduce<unknown>(
          (node, segment) => (node as Json | undefined)?.[segment],
          was.values,
        );
        if (typeof previous === 'number')
          setPath(now.values, path, planter.numberBelow(previous), planter, false);
      }
      return { changes: [resourceChange(type, address, ['update'], was, now)], deferred: [] };
    }
    case 'forget': {
      const actions = [['forget'], ['create', 'forget'], ['forget', 'create']][index % 3] ?? [
        'forget',
      ];
      return {
        changes: [
          resourceChange(
            type,
            address,
            actions,
            before(),
            actions.includes('create') ? before() : undefined,
            { action_reason: 'forgot_because_lifecycle_destroy_in_config' },
          ),
        ],
        deferred: [],
      };
    }
    case 'deferred':
      return {
        changes: [],
        deferred: [
          {
            reason: index % 2 === 0 ? 'provider_config_unknown' : 'resource_config_unknown',
            resource_change: resourceChange(
              type,
              address,
              index % 2 === 0 ? ['delete'] : ['create', 'delete'],
              before(),
              index % 2 === 0 ? undefined : before(),
            ),
          },
        ],
      };
    case 'deposed': {
      const current = before();
      return {
        changes: [
          resourceChange(type, address, ['no-op'], current, current),
          resourceChange(type, address, ['delete'], before(), undefined, {
            deposed: `0${index.toString(16).padStart(7, '0')}`,
          }),
        ],
        deferred: [],
      };
    }
    case 'unknown-action':
      return {
        changes: [
          resourceChange(
            type,
            address,
            index % 2 === 0 ? ['delete', 'archive'] : ['purge'],
            before(),
            undefined,
          ),
        ],
        deferred: [],
      };
  }
}

/** The plan around the changes: every other place a plan holds values, planted. */
function envelope(planter: Planter, scenario: Scenario, changes: Json[], deferred: Json[]): Json {
  const plan: Json = {
    format_version: '1.2',
    terraform_version: '1.11.4',
    variables: {
      db_password: { value: planter.string() },
      settings: { value: { token: planter.string(), list: [planter.string(), planter.number()] } },
    },
    planned_values: {
      outputs: { endpoint: { sensitive: false, value: planter.string() } },
      root_module: {
        resources: [
          {
            address: 'aws_db_instance.planned',
            mode: 'managed',
            type: 'aws_db_instance',
            name: 'planned',
            values: { password: planter.string(), port: planter.number() },
            sensitive_values: {},
          },
        ],
      },
    },
    resource_drift: [
      {
        address: 'aws_db_instance.drifted',
        mode: 'managed',
        type: 'aws_db_instance',
        name: 'drifted',
        change: {
          actions: ['update'],
          before: { password: planter.string() },
          after: { password: planter.string() },
        },
      },
    ],
    output_changes: {
      password: {
        actions: ['delete'],
        before: planter.string(),
        after: null,
        after_unknown: false,
        before_sensitive: true,
        after_sensitive: false,
      },
      endpoint: {
        actions: ['update'],
        before: planter.string(),
        after: planter.string(),
        after_unknown: false,
        before_sensitive: false,
        after_sensitive: false,
      },
    },
    prior_state: {
      format_version: '1.0',
      terraform_version: '1.11.4',
      values: {
        outputs: { password: { sensitive: true, value: planter.string(), type: 'string' } },
        root_module: {
          resources: [
            {
              address: 'aws_db_instance.prior',
              mode: 'managed',
              type: 'aws_db_instance',
              name: 'prior',
              values: { password: planter.string(), deletion_protection: true },
              sensitive_values: { password: true },
            },
          ],
          child_modules: [
            {
              address: 'module.m',
              resources: [
                {
                  address: 'module.m.aws_s3_bucket.b',
                  mode: 'managed',
                  type: 'aws_s3_bucket',
                  name: 'b',
                  values: { bucket: planter.string(), force_destroy: true },
                },
              ],
            },
          ],
        },
      },
    },
    configuration: {
      provider_config: {
        aws: { name: 'aws', expressions: { access_key: { constant_value: planter.string() } } },
      },
      root_module: {
        resources: [
          {
            address: 'aws_db_instance.cfg',
            mode: 'managed',
            type: 'aws_db_instance',
            name: 'cfg',
            expressions: {
              password: { constant_value: planter.string() },
              tags: { constant_value: { owner: planter.string() } },
            },
          },
        ],
        variables: { db_password: { default: planter.string(), sensitive: true } },
        module_calls: {
          m: { source: './m', module: { variables: { secret: { default: planter.string() } } } },
        },
      },
    },
    checks: [
      {
        address: { kind: 'check', name: 'c', to_display: 'check.c' },
        status: 'fail',
        instances: [
          {
            address: { to_display: 'check.c' },
            status: 'fail',
            problems: [{ message: planter.string() }],
          },
        ],
      },
    ],
    timestamp: '2026-11-24T10:00:00Z',
    errored: scenario === 'errored',
    applyable: true,
    complete: scenario !== 'deferred',
  };
  if (changes.length > 0) plan['resource_changes'] = changes;
  if (deferred.length > 0) plan['deferred_changes'] = deferred;
  return plan;
}

export interface GeneratedPlan {
  readonly name: string;
  readonly plan: Json;
  readonly changes: number;
}

/** One plan per scenario × marking, each with a change for every generated type. */
export function generatePlans(planterFor: (name: string) => Planter): GeneratedPlan[] {
  const plans: GeneratedPlan[] = [];
  for (const scenario of SCENARIOS) {
    for (const marking of MARKINGS) {
      const name = `${scenario}-${marking}`;
      const planter = planterFor(name);
      const changes: Json[] = [];
      const deferred: Json[] = [];
      GENERATED_TYPES.forEach((type, index) => {
        const made = changesFor(scenario, type, index, planter, marking);
        changes.push(...made.changes);
        deferred.push(...made.deferred);
      });
      plans.push({
        name,
        plan: envelope(planter, scenario, changes, deferred),
        changes: changes.length + deferred.length,
      });
    }
  }
  return plans;
}

/**
 * A database destroy whose final snapshot name is NOT marked sensitive: a value the product
 * may print, used to prove the leak search sees every output channel.
 */
export function printableSnapshotChange(snapshot: string) {
  return {
    address: 'aws_db_instance.orders',
    mode: 'managed',
    type: 'aws_db_instance',
    change: {
      actions: ['delete'],
      before: { skip_final_snapshot: false, final_snapshot_identifier: snapshot },
      after: null,
    },
  };
}
