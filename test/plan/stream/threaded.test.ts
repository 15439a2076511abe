/**
 * The first pass in a worker thread (src/plan/stream/threaded.ts, worker.ts, batch.ts): what
 * it hands over, how far it may run ahead, and the errors it carries back. That its results
 * equal the pass in this thread, for every plan and every refusal, is reader.test.ts's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BatchWriter,
  MAX_IN_FLIGHT,
  Stopped,
  waitForRoom,
  type ElementBatch,
} from '../../../src/plan/stream/batch.js';
import { BrokenDocument, indexDocument, type PlanIndex } from '../../../src/plan/stream/ranges.js';
import { readPlan } from '../../../src/plan/open.js';
import {
  WorkerUnavailable,
  indexInWorker,
  scanWorkerUrl,
} from '../../../src/plan/stream/threaded.js';
import { scanWorkerScript } from './worker-script.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'destroy-guard-threaded-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function planOf(count: number): string {
  const changes = Array.from({ length: count }, (_, at) =>
    JSON.stringify({
      address: `null_resource.n${at}`,
      mode: 'managed',
      type: 'null_resource',
      name: `n${at}`,
      change: { actions: ['delete'] },
    }),
  );
  return `{"format_version":"1.2","resource_changes":[${changes.join(',')}],"errored":false}`;
}

async function withFile<T>(text: string, use: (fd: number) => Promise<T>): Promise<T> {
  const file = path.join(scratch, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, text);
  const handle = await open(file, 'r');
  try {
    return await use(handle.fd);
  } finally {
    await handle.close();
  }
}

describe('the first pass in a worker', () => {
  it('hands over every element once, in order, in batches that hold whole elements', async () => {
    const text = planOf(500);
    const batches: ElementBatch[] = [];
    const index = await withFile(text, (fd) =>
      indexInWorker(scanWorkerScript(), fd, 0, text.length, 1024, false, {
        onBatch: (batch) => batches.push(batch),
      }),
    );
    expect(index.lists.resource_changes?.streamed).toBe(true);
    expect(index.handedOver).toBe(true);
    expect(index.top).toStrictEqual({
      format_version: '1.2',
      resource_changes: [],
      errored: false,
    });
    expect(batches.length).toBeGreaterThan(10);
    const addresses = batches.flatMap((batch) => {
      const bytes = Buffer.from(batch.bytes);
      const found: string[] = [];
      let at = 0;
      for (let element = 0; element < batch.count; element += 1) {
        const start = batch.notes[at] as number;
        const end = batch.notes[at + 1] as number;
        found.push((JSON.parse(bytes.toString('utf8', start, end)) as { address: string }).address);
        // Past the element's four lists of notes: each a count, then that many offsets.
        at += 2;
        for (let list = 0; list < 4; list += 1) at += 1 + Math.max(0, batch.notes[at] as number);
      }
      return found;
    });
    expect(addresses).toStrictEqual(Array.from({ length: 500 }, (_, at) => `null_resource.n${at}`));
  });

  it('says where a broken document breaks, with the members read before it', async () => {
    const text = `${planOf(20).slice(0, -1)},"x":tru}`;
    const error = await withFile(text, (fd) =>
      indexInWorker(scanWorkerScript(), fd, 0, text.length, 64, false, {
        onBatch: () => undefined,
      }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BrokenDocument);
    expect((error as BrokenDocument).broken.at).toBe(text.length - 1);
    expect(Object.keys((error as BrokenDocument).broken.top)).toStrictEqual([
      'format_version',
      'resource_changes',
      'errored',
    ]);
  });

  it('passes a read error on as it is, code and all', async () => {
    const error = await indexInWorker(scanWorkerScript(), 2 ** 30, 0, 100, 64, false).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'EBADF' });
  });

  it('says so when its worker cannot start, before anything is handed over', async () => {
    const broken = path.join(scratch, 'broken-worker.cjs');
    writeFileSync(broken, "throw new Error('this script does not load');");
    const batches: ElementBatch[] = [];
    const error = await withFile(planOf(50), (fd) =>
      indexInWorker(pathToFileURL(broken), fd, 0, 4096, 1024, false, {
        onBatch: (batch) => batches.push(batch),
      }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkerUnavailable);
    expect(batches).toStrictEqual([]);
  });

  it('is read in this thread instead when the worker cannot start', async () => {
    const broken = path.join(scratch, 'missing-worker.cjs');
    const file = path.join(scratch, 'fallback.json');
    writeFileSync(file, planOf(50));
    const read = (scanWorker: URL | false) => {
      const changes: unknown[] = [];
      return readPlan(file, 'plan.json', (change) => changes.push(change), {
        piecesAbove: 0,
        restart: () => changes.splice(0),
        scanWorker,
      }).then((meta) => ({ meta, changes }));
    };
    const inThread = await read(false);
    expect(inThread.changes).toHaveLength(50);
    expect(await read(pathToFileURL(broken))).toStrictEqual(inThread);
  });

  it('is not found beside src/, where the reader then runs the pass in its own thread', () => {
    expect(scanWorkerUrl()).toBeUndefined();
  });
});

describe('waitForRoom', () => {
  it('counts a batch in while fewer than MAX_IN_FLIGHT wait', () => {
    const flags = new Int32Array(new SharedArrayBuffer(8));
    for (let batch = 0; batch < MAX_IN_FLIGHT; batch += 1) waitForRoom(flags);
    expect(flags[0]).toBe(MAX_IN_FLIGHT);
  });

  it('waits for the other thread to take one, and stops when it wants no more', async () => {
    const flags = new Int32Array(new SharedArrayBuffer(8));
    flags[0] = MAX_IN_FLIGHT;
    // Another thread takes a batch 50 ms from now.
    const taker = new Worker(
      `const { workerData: flags } = require('node:worker_threads');
       Atomics.wait(flags, 0, ${MAX_IN_FLIGHT}, 50);
       Atomics.sub(flags, 0, 1);
       Atomics.notify(flags, 0);`,
      { eval: true, workerData: flags },
    );
    waitForRoom(flags);
    // Counted in only after the other thread took one: without waiting, MAX_IN_FLIGHT + 1.
    expect(flags[0]).toBe(MAX_IN_FLIGHT);
    await taker.terminate();
    Atomics.store(flags, 1, 1);
    expect(() => waitForRoom(flags)).toThrow(Stopped);
  });
});

/** A plan as Terraform orders it: `prior_state`, as large as `planned_values`, after the changes. */
function terraformPlan(count: number, tail = ''): string {
  const values = Array.from({ length: count }, (_, at) => ({
    address: `null_resource.n${at}`,
    values: { id: `${at}`, triggers: { note: 'x'.repeat(40) } },
  }));
  const state = JSON.stringify({ values: { root_module: { resources: values } } });
  const changes = Array.from({ length: count }, (_, at) =>
    JSON.stringify({ address: `null_resource.n${at}`, change: { actions: ['delete'] } }),
  );
  return `{"format_version":"1.2","planned_values":${state},\n"resource_changes":[${changes.join(',')}],"prior_state":${state},"configuration":{"root_module":{}}${tail}}`;
}

