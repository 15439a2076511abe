import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/assess/report.js';
import { runCli } from '../cli/run-cli.js';

/** The shared corpus of real plans sits beside the project; a user's clone does not have it. */
const CORPUS = '../shared/corpus';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith('.json') ? [path] : [];
  });
}

describe.skipIf(!existsSync(CORPUS))('the whole corpus through the CLI', () => {
  it('assesses every real plan and refuses the rest with one line, never crashing', async () => {
    const files = filesUnder(CORPUS).sort();
    expect(files.length).toBeGreaterThanOrEqual(418);
    const refused = new Map<string, string[]>();
    const verdicts = { pass: 0, blocked: 0 };
    for (const file of files) {
      for (const format of ['json', 'markdown', 'text']) {
        const result = await runCli(['assess', file, '--format', format]);
        if (result.code === 2) {
          expect(result.stdout, file).toBe('');
          expect(result.stderr.trimEnd().split('\n'), file).toHaveLength(1);
          expect(result.stderr, file).not.toContain('internal error');
          expect(result.stderr, file).toContain(file);
          if (format === 'json') {
            const reason =
              result.stderr
                .replace(file, '')
                .replace(/^destroy-guard: :?\s*/u, '')
                .split(/[:;(]/u)[0]
                ?.trim() ?? '';
            refused.set(reason, [...(refused.get(reason) ?? []), file]);
          }
          continue;
        }
        expect([0, 1], `${file}: ${result.stderr}`).toContain(result.code);
        expect(result.stderr, file).toBe('');
        if (format === 'json') {
          const report = JSON.parse(result.stdout) as Report;
          verdicts[report.verdict === 'blocked' ? 'blocked' : 'pass'] += 1;
          expect(result.code).toBe(report.verdict === 'blocked' ? 1 : 0);
        }
      }
    }
    const refusedCount = [...refused.values()].reduce((sum, list) => sum + list.length, 0);
    console.log(
      `corpus: ${files.length} files, ${verdicts.pass + verdicts.blocked} assessed (${verdicts.pass} pass, ${verdicts.blocked} blocked), ${refusedCount} refused:\n` +
        [...refused].map(([reason, list]) => `  ${list.length} × ${reason}`).join('\n'),
    );
    expect(verdicts.pass + verdicts.blocked + refusedCount).toBe(files.length);
  }, 120_000);
});
