/**
 * Arbitraries for "any bytes as a plan file": raw bytes, strings, and JSON-ish mutations of
 * real plans (truncations by kind of position, byte flips, wrong types, huge numbers, deep
 * nesting, UTF-16, byte-order marks, the setup-terraform wrapper's lines).
 */
import fc from 'fast-check';
import { repoBytes } from './support.js';

export interface Sample {
  /** How the input was made, for the failure message. */
  readonly how: string;
  readonly bytes: Uint8Array;
}

/** Real plans the mutations start from: pretty and minified, ASCII and multi-byte. */
const BASE_FILES = [
  'examples/incident/plan.json',
  'examples/harmless/plan.json',
  'examples/replace-database/plan.json',
  'examples/deletion-protection-off/plan.json',
  'test/fixtures/terraform-1.11/destroy-mode.json',
  'test/fixtures/terraform-1.11/errored.json',
  'test/fixtures/terraform-1.11/forget.json',
  'test/fixtures/terraform-1.11/shrink-replace.json',
  'test/fixtures/bad-input/source-plan.json',
];

export interface Base {
  readonly name: string;
  readonly text: string;
  readonly bytes: Buffer;
  readonly json: Record<string, unknown>;
}

function loadBases(): Base[] {
  const bases: Base[] = [];
  for (const file of BASE_FILES) {
    const text = repoBytes(file).toString('utf8');
    const json = JSON.parse(text) as Record<string, unknown>;
    bases.push({ name: file, text, bytes: Buffer.from(text, 'utf8'), json });
    const minified = JSON.stringify(json);
    if (minified !== text) {
      bases.push({
        name: `${file} (minified)`,
        text: minified,
        bytes: Buffer.from(minified, 'utf8'),
        json,
      });
    }
  }
  // A risky plan whose values and one address carry multi-byte text, so cuts can land inside
  // a UTF-8 sequence and in escapes.
  const incident = JSON.parse(repoBytes('examples/incident/plan.json').toString('utf8')) as {
    resource_changes: {
      address: string;
      index?: unknown;
      change: { before: Record<string, unknown> };
    }[];
  };
  const first = incident.resource_changes[0];
  if (first !== undefined) {
    first.address = 'aws_backup_plan.daily["zürich 😀 東京 \\"q\\" \\n"]';
    first.index = 'zürich 😀 東京 "q" \n';
    first.change.before['note'] = 'é😀\u2028\u202E\\"\t end';
  }
  const unicode = JSON.stringify(incident);
  bases.push({
    name: 'incident with unicode',
    text: unicode,
    bytes: Buffer.from(unicode, 'utf8'),
    json: JSON.parse(unicode) as Record<string, unknown>,
  });
  return bases;
}

export const BASES = loadBases();

const baseArb = fc.integer({ min: 0, max: BASES.length - 1 }).map((index) => BASES[index] as Base);

// ---------------------------------------------------------------- truncations

export const CUT_KINDS = [
  'structural',
  'open-quote',
  'close-quote',
  'in-string',
  'escape',
  'number',
  'literal',
  'whitespace',
  'multibyte',
  'near-end',
  'anywhere',
] as const;
type CutKind = (typeof CUT_KINDS)[number];

