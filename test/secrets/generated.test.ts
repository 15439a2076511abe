/**
 * Generated plans (generate.ts): every catalog type with protection attributes, in every
 * action shape, with planted values everywhere and protection values marked sensitive in each
 * way Terraform marks them. No planted value may appear in any output, and a protection value
 * marked sensitive is never shown, while an unmarked one may be (and is: that is checked too,
 * so the search cannot pass by finding nothing to say).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/assess/report.js';
import { describeFinding } from '../../src/report/words.js';
import { Scratch } from '../property/support.js';
import {
  generatePlans,
  GENERATED_TYPES,
  MARKINGS,
  printableSnapshotChange,
  SCENARIOS,
} from './generate.js';
import { collectOutputs, leaksIn, sensitiveProtectionLeaks } from './leaks.js';
import { Planter, sensitiveMap } from './plant.js';

const planters = new Map<string, Planter>();
const PLANS = generatePlans((name) => {
  const planter = new Planter(name.length * 7_919 + planters.size);
  planters.set(name, planter);
  return planter;
});

const coverage = {
  plans: 0,
  changes: 0,
  planted: 0,
  sensitiveChecks: 0,
  outputs: 0,
  findings: 0,
  markedShown: 0,
};
let scratch: Scratch;
beforeAll(() => {
  scratch = new Scratch('secrets-generated');
});
afterAll(() => {
  scratch.remove();
  console.log(
    `[secret leaks] generated: ${coverage.plans} plans (${SCENARIOS.length} action scenarios × ${MARKINGS.length} ways of marking; ${GENERATED_TYPES.length} resource types each; ${coverage.changes} changes) × ${coverage.planted} planted values in all; ` +
      `${coverage.sensitiveChecks} checks that a sensitive protection attribute is named without its value (${coverage.markedShown} findings say "value marked sensitive"); ` +
      `${coverage.outputs} outputs searched (per plan: CLI text/markdown/json × 2 option sets, job summary, comment, describeFinding per finding: ${coverage.findings} findings)`,
  );
});

function texts(report: Report): string[] {
  return report.findings.map(describeFinding);
}

describe('no planted value leaves a generated plan', () => {
  it.each(PLANS.map((plan) => ({ name: plan.name, plan })))('$name', async ({ name, plan }) => {
    const planter = planters.get(name);
    if (planter === undefined) throw new Error(`no planter for ${name}`);
    const file = `${name}.json`;
    writeFileSync(join(scratch.dir, file), JSON.stringify(plan.plan));
    const { outputs, report, codes } = await collectOutputs(file, scratch.dir);
    expect(
      codes.filter((code) => code === 2),
      `${name} was refused`,
    ).toEqual([]);
    expect(leaksIn(outputs, planter)).toEqual([]);
    const sensitive = sensitiveProtectionLeaks(report, sensitiveMap(plan.plan));
    expect(sensitive.leaks).toEqual([]);

    // Not vacuous: the engine did judge the protections, and says so in the way each marking allows.
    const said = texts(report);
    const markedShown = said.filter((text) => text.includes('(value marked sensitive)')).length;
    const judges = [
      'delete',
      'replace-dbc',
      'replace-cbd',
      'update-weakens',
      'deferred',
      'deposed',
      'errored',
    ].some((scenario) => name.startsWith(`${scenario}-`));
    if (judges && !name.endsWith('-unmarked')) {
      expect(markedShown, `${name}: no finding names a sensitive protection`).toBeGreaterThan(20);
      expect(sensitive.checked).toBeGreaterThan(100);
    }
    if (judges && name.endsWith('-unmarked')) {
      // Unmarked protection values are shown: the leak search above had values it could have found.
      expect(
        said.some(
          (text) =>
            /(?:deletion_protection|skip_final_snapshot|force_destroy) = (?:true|false)/u.test(
              text,
            ) || text.includes('→'),
        ),
      ).toBe(true);
    }
    coverage.plans += 1;
    coverage.changes += plan.changes;
    coverage.planted += planter.total;
    coverage.sensitiveChecks += sensitive.checked;
    coverage.outputs += outputs.length;
    coverage.findings += report.findings.length;
    coverage.markedShown += markedShown;
  });
});

describe('the search is not blind', () => {
  it('finds a planted value the product may print: an unmarked protection attribute', async () => {
    const planter = new Planter(7);
    const snapshot = planter.string();
    const plan = {
      format_version: '1.2',
      planned_values: { root_module: {} },
      resource_changes: [
        printableSnapshotChange(snapshot),
        {
          address: 'aws_kms_key.k',
          mode: 'managed',
          type: 'aws_kms_key',
          change: {
            actions: ['delete'],
            before: { deletion_window_in_days: 1_234_567_891 },
            after: null,
          },
        },
      ],
    };
    planter.numbers.push(1_234_567_891);
    writeFileSync(join(scratch.dir, 'unmarked.json'), JSON.stringify(plan));
    const { outputs } = await collectOutputs('unmarked.json', scratch.dir);
    const found = leaksIn(outputs, planter);
    // Every output that describes the findings shows both values: they are not marked sensitive.
    expect(
      found.filter((leak) => leak.includes(snapshot.slice(0, 12)) || leak.includes('Zq7SECRET'))
        .length,
    ).toBeGreaterThanOrEqual(6);
    expect(
      found.filter((leak) => leak.includes('planted number 1234567891')).length,
    ).toBeGreaterThanOrEqual(6);
  });
});

describe('judging a protection value marked sensitive', () => {
  // A sensitive final_snapshot_identifier is set (the snapshot is taken) but never printed.
  it('counts a sensitive final_snapshot_identifier as set, without printing it', async () => {
    const planter = new Planter(42);
    const name = planter.string();
    const plan = {
      format_version: '1.2',
      planned_values: { root_module: {} },
      resource_changes: [
        {
          address: 'aws_db_instance.orders',
          mode: 'managed',
          type: 'aws_db_instance',
          name: 'orders',
          change: {
            actions: ['delete'],
            before: {
              skip_final_snapshot: false,
              final_snapshot_identifier: name,
              deletion_protection: false,
            },
            after: null,
            before_sensitive: { final_snapshot_identifier: true },
            after_sensitive: false,
          },
        },
      ],
    };
    writeFileSync(join(scratch.dir, 'sensitive-snapshot.json'), JSON.stringify(plan));
    const { outputs, report } = await collectOutputs('sensitive-snapshot.json', scratch.dir);
    expect(leaksIn(outputs, planter)).toEqual([]);
    const said = texts(report).join('\n');
    expect(said).not.toContain('final_snapshot_identifier is not set');
    expect(said).not.toContain('the apply will fail');
  });
});
