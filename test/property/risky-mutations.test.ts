/**
 * Mutations of a risky plan (examples/incident/plan.json) that keep it a valid plan never turn
 * a destroy of a catalog type into a pass with default options, unless the mutation removed
 * or changed that change. The model reads the mutated JSON's actions, modes and types itself:
 * each change that still destroys one of the incident's risky objects (same type, same
 * `before`) must come out as a finding that requires approval, under whatever address,
 * order, deposed key, reason or list (`deferred_changes`) it now has.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/assess/finding.js';
import { buildCatalog, GENERIC_PROTECTIONS } from '../../src/catalog/index.js';
import type { Report } from '../../src/assess/report.js';
import { RunLog, Scratch, repoBytes } from './support.js';

type Json = Record<string, unknown>;
interface Change extends Json {
  address: string;
  type: string;
  mode?: unknown;
  deposed?: unknown;
  action_reason?: unknown;
  change: Json & { actions: string[]; before?: unknown; after?: unknown };
}

const INCIDENT = JSON.parse(repoBytes('examples/incident/plan.json').toString('utf8')) as Json & {
  resource_changes: Change[];
};
const ORIGINAL = INCIDENT.resource_changes;

/**
 * The incident's changes that require approval with default options, read off the plan: an
 * RDS instance with skip_final_snapshot = true, a backup vault, a DB snapshot (backup copies:
 * critical), and a backup plan and selection (backup policy: high). Asserted below against the
 * unmutated plan, so the model starts from a checked fact.
 */
const RISKY_ADDRESSES = [
  'aws_backup_plan.daily',
  'aws_backup_selection.orders_db',
  'aws_backup_vault.main',
  'aws_db_instance.orders',
  'aws_db_snapshot.before_migration',
];
const RISKY_ORIGINS = new Set(
  ORIGINAL.flatMap((change, index) => (RISKY_ADDRESSES.includes(change.address) ? [index] : [])),
);

const KNOWN_ACTIONS: readonly (readonly string[])[] = [
  ['delete'],
  ['delete', 'create'],
  ['create', 'delete'],
  ['forget'],
  ['create', 'forget'],
  ['forget', 'create'],
  ['create'],
  ['update'],
  ['read'],
  ['no-op'],
  ['open'],
];
const UNKNOWN_ACTIONS: readonly (readonly string[])[] = [
  ['destroy'],
  ['Delete'],
  ['delete', 'delete'],
  ['create', 'delete', 'create'],
  ['delete', 'forget'],
  ['update', 'delete'],
  ['archive'],
  [''],
  ['delete '],
];
const DESTROYING: readonly (readonly string[])[] = [
  ['delete'],
  ['delete', 'create'],
  ['create', 'delete'],
];

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}
const isKnown = (actions: readonly string[]) => KNOWN_ACTIONS.some((known) => same(known, actions));
const destroys = (actions: readonly string[]) => DESTROYING.some((known) => same(known, actions));

const CATALOG = buildCatalog();
/** Types the catalog does not know: renaming a risky change to one of these may pass. */
const NON_CATALOG_TYPES = [
  'null_resource',
  'terraform_data',
  'aws_security_group',
  'random_password',
  'AWS_DB_INSTANCE',
  'aws_db_instance_x',
  'x',
].filter((type) => CATALOG.lookup(type) === undefined);
/** First segments of every protection path: the model never lets a mutation touch these. */
const PROTECTED_KEYS = new Set(
  [
    ...GENERIC_PROTECTIONS,
    ...ORIGINAL.flatMap((change) => CATALOG.protectionsFor(change.type)),
  ].map((protection) => protection.path.split('.')[0] ?? ''),
);

interface Entry {
  /** Index of the incident change this one came from; undefined for added noise. */
  readonly origin: number | undefined;
  change: Change;
  /** Set when the change sits in `deferred_changes` under this reason. */
  deferred?: string;
}

interface Doc {
  top: Json;
  entries: Entry[];
}

const ABSENT = Symbol('absent');
type Maybe<T> = T | typeof ABSENT;