/** Every cut position (bytes kept) of each kind, from one scan of the JSON bytes. */
function cutPositions(bytes: Uint8Array): Map<CutKind, number[]> {
  const positions = new Map<CutKind, number[]>(CUT_KINDS.map((kind) => [kind, []]));
  const add = (kind: CutKind, at: number) => positions.get(kind)?.push(at);
  let inString = false;
  let escapeLeft = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] ?? 0;
    const cut = i + 1; // keep bytes[0..i]
    if (cut >= bytes.length) break;
    add('anywhere', cut);
    if (bytes.length - cut <= 3) add('near-end', cut);
    if (((bytes[cut] ?? 0) & 0xc0) === 0x80) add('multibyte', cut);
    if (inString) {
      if (escapeLeft > 0) {
        escapeLeft -= 1;
        add('escape', cut);
        if (escapeLeft === 0 && byte === 0x75) escapeLeft = 4; // \u: four hex digits follow
      } else if (byte === 0x5c) {
        escapeLeft = 1;
        add('escape', cut);
      } else if (byte === 0x22) {
        inString = false;
        add('close-quote', cut);
      } else {
        add('in-string', cut);
      }
      continue;
    }
    if (byte === 0x22) {
      inString = true;
      add('open-quote', cut);
    } else if ('{}[]:,'.includes(String.fromCharCode(byte))) add('structural', cut);
    else if (
      (byte >= 0x30 && byte <= 0x39) ||
      byte === 0x2d ||
      byte === 0x2e ||
      byte === 0x65 ||
      byte === 0x45 ||
      byte === 0x2b
    ) {
      add(byte === 0x65 || byte === 0x45 ? 'literal' : 'number', cut);
    } else if ('truefalsn'.includes(String.fromCharCode(byte))) add('literal', cut);
    else if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09)
      add('whitespace', cut);
  }
  return positions;
}

const CUTS = new Map(BASES.map((base) => [base, cutPositions(base.bytes)]));

export const truncation: fc.Arbitrary<Sample> = fc
  .record({ base: baseArb, kind: fc.constantFrom(...CUT_KINDS), pick: fc.nat() })
  .map(({ base, kind, pick }) => {
    const all = CUTS.get(base);
    let list = all?.get(kind) ?? [];
    if (list.length === 0) list = all?.get('anywhere') ?? [1];
    const at = list[pick % list.length] ?? 1;
    return { how: `${base.name} cut at byte ${at} (${kind})`, bytes: base.bytes.subarray(0, at) };
  });

// ---------------------------------------------------------------- byte flips

export const byteFlips: fc.Arbitrary<Sample> = fc
  .record({
    base: baseArb,
    flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.boolean()), {
      minLength: 1,
      maxLength: 8,
    }),
  })
  .map(({ base, flips }) => {
    const bytes = Buffer.from(base.bytes);
    const done: string[] = [];
    for (const [position, value, xor] of flips) {
      const at = position % bytes.length;
      const old = bytes[at] ?? 0;
      bytes[at] = xor ? old ^ (1 << (value % 8)) : value;
      done.push(`${at}:${old}->${bytes[at] ?? 0}`);
    }
    return { how: `${base.name} with bytes changed ${done.join(', ')}`, bytes };
  });

// ---------------------------------------------------------------- wrong types, huge numbers, deep nesting

/** Literal JSON text put where a placeholder string was: values JSON.stringify cannot write. */
const RAW_LITERALS = [
  '1e999999',
  '-1e999999',
  '123456789012345678901234567890123456789',
  '0.0000000000000000000000000000000000001e-99999',
  '-0',
  '1E+400',
  '9007199254740993',
  '"\\ud800"',
  '"\\u0000"',
  '"\\ufeff1.2"',
];

/** Nested arrays or objects, `depth` levels; parsable JSON. */
function deep(depth: number, objects: boolean): string {
  return objects
    ? '{"a":'.repeat(depth) + 'null' + '}'.repeat(depth)
    : '['.repeat(depth) + ']'.repeat(depth);
}

const rawValue = fc.oneof(
  fc.constantFrom(...RAW_LITERALS),
  fc
    .record({ depth: fc.constantFrom(64, 1_000, 20_000, 100_000), objects: fc.boolean() })
    .map(({ depth, objects }) => deep(depth, objects)),
);

const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e308,
    '',
    ' ',
    'delete',
    '1.2',
    '2.0',
    'x',
    [],
    {},
    ['delete'],
    [['delete']],
    [null],
    { delete: true },
    { actions: ['delete'] },
  ),
);

