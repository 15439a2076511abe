/**
 * Golden files: rendered output is compared with the committed file under test/golden/, byte
 * for byte. After an intended change to the output, rewrite them with
 *
 *   UPDATE_GOLDEN=1 npx vitest run test/report
 *
 * and review the change (`git diff --text test/golden`: .gitattributes marks them -diff).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden');

export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(
      `golden file ${path} is missing: run UPDATE_GOLDEN=1 npx vitest run test/report`,
    );
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
