/**
 * Every real plan of the shared corpus that the reader accepts, with distinctive values
 * planted everywhere a plan holds data (see plant.ts): none of them may appear in any output.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePlanText } from '../../src/plan/decode.js';
import { readPlanBytes } from '../../src/plan/read.js';
import { Scratch } from '../property/support.js';
import { collectOutputs, leaksIn, sensitiveProtectionLeaks } from './leaks.js';
import { plantPlan } from './plant.js';

const CORPUS = '../shared/corpus';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith('.json') ? [path] : [];
  });
}

const FILES = existsSync(CORPUS) ? filesUnder(CORPUS).sort() : [];

interface Coverage {
  files: number;
  refused: number;
  planted: number;
  markedProtections: number;
  sensitiveChecks: number;
  outputs: number;
  findings: number;
  maxPlanted: number;
}
const coverage: Coverage = {
  files: 0,
  refused: 0,
  planted: 0,
  markedProtections: 0,
  sensitiveChecks: 0,
  outputs: 0,
  findings: 0,
  maxPlanted: 0,
};

let scratch: Scratch;
beforeAll(() => {
  scratch = new Scratch('secrets-corpus');
});
afterAll(() => {
  scratch?.remove();
  if (FILES.length === 0) return;
  console.log(
    `[secret leaks] corpus: ${coverage.files} accepted plans (${coverage.refused} of ${FILES.length} files refused by the reader, not planted) × ${coverage.planted} planted values in all ` +
      `(max ${coverage.maxPlanted} in one file; ${coverage.markedProtections} protection values planted/marked sensitive; ${coverage.sensitiveChecks} sensitive-protection checks on findings); ` +
      `${coverage.outputs} outputs searched (per file: CLI text/markdown/json × 2 option sets, job summary, comment, describeFinding per finding: ${coverage.findings} findings)`,
  );
});

describe.skipIf(!existsSync(CORPUS))('no planted value leaves a corpus plan', () => {
  it.each(FILES.map((file, index) => ({ file, index })))('$file', async ({ file, index }) => {
    const bytes = readFileSync(file);
    try {
      readPlanBytes(bytes, file, () => undefined);
    } catch {
      coverage.refused += 1;
      return; // not a plan the reader accepts (HCP redacted, state, logs…): nothing to plant
    }
    const planted = plantPlan(JSON.parse(decodePlanText(bytes).text), index + 1);
    const name = `corpus-${index}.json`;
    writeFileSync(join(scratch.dir, name), JSON.stringify(planted.document));
    const { outputs, report, codes } = await collectOutputs(name, scratch.dir);
    expect(
      codes.filter((code) => code === 2),
      `the planted copy of ${file} was refused`,
    ).toEqual([]);
    expect(leaksIn(outputs, planted.planter)).toEqual([]);
    const sensitive = sensitiveProtectionLeaks(report, planted.sensitive);
    expect(sensitive.leaks).toEqual([]);
    coverage.files += 1;
    coverage.planted += planted.planter.total;
    coverage.maxPlanted = Math.max(coverage.maxPlanted, planted.planter.total);
    coverage.markedProtections += planted.markedProtections;
    coverage.sensitiveChecks += sensitive.checked;
    coverage.outputs += outputs.length;
    coverage.findings += report.findings.length;
  });
});