/** Paths into a plan whose type matters to the reader; `N` is an index picked at random. */
const FIELD_PATHS: readonly (readonly (string | 'N')[])[] = [
  ['format_version'],
  ['terraform_version'],
  ['errored'],
  ['complete'],
  ['applyable'],
  ['resource_changes'],
  ['resource_changes', 'N'],
  ['resource_changes', 'N', 'address'],
  ['resource_changes', 'N', 'type'],
  ['resource_changes', 'N', 'mode'],
  ['resource_changes', 'N', 'name'],
  ['resource_changes', 'N', 'index'],
  ['resource_changes', 'N', 'module_address'],
  ['resource_changes', 'N', 'provider_name'],
  ['resource_changes', 'N', 'deposed'],
  ['resource_changes', 'N', 'action_reason'],
  ['resource_changes', 'N', 'change'],
  ['resource_changes', 'N', 'change', 'actions'],
  ['resource_changes', 'N', 'change', 'actions', 'N'],
  ['resource_changes', 'N', 'change', 'before'],
  ['resource_changes', 'N', 'change', 'after'],
  ['resource_changes', 'N', 'change', 'before_sensitive'],
  ['resource_changes', 'N', 'change', 'after_unknown'],
  ['resource_changes', 'N', 'change', 'replace_paths'],
  ['resource_changes', 'N', 'change', 'replace_paths', 'N'],
  ['deferred_changes'],
  ['deferred_changes', 'N'],
  ['deferred_changes', 'N', 'reason'],
  ['deferred_changes', 'N', 'resource_change'],
  ['variables'],
  ['planned_values'],
  ['configuration'],
  ['output_changes'],
  ['prior_state'],
  ['resource_drift'],
  ['plan_format_version'],
  ['provider_schemas'],
];

interface Edit {
  readonly path: readonly (string | 'N')[];
  readonly indexes: readonly number[];
  readonly op: 'set' | 'delete' | 'raw';
  readonly value: unknown;
  readonly raw: string;
}

const PLACEHOLDER = '\u0001raw-value\u0001';

function applyEdit(document: unknown, edit: Edit): string {
  const root = structuredClone(document) as Record<string, unknown>;
  let parent: unknown = root;
  let indexAt = 0;
  const keys: (string | number)[] = [];
  for (let i = 0; i < edit.path.length; i += 1) {
    const segment = edit.path[i] ?? '';
    let key: string | number = segment;
    if (segment === 'N') {
      const length = Array.isArray(parent) ? parent.length : 0;
      key = length === 0 ? 0 : (edit.indexes[indexAt] ?? 0) % length;
      indexAt += 1;
    }
    keys.push(key);
    if (i === edit.path.length - 1) break;
    const next: unknown =
      parent !== null && typeof parent === 'object'
        ? (parent as Record<string | number, unknown>)[key]
        : undefined;
    if (next === null || typeof next !== 'object') {
      // Build what is missing so the edit lands: a wrong-type value where a plan has none.
      const created: unknown = edit.path[i + 1] === 'N' ? [] : {};
      if (parent !== null && typeof parent === 'object')
        (parent as Record<string | number, unknown>)[key] = created;
      parent = created;
    } else parent = next;
  }
  const last = keys.at(-1) ?? 'format_version';
  if (parent === null || typeof parent !== 'object') return JSON.stringify(root);
  const container = parent as Record<string | number, unknown>;
  if (edit.op === 'delete') {
    if (Array.isArray(container) && typeof last === 'number') container.splice(last, 1);
    else Reflect.deleteProperty(container, last);
    return JSON.stringify(root);
  }
  container[last] = edit.op === 'raw' ? PLACEHOLDER : edit.value;
  const text = JSON.stringify(root);
  return edit.op === 'raw' ? text.replace(JSON.stringify(PLACEHOLDER), edit.raw) : text;
}

