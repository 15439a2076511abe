// Synthetic plans for `npm run bench` (scripts/bench.js): real Terraform 1.11.4 resource changes
// from ../shared/corpus/large (or a built-in look-alike when ../shared is absent), replicated and
// varied: many types (a good share from the stateful catalog), modules, deletes, replaces,
// updates, protection attributes, long escaped strings, and planned_values / prior_state in the
// proportions of the real plan.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';

export const CORPUS_PLAN = '../shared/corpus/large/terraform-1.11.4-2000-replacements.json';
/** Bump when the output changes, so cached plans in .bench/ are rebuilt. */
export const GENERATOR_VERSION = 3;

const CATALOG_TYPES = [
  'aws_db_instance',
  'aws_s3_bucket',
  'google_sql_database_instance',
  'azurerm_storage_account',
  'aws_dynamodb_table',
  'aws_rds_cluster',
  'aws_kms_key',
  'aws_ebs_volume',
  'google_storage_bucket',
  'azurerm_key_vault',
  'kubernetes_persistent_volume_claim',
  'aws_secretsmanager_secret',
  'aws_backup_vault',
  'aws_elasticache_cluster',
];
const OTHER_TYPES = [
  'aws_instance',
  'aws_iam_role',
  'aws_security_group',
  'aws_lambda_function',
  'aws_route53_record',
  'null_resource',
  'terraform_data',
  'random_id',
  'google_compute_instance',
  'azurerm_linux_virtual_machine',
];
/** [actions, action_reason] — weights by repetition. */
const ACTIONS = [
  [['delete'], 'delete_because_no_resource_config'],
  [['delete'], undefined],
  [['delete', 'create'], 'replace_because_cannot_update'],
  [['delete', 'create'], 'replace_by_request'],
  [['create', 'delete'], 'replace_because_tainted'],
  [['update'], undefined],
  [['update'], undefined],
  [['update'], undefined],
  [['no-op'], undefined],
  [['no-op'], undefined],
  [['no-op'], undefined],
  [['create'], undefined],
  [['create'], undefined],
  [['read'], 'read_because_config_unknown'],
];

const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: Array.from({ length: 12 }, (_, index) => ({
    Sid: `Statement${index}`,
    Effect: index % 3 === 0 ? 'Deny' : 'Allow',
    Action: ['s3:GetObject', 's3:PutObject', 'kms:Decrypt', 'logs:PutLogEvents'],
    Resource: [`arn:aws:s3:::bucket-${index}/*`, `arn:aws:kms:eu-west-1:123456789012:key/${index}`],
    Condition: { StringEquals: { 'aws:PrincipalTag/team': `team-"${index}"\\path` } },
  })),
});
const USER_DATA = Buffer.from('#!/bin/bash\necho "hello é 🫖"\n'.repeat(40)).toString('base64');

/** The template resource changes: the real plan's, or look-alikes of them. */
export function loadTemplates() {
  if (existsSync(CORPUS_PLAN)) {
    const plan = JSON.parse(readFileSync(CORPUS_PLAN, 'utf8'));
    return { source: CORPUS_PLAN, changes: plan.resource_changes };
  }
  const changes = Array.from({ length: 200 }, (_, index) => {
    const tags = Object.fromEntries(
      Array.from({ length: 20 }, (_, tag) => [`tag${tag}`, `value-${tag}-${index}`]),
    );
    const input = { name: `item-${index}`, tags };
    return {
      address: `terraform_data.many["item-${index}"]`,
      mode: 'managed',
      type: 'terraform_data',
      name: 'many',
      index: `item-${index}`,
      provider_name: 'terraform.io/builtin/terraform',
      change: {
        actions: ['delete', 'create'],
        before: { id: `465e4e56-${index}`, input, output: input, triggers_replace: ['v1'] },
        after: { input, triggers_replace: ['v2'] },
        after_unknown: { id: true, input: { tags: {} }, output: true, triggers_replace: [false] },
        before_sensitive: { input: { tags: {} }, output: { tags: {} }, triggers_replace: [false] },
        after_sensitive: { input: { tags: {} }, output: {}, triggers_replace: [false] },
        replace_paths: [['triggers_replace']],
      },
      action_reason: 'replace_because_cannot_update',
    };
  });
  return { source: 'built-in synthetic resource changes', changes };
}

function typeOf(n) {
  // About 45% catalog types.
  const spin = (n * 2654435761) >>> 0;
  return spin % 100 < 45
    ? CATALOG_TYPES[spin % CATALOG_TYPES.length]
    : OTHER_TYPES[spin % OTHER_TYPES.length];
}

