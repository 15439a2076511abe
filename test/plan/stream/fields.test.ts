/**
 * The second pass's reader of one change (src/plan/stream/fields.ts) against JSON.parse: the
 * same PlanChange, or the same refusal, for every element; without the attribute values when
 * the sink does not read them, and nothing else different.
 */
import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanChange } from '../../../src/plan/model.js';
import { toPlanChange } from '../../../src/plan/schema.js';
import { BatchWriter, readBatch, type ElementBatch } from '../../../src/plan/stream/batch.js';
import { readChangeFields, readStreamedFields } from '../../../src/plan/stream/fields.js';
import { ElementLog, JsonScanner } from '../../../src/plan/stream/scan.js';

type Read = PlanChange | { readonly refused: string };

function attempt(read: () => PlanChange): Read {
  try {
    return read();
  } catch (error) {
    return { refused: String(error) };
  }
}

/** The first pass over a plan holding the element, as src/plan/stream/ranges.ts runs it. */
function firstPass(buffer: Buffer): ElementLog {
  const scanner = new JsonScanner(0);
  const log = new ElementLog(10);
  for (;;) {
    const stop = scanner.scan(buffer, 0, buffer.length);
    if (stop === 'value' && scanner.valueByte === 0x5b) scanner.elements = log;
    if (stop === 'more' || stop === 'done' || stop === 'error') break;
  }
  return log;
}

/**
 * The first pass streaming the element, as src/plan/stream/ranges.ts runs it for the engine,
 * and readStreamedFields on what it noted, read in pieces of `piece` bytes.
 */
function viaStreamed(buffer: Buffer, needsValues: boolean, piece: number): unknown {
  const scanner = new JsonScanner(0);
  const log = new ElementLog(1, true);
  const read: unknown[] = [];
  for (let end = Math.min(piece, buffer.length); ; end = Math.min(end + piece, buffer.length)) {
    const stop = scanner.scan(buffer, 0, end);
    if (stop === 'value' && scanner.valueByte === 0x5b) scanner.elements = log;
    if (stop === 'element') {
      // Handed over as the reader does (src/plan/stream/batch.ts), one element a batch.
      const writer = new BatchWriter();
      writer.onElement(buffer, 0, log);
      readBatch(writer.take(true) as ElementBatch, (bytes, start, end, notes, at) => {
        read.push(
          at < 0
            ? readChangeFields(bytes, start, end, () => needsValues)
            : readStreamedFields(bytes, start, end, () => needsValues, notes, at),
        );
      });
      log.next();
    }
    if (stop === 'done' || stop === 'error' || (stop === 'more' && end === buffer.length)) break;
  }
  return read[0];
}

/**
 * Through readChangeFields (or JSON.parse where it declines), as the reader does: with the
 * keys the first pass noted, and without; and through readStreamedFields.
 */
function viaFields(text: string, needsValues: boolean): Read {
  const buffer = Buffer.from(`{"resource_changes":[ ${text} ]}`, 'utf8');
  const log = firstPass(buffer);
  const start = log.starts[0] as number;
  const end = log.ends[0] as number;
  const notes = { list: log.keys ?? [], from: 0, to: log.keyEnds[0] ?? 0, base: 0 };
  const noted = readChangeFields(buffer, start, end, () => needsValues, notes);
  const walked = readChangeFields(buffer, start, end, () => needsValues);
  expect(noted).toStrictEqual(walked);
  for (const piece of [buffer.length, 1, 5]) {
    expect(viaStreamed(buffer, needsValues, piece)).toStrictEqual(walked);
  }
  return attempt(() => toPlanChange(walked ?? JSON.parse(text), 'plan.json', 3));
}

function viaParse(text: string): Read {
  return attempt(() => toPlanChange(JSON.parse(text), 'plan.json', 3));
}

const WITHOUT_VALUES = {
  before: null,
  after: null,
  beforeSensitive: false,
  afterSensitive: false,
  afterUnknown: false,
};

function expectAlike(text: string): void {
  const parsed = viaParse(text);
  expect(viaFields(text, true)).toStrictEqual(parsed);
  const withoutValues = viaFields(text, false);
  if ('refused' in parsed) expect(withoutValues).toStrictEqual(parsed);
  else expect(withoutValues).toStrictEqual({ ...parsed, ...WITHOUT_VALUES });
}

