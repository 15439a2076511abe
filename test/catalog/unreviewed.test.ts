import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInDecision } from '../../src/catalog/index.js';
import { judgeUnreviewedName } from '../../src/catalog/unreviewed.js';

/** The lists of every managed type of the four big providers sit beside the project. */
const UNIVERSE = '../shared/catalog/universe';

describe('the name judgement for unreviewed types', () => {
  it('flags names that say they hold data', () => {
    for (const type of [
      'acme_database',
      'acme_storage_bucket',
      'acme_block_volume',
      'acme_file_system',
      'acme_kafka_topic',
      'acme_message_queue',
      'acme_secret',
      'acme_kms_key',
      'acme_log_group',
      'acme_container_registry',
      'acme_search_index',
    ]) {
      expect(judgeUnreviewedName(type).holdsData, type).toBe(true);
    }
    expect(judgeUnreviewedName('acme_file_system')).toEqual({
      holdsData: true,
      word: 'file_system',
    });
  });

  it('does not flag what is about the data rather than the data', () => {
    for (const type of [
      'acme_bucket_policy',
      'acme_db_subnet_group',
      'acme_key_pair',
      'acme_queue_redrive_policy',
      'acme_topic_subscription',
      'acme_firewall_rule',
      'acme_vpc',
      'acme_iam_role',
    ]) {
      expect(judgeUnreviewedName(type), type).toEqual({ holdsData: false });
    }
  });
});

interface Figures {
  readonly stateful: number;
  readonly caught: number;
  readonly none: number;
  readonly flagged: number;
  readonly safeguards: number;
  readonly safeguardsFlagged: number;
}

/** Runs the judgement over every decided type of a list as if nobody had reviewed it. */
function measure(types: readonly string[]): Figures {
  let [stateful, caught, none, flagged, safeguards, safeguardsFlagged] = [0, 0, 0, 0, 0, 0];
  for (const type of types) {
    const decision = builtInDecision(type);
    const judged = judgeUnreviewedName(type).holdsData ? 1 : 0;
    if (decision.status === 'stateful') [stateful, caught] = [stateful + 1, caught + judged];
    else if (decision.status === 'none') [none, flagged] = [none + 1, flagged + judged];
    else if (decision.status === 'safeguard') {
      [safeguards, safeguardsFlagged] = [safeguards + 1, safeguardsFlagged + judged];
    }
  }
  return { stateful, caught, none, flagged, safeguards, safeguardsFlagged };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`;
}

describe.skipIf(!existsSync(UNIVERSE))('the name judgement measured on the universe', () => {
  it('reports recall on stateful types and false positives on not-stateful ones', () => {
    const rows: string[] = [];
    const total = {
      stateful: 0,
      caught: 0,
      none: 0,
      flagged: 0,
      safeguards: 0,
      safeguardsFlagged: 0,
    };
    for (const file of readdirSync(UNIVERSE)
      .filter((name) => name.endsWith('.txt'))
      .sort()) {
      const types = readFileSync(join(UNIVERSE, file), 'utf8').split('\n').filter(Boolean);
      const figures = measure(types);
      for (const key of Object.keys(total) as (keyof Figures)[]) total[key] += figures[key];
      rows.push(
        `  ${file.padEnd(24)} recall ${percent(figures.caught, figures.stateful).padStart(7)} of ${figures.stateful} stateful, ` +
          `false positives ${percent(figures.flagged, figures.none).padStart(7)} of ${figures.none} not stateful, ` +
          `safeguards flagged ${figures.safeguardsFlagged}/${figures.safeguards}`,
      );
    }
    console.log(
      `name judgement over the universe, decided types only:\n${rows.join('\n')}\n` +
        `  total: recall ${percent(total.caught, total.stateful)} (${total.caught}/${total.stateful}), ` +
        `false positives ${percent(total.flagged, total.none)} (${total.flagged}/${total.none})`,
    );
    // A safety net, not the catalog: it must catch most data holders without flagging most
    // configuration. The measured figures are in docs/catalog.md.
    expect(total.caught / total.stateful).toBeGreaterThan(0.5);
    expect(total.flagged / total.none).toBeLessThan(0.1);
  });
});