function setOrDelete(target: Json, key: string, value: Maybe<unknown>): void {
  if (value === ABSENT) Reflect.deleteProperty(target, key);
  else target[key] = value;
}

type Mutation =
  | { op: 'actions'; at: number; actions: readonly string[] }
  | { op: 'mode'; at: number; mode: Maybe<string | null> }
  | { op: 'type'; at: number; type: string }
  | { op: 'remove'; at: number }
  | { op: 'duplicate'; at: number; deposed: Maybe<string> }
  | { op: 'deposed'; at: number; deposed: Maybe<string> }
  | { op: 'reason'; at: number; reason: Maybe<string | null> }
  | { op: 'address'; at: number; address: string }
  | { op: 'defer'; at: number; reason: string }
  | { op: 'shuffle'; keys: number[] }
  | { op: 'noise'; change: Change }
  | { op: 'top'; key: string; value: Maybe<unknown> }
  | { op: 'attribute'; at: number; side: 'before' | 'after'; key: string; value: unknown }
  | { op: 'sensitive'; at: number; marks: Maybe<unknown> }
  | { op: 'extra'; at: number; key: string; value: unknown }
  | { op: 'index'; at: number; value: unknown };

const at = fc.nat({ max: 40 });
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<Maybe<T>> =>
  fc.oneof(arb, fc.constant(ABSENT));
const attributeKey = fc
  .oneof(
    fc.constantFrom('tags', 'engine', 'username', 'password', 'name', 'identifier', 'rule', 'id'),
    fc.string({ minLength: 1, maxLength: 12 }),
  )
  .filter((key) => !PROTECTED_KEYS.has(key));

