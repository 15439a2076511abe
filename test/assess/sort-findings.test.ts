import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/assess/finding.js';
import {
  compareFindings,
  inOrder,
  sortBucket,
  sortFindings,
} from '../../src/assess/sort-findings.js';
import { severityRank, type Severity } from '../../src/catalog/severity.js';
import { finding } from '../report/factory.js';

/** The order as the report defines it, by a plain stable sort of everything at once. */
function oracle(findings: readonly Finding[]): Finding[] {
  const bucket = (item: Finding) =>
    -2 * severityRank(item.severity) + (item.requiresApproval ? 0 : 1);
  return [...findings].sort((a, b) => bucket(a) - bucket(b) || compareFindings(a, b));
}

/** A small deterministic generator (mulberry32), so a failure is the same every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEVERITIES: Severity[] = ['critical', 'high', 'low', 'info'];
/** Prefixes of one another, characters past ASCII and past U+FFFF, an empty address. */
const ADDRESSES = [
  '',
  'a',
  'a.b',
  'a.b["k"]',
  'a.c',
  'b',
  'caf\u00e9',
  'caf\u00ff\u00fe',
  '\u{1F600}',
  '\uFFFD',
];
const KINDS = ['destroy', 'replace', 'other-destroy'] as const;

function findingsOf(seed: number, count: number, dirs: readonly string[]): Finding[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, () => {
    const severity = pick(SEVERITIES);
    const moduleDir = pick(dirs);
    return finding({
      severity,
      requiresApproval: severity !== 'info' && next() < 0.5,
      moduleDir,
      plan: `${moduleDir}/${pick(['plan.json', 'b.json'])}`,
      address: `${pick(ADDRESSES)}${pick(['', '[0]', '[10]', '[2]'])}`,
      kind: pick(KINDS),
      ...(next() < 0.1 ? { deposed: pick(['00aa', '00ab']) } : {}),
    });
  });
}

describe('sortFindings', () => {
  it('orders as one stable sort of all findings, ties kept in the order they came', () => {
    for (const [seed, dirs] of [
      [1, ['infra']],
      [2, ['infra', 'app', 'infra/prod']],
      [3, ['.', 'caf\u00e9', 'b']],
    ] as const) {
      const all = findingsOf(seed, 3000, dirs);
      // Split as the plans of a report come, one list each.
      const lists = [all.slice(0, 1000), all.slice(1000, 1001), [], all.slice(1001)];
      const { findings } = sortFindings(lists);
      const expected = oracle(all);
      // The same objects in the same order: findings that compare equal are not swapped.
      expect(findings.length).toBe(expected.length);
      expect(findings.every((item, index) => item === expected[index])).toBe(true);
    }
  });

  it('gives the findings that require approval in order and the severities that occur', () => {
    const all = findingsOf(4, 500, ['infra']);
    const { findings, requiringApproval, severities } = sortFindings([all]);
    expect(requiringApproval).toEqual(findings.filter((item) => item.requiresApproval));
    expect(severities).toEqual(
      SEVERITIES.filter((severity) => all.some((item) => item.severity === severity)),
    );
    expect(sortFindings([[], []])).toEqual({ findings: [], requiringApproval: [], severities: [] });
  });
});

describe('sortBucket', () => {
  const at = (address: string, fields: Partial<Finding> = {}) => finding({ address, ...fields });

  it('hands back a bucket already in order as it is', () => {
    const sorted = [at(''), at('a'), at('a', { deposed: '00aa' }), at('a.b'), at('b')];
    expect(inOrder(sorted)).toBe(true);
    expect(sortBucket(sorted)).toBe(sorted);
  });

  it('finds a bucket out of order, wherever the pair is', () => {
    expect(inOrder([at('b'), at('a'), at('c')])).toBe(false);
    expect(inOrder([at('a'), at('b'), at('d'), at('c')])).toBe(false);
    expect(inOrder([at('a', { moduleDir: 'z' }), at('b', { moduleDir: 'a' })])).toBe(false);
    expect(inOrder([at('a', { kind: 'replace' }), at('a', { kind: 'destroy' })])).toBe(false);
  });

  it('counts ties as in order and keeps them as they came', () => {
    const first = at('a');
    const second = at('a');
    expect(inOrder([first, second])).toBe(true);
    const sorted = sortBucket([at('b'), second, first]);
    expect(sorted.map((item) => item.address)).toEqual(['a', 'a', 'b']);
    expect(sorted[0]).toBe(second);
    expect(sorted[1]).toBe(first);
  });

  it('moves whole plans when each is in order but they are not', () => {
    const plan = (dir: string, addresses: string[]) =>
      addresses.map((address) => at(address, { moduleDir: dir, plan: `${dir}/plan.json` }));
    const bucket = [
      ...plan('z', ['a', 'b', 'c']),
      ...plan('m', ['a', 'a', 'd']),
      ...plan('a', ['x']),
    ];
    expect(inOrder(bucket)).toBe(false);
    const sorted = sortBucket(bucket);
    expect(sorted.map((item) => `${item.moduleDir} ${item.address}`)).toEqual([
      'a x',
      'm a',
      'm a',
      'm d',
      'z a',
      'z b',
      'z c',
    ]);
    expect(sorted[1]).toBe(bucket[3]);
    expect(sorted[2]).toBe(bucket[4]);
  });

  it('sorts by module directory and plan before the address', () => {
    const sorted = sortBucket([
      at('a', { moduleDir: 'y', plan: 'y/p.json' }),
      at('b', { moduleDir: 'x', plan: 'x/q.json' }),
      at('a', { moduleDir: 'x', plan: 'x/q.json' }),
      at('c', { moduleDir: 'x', plan: 'x/p.json' }),
    ]);
    expect(sorted.map((item) => `${item.plan} ${item.address}`)).toEqual([
      'x/p.json c',
      'x/q.json a',
      'x/q.json b',
      'y/p.json a',
    ]);
  });
});
