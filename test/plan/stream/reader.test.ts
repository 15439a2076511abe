/**
 * The plan read in pieces (src/plan/stream/reader.ts) against the plan read whole (src/plan/read.ts):
 * the same PlanMeta and the same PlanChange sequence for every valid plan, the same one-line
 * UserError for every bad one — over the real corpus, generated plans, every read boundary of a
 * small plan, broken and wrapped variants, and the whole engine's report.
 */
import { constants } from 'node:buffer';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type * as openModule from '../../../src/plan/open.js';
import { assessPlans } from '../../../src/engine/engine.js';
import type { PlanChange, PlanMeta } from '../../../src/plan/model.js';
import { readPlanFile } from '../../../src/plan/read.js';
import { STREAM_THRESHOLD_BYTES, readPlan, type ReadOptions } from '../../../src/plan/open.js';
import { indexDocument } from '../../../src/plan/stream/ranges.js';
import { UserError } from '../../../src/util/errors.js';
import { scanWorkerScript } from './worker-script.js';

/**
 * The engine reads every plan through readPlan (src/plan/open.ts), with its options (the values
 * it needs, its restart, progress); `route.stream` has readPlan read every file in pieces then,
 * however small, those options kept.
 */
const route = vi.hoisted(() => ({ stream: false }));
vi.mock('../../../src/plan/open.js', async (importOriginal) => {
  const actual = await importOriginal<typeof openModule>();
  const readPlan: typeof actual.readPlan = (filePath, displayPath, onChange, options = {}) =>
    actual.readPlan(filePath, displayPath, onChange, {
      ...options,
      ...(route.stream ? { piecesAbove: 0 } : {}),
    });
  return { ...actual, readPlan };
});

type Outcome =
  | { readonly meta: PlanMeta; readonly changes: readonly PlanChange[] }
  | { readonly refused: string };

async function outcome(
  read: (sink: (change: PlanChange) => void, restart: () => void) => Promise<PlanMeta>,
): Promise<Outcome> {
  const changes: PlanChange[] = [];
  try {
    const meta = await read(
      (change) => changes.push(change),
      () => changes.splice(0),
    );
    return { meta, changes };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    expect(error.message).not.toMatch(/[\r\n]/u);
    return { refused: error.message };
  }
}

/** Every file in pieces, however small, as a pipe spilled to a temporary file is read. */
const streamPlanFile = (
  file: string,
  display: string,
  sink: (change: PlanChange) => void,
  options: ReadOptions = {},
): Promise<PlanMeta> => readPlan(file, display, sink, { ...options, piecesAbove: 0 });

const whole = (file: string, display = file): Promise<Outcome> =>
  outcome((sink) => readPlanFile(file, display, sink));
/**
 * Read in pieces, the changes handed over after the first pass and (StreamOptions.restart)
 * during it, that pass in this thread and in a worker: every way gives the same outcome.
 */
async function streamed(
  file: string,
  readBytes?: number,
  display = file,
  elementCapacity?: number,
  threaded = true,
): Promise<Outcome> {
  const options: ReadOptions = {
    ...(readBytes === undefined ? {} : { readBytes }),
    ...(elementCapacity === undefined ? {} : { elementCapacity }),
  };
  const late = await outcome((sink) => streamPlanFile(file, display, sink, options));
  const early = await outcome((sink, restart) =>
    streamPlanFile(file, display, sink, { ...options, restart, scanWorker: false }),
  );
  expect(early, `${file} with its changes handed over during the first pass`).toStrictEqual(late);
  if (!threaded) return late;
  const worker = await outcome((sink, restart) =>
    streamPlanFile(file, display, sink, { ...options, restart, scanWorker: scanWorkerScript() }),
  );
  expect(worker, `${file} with its first pass in a worker`).toStrictEqual(late);
  return late;
}

/**
 * `elementCapacity`: lists with more elements are split by scanning (src/plan/stream/split.ts).
 * `threaded`: read with the first pass in a worker too (a worker starts in about 40 ms).
 */
