/**
 * The reader in pieces tells how far it has come (src/plan/stream/reader.ts `progress`), and
 * the bench's plan of many small changes (scripts/bench-small.js) reads the same both ways.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanChange } from '../../../src/plan/model.js';
import { readPlanFile } from '../../../src/plan/read.js';
import { readPlan, type ReadOptions } from '../../../src/plan/open.js';
/** Every file in pieces, however small. */
const streamPlanFile = (
  file: string,
  display: string,
  sink: (change: PlanChange) => void,
  options: ReadOptions,
) => readPlan(file, display, sink, { ...options, piecesAbove: 0 });
// @ts-expect-error -- a plain-JavaScript script without types; only its output is used.
import { writeSmallPlan } from '../../../scripts/bench-small.js';

const directory = mkdtempSync(path.join(tmpdir(), 'destroy-guard-progress-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function smallPlan(bytes: number): string {
  const file = path.join(directory, `small-${bytes}.json`);
  (writeSmallPlan as (file: string, bytes: number) => unknown)(file, bytes);
  return file;
}

describe('progress of a read in pieces', () => {
  it('reports both passes, in order, each up to its total', async () => {
    const file = smallPlan(300_000);
    const size = statSync(file).size;
    const events: [string, number, number][] = [];
    await streamPlanFile(file, file, () => undefined, {
      readBytes: 16_384,
      progress: (phase, done, total) => events.push([phase, done, total]),
    });
    const checking = events.filter(([phase]) => phase === 'checking');
    const assessing = events.filter(([phase]) => phase === 'assessing');
    expect(checking.length).toBeGreaterThan(10);
    expect(assessing.length).toBeGreaterThan(3);
    expect(events.findIndex(([phase]) => phase === 'assessing')).toBe(checking.length);
    expect(checking.at(-1)).toEqual(['checking', size, size]);
    const [, lastDone, listBytes] = assessing.at(-1) ?? ['', 0, 0];
    expect(lastDone).toBe(listBytes);
    expect(listBytes).toBeLessThan(size);
    for (let index = 1; index < events.length; index += 1) {
      const [phase, done] = events[index] ?? ['', 0];
      const [before, doneBefore] = events[index - 1] ?? ['', 0];
      if (phase === before) expect(done).toBeGreaterThan(doneBefore);
    }
  });

  it('the plan of many small changes reads the same in pieces and whole', async () => {
    const file = smallPlan(1_000_000);
    const read = async (how: typeof readPlanFile) => {
      const changes: PlanChange[] = [];
      const meta = await how(file, file, (change) => changes.push(change));
      return { meta, changes };
    };
    const whole = await read(readPlanFile);
    expect(whole.changes.length).toBeGreaterThan(400);
    expect(
      await read((f, d, sink) => streamPlanFile(f, d, sink, { readBytes: 65_536 })),
    ).toStrictEqual(whole);
  });
});