const noiseChange: fc.Arbitrary<Change> = fc
  .record({
    address: fc.string({ minLength: 1, maxLength: 30 }),
    type: fc.oneof(
      fc.constantFrom(...NON_CATALOG_TYPES),
      fc.constantFrom('aws_db_instance', 'aws_s3_bucket', 'aws_kms_key'),
    ),
    actions: fc.constantFrom<readonly string[]>(
      ['create'],
      ['no-op'],
      ['read'],
      ['update'],
      ['forget'],
    ),
    before: fc.dictionary(attributeKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  })
  .map(({ address, type, actions, before }) => ({
    address,
    type,
    name: 'noise',
    mode: same(actions, ['read']) ? 'data' : 'managed',
    provider_name: 'registry.terraform.io/hashicorp/aws',
    change: {
      actions: [...actions],
      before,
      after: before,
      after_unknown: {},
      before_sensitive: {},
      after_sensitive: {},
    },
  }));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('actions' as const),
      at,
      actions: fc.constantFrom(...KNOWN_ACTIONS, ...UNKNOWN_ACTIONS),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('mode' as const),
      at,
      mode: maybe(fc.constantFrom<string | null>('managed', 'data', 'ephemeral', null)),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('type' as const),
      at,
      type: fc.constantFrom(...NON_CATALOG_TYPES),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), at }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('duplicate' as const),
      at,
      deposed: maybe(fc.string({ minLength: 1, maxLength: 8 })),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('deposed' as const),
      at,
      deposed: maybe(fc.string({ minLength: 1, maxLength: 8 })),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('reason' as const),
      at,
      reason: maybe(
        fc.oneof(
          fc.constantFrom<string | null>(
            null,
            'replace_because_tainted',
            'delete_because_no_resource_config',
            'delete_because_count_index',
            'read_because_config_unknown',
          ),
          fc.string(),
        ),
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('address' as const),
      at,
      address: fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('defer' as const),
      at,
      reason: fc.constantFrom(
        'provider_config_unknown',
        'resource_config_unknown',
        'absent_prereq',
        'made_up',
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('shuffle' as const),
      keys: fc.array(fc.double({ noNaN: true }), { minLength: 50, maxLength: 50 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('noise' as const), change: noiseChange }) },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.record({
        op: fc.constant('top' as const),
        key: fc.constantFrom('errored', 'complete', 'applyable'),
        value: maybe(fc.boolean()),
      }),
      fc.record({
        op: fc.constant('top' as const),
        key: fc.constant('terraform_version'),
        value: maybe(fc.oneof(fc.string(), fc.constant(null))),
      }),
      fc.record({
        op: fc.constant('top' as const),
        key: fc.constant('format_version'),
        value: fc.constantFrom('0.1', '0.2', '1.0', '1.1', '1.2', '1.17'),
      }),
      fc.record({
        op: fc.constant('top' as const),
        key: fc.constantFrom('timestamp', 'unknown_key'),
        value: maybe(fc.jsonValue({ maxDepth: 2 })),
      }),
      fc.record({
        op: fc.constant('top' as const),
        key: fc.constantFrom(
          'variables',
          'output_changes',
          'prior_state',
          'resource_drift',
          'checks',
        ),
        value: maybe(fc.jsonValue({ maxDepth: 3 })),
      }),
    ),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('attribute' as const),
      at,
      side: fc.constantFrom<'before' | 'after'>('before', 'after'),
      key: attributeKey,
      value: fc.jsonValue({ maxDepth: 2 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('sensitive' as const),
      at,
      marks: maybe(
        fc.constantFrom<unknown>(
          true,
          false,
          {},
          { password: true },
          { skip_final_snapshot: true, force_destroy: true },
        ),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('extra' as const),
      at,
      key: fc.constantFrom(
        'importing',
        'generated_config',
        'before_identity',
        'after_identity',
        'previous_address',
        'replace_paths',
        'something_new',
      ),
      value: fc.jsonValue({ maxDepth: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('index' as const),
      at,
      value: fc.jsonValue({ maxDepth: 1 }),
    }),
  },
);

function pick(doc: Doc, index: number): Entry | undefined {
  return doc.entries.length === 0 ? undefined : doc.entries[index % doc.entries.length];
}

function apply(doc: Doc, m: Mutation): void {
  switch (m.op) {
    case 'shuffle': {
      const keyed = doc.entries.map((entry, i) => ({ entry, key: m.keys[i % m.keys.length] ?? i }));
      keyed.sort((a, b) => a.key - b.key);
      doc.entries = keyed.map(({ entry }) => entry);
      return;
    }
    case 'noise':
      doc.entries.push({ origin: undefined, change: structuredClone(m.change) });
      return;
    case 'top':
      setOrDelete(doc.top, m.key, m.value);
      return;
    default:
      break;
  }
  const entry = pick(doc, m.at);
  if (entry === undefined) return;
  const change = entry.change;
  switch (m.op) {
    case 'actions':
      change.change.actions = [...m.actions];
      return;
    case 'mode':
      setOrDelete(change, 'mode', m.mode);
      return;
    case 'type':
      change.type = m.type;
      return;
    case 'remove':
      doc.entries.splice(doc.entries.indexOf(entry), 1);
      return;
    case 'duplicate': {
      const copy: Entry = { origin: entry.origin, change: structuredClone(change) };
      if (entry.deferred !== undefined) copy.deferred = entry.deferred;
      setOrDelete(copy.change, 'deposed', m.deposed);
      doc.entries.push(copy);
      return;
    }
    case 'deposed':
      setOrDelete(change, 'deposed', m.deposed);
      return;
    case 'reason':
      setOrDelete(change, 'action_reason', m.reason);
      return;
    case 'address':
      change.address = m.address;
      return;
    case 'defer':
      entry.deferred = m.reason;
      return;
    case 'attribute': {
      const side = change.change[m.side];
      if (side !== null && typeof side === 'object' && !Array.isArray(side))
        (side as Json)[m.key] = m.value;
      else change.change[m.side] = { [m.key]: m.value };
      return;
    }
    case 'sensitive':
      setOrDelete(change.change, 'before_sensitive', m.marks);
      return;
    case 'extra':
      // `replace_paths` is validated: only well-formed values go there.
      change.change[m.key] =
        m.key === 'replace_paths' ? [['engine'], ['tags', 'env'], [0]] : m.value;
      return;
    case 'index':
      change.index = m.value;
      return;
  }
}

function serialise(doc: Doc): Buffer {
  const top: Json = { ...doc.top };
  const changes = doc.entries
    .filter((entry) => entry.deferred === undefined)
    .map((entry) => entry.change);
  const deferred = doc.entries.flatMap((entry) =>
    entry.deferred === undefined ? [] : [{ reason: entry.deferred, resource_change: entry.change }],
  );
  delete top['resource_changes'];
  delete top['deferred_changes'];
  if (changes.length > 0) top['resource_changes'] = changes;
  if (deferred.length > 0) top['deferred_changes'] = deferred;
  return Buffer.from(JSON.stringify(top), 'utf8');
}

interface Expected {
  readonly findings: readonly {
    readonly address: string;
    readonly deposed: string | undefined;
    readonly kinds: readonly string[];
    readonly why: string;
  }[];
  readonly incomplete: boolean;
}

/** What the plan must produce, from its own JSON: the model. */
function expectedOf(doc: Doc): Expected {
  const findings: Expected['findings'][number][] = [];
  for (const entry of doc.entries) {
    const { change } = entry;
    const actions = change.change.actions;
    const deposed = typeof change.deposed === 'string' ? change.deposed : undefined;
    if (!isKnown(actions)) {
      findings.push({
        address: change.address,
        deposed,
        kinds: ['unknown-action'],
        why: `unknown actions ${JSON.stringify(actions)}`,
      });
      continue;
    }
    const managed = change.mode === undefined || change.mode === null || change.mode === 'managed';
    const original = entry.origin === undefined ? undefined : ORIGINAL[entry.origin];
    if (
      entry.origin !== undefined &&
      RISKY_ORIGINS.has(entry.origin) &&
      original?.type === change.type &&
      managed &&
      destroys(actions)
    ) {
      findings.push({
        address: change.address,
        deposed,
        kinds: ['destroy', 'replace', 'backup-destroyed'],
        why: `${original.address} as ${change.address}: ${JSON.stringify(actions)}`,
      });
    }
  }
  return { findings, incomplete: doc.top['errored'] === true || doc.top['complete'] === false };
}

function problemsOf(expected: Expected, code: number, stdout: string, stderr: string): string[] {
  if (code === 2) return [`refused a valid plan: ${stderr}`];
  const report = JSON.parse(stdout) as Report;
  const problems: string[] = [];
  const approval = report.findings.filter((finding: Finding) => finding.requiresApproval);
  for (const want of expected.findings) {
    const found = approval.some(
      (finding) =>
        finding.address === want.address &&
        finding.deposed === want.deposed &&
        want.kinds.includes(finding.kind),
    );
    if (!found)
      problems.push(`no approval-requiring ${want.kinds.join('/')} finding for ${want.why}`);
  }
  if (expected.incomplete && !approval.some((finding) => finding.kind === 'incomplete-plan'))
    problems.push('errored/incomplete plan without an incomplete-plan finding');
  const mustBlock = expected.findings.length > 0 || expected.incomplete;
  if (mustBlock && (code !== 1 || report.verdict !== 'blocked'))
    problems.push(`exit ${code}, verdict ${report.verdict}: a pass`);
  return problems;
}

function freshDoc(): Doc {
  const top = structuredClone(INCIDENT) as Json;
  return {
    top,
    entries: ORIGINAL.map((change, origin) => ({ origin, change: structuredClone(change) })),
  };
}

let scratch: Scratch;
const log = new RunLog('test/property/risky-mutations.test.ts');
beforeAll(() => {
  scratch = new Scratch('risky');
});
afterAll(() => {
  scratch.remove();
  log.report();
});

describe('mutations of a risky plan', () => {
  it('the model starts from the truth: the unmutated incident requires approval for exactly its five risky changes', async () => {
    const outcome = await scratch.assess(serialise(freshDoc()), 'plan.json', ['--format', 'json']);
    expect(outcome.code).toBe(1);
    const report = JSON.parse(outcome.stdout) as Report;
    const risky = report.findings
      .filter((finding) => finding.requiresApproval && finding.address !== '')
      .map((finding) => finding.address);
    expect(risky.sort()).toEqual(RISKY_ADDRESSES);
    expect(NON_CATALOG_TYPES.length).toBeGreaterThan(3);
  });

  it('that keep it a valid plan never turn a destroy of a catalog type into a pass', async () => {
    const name =
      'valid-plan mutations of examples/incident keep every remaining risky destroy blocked';
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 8 }), async (mutations) => {
        const doc = freshDoc();
        for (const m of mutations) apply(doc, m);
        const expected = expectedOf(doc);
        const outcome = await scratch.assess(serialise(doc), 'plan.json', ['--format', 'json']);
        log.outcome(
          name,
          `exit ${outcome.code}${expected.findings.length > 0 || expected.incomplete ? ' (must block)' : ''}`,
        );
        expect(problemsOf(expected, outcome.code, outcome.stdout, outcome.stderr)).toEqual([]);
      }),
      log.params(name, 300, 201),
    );
  });

  it('under many mutations at once, biased to removing and retyping changes, still block what remains risky', async () => {
    const name = 'heavy mutation lists (up to 40, biased to remove/type/actions/mode)';
    const heavy = fc.oneof(
      { weight: 3, arbitrary: mutation },
      {
        weight: 2,
        arbitrary: fc.oneof(
          fc.record({ op: fc.constant('remove' as const), at }),
          fc.record({
            op: fc.constant('type' as const),
            at,
            type: fc.constantFrom(...NON_CATALOG_TYPES),
          }),
          fc.record({
            op: fc.constant('actions' as const),
            at,
            actions: fc.constantFrom(...KNOWN_ACTIONS),
          }),
          fc.record({
            op: fc.constant('mode' as const),
            at,
            mode: fc.constantFrom<string | null>('data', 'ephemeral', 'managed'),
          }),
        ),
      },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(heavy, { minLength: 5, maxLength: 40 }), async (mutations) => {
        const doc = freshDoc();
        for (const m of mutations) apply(doc, m);
        const expected = expectedOf(doc);
        const outcome = await scratch.assess(serialise(doc), 'plan.json', ['--format', 'json']);
        log.outcome(
          name,
          `exit ${outcome.code}${expected.findings.length > 0 || expected.incomplete ? ' (must block)' : ''}`,
        );
        expect(problemsOf(expected, outcome.code, outcome.stdout, outcome.stderr)).toEqual([]);
      }),
      log.params(name, 200, 204),
    );
  });

  it('where each risky change is kept, removed, retyped, made harmless or moved, block exactly for those still destroying', async () => {
    const name =
      'a fate per risky change (keep/remove/retype/harmless action/data mode/defer/deposed) + noise';
    const fate = fc.constantFrom(
      'keep',
      'remove',
      'retype',
      'harmless',
      'data',
      'defer',
      'deposed',
      'replace',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fate, { minLength: RISKY_ORIGINS.size, maxLength: RISKY_ORIGINS.size }),
        fc.array(mutation, { maxLength: 4 }),
        fc.constantFrom(...NON_CATALOG_TYPES),
        fc.constantFrom<readonly string[]>(
          ['create'],
          ['update'],
          ['no-op'],
          ['forget'],
          ['create', 'forget'],
          ['forget', 'create'],
          ['read'],
        ),
        async (fates, noise, type, harmless) => {
          const doc = freshDoc();
          // Noise first, on the other changes only, so each risky change's fate is the last word.
          doc.entries = doc.entries.filter(
            (entry) => entry.origin === undefined || !RISKY_ORIGINS.has(entry.origin),
          );
          for (const m of noise) apply(doc, m);
          const risky = freshDoc().entries.filter(
            (entry) => entry.origin !== undefined && RISKY_ORIGINS.has(entry.origin),
          );
          risky.forEach((entry, i) => {
            switch (fates[i]) {
              case 'remove':
                return;
              case 'retype':
                entry.change.type = type;
                break;
              case 'harmless':
                entry.change.change.actions = [...harmless];
                break;
              case 'data':
                entry.change.mode = 'data';
                break;
              case 'defer':
                entry.deferred = 'resource_config_unknown';
                break;
              case 'deposed':
                entry.change.deposed = `d${i}`;
                break;
              case 'replace':
                entry.change.change.actions =
                  i % 2 === 0 ? ['create', 'delete'] : ['delete', 'create'];
                break;
              default:
                break;
            }
            doc.entries.push(entry);
          });
          const expected = expectedOf(doc);
          const outcome = await scratch.assess(serialise(doc), 'plan.json', ['--format', 'json']);
          log.outcome(
            name,
            `exit ${outcome.code}, ${expected.findings.filter((f) => f.kinds.length === 3).length} risky left`,
          );
          expect(problemsOf(expected, outcome.code, outcome.stdout, outcome.stderr)).toEqual([]);
        },
      ),
      log.params(name, 250, 205),
    );
  });

  it('in which only the risky changes remain, and each is renamed, reordered and deferred, still block', async () => {
    const name = 'only risky changes left, renamed/deferred/deposed: always blocked';
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            address: fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }),
            defer: fc.boolean(),
            deposed: fc.option(fc.string({ minLength: 1, maxLength: 8 })),
            actions: fc.constantFrom(...DESTROYING),
          }),
          {
            minLength: RISKY_ORIGINS.size,
            maxLength: RISKY_ORIGINS.size,
          },
        ),
        fc.nat(),
        async (edits, keep) => {
          const doc = freshDoc();
          doc.entries = doc.entries.filter(
            (entry) => entry.origin !== undefined && RISKY_ORIGINS.has(entry.origin),
          );
          // Keep a non-empty subset: the others are removed outright.
          doc.entries = doc.entries.filter(
            (_, i) => i === keep % doc.entries.length || ((keep >> (i + 3)) & 1) === 1,
          );
          doc.entries.forEach((entry, i) => {
            const edit = edits[i];
            if (edit === undefined) return;
            entry.change.address = edit.address;
            entry.change.change.actions = [...edit.actions];
            if (edit.deposed !== null) entry.change.deposed = edit.deposed;
            if (edit.defer) entry.deferred = 'provider_config_unknown';
          });
          const expected = expectedOf(doc);
          expect(expected.findings.length).toBeGreaterThan(0);
          const outcome = await scratch.assess(serialise(doc), 'plan.json', ['--format', 'json']);
          log.outcome(name, `exit ${outcome.code}`);
          expect(problemsOf(expected, outcome.code, outcome.stdout, outcome.stderr)).toEqual([]);
        },
      ),
      log.params(name, 200, 202),
    );
  });

  // Only `data` and `ephemeral` are skipped: any other mode, known or not, is judged as managed.
  it('a destroy whose mode is a value the engine does not know is not passed', async () => {
    const name = 'unknown mode on a risky destroy';
    await fc.assert(
      fc.asyncProperty(
        fc
          .oneof(
            fc.constantFrom('Managed', 'MANAGED', 'resource', '', 'managed ', 'Data'),
            fc.string({ minLength: 1, maxLength: 10 }),
          )
          .filter((mode) => !['managed', 'data', 'ephemeral'].includes(mode)),
        async (mode) => {
          const doc = freshDoc();
          doc.entries = doc.entries.filter(
            (entry) => entry.change.address === 'aws_db_instance.orders',
          );
          const only = doc.entries[0];
          if (only === undefined)
            throw new Error('aws_db_instance.orders is missing from the incident plan');
          only.change.mode = mode;
          const outcome = await scratch.assess(serialise(doc), 'plan.json', ['--format', 'json']);
          log.outcome(name, `exit ${outcome.code}`);
          expect(outcome.code, `mode ${JSON.stringify(mode)}`).toBe(1);
        },
      ),
      log.params(name, 30, 203),
    );
  });
});