export const wrongTypes: fc.Arbitrary<Sample> = fc
  .record({
    base: baseArb,
    edits: fc.array(
      fc.record({
        path: fc.constantFrom(...FIELD_PATHS),
        indexes: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
        op: fc.constantFrom<'set' | 'delete' | 'raw'>('set', 'set', 'delete', 'raw'),
        value: wrongValue,
        raw: rawValue,
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ base, edits }) => {
    let document: unknown = base.json;
    let text = JSON.stringify(document);
    for (const edit of edits) {
      text = applyEdit(document, edit);
      // Raw literals (deep nesting, huge numbers) are the last edit: cloning them would recurse.
      if (edit.op === 'raw') break;
      try {
        document = JSON.parse(text);
      } catch {
        break; // a raw literal JSON.parse refuses: stop editing, feed it as is
      }
    }
    const described = edits.map(
      (edit) =>
        `${edit.op} ${edit.path.join('.')}${edit.op === 'set' ? `=${JSON.stringify(edit.value)?.slice(0, 60) ?? 'undefined'}` : edit.op === 'raw' ? `=${edit.raw.slice(0, 30)}` : ''}`,
    );
    return { how: `${base.name} with ${described.join('; ')}`, bytes: Buffer.from(text, 'utf8') };
  });

/** Number tokens of the base replaced, as text, by numbers no double holds. */
export const hugeNumbers: fc.Arbitrary<Sample> = fc
  .record({ base: baseArb, pick: fc.nat(), literal: fc.constantFrom(...RAW_LITERALS.slice(0, 7)) })
  .map(({ base, pick, literal }) => {
    const numbers = [
      ...base.text.matchAll(/(?<=[:[,]\s*)-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?=\s*[,\]}])/gu),
    ];
    const match = numbers[pick % Math.max(numbers.length, 1)];
    if (match === undefined) {
      const text = base.text.replace('"format_version"', `"huge":${literal},"format_version"`);
      return { how: `${base.name} with a huge number added`, bytes: Buffer.from(text, 'utf8') };
    }
    const text =
      base.text.slice(0, match.index) + literal + base.text.slice(match.index + match[0].length);
    return {
      how: `${base.name} with the number at ${match.index} replaced by ${literal}`,
      bytes: Buffer.from(text, 'utf8'),
    };
  });

