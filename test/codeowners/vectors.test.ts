import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchesPattern } from '../../src/codeowners/index.js';

/**
 * GitHub's CODEOWNERS pattern semantics as 336 vectors (hmarr/codeowners, hmarr/codeowners-rs
 * and GitHub's docs), kept beside the project in ../shared and never copied into it. A clone
 * of the repository alone has no ../shared, so the suite skips there; the committed cases in
 * pattern.test.ts cover every rule without it.
 */
const VECTORS = fileURLToPath(new URL('../../../shared/codeowners/vectors.json', import.meta.url));
const present = existsSync(VECTORS);

interface Vector {
  readonly pattern: string;
  readonly path: string;
  readonly matches: boolean;
  readonly source: string;
}

function isVector(value: unknown): value is Vector {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.pattern === 'string' &&
    typeof v.path === 'string' &&
    typeof v.matches === 'boolean' &&
    typeof v.source === 'string'
  );
}

function loadVectors(): Vector[] {
  const data: unknown = JSON.parse(readFileSync(VECTORS, 'utf8'));
  if (!Array.isArray(data) || !data.every(isVector)) {
    throw new Error(`${VECTORS} is not an array of {pattern, path, matches, source}`);
  }
  return data;
}

describe.skipIf(!present)('CODEOWNERS pattern vectors (../shared/codeowners)', () => {
  const vectors = present ? loadVectors() : [];

  it('holds all 336 cases', () => {
    expect(vectors).toHaveLength(336);
  });

  it.each(vectors)('$pattern vs $path → $matches ($source)', ({ pattern, path, matches }) => {
    expect(matchesPattern(pattern, path)).toBe(matches);
  });
});
