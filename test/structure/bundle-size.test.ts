import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * The committed bundles may not grow by more than 5 % over their size when the house was
 * rebuilt (docs/design.md, "Rooms and floors"): new code is welcome, dead weight is not. The figures are
 * the bytes of dist/ at that point; raise them only with a reason in the commit message. The
 * CLI is dist/cli.cjs and the pieces it loads when needed (dist/cli-*.cjs, scripts/bundle.js),
 * counted together: splitting it must not add weight either.
 */
const BASELINE: Readonly<Record<string, number>> = {
  'dist/index.js': 1_958_876,
  // Raised from 993,490 with the first pass's worker threads (src/plan/stream/threaded.ts),
  // their fallback to the main thread and the walk of an update's `before` for its keys.
  'dist/cli.cjs and dist/cli-*.cjs': 1_010_000,
  // Added with the first pass's worker thread (src/plan/stream/threaded.ts).
  'dist/scan-worker.cjs': 35_414,
};
const ALLOWED_GROWTH = 1.05;

describe('bundle size', () => {
  for (const [file, baseline] of Object.entries(BASELINE)) {
    it(`${file} stays within 5 % of ${baseline.toLocaleString('en-US')} bytes`, () => {
      const size = filesOf(file).reduce((sum, name) => sum + statSync(name).size, 0);
      expect(size, `${file} is ${size} bytes`).toBeLessThanOrEqual(
        Math.floor(baseline * ALLOWED_GROWTH),
      );
    });
  }
});

function filesOf(label: string): string[] {
  if (!label.includes('*')) return [label];
  const pieces = readdirSync('dist').filter((name) => /^cli(?:-.+)?\.cjs$/u.test(name));
  return pieces.map((name) => `dist/${name}`);
}
