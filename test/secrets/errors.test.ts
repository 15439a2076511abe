/**
 * Broken plans hold secrets too: a plan cut short by a line-buffered tool, a flipped byte, a
 * field of the wrong type. Whatever the CLI says about such a file (the one-line error, or the
 * report when it still reads) never quotes a planted value (PRODUCT.md sections 1 and 9).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunLog, Scratch } from '../property/support.js';
import { generatePlans } from './generate.js';
import { leaksIn } from './leaks.js';
import { MARK, Planter, plantPlan } from './plant.js';

const incident = plantPlan(JSON.parse(readFileSync('examples/incident/plan.json', 'utf8')), 5);
let generatedPlanter: Planter | undefined;
const generated = generatePlans((name) => {
  const planter = new Planter(name.length + 11);
  if (name === 'update-weakens-leaf') generatedPlanter = planter;
  return planter;
}).find((plan) => plan.name === 'update-weakens-leaf');

interface Base {
  readonly name: string;
  readonly text: string;
  readonly planter: Planter;
  /** Character ranges of planted strings in `text`, where cuts and flips matter most. */
  readonly planted: readonly (readonly [number, number])[];
}

function base(name: string, document: unknown, planter: Planter): Base {
  const text = JSON.stringify(document);
  const planted = [...text.matchAll(new RegExp(`${MARK}-\\d+-[0-9a-f]{8}`, 'gu'))].map(
    (match) => [match.index, match.index + match[0].length] as const,
  );
  return { name, text, planter, planted };
}

const BASES: Base[] = [base('examples/incident (planted)', incident.document, incident.planter)];
if (generated !== undefined && generatedPlanter !== undefined)
  BASES.push(base('generated update-weakens-leaf', generated.plan, generatedPlanter));

const log = new RunLog('test/secrets/errors.test.ts');
let scratch: Scratch;
beforeAll(() => {
  scratch = new Scratch('secrets-errors');
});
afterAll(() => {
  scratch.remove();
  log.report();
});

const broken = fc
  .record({
    base: fc.constantFrom(...BASES),
    where: fc.nat(),
    within: fc.nat({ max: 30 }),
    how: fc.constantFrom(
      'cut',
      'cut inside a value',
      'break inside a value',
      'garbage after a value',
      'wrong type',
      'second document',
    ),
    junk: fc.constantFrom('"', '\n', '\u0000', '}', ']', ',', '\\', 'x', '\uFEFF', '{'),
  })
  .map(({ base: b, where, within, how, junk }) => {
    const range = b.planted[where % Math.max(b.planted.length, 1)] ?? [0, b.text.length];
    const inside = Math.min(range[0] + within, range[1] - 1);
    let text: string;
    switch (how) {
      case 'cut':
        text = b.text.slice(0, where % b.text.length);
        break;
      case 'cut inside a value':
        text = b.text.slice(0, inside);
        break;
      case 'break inside a value':
        text = b.text.slice(0, inside) + junk + b.text.slice(inside + 1);
        break;
      case 'garbage after a value':
        text = b.text.slice(0, range[1] + 1) + junk + b.text.slice(range[1] + 1);
        break;
      case 'wrong type':
        text = b.text.replace(
          '"resource_changes":[',
          `"resource_changes":[${where % 2 === 0 ? '"x",' : '{"address":"a","type":"t","change":{"actions":"delete"}},'}`,
        );
        break;
      default:
        text = `${b.text}\n${b.text}`;
    }
    return {
      name: `${b.name}: ${how} (${where}, ${within}, ${JSON.stringify(junk)})`,
      text,
      planter: b.planter,
    };
  });

describe('broken planted plans', () => {
  it('never have a planted value quoted in what the CLI says about them', async () => {
    const name = 'broken planted plans: error line or report never quotes a planted value';
    expect(BASES.length).toBe(2);
    await fc.assert(
      fc.asyncProperty(
        broken,
        fc.constantFrom('json', 'text', 'markdown'),
        async (sample, format) => {
          const outcome = await scratch.assess(Buffer.from(sample.text, 'utf8'), 'plan.json', [
            '--format',
            format,
            '--fail-on',
            'info',
            '--stateful-types',
            '*',
          ]);
          log.outcome(name, `exit ${outcome.code}`);
          expect(
            leaksIn([{ name: sample.name, text: outcome.stdout + outcome.stderr }], sample.planter),
          ).toEqual([]);
          if (outcome.code === 2) expect(outcome.stderr).not.toContain('internal error');
        },
      ),
      log.params(name, 400, 501),
    );
  });
});