async function expectSame(
  file: string,
  readBytes?: number,
  elementCapacity?: number,
  threaded = true,
): Promise<Outcome> {
  const expected = await whole(file);
  const actual = await streamed(file, readBytes, file, elementCapacity, threaded);
  expect(
    actual,
    `${file} read ${readBytes ?? 'default'} bytes at a time, ${elementCapacity ?? 'default'} elements noted`,
  ).toStrictEqual(expected);
  return expected;
}

const scratch = mkdtempSync(path.join(tmpdir(), 'destroy-guard-stream-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let fileCount = 0;
function writePlan(content: string | Uint8Array, name = 'plan.json'): string {
  fileCount += 1;
  const file = path.join(scratch, `${fileCount}-${name}`);
  writeFileSync(file, content);
  return file;
}

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const CORPUS = path.resolve('../shared/corpus');
const corpusFiles = (): string[] => [
  ...walk(path.join(CORPUS, 'plans')),
  ...walk(path.join(CORPUS, 'large')).filter((file) => file.endsWith('.json')),
];

/** Every sixteenth file, and the large ones, are read with the first pass in a worker too. */
const sampled = (at: number, file: string): boolean =>
  at % 16 === 0 || file.includes(`${path.sep}large${path.sep}`);

describe.skipIf(!existsSync(CORPUS))('the corpus, read in pieces and whole', () => {
  it('gives the same meta and changes, or the same refusal, for every file', async () => {
    let read = 0;
    let refused = 0;
    for (const [at, file] of corpusFiles().entries()) {
      const result = await expectSame(file, undefined, undefined, sampled(at, file));
      if ('refused' in result) refused += 1;
      else read += 1;
    }
    expect(read).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(10);
  });

  it('gives the same results with reads of an odd size', async () => {
    for (const [at, file] of corpusFiles().entries()) {
      await expectSame(file, 4093, undefined, sampled(at + 7, file));
    }
  });

  it('gives the engine the same report, file by file', async () => {
    const files = corpusFiles();
    let reports = 0;
    for (const file of files) {
      const compared = await compareEngine([file], path.dirname(file));
      if (compared) reports += 1;
    }
    expect(reports).toBeGreaterThan(300);
  });
});

describe('the engine, reading in pieces and whole', () => {
  it('gives the same report for the examples, one by one and together', async () => {
    const examples = walk('examples').filter((file) => path.basename(file) === 'plan.json');
    expect(examples.length).toBeGreaterThan(0);
    for (const file of examples) expect(await compareEngine([file], '.')).toBe(true);
    expect(await compareEngine(examples, '.')).toBe(true);
  });
});

describe('updates, read in pieces and whole', () => {
  it('weaken the same protections when before spells their keys plainly, escaped or not at all', async () => {
    const update = (address: string, before: string, after: string): string =>
      `{"address":"${address}","mode":"managed","type":"aws_rds_cluster","name":"x","provider_name":"registry.terraform.io/hashicorp/aws","change":{"actions":["update"],"before":${before},"after":${after},"after_unknown":{},"before_sensitive":{},"after_sensitive":{}}}`;
    const changes = [
      update(
        'aws_rds_cluster.plain',
        '{"id":"c1","deletion_protection":true}',
        '{"deletion_protection":false}',
      ),
      update(
        'aws_rds_cluster.escaped',
        '{"id":"c2","deletion\\u005fprotection":true}',
        '{"deletion_protection":false}',
      ),
      update(
        'aws_rds_cluster.spaced',
        '{ "id" : "c3" , "skip_final_snapshot" : false }',
        '{"skip_final_snapshot":true}',
      ),
      update(
        'aws_rds_cluster.none',
        '{"id":"c4","tags":{"a":"deletion_protection"}}',
        '{"deletion_protection":false}',
      ),
      update(
        'aws_rds_cluster.nested',
        '{"id":"c5","settings":{"deletion_protection":true},"name":"deletion_protection"}',
        '{"settings":{"deletion_protection":false}}',
      ),
      update(
        'null_resource.generic',
        '{"id":"n","deletion_protection":true}',
        '{"deletion_protection":false}',
      ),
    ];
    const file = writePlan(`{"format_version":"1.2","resource_changes":[${changes.join(',')}]}`);
    expect(await compareEngine([file], path.dirname(file))).toBe(true);
  });
});

/** assessPlans both ways: true when both reported (deep equal), false when both refused alike. */
async function compareEngine(lines: readonly string[], cwd: string): Promise<boolean> {
  const run = async (stream: boolean): Promise<unknown> => {
    route.stream = stream;
    try {
      return await assessPlans(lines, {
        failOn: 'high',
        statefulTypes: [],
        ignore: [],
        cwd,
        workspace: cwd,
        stdin: Readable.from([]),
      });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      return { refused: error.message };
    } finally {
      route.stream = false;
    }
  };
  const expected = await run(false);
  expect(await run(true), lines.join(' ')).toStrictEqual(expected);
  return !(typeof expected === 'object' && expected !== null && 'refused' in expected);
}

// --- Generated plans ------------------------------------------------------------------------

/** Strings that trip a careless scanner: quotes, backslashes, brackets, escapes, non-ASCII. */
const NASTY = [
  'plain',
  'quote " inside',
  'backslash \\ inside',
  'ends with backslash \\',
  '\\"',
  '"]}',
  '{[,:]}',
  'é 🫖 ü',
  '\u0000\u001f control',
  '\u2028\u2029',
  'tab\tnew\nline',
  '${x} %{y}',
  '',
];

interface Shape {
  readonly modules: boolean;
  readonly deposed: boolean;
  readonly deferred: boolean;
}

function resourceChange(index: number, shape: Shape): Record<string, unknown> {
  const types = [
    'aws_db_instance',
    'aws_s3_bucket',
    'null_resource',
    'google_sql_database_instance',
  ];
  const type = types[index % types.length] ?? 'null_resource';
  const key = NASTY[index % NASTY.length] ?? '';
  const module = shape.modules && index % 2 === 1 ? `module.m${index % 3}["${index}"].` : '';
  const address = `${module}${type}.r["${JSON.stringify(key).slice(1, -1)}"]`;
  const actions = [
    ['delete'],
    ['delete', 'create'],
    ['create', 'delete'],
    ['update'],
    ['no-op'],
    ['forget'],
    ['create'],
  ][index % 7];
  const before = {
    id: `id-${index}`,
    deletion_protection: index % 3 === 0,
    skip_final_snapshot: index % 2 === 0,
    force_destroy: index % 5 === 0,
    tags: Object.fromEntries(NASTY.map((text, at) => [`k${at}${text}`, text])),
    nested: {
      list: [1, -2.5e-3, 0, true, false, null, [[]], [{}], { '"k"': '\\' }],
      deep: [[[[{ a: [] }]]]],
    },
  };
  const change: Record<string, unknown> = {
    address,
    mode: 'managed',
    type,
    name: 'r',
    index: key,
    provider_name: 'registry.terraform.io/hashicorp/aws',
    change: {
      actions,
      before: actions?.[0] === 'create' ? null : before,
      after:
        actions?.includes('delete') && actions.length === 1
          ? null
          : { ...before, force_destroy: true },
      after_unknown: { id: true },
      before_sensitive: index % 4 === 0 ? false : { tags: {} },
      after_sensitive: { tags: { [key]: true } },
      replace_paths: actions?.length === 2 ? [['name'], ['tags', key], ['list', 0]] : undefined,
    },
    action_reason: index % 3 === 0 ? 'replace_because_cannot_update' : undefined,
  };
  if (module !== '') change['module_address'] = module.slice(0, -1);
  return change;
}

function generatedPlan(count: number, shape: Shape): Record<string, unknown> {
  const changes: Record<string, unknown>[] = [];
  for (let index = 0; index < count; index += 1) {
    changes.push(resourceChange(index, shape));
    if (shape.deposed && index % 4 === 0) {
      changes.push({
        ...resourceChange(index, shape),
        deposed: `0000000${index}`,
        change: { actions: ['delete'], before: { id: 'old' }, after: null },
      });
    }
  }
  const plan: Record<string, unknown> = {
    format_version: '1.2',
    terraform_version: '1.9.0',
    variables: { secret: { value: 'pa"ss\\word ]}' } },
    planned_values: {
      root_module: {
        resources: changes.map((change) => ({ address: change['address'], values: { x: '[' } })),
      },
    },
    resource_changes: changes,
    output_changes: { out: { actions: ['delete'], before: '}', after: null } },
    prior_state: { format_version: '1.0', values: { root_module: {} } },
    configuration: { root_module: { resources: [] } },
    timestamp: '2025-01-01T00:00:00Z',
    applyable: true,
    complete: !shape.deferred,
    errored: false,
  };
  if (shape.deferred) {
    plan['deferred_changes'] = [
      { reason: 'resource_config_unknown', resource_change: resourceChange(100, shape) },
      { reason: 'provider_config_unknown', resource_change: resourceChange(101, shape) },
    ];
  }
  return plan;
}

/** The plan's members in another order (`errored` first, the change lists last, …). */
function reordered(
  plan: Record<string, unknown>,
  order: 'reverse' | 'lists-first' | 'deferred-first',
): Record<string, unknown> {
  const entries = Object.entries(plan);
  if (order === 'reverse') return Object.fromEntries(entries.reverse());
  const lists = entries.filter(([key]) => key.endsWith('_changes'));
  const rest = entries.filter(([key]) => !key.endsWith('_changes'));
  if (order === 'lists-first') return Object.fromEntries([...lists, ...rest]);
  return Object.fromEntries([...lists.reverse(), ...rest]);
}

describe('generated plans, read in pieces and whole', () => {
  const shapes: Shape[] = [
    { modules: false, deposed: false, deferred: false },
    { modules: true, deposed: true, deferred: true },
  ];
  for (const shape of shapes) {
    it(`agree for ${JSON.stringify(shape)}, in every key order and layout`, async () => {
      const plan = generatedPlan(40, shape);
      for (const variant of [
        plan,
        reordered(plan, 'reverse'),
        reordered(plan, 'lists-first'),
        reordered(plan, 'deferred-first'),
      ]) {
        for (const indent of [undefined, 2, '\t']) {
          const file = writePlan(JSON.stringify(variant, null, indent));
          const result = await expectSame(file);
          expect('changes' in result && result.changes.length).toBeGreaterThanOrEqual(40);
          await expectSame(file, 61);
        }
      }
    });
  }

  it('keep the last of a repeated key, as JSON.parse does', async () => {
    const plan = generatedPlan(6, { modules: true, deposed: true, deferred: true });
    const body = JSON.stringify(plan).slice(1, -1);
    const first = JSON.stringify(
      generatedPlan(3, { modules: false, deposed: false, deferred: true }),
    );
    const repeated = [
      `{"resource_changes":[{"address":"gone","type":"x","change":{"actions":["delete"]}}],${body},"errored":true,"errored":false}`,
      `{${first.slice(1, -1)},${body}}`,
      `{${body},"resource_changes":null}`,
      `{${body},"deferred_changes":[],"format_version":"1.1"}`,
      `{"__proto__":{"format_version":"9"},${body},"constructor":1,"toString":"x"}`,
      `{${body},"resource_changes":"invalid"}`,
    ];
    for (const text of repeated) await expectSame(writePlan(text));
  });

  it('decode escapes in keys and values as JSON.parse does', async () => {
    // Written by hand: JSON.stringify never writes \u escapes for these.
    const change = (address: string, actions: string): string =>
      `{"address":"${address}","type":"aws_s3_bucket","mode":"managed","change":{"actions":[${actions}],"before":{"force_destroy":true,"k\\"ey\\\\":"\\/\\b\\f\\n\\r\\t\\u0000"},"after":null}}`;
    const text = [
      '{"format\\u005fversion":"1.\\u0032","planned_values":{"a\\u005b":"\\u007d\\u005d\\""},',
      `"resource_changes":[${change('aws_s3_bucket.gone', '"delete"')}],`,
      `"resource\\u005fchanges":[${change('aws_s3_bucket.b[\\"\\u00e9\\ud83e\\udec6\\\\\\"]\\"]', '"del\\u0065te","cr\\u00e9ate"')},`,
      `${change('\\ud800 lone', '"delete"')}],`,
      '"errored":false,"\\u0065rrored":true}',
    ].join('');
    const result = await expectSame(writePlan(text), 9);
    expect(result).toMatchObject({
      meta: { formatVersion: '1.2', errored: true },
      changes: [
        { address: 'aws_s3_bucket.b["\u00e9\u{1fac6}\\"]"]', actions: ['delete', 'créate'] },
        { address: '\ud800 lone' },
      ],
    });
  });

  it('agree on property-based plans, read in random pieces', async () => {
    const value = fc.jsonValue({ maxDepth: 4 });
    const change = fc.record({
      address: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
      type: fc.constantFrom('aws_db_instance', 'aws_s3_bucket', 'azurerm_storage_account', 'x', ''),
      mode: fc.constantFrom('managed', 'data', undefined),
      deposed: fc.option(fc.string({ unit: 'grapheme', maxLength: 4 }), { nil: undefined }),
      change: fc.record({
        actions: fc.constantFrom(
          ['delete'],
          ['delete', 'create'],
          ['create', 'delete'],
          ['update'],
          ['read'],
          ['x'],
          [],
        ),
        before: value,
        after: value,
      }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(change, { maxLength: 8 }),
        fc.constantFrom('1.2', '0.1', '2.0', 3),
        fc.option(fc.array(fc.record({ reason: fc.string(), resource_change: change })), {
          nil: undefined,
        }),
        fc.constantFrom(undefined, 1, '  '),
        fc.integer({ min: 1, max: 40 }),
        value,
        fc.constantFrom(undefined, 0, 1, 3),
        async (changes, formatVersion, deferred, indent, readBytes, planned, capacity) => {
          const plan = {
            format_version: formatVersion,
            planned_values: planned,
            resource_changes: changes,
            deferred_changes: deferred,
            errored: false,
          };
          const file = writePlan(JSON.stringify(plan, null, indent));
          await expectSame(file, readBytes, capacity);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('changes handed over during the first pass', () => {
  it('reach the sink before that pass ends, and start over when a later list wins', async () => {
    const plan = generatedPlan(6, { modules: true, deposed: true, deferred: false });
    const body = JSON.stringify(plan).slice(1, -1);
    const gone = '{"address":"gone","type":"x","change":{"actions":["delete"]}}';
    for (const [text, restarts] of [
      [`{${body}}`, 0],
      [`{"resource_changes":[${gone}],${body}}`, 1],
      [`{${body},"resource_changes":null}`, 1],
    ] as const) {
      const events: string[] = [];
      const result = await outcome((sink, restart) =>
        streamPlanFile(
          writePlan(text),
          'plan.json',
          (change) => (events.push('change'), sink(change)),
          {
            readBytes: 64,
            progress: (phase) => events.push(phase),
            restart: () => (events.push('restart'), restart()),
          },
        ),
      );
      expect(events.filter((event) => event === 'restart')).toHaveLength(restarts);
      expect(events.indexOf('change')).toBeLessThan(events.lastIndexOf('checking'));
      expect(result).toStrictEqual(await whole(writePlan(text), 'plan.json'));
    }
  });
});

describe('every read boundary', () => {
  it('gives the same result with reads of 1 to 24 bytes, and around the element sizes', async () => {
    const plan = generatedPlan(5, { modules: true, deposed: true, deferred: true });
    const file = writePlan(`\uFEFF ${JSON.stringify(plan)} \n`);
    const expected = await whole(file);
    expect('changes' in expected && expected.changes.length).toBe(9);
    for (const readBytes of [
      ...Array.from({ length: 24 }, (_, at) => at + 1),
      255,
      256,
      1000,
      1023,
      4096,
    ]) {
      for (const capacity of [undefined, 0, 4]) {
        expect(
          await streamed(file, readBytes, file, capacity),
          `reads of ${readBytes}, ${capacity ?? 'default'} elements noted`,
        ).toStrictEqual(expected);
      }
    }
  }, 120_000); // about 70 reads of the whole plan: slow on a busy machine, not wrong
});

describe('the first pass', () => {
  it('notes where each element of the change lists lies, unless there are more than it holds', async () => {
    const plan = generatedPlan(4, { modules: true, deposed: true, deferred: true });
    const changes = plan['resource_changes'] as readonly unknown[];
    const text = `{"format_version":"1.2","resource_changes": [ ${changes
      .map((change) => JSON.stringify(change, null, 1))
      .join(' ,\n')} ] ,"deferred_changes":[],"planned_values":{"root_module":{}}}`;
    const file = writePlan(text);
    const bytes = Buffer.from(text);
    for (const readBytes of [1, 7, 64, 4096]) {
      const handle = await open(file, 'r');
      try {
        const index = await indexDocument(handle, 0, readBytes, false);
        const log = index.lists.resource_changes?.elements;
        expect(log).toBeDefined();
        const cut = log?.starts.map((start, at) =>
          JSON.parse(bytes.toString('utf8', start, log.ends[at])),
        );
        expect(cut).toStrictEqual(JSON.parse(JSON.stringify(changes)));
        expect(index.lists.deferred_changes?.elements?.starts).toStrictEqual([]);
        const full = await indexDocument(handle, 0, readBytes, false, { elementCapacity: 2 });
        expect(full.lists.resource_changes?.elements).toBeUndefined();
      } finally {
        await handle.close();
      }
    }
  });
});

// --- Bad input -------------------------------------------------------------------------------

describe('bad input, read in pieces and whole', () => {
  it('is refused alike for every fixture of test/fixtures/bad-input', async () => {
    for (const file of walk('test/fixtures/bad-input')) {
      for (const readBytes of [undefined, 3]) await expectSame(file, readBytes);
    }
  });

  it('is refused alike when broken anywhere: truncated, a byte removed, changed or added', async () => {
    const source = readFileSync('test/fixtures/bad-input/source-plan.json', 'utf8');
    const small = JSON.stringify(
      { ...JSON.parse(source), variables: { v: { value: 'é 🫖' } } },
      null,
      1,
    );
    const compact = JSON.stringify(JSON.parse(small));
    const bases = [
      Buffer.from(small, 'utf8'),
      Buffer.from(compact, 'utf8'),
      Buffer.from(
        `[command]/tmp/terraform-bin show -json tfplan\n${compact}%0A\n::debug::exit 0\n`,
      ),
    ];
    const inserts = [
      '"',
      '\\',
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      ' ',
      '\n',
      'x',
      '0',
      '-',
      '.',
      'e',
      '\u00a0',
      '\f',
      '\u0001',
      'é',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...bases),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('truncate', 'delete', 'insert', 'replace'),
        fc.constantFrom(...inserts),
        fc.integer({ min: 1, max: 64 }),
        async (bytes, where, edit, insert, readBytes) => {
          const at = Math.round(where * bytes.length);
          const piece = Buffer.from(insert, 'utf8');
          const broken =
            edit === 'truncate'
              ? bytes.subarray(0, at)
              : edit === 'delete'
                ? Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)])
                : edit === 'insert'
                  ? Buffer.concat([bytes.subarray(0, at), piece, bytes.subarray(at)])
                  : Buffer.concat([bytes.subarray(0, at), piece, bytes.subarray(at + 1)]);
          await expectSame(writePlan(broken), readBytes);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is refused alike after the document: trailing data, several documents, JSON lines', async () => {
    const plan = JSON.stringify(
      generatedPlan(2, { modules: false, deposed: false, deferred: false }),
    );
    const cases = [
      `${plan} x`,
      `${plan}\n${plan}`,
      `${plan}  \f  `,
      `${plan}\u00a0\u2028 `,
      `${plan}\u00a0 x`,
      `${plan}}`,
      `{"@level":"info","@message":"a"}\n{"@level":"info"}\n`,
      `{"@level":"info","@message":"a"} x\n{}`,
      `{\n"@level":"info"}\n{}`,
      `${plan.slice(0, 300)}\n  `,
      `${plan.slice(0, 300)}\u00a0`,
    ];
    for (const text of cases) await expectSame(writePlan(text));
  });
});

// --- The setup-terraform wrapper ------------------------------------------------------------

describe('plans wrapped in setup-terraform lines, read in pieces and whole', () => {
  const plan = JSON.stringify(generatedPlan(3, { modules: true, deposed: true, deferred: false }));
  const command = '[command]/home/runner/work/_temp/abc/terraform-bin show -json tfplan';
  const trailer = (json: string): string =>
    `::debug::Terraform exited with code 0.\n::debug::stdout: ${json}%0A\n::debug::stderr: \n::debug::exitcode: 0\n::set-output name=stdout::${json}%0A\n`;

  const cases: readonly (readonly [string, string])[] = [
    ['the usual layout', `${command}\n${plan}\n${trailer(plan)}`],
    ['a literal %0A', `${command}\n${plan}%0A\n${trailer(plan)}`],
    ['several %0A and CRLF', `${command}\r\n${plan}%0a%0D%0A%0A \r\n${trailer(plan)}`],
    ['five %0A', `${command}\n${plan}%0A%0A%0A%0A%0A\n${trailer(plan)}`],
    ['no trailer', `${command}\n${plan}`],
    ['no trailer, %0A and spaces', `${command}\n${plan}%0A  \n`],
    ['a BOM', `\uFEFF${command}\n${plan}\n${trailer(plan)}`],
    ['truncated JSON', `${command}\n${plan.slice(0, 200)}\n${trailer(plan.slice(0, 200))}`],
    [
      'truncated JSON and %0A',
      `${command}\n${plan.slice(0, 200)}%0A\n${trailer(plan.slice(0, 200))}`,
    ],
    ['truncated JSON, spaces and %0A', `${command}\n${plan.slice(0, 200)}  %0A \n::debug::x`],
    ['truncated at the end', `${command}\n${plan.slice(0, 200)}  \n`],
    ['truncated inside a string, then %0A', `${command}\n{"format_version":"1.2","x":"abc%0A`],
    ['data after the JSON', `${command}\n${plan} x\n${trailer(plan)}`],
    ['a second document', `${command}\n${plan} ${plan}\n${trailer(plan)}`],
    ['%0A then data', `${command}\n${plan}%0Ax\n${trailer(plan)}`],
    ['%0A, space, %0A', `${command}\n${plan}%0A %0A\n${trailer(plan)}`],
    ['a bad escape', `${command}\n${plan}%0G\n${trailer(plan)}`],
    ['a colon without its line', `${command}\n${plan}\n:x\n${trailer(plan)}`],
    ['colons on the JSON line', `${command}\n${plan}::debug::x\n`],
    ['a form feed before the trailer', `${command}\n${plan.slice(0, 100)}\f \n${trailer(plan)}`],
    ['only the wrapper', `${command}\n::debug::Terraform exited with code 0.\n`],
    ['an array', `${command}\n[1,2]\n${trailer('[1,2]')}`],
  ];
  it.each(cases)('%s', async (_, text) => {
    const file = writePlan(text);
    await expectSame(file);
    await expectSame(file, 5);
  });
});

// --- Choosing the reader --------------------------------------------------------------------

describe('readPlan', () => {
  it('reads a plan below the threshold whole, with the same result', async () => {
    const file = writePlan(
      JSON.stringify(generatedPlan(4, { modules: true, deposed: true, deferred: true })),
    );
    expect(await outcome((sink) => readPlan(file, file, sink))).toStrictEqual(await whole(file));
  });

  it('reads a file above the threshold in pieces', async () => {
    // Sparse files: no disk space used. Read whole, this one would be decoded as UTF-16.
    const file = writePlan(Buffer.from('\uFEFF{"format_version":"1.2"}', 'utf16le'), 'utf16.json');
    truncateSync(file, 2 * constants.MAX_STRING_LENGTH + 2);
    const result = await outcome((sink) => readPlan(file, 'big.json', sink));
    expect(result).toStrictEqual({
      refused:
        'big.json: is UTF-16 (as PowerShell\'s `>` writes) and 1024 MB: a plan this large is read in pieces, which needs UTF-8; write it with `cmd /c "terraform show -json tfplan > plan.json"`, or `terraform show -json tfplan > plan.json` in bash',
    });
    expect(STREAM_THRESHOLD_BYTES).toBeLessThan(2 * constants.MAX_STRING_LENGTH);
  });

  it('reads UTF-16 plans whole, in either byte order, with or without a byte-order mark', async () => {
    const text = JSON.stringify(generatedPlan(3, { modules: true, deposed: true, deferred: true }));
    const little = Buffer.from(`\uFEFF${text}`, 'utf16le');
    const big = Buffer.from(text, 'utf16le').swap16();
    for (const bytes of [little, big]) {
      const result = await expectSame(writePlan(bytes), 7);
      expect('changes' in result && result.changes.length).toBe(6);
    }
  });

  it('names what a file too large to read whole is, from its start', async () => {
    const big = (content: string | Buffer): string => {
      const file = writePlan(content);
      truncateSync(file, constants.MAX_STRING_LENGTH + 1);
      return file;
    };
    const zip = readFileSync('test/fixtures/bad-input/saved.tfplan').subarray(0, 4096);
    const text = readFileSync('test/fixtures/bad-input/plan-text-color.txt');
    const refusals = [
      await streamed(big(zip), undefined, 'tfplan'),
      await streamed(big(text), undefined, 'plan.txt'),
      await streamed(big('[{"format_version":"1.2"}'), undefined, 'array.json'),
      await streamed(big('<!doctype html>'), undefined, 'page.json'),
    ];
    expect(refusals).toStrictEqual([
      {
        refused:
          'tfplan: is a binary plan file (`terraform plan -out`), not JSON; convert it where `terraform init` ran: `terraform show -json tfplan > plan.json`',
      },
      {
        refused:
          'plan.txt: is the human-readable output of `terraform plan`, not JSON; save the plan and convert it: `terraform plan -out=tfplan && terraform show -json tfplan > plan.json`',
      },
      {
        refused:
          'array.json: is a JSON array, not a plan (plan JSON is an object with format_version); a plan comes from `terraform plan -out=tfplan && terraform show -json tfplan > plan.json`',
      },
      {
        refused:
          'page.json: is an HTML/XML page, not plan JSON (an error page saved by a download?); fetch the plan file itself, written by `terraform show -json tfplan > plan.json`',
      },
    ]);
  });

  it('hands files it cannot open to the whole-file reader, which names the problem', async () => {
    for (const file of [path.join(scratch, 'missing.json'), scratch]) {
      expect(await streamed(file)).toStrictEqual(await whole(file));
      expect(await outcome((sink) => readPlan(file, file, sink))).toStrictEqual(await whole(file));
    }
  });
});
