import { describe, expect, it } from 'vitest';
import { describeProgress, paceProgress, type ReadEvent } from '../../src/engine/progress.js';

const MB = 1024 * 1024;
const event = (done: number, total = 968 * MB): ReadEvent => ({
  path: 'plan.json',
  phase: 'checking',
  done,
  total,
});

function paced(afterMs: number, everyMs: number) {
  let clock = 0;
  const shown: [string, boolean][] = [];
  const progress = paceProgress({
    now: () => clock,
    show: (line, final) => shown.push([line, final]),
    afterMs,
    everyMs,
  });
  return { progress, shown, tick: (ms: number) => (clock += ms) };
}

describe('progress', () => {
  it('shows nothing for a short run, not even at the end', () => {
    const { progress, shown, tick } = paced(2000, 250);
    for (let step = 0; step < 19; step += 1) {
      tick(100);
      progress.update(event(step * MB));
    }
    progress.finish();
    expect(shown).toEqual([]);
  });

  it('past the delay, at most one line per interval, then one final call', () => {
    const { progress, shown, tick } = paced(2000, 250);
    for (let step = 1; step <= 40; step += 1) {
      tick(100);
      progress.update(event(step * 10 * MB));
    }
    progress.finish();
    // 2.0 s … 4.0 s: lines at 2.0, 2.3, 2.6, 2.9, 3.2, 3.5, 3.8 (every third 100 ms tick).
    const lines = shown.filter(([, final]) => !final);
    expect(lines).toHaveLength(7);
    expect(lines[0]?.[0]).toBe('destroy-guard: plan.json: reading the plan, 200 of 968 MB (20%)');
    expect(shown.at(-1)?.[1]).toBe(true);
  });

  it('names the phase and caps the percentage', () => {
    expect(
      describeProgress({ path: 'p.json', phase: 'assessing', done: 3 * MB, total: 2 * MB }),
    ).toBe('destroy-guard: p.json: assessing the changes, 3 of 2 MB (100%)');
    expect(describeProgress(event(0, 0))).toContain('(0%)');
  });
});
