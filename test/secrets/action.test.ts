/**
 * The bundled action (dist/index.js, run as a runner runs it) against the fake GitHub, on a
 * sample of planted plans: no planted value may reach anything it produces — the comment
 * bodies in the fake's state, every request it sent (paths, queries, bodies), stdout and
 * stderr (annotations included), the step outputs, the job summary and the JSON report.
 * Run `npm run bundle` first: this tests the bundle, not src/.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Buffer } from 'node:buffer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodePlanText } from '../../src/plan/decode.js';
import { readPlanBytes } from '../../src/plan/read.js';
import { runAction, type ActionRun } from '../e2e/harness.js';
import { inputs, LABEL, ownComments, PR, REPO, startWorld } from '../e2e/world.js';
import { Scratch } from '../property/support.js';
import type { FakeGitHub, ManualClock } from '../support/fake-github/index.js';
import { generatePlans, printableSnapshotChange } from './generate.js';
import { leaksIn, type Output } from './leaks.js';
import { Planter, plantPlan } from './plant.js';

const CORPUS = '../shared/corpus';
const LARGE = `${CORPUS}/large/terraform-1.11.4-2000-replacements.json`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith('.json') ? [path] : [];
  });
}

/** Every string anywhere in a value: Maps, Sets and Buffers (file contents) included. */
function stringsIn(value: unknown, out: string[] = [], seen = new WeakSet<object>()): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number') out.push(String(value));
  else if (Buffer.isBuffer(value)) out.push(value.toString('utf8'));
  else if (value !== null && typeof value === 'object') {
    if (seen.has(value)) return out;
    seen.add(value);
    if (value instanceof Map) {
      for (const [key, item] of value) {
        stringsIn(key, out, seen);
        stringsIn(item, out, seen);
      }
    } else if (value instanceof Set) {
      for (const item of value) stringsIn(item, out, seen);
    } else {
      for (const [key, item] of Object.entries(value)) {
        out.push(key);
        stringsIn(item, out, seen);
      }
    }
  }
  return out;
}

/** Corpus plans whose destroys give the most to render: the four with most changes that destroy, and the 2,000-replacement plan. */
function corpusSample(): string[] {
  if (!existsSync(CORPUS)) return [];
  const scored = filesUnder(`${CORPUS}/plans`).flatMap((file) => {
    let destroys = 0;
    try {
      readPlanBytes(readFileSync(file), file, (change) => {
        if (change.actions.includes('delete')) destroys += 1;
      });
    } catch {
      return [];
    }
    return [{ file, destroys }];
  });
  scored.sort((a, b) => b.destroys - a.destroys || (a.file < b.file ? -1 : 1));
  return [...scored.slice(0, 4).map((entry) => entry.file), ...(existsSync(LARGE) ? [LARGE] : [])];
}

const GENERATED_SAMPLE = [
  'delete-leaf',
  'replace-cbd-parent',
  'update-weakens-bare',
  'deferred-leaf',
  'deposed-unmarked',
];

interface Sample {
  readonly name: string;
  readonly document: unknown;
  readonly planter: Planter;
}

function samples(): Sample[] {
  const out: Sample[] = [];
  corpusSample().forEach((file, index) => {
    const planted = plantPlan(JSON.parse(decodePlanText(readFileSync(file)).text), 1_000 + index);
    out.push({ name: file, document: planted.document, planter: planted.planter });
  });
  const planters = new Map<string, Planter>();
  const generated = generatePlans((name) => {
    const planter = new Planter(name.length * 31 + 5);
    planters.set(name, planter);
    return planter;
  });
  for (const plan of generated.filter((candidate) => GENERATED_SAMPLE.includes(candidate.name))) {
    const planter = planters.get(plan.name);
    if (planter !== undefined)
      out.push({ name: `generated ${plan.name}`, document: plan.plan, planter });
  }
  return out;
}

const SAMPLES = samples();
let fake: FakeGitHub;
let clock: ManualClock;
let scratch: Scratch;
const coverage = {
  plans: 0,
  planted: 0,
  runs: 0,
  outputs: 0,
  requests: 0,
  comments: 0,
  annotations: 0,
};

beforeAll(async () => {
  ({ fake, clock } = await startWorld());
  scratch = new Scratch('secrets-action');
});
afterAll(async () => {
  await fake.close();
  scratch.remove();
  console.log(
    `[secret leaks] bundled action: ${coverage.plans} plans × ${coverage.planted} planted values in all, ${coverage.runs} action runs; searched ${coverage.outputs} outputs: ` +
      `${coverage.comments} comment bodies and the rest of the fake's state, ${coverage.requests} requests (method, path, query, body), stdout/stderr (${coverage.annotations} annotations), GITHUB_OUTPUT, job summary, JSON report`,
  );
});
beforeEach(() => {
  fake.reset();
  clock.set(new Date('2026-11-24T10:00:00Z'));
});