function protections(type, n) {
  switch (type) {
    case 'aws_db_instance':
    case 'aws_rds_cluster':
      return {
        deletion_protection: n % 7 === 0,
        skip_final_snapshot: n % 2 === 0,
        final_snapshot_identifier: n % 2 === 0 ? null : `final-${n}`,
        backup_retention_period: n % 3,
      };
    case 'aws_s3_bucket':
    case 'google_storage_bucket':
      return { force_destroy: n % 2 === 0, bucket: `bucket-${n}` };
    case 'aws_kms_key':
      return { deletion_window_in_days: 7 + (n % 24), policy: POLICY };
    case 'google_sql_database_instance':
      return { deletion_protection: n % 4 === 0, database_version: 'POSTGRES_15' };
    case 'azurerm_key_vault':
      return { purge_protection_enabled: n % 2 === 0, soft_delete_retention_days: 7 };
    case 'aws_dynamodb_table':
      return {
        deletion_protection_enabled: n % 5 === 0,
        point_in_time_recovery: [{ enabled: n % 2 === 0 }],
      };
    default:
      return {};
  }
}

/** The n-th resource: its change, its planned value and its prior state, as JSON text. */
export function resource(templates, n) {
  const template = templates[n % templates.length];
  const type = typeOf(n);
  const module = n % 3 === 0 ? undefined : `module.svc_${(n >> 2) % 97}["k${n % 5}"]`;
  const key = `item-${n}`;
  const address = `${module === undefined ? '' : `${module}.`}${type}.main["${key}"]`;
  const [actions, reason] = ACTIONS[(n * 7 + (n >> 3)) % ACTIONS.length];
  const extra = {
    ...protections(type, n),
    ...(n % 5 === 0 ? { policy: POLICY } : {}),
    ...(n % 11 === 0 ? { user_data: USER_DATA } : {}),
  };
  const before =
    actions[0] === 'create' && actions.length === 1
      ? null
      : { ...template.change.before, ...extra };
  const after =
    actions.length === 1 && actions[0] === 'delete'
      ? null
      : {
          ...template.change.after,
          ...extra,
          ...(actions[0] === 'update' ? { force_destroy: false } : {}),
        };
  const change = {
    address,
    ...(module === undefined ? {} : { module_address: module }),
    mode: actions[0] === 'read' ? 'data' : 'managed',
    type,
    name: 'main',
    index: key,
    provider_name: `registry.terraform.io/hashicorp/${type.split('_')[0]}`,
    change: {
      actions,
      before,
      after,
      after_unknown: template.change.after_unknown,
      before_sensitive: template.change.before_sensitive,
      after_sensitive: template.change.after_sensitive,
      ...(actions.length === 2 ? { replace_paths: template.change.replace_paths } : {}),
    },
    ...(reason === undefined ? {} : { action_reason: reason }),
  };
  const planned = {
    address,
    mode: 'managed',
    type,
    name: 'main',
    index: key,
    provider_name: change.provider_name,
    schema_version: 0,
    values: after ?? {},
    sensitive_values: {},
  };
  const prior = {
    address,
    mode: 'managed',
    type,
    name: 'main',
    index: key,
    provider_name: change.provider_name,
    schema_version: 0,
    values: before ?? {},
    sensitive_values: {},
  };
  return {
    change: JSON.stringify(change),
    planned: JSON.stringify(planned),
    prior: JSON.stringify(prior),
  };
}

class Writer {
  #fd;
  #parts = [];
  #pending = 0;
  bytes = 0;
  constructor(file) {
    this.#fd = openSync(file, 'w');
  }
  write(text) {
    this.#parts.push(text);
    this.#pending += text.length;
    if (this.#pending > 1 << 20) this.flush();
  }
  flush() {
    if (this.#parts.length === 0) return;
    this.bytes += writeSync(this.#fd, this.#parts.join(''));
    this.#parts = [];
    this.#pending = 0;
  }
  close() {
    this.flush();
    closeSync(this.#fd);
  }
}

/**
 * Writes one plan of about `targetBytes` (resources `first` to `first + count`), in Terraform's
 * key order. `count` wins over `targetBytes` when given. Returns its resource-change count.
 */
export function writePlan(file, templates, { targetBytes, count, first = 0, full = true }) {
  let resources = count;
  if (resources === undefined) {
    let sample = 0;
    for (let n = 0; n < 500; n += 1) {
      const { change, planned, prior } = resource(templates, n);
      sample += change.length + (full ? planned.length + prior.length + 2 : 0) + 1;
    }
    resources = Math.max(1, Math.round(targetBytes / (sample / 500)));
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const out = new Writer(file);
  const section = (pick) => {
    for (let n = first; n < first + resources; n += 1) {
      out.write((n === first ? '' : ',') + pick(resource(templates, n)));
    }
  };
  out.write(
    '{"format_version":"1.2","terraform_version":"1.11.4","variables":{"env":{"value":"bench"}},',
  );
  out.write('"planned_values":{"root_module":{"resources":[');
  if (full) section((r) => r.planned);
  out.write(']}},"resource_changes":[');
  section((r) => r.change);
  out.write(
    '],"prior_state":{"format_version":"1.0","terraform_version":"1.11.4","values":{"root_module":{"resources":[',
  );
  if (full) section((r) => r.prior);
  out.write(
    ']}}},"configuration":{"provider_config":{},"root_module":{}},"timestamp":"2025-06-01T12:00:00Z","applyable":true,"complete":true,"errored":false}',
  );
  out.close();
  return { changes: resources, bytes: out.bytes };
}