/** Deep nesting inside a plan, around it, and unbalanced. */
export const deepNesting: fc.Arbitrary<Sample> = fc
  .record({
    base: baseArb,
    depth: fc.constantFrom(100, 5_000, 100_000, 400_000),
    where: fc.constantFrom('value', 'around', 'unbalanced', 'unbalanced-in-plan'),
    objects: fc.boolean(),
  })
  .map(({ base, depth, where, objects }) => {
    const nested = deep(depth, objects);
    const minified = JSON.stringify(base.json);
    let text: string;
    switch (where) {
      case 'value':
        text = minified.replace(/^\{/u, `{"variables":{"v":{"value":${nested}}},`);
        break;
      case 'around':
        text = objects
          ? `${'{"a":'.repeat(depth)}${minified}${'}'.repeat(depth)}`
          : `${'['.repeat(depth)}${minified}${']'.repeat(depth)}`;
        break;
      case 'unbalanced':
        text = (objects ? '{"a":' : '[').repeat(depth);
        break;
      default:
        text = minified.replace(/^\{/u, `{"variables":${(objects ? '{"a":' : '[').repeat(depth)}`);
    }
    return {
      how: `${base.name} with nesting ${depth} deep (${where}, ${objects ? 'objects' : 'arrays'})`,
      bytes: Buffer.from(text, 'utf8'),
    };
  });

// ---------------------------------------------------------------- encodings and wrapper lines

export const ENCODINGS = [
  'utf-8',
  'utf-8 bom',
  'double utf-8 bom',
  'utf-16le bom',
  'utf-16le',
  'utf-16be bom',
  'utf-16be',
  'utf-16le bom, odd byte cut',
  'utf-16be, odd byte cut',
  'utf-16le bom, utf-8 body',
  'utf-8 bom, utf-16le body',
] as const;
export type Encoding = (typeof ENCODINGS)[number];

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

export function encode(text: string, encoding: Encoding): Buffer {
  const bom8 = Buffer.from([0xef, 0xbb, 0xbf]);
  const le = Buffer.from([0xff, 0xfe]);
  const be = Buffer.from([0xfe, 0xff]);
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8 bom':
      return Buffer.concat([bom8, Buffer.from(text, 'utf8')]);
    case 'double utf-8 bom':
      return Buffer.concat([bom8, bom8, Buffer.from(text, 'utf8')]);
    case 'utf-16le bom':
      return Buffer.concat([le, Buffer.from(text, 'utf16le')]);
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be bom':
      return Buffer.concat([be, utf16be(text)]);
    case 'utf-16be':
      return utf16be(text);
    case 'utf-16le bom, odd byte cut': {
      const full = Buffer.concat([le, Buffer.from(text, 'utf16le')]);
      return full.subarray(0, Math.max(full.length - 1, 0));
    }
    case 'utf-16be, odd byte cut': {
      const full = utf16be(text);
      return full.subarray(0, Math.max(full.length - 1, 0));
    }
    case 'utf-16le bom, utf-8 body':
      return Buffer.concat([le, Buffer.from(text, 'utf8')]);
    case 'utf-8 bom, utf-16le body':
      return Buffer.concat([bom8, Buffer.from(text, 'utf16le')]);
  }
}

const WRAPPER_HEAD =
  '[command]/home/runner/work/_temp/3f6b2c1e-a6a4-4d2b-9d51-1c2f3e4d5a6b/terraform-bin show -json tfplan';
const WRAPPER_TAIL = [
  '::debug::Terraform exited with code 0.',
  '::debug::stdout: {"format_version":"1.2"}',
  '::debug::stderr: ',
  '::debug::exitcode: 0',
  '::set-output name=exitcode::0',
];

export const WRAPPINGS = [
  'none',
  'wrapper',
  'wrapper crlf',
  'wrapper %0A',
  'wrapper, head only',
  'wrapper, tail only',
  'wrapper, no json',
  'terragrunt prefix',
  'plan text before',
  'trailing garbage',
  'two documents',
] as const;
export type Wrapping = (typeof WRAPPINGS)[number];

export function wrap(json: string, wrapping: Wrapping): string {
  switch (wrapping) {
    case 'none':
      return json;
    case 'wrapper':
      return `${WRAPPER_HEAD}\n${json}\n${WRAPPER_TAIL.join('\n')}\n`;
    case 'wrapper crlf':
      return `${WRAPPER_HEAD}\r\n${json}\r\n${WRAPPER_TAIL.join('\r\n')}\r\n`;
    case 'wrapper %0A':
      return `${WRAPPER_HEAD}\n${json}%0A\n${WRAPPER_TAIL.join('\n')}\n`;
    case 'wrapper, head only':
      return `${WRAPPER_HEAD}\n${json}`;
    case 'wrapper, tail only':
      return `${json}\n${WRAPPER_TAIL.join('\n')}\n`;
    case 'wrapper, no json':
      return `${WRAPPER_HEAD}\n${WRAPPER_TAIL.join('\n')}\n`;
    case 'terragrunt prefix':
      return `14:03:08.456 STDOUT [infra/prod] terraform: ${json}\n`;
    case 'plan text before':
      return `Terraform will perform the following actions:\n\nPlan: 0 to add, 0 to change, 1 to destroy.\n${json}`;
    case 'trailing garbage':
      return `${json}\nDone.\n`;
    case 'two documents':
      return `${json}\n${json}\n`;
  }
}

/** A real plan (whole or cut) in an encoding, with or without the lines pipelines add. */
export const encodedAndWrapped: fc.Arbitrary<Sample> = fc
  .record({
    base: baseArb,
    encoding: fc.constantFrom(...ENCODINGS),
    wrapping: fc.constantFrom(...WRAPPINGS),
    cut: fc.option(fc.nat(), { freq: 3 }),
  })
  .map(({ base, encoding, wrapping, cut }) => {
    const json = cut === null ? base.text : base.text.slice(0, cut % base.text.length);
    return {
      how: `${base.name}${cut === null ? '' : ` cut at char ${cut % base.text.length}`}, ${wrapping}, ${encoding}`,
      bytes: encode(wrap(json, wrapping), encoding),
    };
  });

/** Mostly what the schema wants, sometimes not: which decides whether the document is a plan. */
function mostly<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: valid },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
}

