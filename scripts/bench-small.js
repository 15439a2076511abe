// Plans of many small changes for `npm run bench` (scripts/bench.js): the shape a user met (968 MB,
// 465,000 changes, 372,000 of them replacements of non-stateful resources, 3,840 stateful), where
// the cost is per change, not per byte. About 2 KB a resource with its planned value and prior
// state, in Terraform's key order.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Bump when the output changes, so cached plans in .bench/ are rebuilt. */
export const SMALL_GENERATOR_VERSION = 1;

/** Types no catalog reviews as stateful: their replacements are `other-destroy` findings. */
const PLAIN_TYPES = [
  'aws_route53_record',
  'aws_iam_role_policy_attachment',
  'aws_security_group_rule',
  'null_resource',
  'aws_lb_listener_rule',
  'cloudflare_record',
];
/** Stateful types, each destroyed about once every 121 changes (3,840 of 465,000). */
const STATEFUL_TYPES = ['aws_db_instance', 'aws_s3_bucket', 'aws_dynamodb_table', 'aws_ebs_volume'];

function kindOf(n) {
  if (n % 121 === 60) return 'stateful';
  // 372,000 of 465,000 are replacements: 4 in 5.
  return n % 5 === 4 ? ['no-op', 'update', 'create'][(n >> 3) % 3] : 'replace';
}

function attributes(type, n, version) {
  return {
    id: `${type.slice(0, 6)}-${(n * 2654435761) >>> 0}-${n}`,
    name: `svc-${n % 997}-record-${n}.internal.example.com`,
    records: [`10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`],
    ttl: 300,
    type: 'A',
    zone_id: `Z${String(n % 53).padStart(12, '0')}`,
    allow_overwrite: null,
    health_check_id: '',
    set_identifier: '',
    tags: { team: `team-${n % 17}`, env: 'prod', revision: `v${version}` },
  };
}

/** The n-th resource: its change, its planned value and its prior state, as JSON text. */
export function smallResource(n) {
  const kind = kindOf(n);
  const type =
    kind === 'stateful'
      ? STATEFUL_TYPES[(n >> 2) % STATEFUL_TYPES.length]
      : PLAIN_TYPES[n % PLAIN_TYPES.length];
  const module = `module.zone_${n % 211}`;
  const key = `r${n}`;
  const address = `${module}.${type}.this["${key}"]`;
  const actions =
    kind === 'replace'
      ? n % 3 === 0
        ? ['create', 'delete']
        : ['delete', 'create']
      : kind === 'stateful'
        ? ['delete']
        : [kind];
  const before = kind === 'create' ? null : attributes(type, n, 1);
  const after = actions.length === 1 && actions[0] === 'delete' ? null : attributes(type, n, 2);
  const providerName = `registry.terraform.io/hashicorp/${type.split('_')[0]}`;
  const change = {
    address,
    module_address: module,
    mode: 'managed',
    type,
    name: 'this',
    index: key,
    provider_name: providerName,
    change: {
      actions,
      before,
      after,
      after_unknown: after === null ? false : { id: kind !== 'no-op', records: [false], tags: {} },
      before_sensitive: before === null ? false : { records: [false], tags: {} },
      after_sensitive: after === null ? false : { records: [false], tags: {} },
      ...(kind === 'replace' ? { replace_paths: [['name']] } : {}),
    },
    ...(kind === 'replace' ? { action_reason: 'replace_because_cannot_update' } : {}),
    ...(kind === 'stateful' ? { action_reason: 'delete_because_no_resource_config' } : {}),
  };
  const state = (values) => ({
    address,
    mode: 'managed',
    type,
    name: 'this',
    index: key,
    provider_name: providerName,
    schema_version: 0,
    values: values ?? {},
    sensitive_values: { records: [false], tags: {} },
  });
  return {
    change: JSON.stringify(change),
    planned: JSON.stringify(state(after)),
    prior: JSON.stringify(state(before)),
  };
}

/** Writes a plan of about `targetBytes`; returns its resource-change count and size. */
export function writeSmallPlan(file, targetBytes) {
  let sample = 0;
  for (let n = 0; n < 1000; n += 1) {
    const { change, planned, prior } = smallResource(n);
    sample += change.length + planned.length + prior.length + 3;
  }
  const resources = Math.max(1, Math.round(targetBytes / (sample / 1000)));
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  let parts = [];
  let pending = 0;
  let bytes = 0;
  const write = (text) => {
    parts.push(text);
    pending += text.length;
    if (pending < 1 << 20) return;
    bytes += writeSync(fd, parts.join(''));
    parts = [];
    pending = 0;
  };
  const section = (pick) => {
    for (let n = 0; n < resources; n += 1) write((n === 0 ? '' : ',') + pick(smallResource(n)));
  };
  write('{"format_version":"1.2","terraform_version":"1.9.8",');
  write('"planned_values":{"root_module":{"resources":[');
  section((r) => r.planned);
  write(']}},"resource_changes":[');
  section((r) => r.change);
  write(']');
  write(',"prior_state":{"format_version":"1.0","terraform_version":"1.9.8","values":{');
  write('"root_module":{"resources":[');
  section((r) => r.prior);
  write(']}}},"configuration":{"root_module":{}},"timestamp":"2025-06-01T12:00:00Z",');
  write('"applyable":true,"complete":true,"errored":false}');
  bytes += writeSync(fd, parts.join(''));
  closeSync(fd);
  return { changes: resources, bytes };
}
