/**
 * The first pass in a worker thread (src/plan/stream/threaded.ts, worker.ts, batch.ts): what
 * it hands over, how far it may run ahead, and the errors it carries back. That its results
 * equal the pass in this thread, for every plan and every refusal, is reader.test.ts's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MAX_IN_FLIGHT,
  Stopped,
  waitForRoom,
  type ElementBatch,
} from '../../../src/plan/stream/batch.js';
import { BrokenDocument } from '../../../src/plan/stream/ranges.js';
import { indexInWorker, scanWorkerUrl } from '../../../src/plan/stream/threaded.js';
import { scanWorkerScript } from './worker-script.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'destroy-guard-threaded-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function planOf(count: number): string {
  const changes = Array.from({ length: count }, (_, at) =>
    JSON.stringify({ address: `null_resource.n${at}`, change: { actions: ['delete'] } }),
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
      indexInWorker(scanWorkerScript(), fd, 0, 1024, false, {
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
      indexInWorker(scanWorkerScript(), fd, 0, 64, false, { onBatch: () => undefined }),
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
    const error = await indexInWorker(scanWorkerScript(), 2 ** 30, 0, 64, false).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'EBADF' });
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
