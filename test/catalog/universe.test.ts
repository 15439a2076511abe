import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allDecidedTypes, builtInDecision } from '../../src/catalog/index.js';

/**
 * The lists of every managed resource type of the four big providers sit beside the project
 * (a user's clone does not have them): each listed type, removed ones included, has exactly
 * one decision.
 */
const UNIVERSE = '../shared/catalog/universe';
const FILES = existsSync(UNIVERSE)
  ? readdirSync(UNIVERSE)
      .filter((name) => name.endsWith('.txt'))
      .sort()
  : [];

describe.skipIf(!existsSync(UNIVERSE))('every type of the universe lists', () => {
  const decidedTwice = (() => {
    const seen = new Set<string>();
    return new Set(
      allDecidedTypes().filter((type) => (seen.has(type) ? true : (seen.add(type), false))),
    );
  })();

  it.each(FILES)('%s: every type has exactly one decision', (file) => {
    const types = readFileSync(join(UNIVERSE, file), 'utf8').split('\n').filter(Boolean);
    expect(types.length).toBeGreaterThan(0);
    const undecided = types.filter((type) => builtInDecision(type).status === 'unreviewed');
    expect(undecided, `${undecided.length} of ${types.length} types undecided`).toEqual([]);
    expect(types.filter((type) => decidedTwice.has(type))).toEqual([]);
  });
});