function outputsOf(run: ActionRun, label: string): Output[] {
  return [
    { name: `${label} stdout`, text: run.stdout },
    { name: `${label} stderr`, text: run.stderr },
    { name: `${label} GITHUB_OUTPUT`, text: JSON.stringify(run.outputs) },
    { name: `${label} job summary`, text: run.summary },
    { name: `${label} JSON report`, text: JSON.stringify(run.report ?? null) },
  ];
}

function fakeOutputs(): Output[] {
  return [
    { name: 'fake.state (comments, labels, events…)', text: stringsIn(fake.state).join('\n') },
    ...fake.requests.map((request, index) => ({
      name: `request #${index} ${request.method} ${request.path}`,
      text: stringsIn([request.method, request.path, request.query, request.body]).join('\n'),
    })),
  ];
}

async function guard(file: string, action: 'synchronize' | 'labeled'): Promise<ActionRun> {
  const run = await runAction({
    fake,
    event: 'pull_request',
    payload: fake.pullRequestEvent(REPO, PR, action),
    inputs: inputs(`infra/db=${file}`, {
      comment: 'always',
      'fail-on': 'info',
      'stateful-types': '*',
    }),
  });
  clock.advance(60);
  return run;
}

describe('no planted value leaves the bundled action', () => {
  it('has a bundle to run', () => {
    expect(existsSync(resolve('dist/index.js'))).toBe(true);
    expect(SAMPLES.length).toBeGreaterThanOrEqual(existsSync(CORPUS) ? 10 : 5);
  });

  it('would see a value in every channel: an unmarked protection value the product may print', async () => {
    const planter = new Planter(99);
    const snapshot = planter.string();
    const plan = {
      format_version: '1.2',
      planned_values: { root_module: {} },
      resource_changes: [printableSnapshotChange(snapshot)],
    };
    const file = join(scratch.dir, 'unmarked.json');
    writeFileSync(file, JSON.stringify(plan));
    const run = await guard(file, 'synchronize');
    const found = leaksIn([...outputsOf(run, 'run'), ...fakeOutputs()], planter).map(
      (leak) => leak.split(':')[0] ?? '',
    );
    for (const channel of [
      'run stdout',
      'run job summary',
      'run JSON report',
      'fake.state (comments, labels, events…)',
    ])
      expect(found, channel).toContain(channel);
    expect(found.some((where) => where.startsWith('request #') && where.includes('POST'))).toBe(
      true,
    );
  });

  it.each(SAMPLES.map((sample, index) => ({ name: sample.name, index })))(
    '$name',
    async ({ index }) => {
      const sample = SAMPLES[index];
      if (sample === undefined) throw new Error('no such sample');
      const file = join(scratch.dir, `plan-${index}.json`);
      writeFileSync(file, JSON.stringify(sample.document));
      const blocked = await guard(file, 'synchronize');
      expect(blocked.code, blocked.stderr).toBe(1);
      expect(ownComments(fake)).toHaveLength(1);
      expect(ownComments(fake)[0]?.body).toContain('What would be lost');
      expect(blocked.stdout).toContain('::error');
      const runs = [blocked];
      const outputs = outputsOf(blocked, 'blocked run');
      // The first sample also goes through approval: the label, the events, the approved comment.
      if (index === 0) {
        fake.addLabel(REPO, PR, LABEL, 'alice');
        clock.advance(60);
        const approved = await guard(file, 'labeled');
        expect(approved.outputs['verdict'], approved.stderr).toBe('approved');
        runs.push(approved);
        outputs.push(...outputsOf(approved, 'approved run'));
      }
      outputs.push(...fakeOutputs());
      expect(leaksIn(outputs, sample.planter)).toEqual([]);
      coverage.plans += 1;
      coverage.planted += sample.planter.total;
      coverage.runs += runs.length;
      coverage.outputs += outputs.length;
      coverage.requests += fake.requests.length;
      coverage.comments += ownComments(fake).length;
      coverage.annotations += runs.reduce(
        (sum, run) =>
          sum +
          run.stdout.split('\n').filter((line) => /^::(error|warning|notice)/u.test(line)).length,
        0,
      );
    },
    120_000,
  );
});