/** The pass in this thread, as the reader runs it, and in the workers: the same index, or the same error. */
async function bothWays(text: string, readBytes: number) {
  const told: number[] = [];
  return withFile(text, async (fd) => {
    const file = await open(`/proc/self/fd/${fd}`, 'r');
    const writer = new BatchWriter();
    const inThread = await indexDocument(file, 0, readBytes, false, {
      onElement: writer.onElement,
      onPieceEnd: () => writer.take(false),
    })
      .catch((error: unknown) => error)
      .finally(() => file.close());
    const inWorkers = await indexInWorker(
      scanWorkerScript(),
      fd,
      0,
      text.length,
      readBytes,
      false,
      { onBatch: () => undefined, guessFirst: true, onRead: (end) => told.push(end) },
    ).catch((error: unknown) => error);
    return { inThread, inWorkers, told };
  });
}

function shape(index: unknown): unknown {
  if (index instanceof BrokenDocument) return { broken: index.broken };
  const { top, lists } = index as PlanIndex;
  return {
    top,
    lists: Object.fromEntries(
      Object.entries(lists).map(([key, range]) => [key, [range.start, range.end, range.streamed]]),
    ),
  };
}

describe('the tail read by a second worker', () => {
  it('reads from where prior_state starts, with the index the whole pass gives', async () => {
    const text = terraformPlan(400);
    const { inThread, inWorkers, told } = await bothWays(text, 4096);
    expect((inWorkers as PlanIndex).tailFrom).toBe(text.indexOf('"prior_state"'));
    expect(shape(inWorkers)).toStrictEqual(shape(inThread));
    // How far both have read, told as one count that only grows, to the end of the file.
    expect(told.length).toBeGreaterThan(2);
    expect(told).toStrictEqual([...told].sort((a, b) => a - b));
    expect(told.at(-1)).toBe(text.length);
  });

  it('is not trusted where prior_state is not a key of the top-level object', async () => {
    // A nested `"prior_state":` in the second half, the top level has none.
    const text = terraformPlan(400)
      .replace('"prior_state":', '"later":')
      .replace(
        '"configuration":{"root_module":{}}',
        '"configuration":{"root_module":{"prior_state":{}}}',
      );
    const { inThread, inWorkers } = await bothWays(text, 4096);
    expect((inWorkers as PlanIndex).tailFrom).toBeUndefined();
    expect(shape(inWorkers)).toStrictEqual(shape(inThread));
  });

  it('breaks where the whole pass breaks, with every member read before it', async () => {
    for (const tail of [
      ',"x":tru',
      ',"x":1} \n{"y":2}',
      ',"x":1}} ',
      ',"__proto__":{"a":1},"z":[1,2',
    ]) {
      const { inThread, inWorkers } = await bothWays(terraformPlan(300, tail), 1024);
      expect(inThread, tail).toBeInstanceOf(BrokenDocument);
      expect(shape(inWorkers), tail).toStrictEqual(shape(inThread));
    }
  });

  it('gives what the whole pass gives for a document valid to its end', async () => {
    const text = `${terraformPlan(300, ',"__proto__":{"a":1},"errored":false')}\n`;
    const { inThread, inWorkers } = await bothWays(text, 1024);
    expect((inWorkers as PlanIndex).tailFrom).toBeGreaterThan(0);
    expect(shape(inWorkers)).toStrictEqual(shape(inThread));
  });
});
