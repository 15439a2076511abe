import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The end-to-end tests run dist/index.js, the committed bundle. After an edit to src/ that
 * bundle is stale, and a test would pass or fail on yesterday's code: so the bundle is
 * rebuilt from src/ first whenever it differs (each file swapped in whole, never half
 * written, so parallel test files can do this at once).
 */
export function ensureFreshBundle(): void {
  const fresh = mkdtempSync(join(tmpdir(), 'destroy-guard-e2e-dist-'));
  try {
    execFileSync(process.execPath, ['scripts/bundle.js', fresh], { stdio: 'inherit' });
    for (const name of readdirSync(fresh)) {
      const target = join('dist', name);
      let current: Buffer | undefined;
      try {
        current = readFileSync(target);
      } catch {
        current = undefined;
      }
      if (current !== undefined && current.equals(readFileSync(join(fresh, name)))) continue;
      const staged = `${target}.${process.pid}.tmp`;
      copyFileSync(join(fresh, name), staged);
      renameSync(staged, target);
      console.warn(`test/e2e: dist/${name} was stale; rebuilt it from src/ (commit dist/).`);
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}