const mostlyValidChange: fc.Arbitrary<unknown> = mostly(
  fc.record(
    {
      address: mostly(fc.string({ minLength: 1, unit: 'grapheme' })),
      type: mostly(
        fc.constantFrom(
          'aws_db_instance',
          'aws_s3_bucket',
          'aws_kms_key',
          'null_resource',
          'google_sql_database_instance',
          'x',
        ),
      ),
      mode: mostly(fc.constantFrom('managed', 'data', 'ephemeral')),
      deposed: mostly(fc.string({ minLength: 1 })),
      action_reason: mostly(
        fc.constantFrom('replace_because_tainted', 'delete_because_no_resource_config', 'made_up'),
      ),
      change: mostly(
        fc.record(
          {
            actions: mostly(
              fc.array(
                fc.constantFrom(
                  'delete',
                  'create',
                  'update',
                  'no-op',
                  'forget',
                  'read',
                  'open',
                  'destroy',
                  '',
                ),
                { minLength: 1, maxLength: 3 },
              ),
            ),
            before: fc.jsonValue({ maxDepth: 2 }),
            before_sensitive: fc.jsonValue({ maxDepth: 2 }),
            replace_paths: mostly(
              fc.array(fc.array(fc.oneof(fc.string(), fc.nat())), { maxLength: 2 }),
            ),
          },
          { requiredKeys: ['actions'] },
        ),
      ),
    },
    { requiredKeys: ['address', 'type', 'change'] },
  ),
);

/** Anything: raw bytes, strings of every unit, JSON values, and plan-shaped JSON with random fields. */
export const anyBytes: fc.Arbitrary<Sample> = fc.oneof(
  fc
    .uint8Array({ maxLength: 4096 })
    .map((bytes) => ({ how: `random bytes (${bytes.length})`, bytes })),
  fc
    .record({
      text: fc.oneof(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({
          unit: fc.constantFrom(
            '{',
            '}',
            '[',
            ']',
            '"',
            ':',
            ',',
            '\\',
            'u',
            '0',
            '1',
            'e',
            '-',
            ' ',
            '\n',
            'a',
            '\uFEFF',
            '\u0000',
          ),
          maxLength: 300,
        }),
      ),
      encoding: fc.constantFrom(...ENCODINGS),
    })
    .map(({ text, encoding }) => ({
      how: `string ${JSON.stringify(text.slice(0, 80))} as ${encoding}`,
      bytes: encode(text, encoding),
    })),
  fc.jsonValue({ maxDepth: 4 }).map((value) => ({
    how: 'a JSON value',
    bytes: Buffer.from(JSON.stringify(value) ?? 'null', 'utf8'),
  })),
);

/** Plan-shaped JSON whose fields are mostly, not always, what the schema wants. */
export const planShaped: fc.Arbitrary<Sample> = fc
  .record(
    {
      format_version: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('0.1', '0.2', '1.0', '1.2', '1.17') },
        {
          weight: 2,
          arbitrary: fc.constantFrom('2.0', '1', '01.2', '1.2.3', '1.x', '', ' 1.2', '1.2\n'),
        },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
      ),
      planned_values: fc.jsonValue({ maxDepth: 2 }),
      resource_changes: fc.oneof(
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
        { weight: 4, arbitrary: fc.array(mostlyValidChange, { maxLength: 4 }) },
      ),
      errored: fc.oneof(
        { weight: 3, arbitrary: fc.boolean() },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
      ),
      complete: fc.oneof(
        { weight: 3, arbitrary: fc.boolean() },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
      ),
      deferred_changes: fc.oneof(
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
        {
          weight: 2,
          arbitrary: fc.array(
            fc.record(
              {
                reason: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 })),
                resource_change: mostlyValidChange,
              },
              { requiredKeys: [] },
            ),
            { maxLength: 2 },
          ),
        },
      ),
    },
    { requiredKeys: ['format_version'] },
  )
  .map((plan) => ({
    how: `plan-shaped JSON ${JSON.stringify(plan).slice(0, 300)}`,
    bytes: Buffer.from(JSON.stringify(plan), 'utf8'),
  }));
