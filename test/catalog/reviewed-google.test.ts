import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOGLE } from '../../src/catalog/data/google.js';
import { OTHERS } from '../../src/catalog/data/others.js';
import type { ReviewedList } from '../../src/catalog/reviewed/format.js';
import { ALICLOUD_REVIEWED } from '../../src/catalog/reviewed/alicloud.js';
import { DATABRICKS_REVIEWED } from '../../src/catalog/reviewed/databricks.js';
import { EC_REVIEWED, ELASTICSTACK_REVIEWED } from '../../src/catalog/reviewed/elastic.js';
import { GOOGLE_REVIEWED } from '../../src/catalog/reviewed/google.js';
import { HCLOUD_REVIEWED } from '../../src/catalog/reviewed/hcloud.js';
import { HEROKU_REVIEWED } from '../../src/catalog/reviewed/heroku.js';
import { IBM_REVIEWED } from '../../src/catalog/reviewed/ibm.js';
import { LINODE_REVIEWED } from '../../src/catalog/reviewed/linode.js';
import { OCI_REVIEWED } from '../../src/catalog/reviewed/oci.js';
import { OVH_REVIEWED } from '../../src/catalog/reviewed/ovh.js';
import { SCALEWAY_REVIEWED } from '../../src/catalog/reviewed/scaleway.js';
import { CATEGORIES } from '../../src/catalog/types.js';

/** The universe of Google types sits beside the project; a user's clone does not have it. */
const UNIVERSE = '../shared/catalog/universe';
const GOOGLE_FILES = ['google.txt', 'google-beta-only.txt', 'removed-google.txt'];

const LISTS: readonly ReviewedList[] = [
  GOOGLE_REVIEWED,
  EC_REVIEWED,
  ELASTICSTACK_REVIEWED,
  HEROKU_REVIEWED,
  OCI_REVIEWED,
  ALICLOUD_REVIEWED,
  LINODE_REVIEWED,
  HCLOUD_REVIEWED,
  SCALEWAY_REVIEWED,
  OVH_REVIEWED,
  IBM_REVIEWED,
  DATABRICKS_REVIEWED,
];

/** Categories the reviewed lists may use on top of the rich entries' ones. */
const NEW_CATEGORIES = ['ml-model', 'domain', 'workstation', 'config-store'];
const KNOWN_CATEGORIES = new Set<string>([...CATEGORIES, ...NEW_CATEGORIES]);

/** A decision line without its reason: `TYPE stateful CAT SEV`, `TYPE safeguard ROLE`, `TYPE none`. */
function decisionLines(list: ReviewedList): string[] {
  return list.lines
    .split('\n')
    .map((line) => (line.split('#')[0] ?? '').trim())
    .filter((line) => line !== '');
}

/** Why a decision line is malformed, or undefined when it is well formed. */
function lineProblem(words: readonly string[], prefix: string): string | undefined {
  const [type = '', decision, ...rest] = words;
  if (!/^[a-z0-9_]+$/u.test(type) || !type.startsWith(prefix)) return `type must start ${prefix}`;
  if (decision === 'none') return rest.length === 0 ? undefined : 'none takes no arguments';
  if (decision === 'safeguard') {
    return rest.length === 1 && ['data', 'policy'].includes(rest[0] ?? '')
      ? undefined
      : 'safeguard takes data or policy';
  }
  if (decision !== 'stateful') return `unknown decision ${String(decision)}`;
  const [category = '', severity = '', ...extra] = rest;
  if (!KNOWN_CATEGORIES.has(category)) return `unknown category ${category}`;
  if (!['critical', 'high'].includes(severity)) return 'stateful severity must be critical or high';
  return extra.length === 0 ? undefined : 'too many words';
}

function typesOf(list: ReviewedList): string[] {
  return decisionLines(list).map((line) => line.split(/\s+/u)[0] ?? '');
}

describe('reviewed decision lists', () => {
  for (const list of LISTS) {
    it(`${list.provider}: every line is a well-formed decision, once per type`, () => {
      expect(list.reviewedAt.length).toBeGreaterThan(0);
      const lines = decisionLines(list);
      expect(lines.length).toBeGreaterThan(0);
      const problems = lines
        .map((line) => [line, lineProblem(line.split(/\s+/u), `${list.provider}_`)] as const)
        .filter(([, problem]) => problem !== undefined);
      expect(problems).toEqual([]);
      const types = typesOf(list);
      expect(types.filter((type, index) => types.indexOf(type) !== index)).toEqual([]);
    });
  }

  it('decides no type that already has a full entry', () => {
    const rich = new Set([...GOOGLE, ...OTHERS].map((entry) => entry.type));
    expect(LISTS.flatMap(typesOf).filter((type) => rich.has(type))).toEqual([]);
  });

  it('gives a reason on every stateful and safeguard decision of Google', () => {
    const bare = GOOGLE_REVIEWED.lines
      .split('\n')
      .filter((line) => /^\S+ (stateful|safeguard) /u.test(line) && !line.includes('#'));
    expect(bare).toEqual([]);
  });
});

describe.skipIf(!existsSync(UNIVERSE))('every Google type of the universe', () => {
  it('has exactly one decision across the reviewed list and the full entries', () => {
    const universe = GOOGLE_FILES.flatMap((file) =>
      readFileSync(join(UNIVERSE, file), 'utf8').split('\n'),
    ).filter((type) => type.trim() !== '');
    const decided = [...typesOf(GOOGLE_REVIEWED), ...GOOGLE.map((entry) => entry.type)];
    const counts = new Map<string, number>();
    for (const type of decided) counts.set(type, (counts.get(type) ?? 0) + 1);
    expect([...new Set(universe)].filter((type) => counts.get(type) !== 1)).toEqual([]);
    expect(decided.filter((type) => !universe.includes(type))).toEqual([]);
  });
});
