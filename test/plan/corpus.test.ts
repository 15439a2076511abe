/**
 * The corpus walk: every file of ../shared/corpus/plans (real `terraform show -json` output
 * from ten projects, plus the non-plans found next to it) is either read, every change mapped,
 * or refused with a one-line UserError. Expectations come from the independently computed
 * analysis.json: real Terraform/OpenTofu plans are never refused.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanChange } from '../../src/plan/model.js';
import { readPlanFile } from '../../src/plan/read.js';
import { UserError } from '../../src/util/errors.js';

const CORPUS = path.resolve('../shared/corpus');
const PLANS = path.join(CORPUS, 'plans');
const LARGE = path.join(CORPUS, 'large', 'terraform-1.11.4-2000-replacements.json');

interface Analysed {
  readonly path: string;
  readonly fv?: string | null;
  readonly keys?: readonly string[];
  readonly n?: number;
  readonly err?: string;
}

type Outcome = { readonly read: number } | { readonly refused: string };

/** setup-terraform's wrapper around the JSON: analysis.json could not parse it, we must. */
const WRAPPED = 'infracost/cmd/infracost/testdata/plan_with_terraform_wrapper.json';

/** What analysis.json says should happen to a file. */
function expected(entry: Analysed | undefined, relative: string): Outcome {
  if (relative === WRAPPED) return { read: wrappedCount(path.join(PLANS, relative)) };
  if (entry === undefined) return { refused: 'not-json' }; // COMMITS.txt
  if (entry.err !== undefined) {
    // tf-plan-format's artificial `{"resource_changes": "invalid"}` has no format_version.
    return { refused: entry.err.startsWith('invalid json') ? 'invalid-json' : 'no-format-version' };
  }
  const keys = entry.keys ?? [];
  if (entry.fv === null || entry.fv === undefined) {
    if (keys.includes('plan_format_version')) return { refused: 'hcp-redacted' };
    return { refused: keys.length === 0 ? 'empty-object' : 'no-format-version' };
  }
  if (!/^[01]\./u.test(entry.fv)) return { refused: 'unsupported-format-version' };
  if (keys.includes('values') && !keys.includes('planned_values')) return { refused: 'state-show' };
  return { read: entry.n ?? 0 };
}

/** Counted independently of src/plan/decode.ts: line 2 is the JSON, ending in `%0A`. */
function wrappedCount(file: string): number {
  const line = readFileSync(file, 'utf8').split('\n')[1] ?? '';
  const plan: unknown = JSON.parse(line.replace(/%0A$/u, ''));
  const changes =
    typeof plan === 'object' && plan !== null && 'resource_changes' in plan
      ? plan.resource_changes
      : [];
  return Array.isArray(changes) ? changes.length : 0;
}

const REASONS: readonly (readonly [string, RegExp])[] = [
  ['hcp-redacted', /HCP Terraform's redacted plan JSON/u],
  ['empty-object', /is an empty JSON object/u],
  ['no-format-version', /has no format_version/u],
  ['unsupported-format-version', /format_version ".*" is not supported/u],
  ['state-show', /output for the state/u],
  ['invalid-json', /invalid JSON/u],
  ['not-json', /is not JSON: /u],
];

function reasonOf(message: string): string {
  return REASONS.find(([, pattern]) => pattern.test(message))?.[0] ?? `other: ${message}`;
}

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function checkMapped(change: PlanChange): void {
  expect(change.address).not.toBe('');
  expect(change.type).not.toBe('');
  expect(change.actions.length).toBeGreaterThan(0);
  expect(['managed', 'data', 'ephemeral']).toContain(change.mode);
}

async function outcome(file: string, displayPath: string): Promise<Outcome> {
  let count = 0;
  try {
    await readPlanFile(file, displayPath, (change) => {
      checkMapped(change);
      count += 1;
    });
    return { read: count };
  } catch (error) {
    // Nothing but a UserError may escape, and its message is one line naming the file.
    if (!(error instanceof UserError)) throw error;
    expect(error.message).not.toMatch(/[\r\n]/u);
    expect(error.message.startsWith(`${displayPath}: `)).toBe(true);
    return { refused: reasonOf(error.message) };
  }
}

describe.skipIf(!existsSync(PLANS))('the plan corpus', () => {
  it('reads every real plan with analysis.json change counts and refuses exactly the non-plans', async () => {
    const analysis = JSON.parse(
      readFileSync(path.join(CORPUS, 'analysis.json'), 'utf8'),
    ) as Analysed[];
    const byPath = new Map(analysis.map((entry) => [entry.path, entry]));
    const files = walk(PLANS);
    expect(files.length).toBeGreaterThanOrEqual(analysis.length);

    const actual = new Map<string, Outcome>();
    const wanted = new Map<string, Outcome>();
    for (const file of files) {
      const relative = path.relative(PLANS, file).split(path.sep).join('/');
      actual.set(relative, await outcome(file, relative));
      wanted.set(relative, expected(byPath.get(relative), relative));
    }
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(wanted));

    const refused = new Map<string, number>();
    let read = 0;
    let changes = 0;
    for (const result of actual.values()) {
      if ('read' in result) {
        read += 1;
        changes += result.read;
      } else {
        refused.set(result.refused, (refused.get(result.refused) ?? 0) + 1);
      }
    }
    const reasons = [...refused].map(([reason, count]) => `${reason} ${count}`).join(', ');
    console.log(
      `corpus: ${files.length} files assessed: ${read} plans read (${changes} changes), ${files.length - read} refused (${reasons})`,
    );
  });
});

describe.skipIf(!existsSync(LARGE))('the large plan', () => {
  it('reads 2,000 replacements in little more than JSON.parse time', async () => {
    const parseMs: number[] = [];
    const readMs: number[] = [];
    // Interleaved, best of five: one run alone mostly measures the garbage collector, and a
    // busy machine (CI, or several test runs at once) slows any single round.
    for (let round = 0; round < 5; round += 1) {
      const parseStart = performance.now();
      const parsed: unknown = JSON.parse(readFileSync(LARGE, 'utf8'));
      parseMs.push(performance.now() - parseStart);
      expect(parsed).toBeTypeOf('object');

      let count = 0;
      let replaces = 0;
      const readStart = performance.now();
      const meta = await readPlanFile(LARGE, 'large.json', (change) => {
        count += 1;
        if (change.actions.includes('delete') && change.actions.includes('create')) replaces += 1;
      });
      readMs.push(performance.now() - readStart);
      expect(meta).toMatchObject({
        formatVersion: '1.2',
        terraformVersion: '1.11.4',
        errored: false,
      });
      expect(count).toBe(2000);
      expect(replaces).toBe(2000);
    }
    const parse = Math.min(...parseMs);
    const read = Math.min(...readMs);
    console.log(
      `large plan (8.5 MB): readFile + JSON.parse ${parse.toFixed(0)} ms; readPlanFile ${read.toFixed(0)} ms`,
    );
    // Validation and mapping are per element and cheap; a generous bound catches a deep walk.
    expect(read).toBeLessThan(2 * parse + 50);
  });
});
