/**
 * The reviewed lists of azurerm, kubernetes and ten other providers: every line is well formed
 * (a checker of its own, so these lists are tested apart from the catalog's parser), and, when
 * ../shared/catalog/universe is present, every azurerm and kubernetes type has exactly one
 * decision across its reviewed list and the full entries of ../data/.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AZURE } from '../../src/catalog/data/azure.js';
import { KUBERNETES } from '../../src/catalog/data/kubernetes.js';
import { OTHERS } from '../../src/catalog/data/others.js';
import { AZURERM_REVIEWED } from '../../src/catalog/reviewed/azurerm.js';
import { CLOUDFLARE_REVIEWED } from '../../src/catalog/reviewed/cloudflare.js';
import { CONFLUENT_REVIEWED } from '../../src/catalog/reviewed/confluent.js';
import { DATADOG_REVIEWED } from '../../src/catalog/reviewed/datadog.js';
import { DIGITALOCEAN_REVIEWED } from '../../src/catalog/reviewed/digitalocean.js';
import type { ReviewedList } from '../../src/catalog/reviewed/format.js';
import { GITHUB_REVIEWED } from '../../src/catalog/reviewed/github.js';
import { KAFKA_REVIEWED } from '../../src/catalog/reviewed/kafka.js';
import { KUBERNETES_REVIEWED } from '../../src/catalog/reviewed/kubernetes.js';
import { MONGODBATLAS_REVIEWED } from '../../src/catalog/reviewed/mongodbatlas.js';
import { PAGERDUTY_REVIEWED } from '../../src/catalog/reviewed/pagerduty.js';
import { SNOWFLAKE_REVIEWED } from '../../src/catalog/reviewed/snowflake.js';
import { VAULT_REVIEWED } from '../../src/catalog/reviewed/vault.js';
import { CATEGORIES } from '../../src/catalog/types.js';

const LISTS: readonly ReviewedList[] = [
  AZURERM_REVIEWED,
  KUBERNETES_REVIEWED,
  DIGITALOCEAN_REVIEWED,
  CLOUDFLARE_REVIEWED,
  MONGODBATLAS_REVIEWED,
  SNOWFLAKE_REVIEWED,
  GITHUB_REVIEWED,
  VAULT_REVIEWED,
  DATADOG_REVIEWED,
  PAGERDUTY_REVIEWED,
  CONFLUENT_REVIEWED,
  KAFKA_REVIEWED,
];

/** The catalog's categories plus those the reviewed lists introduce. */
const KNOWN_CATEGORIES = new Set<string>([
  ...CATEGORIES,
  'ml-model',
  'domain',
  'workstation',
  'config-store',
]);

const UNIVERSE = path.resolve('../shared/catalog/universe');

interface Decision {
  readonly type: string;
  readonly words: readonly string[];
  readonly reason: string;
}

/** Decision lines of a list: comments and blank lines dropped, the `#` reason split off. */
function decisions(list: ReviewedList): Decision[] {
  return list.lines
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const hash = line.indexOf('#');
      const body = hash === -1 ? line : line.slice(0, hash);
      const [type = '', ...words] = body.trim().split(/\s+/);
      return { type, words, reason: hash === -1 ? '' : line.slice(hash + 1).trim() };
    });
}

/** Why a decision is malformed, or undefined when it is well formed. */
function problem(decision: Decision, provider: string): string | undefined {
  const { type, words } = decision;
  if (!new RegExp(`^${provider}_[a-z0-9_]+$`).test(type)) return `type not of ${provider}`;
  const [decision_, ...rest] = words;
  if (decision_ === 'none') return rest.length === 0 ? undefined : 'words after none';
  if (decision_ === 'safeguard') {
    return rest.length === 1 && (rest[0] === 'data' || rest[0] === 'policy')
      ? undefined
      : 'safeguard needs data|policy';
  }
  if (decision_ === 'stateful') {
    const [category = '', severity = '', ...extra] = rest;
    if (!KNOWN_CATEGORIES.has(category)) return `unknown category ${category}`;
    if (severity !== 'critical' && severity !== 'high') return `severity ${severity}`;
    return extra.length === 0 ? undefined : 'words after severity';
  }
  return `unknown decision ${String(decision_)}`;
}

/** Every type of a universe file (and its removed- companion), or [] when absent. */
function universe(provider: string): string[] {
  return ['', 'removed-'].flatMap((prefix) => {
    const file = path.join(UNIVERSE, `${prefix}${provider}.txt`);
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  });
}

/** How many decisions each type has across a reviewed list and the full entries. */
function decisionCounts(
  list: ReviewedList,
  rich: readonly { type: string }[],
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (type: string): void => {
    counts.set(type, (counts.get(type) ?? 0) + 1);
  };
  decisions(list).forEach((decision) => add(decision.type));
  rich.forEach((entry) => add(entry.type));
  return counts;
}

describe('reviewed lines', () => {
  it.each(LISTS.map((list) => [list.provider, list] as const))(
    '%s: every line is well formed',
    (provider, list) => {
      const bad = decisions(list)
        .map((decision) => ({ type: decision.type, why: problem(decision, provider) }))
        .filter((result) => result.why !== undefined);
      expect(bad).toEqual([]);
      expect(list.reviewedAt).not.toBe('');
    },
  );

  it.each(LISTS.map((list) => [list.provider, list] as const))(
    '%s: no type decided twice or also a full entry',
    (_provider, list) => {
      const counts = decisionCounts(list, [...AZURE, ...KUBERNETES, ...OTHERS]);
      expect([...counts].filter(([, count]) => count > 1)).toEqual([]);
    },
  );

  it('the checker refuses what it must', () => {
    const line = (text: string): Decision =>
      decisions({ provider: 'azurerm', reviewedAt: 'x', lines: text })[0]!;
    expect(problem(line('azurerm_x stateful backup medium'), 'azurerm')).toBe('severity medium');
    expect(problem(line('azurerm_x stateful spreadsheets high'), 'azurerm')).toBe(
      'unknown category spreadsheets',
    );
    expect(problem(line('azurerm_x safeguard'), 'azurerm')).toBe('safeguard needs data|policy');
    expect(problem(line('google_x none'), 'azurerm')).toBe('type not of azurerm');
    expect(problem(line('azurerm_x maybe'), 'azurerm')).toBe('unknown decision maybe');
    expect(problem(line('azurerm_x none  # a reason'), 'azurerm')).toBeUndefined();
  });
});

describe.skipIf(!existsSync(UNIVERSE))('every universe type has exactly one decision', () => {
  it.each([
    ['azurerm', AZURERM_REVIEWED, AZURE],
    ['kubernetes', KUBERNETES_REVIEWED, KUBERNETES],
  ] as const)('%s', (provider, list, rich) => {
    const types = universe(provider);
    expect(types.length).toBeGreaterThan(0);
    const counts = decisionCounts(list, rich);
    expect(types.filter((type) => counts.get(type) !== 1)).toEqual([]);
    // Nothing decided that the universe does not list: a typo would otherwise go unnoticed.
    const listed = new Set(types);
    expect([...counts.keys()].filter((type) => !listed.has(type))).toEqual([]);
  });
});