describe('readChangeFields', () => {
  it('reads what JSON.parse reads, in any layout and key order', () => {
    const change = {
      address: 'module.a.aws_db_instance.main["k\\"é"]',
      module_address: 'module.a',
      mode: 'managed',
      type: 'aws_db_instance',
      name: 'main',
      index: { nested: ['a', 1, null] },
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: {
        actions: ['delete', 'create'],
        before: { id: 'db-1', actions: ['x'], change: { type: 'y' }, s: '}]"\\' },
        after: null,
        after_unknown: { id: true },
        before_sensitive: false,
        after_sensitive: {},
        replace_paths: [['engine'], ['tags', 'x', 0]],
      },
      action_reason: 'replace_because_cannot_update',
      previous_address: 'aws_db_instance.old',
      deposed: '00000001',
      unknown_member: [1, 2, { address: 'not this one' }],
    };
    const entries = Object.entries(change);
    for (const order of [entries, [...entries].reverse()]) {
      for (const indent of [undefined, 2, '\t']) {
        expectAlike(JSON.stringify(Object.fromEntries(order), null, indent));
      }
    }
  });

  it('reads the values of an update only when its `before` holds one of the keys asked for', () => {
    const read = (before: string): unknown => {
      const text = `{"address":"a.b","type":"a","change":{"actions":["update"],"before":${before},"after":{"deletion_protection":false}}}`;
      const buffer = Buffer.from(text, 'utf8');
      const fields = readChangeFields(buffer, 0, buffer.length, () => ['deletion_protection']);
      return (fields?.['change'] as { after?: unknown }).after;
    };
    expect(read('{"deletion_protection":true}')).toStrictEqual({ deletion_protection: false });
    expect(read('{ "id" : "x", "deletion_protection" : true }')).toBeDefined();
    // A key may be spelled with escapes; JSON.parse reads it as the same key.
    expect(read('{"deletion\\u005fprotection":true}')).toBeDefined();
    // Only `before`'s own keys count: the name as a value, or deeper down, is not the attribute.
    expect(read('{"name":"deletion_protection"}')).toBeUndefined();
    expect(
      read('{"settings":{"deletion_protection":true},"tags":["deletion_protection"]}'),
    ).toBeUndefined();
    expect(read('{"id":"x","tags":{"env":"prod"}}')).toBeUndefined();
    expect(read('{}')).toBeUndefined();
    expect(read('null')).toBeUndefined();
  });

  it('keeps the last of a repeated key, and declines escaped keys', () => {
    const texts = [
      '{"address":"a","type":"t","address":"b","change":{"actions":["delete"]}}',
      '{"address":"a","type":"t","change":{"actions":["update"]},"change":{"actions":["delete"],"before":{"id":"x"}}}',
      '{"address":"a","type":"t","change":{"actions":["delete"],"before":{"id":"x"}},"change":null}',
      '{"address":"a","type":"t","change":{"actions":["delete"],"actions":["create"]}}',
      '{"addr\\u0065ss":"a","type":"t","change":{"actions":["delete"]}}',
      '{"address":"a","type":"t","change":{"acti\\u006fns":["delete"]}}',
      '{ "address" : "a\\u0000\\n" , "type" : "t" , "change" : { "actions" : [ "delete" ] } }',
      '{"index":{"a":1,"b":2},"change":{"actions":["delete"],"before":{"id":"x"}},"z":{"c":3,"d":[4]}}',
      '{"change":{"actions":["delete"],"before":{"id":"x"} , "after" : [1] },"x":{"after":1,"before":2}}',
      '{"change":{},"type":"t","address":"a","x":{"actions":["delete"]}}',
    ];
    for (const text of texts) expectAlike(text);
  });

  it('refuses alike what is not a valid change', () => {
    const texts = [
      '{}',
      '[]',
      '"x"',
      'null',
      '{"address":1,"type":"t","change":{"actions":["delete"]}}',
      '{"address":"a","type":"t","change":[]}',
      '{"address":"a","type":"t","change":{"actions":[]}}',
      '{"address":"a","type":"t","change":{"actions":"delete"}}',
      '{"address":"a","type":"t","mode":false,"change":{"actions":["delete"]}}',
      '{"address":"a","type":"t","change":{"actions":["delete"],"replace_paths":[[true]]}}',
    ];
    for (const text of texts) expectAlike(text);
  });

  it('agrees with JSON.parse on generated elements', () => {
    const word = fc.constantFrom('delete', 'create', 'update', 'no-op', 'forget', 'x');
    const change = fc.record(
      {
        address: fc.oneof(fc.string({ unit: 'binary', maxLength: 10 }), fc.integer()),
        type: fc.oneof(fc.constantFrom('aws_db_instance', 'null_resource', ''), fc.constant(null)),
        mode: fc.constantFrom('managed', 'data', null),
        action_reason: fc.string({ unit: 'grapheme', maxLength: 6 }),
        index: fc.jsonValue({ maxDepth: 2 }),
        change: fc.record(
          {
            actions: fc.oneof(fc.array(word, { maxLength: 3 }), fc.jsonValue({ maxDepth: 1 })),
            before: fc.jsonValue({ maxDepth: 3 }),
            after: fc.jsonValue({ maxDepth: 3 }),
            after_unknown: fc.jsonValue({ maxDepth: 2 }),
            replace_paths: fc.array(fc.array(fc.oneof(fc.string(), fc.nat())), { maxLength: 2 }),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(change, fc.constantFrom(undefined, 1), (element, indent) => {
        expectAlike(JSON.stringify(element, null, indent));
      }),
      { numRuns: 300 },
    );
  });
});
