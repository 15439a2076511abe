import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';

/**
 * Every GitHub workflow this repository runs or tells a user to copy, parsed by GitHub's own
 * workflow parser (`@actions/workflow-parser`, the one behind the Actions language service):
 * the files in .github/workflows/, and every YAML block in the README, docs/ and examples/.
 * A README block that shows only `jobs:` (or only steps) is completed with a trigger (and a
 * job) before parsing; what it shows must still be valid.
 */

interface Workflow {
  /** Where it is, with the line its text starts on. */
  readonly where: string;
  readonly line: number;
  readonly text: string;
}

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(keep)
    .map((name) => join(dir, name))
    .sort();
}

const isYaml = (name: string) => /\.ya?ml$/u.test(name);
const isMarkdown = (name: string) => name.endsWith('.md');
const exists = (dir: string) => readdirSync('.').includes(dir);

/** The fenced ```yaml / ```yml blocks of a Markdown file, with the line each body starts on. */
function yamlBlocks(file: string): Workflow[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const blocks: Workflow[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(\s*)(`{3,}|~{3,})\s*ya?ml\b/u.exec(lines[i] ?? '');
    if (open === null) continue;
    const [, indent = '', fence = '```'] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] ?? '').trim().startsWith(fence); j += 1)
      body.push((lines[j] ?? '').slice(indent.length));
    blocks.push({ where: `${file}:${i + 2}`, line: i + 2, text: body.join('\n') });
    i = j;
  }
  return blocks;
}

type Kind = 'workflow' | 'jobs' | 'steps' | 'other';

function kindOf(text: string): Kind {
  const value: unknown = parse(text);
  if (Array.isArray(value))
    return value.every(
      (step) => typeof step === 'object' && step !== null && ('uses' in step || 'run' in step),
    )
      ? 'steps'
      : 'other';
  if (typeof value !== 'object' || value === null || !('jobs' in value)) return 'other';
  return 'on' in value || 'true' in value ? 'workflow' : 'jobs';
}

/** A fragment made whole: the lines added before it, so reported lines can be mapped back. */
function completed(text: string, kind: Kind): { text: string; added: number } {
  if (kind === 'jobs') return { text: `on: pull_request\n${text}`, added: 1 };
  if (kind === 'steps') {
    const header = 'on: pull_request\njobs:\n  fragment:\n    runs-on: ubuntu-latest\n    steps:\n';
    const body = text
      .split('\n')
      .map((line) => (line === '' ? line : `      ${line}`))
      .join('\n');
    return { text: header + body, added: 5 };
  }
  return { text, added: 0 };
}

function parserErrors(workflow: Workflow, kind: Kind): string[] {
  const whole = completed(workflow.text, kind);
  const result = parseWorkflow(
    { name: workflow.where, content: whole.text },
    new NoOperationTraceWriter(),
  );
  return result.context.errors.getErrors().map((error) =>
    // "NAME (Line: 3, Col: 5): …" → the line in the file the block came from.
    error.message.replace(/\(Line: (\d+), Col: (\d+)\)/u, (_all, line: string, col: string) => {
      const inFile = workflow.line + Number(line) - 1 - whole.added;
      return `(file line ${inFile}, col ${col})`;
    }),
  );
}

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { required?: boolean }>;
};

/** Steps that run this action: `uses: ./` here, `uses: <owner>/destroy-guard@ref` in the README. */
function guardSteps(text: string): { with?: Record<string, unknown> }[] {
  const value = parse(text) as unknown;
  const steps: unknown[] = [];
  if (Array.isArray(value)) steps.push(...(value as unknown[]));
  else if (typeof value === 'object' && value !== null && 'jobs' in value) {
    for (const job of Object.values(
      (value as { jobs: Record<string, { steps?: unknown[] }> }).jobs,
    ))
      steps.push(...(job.steps ?? []));
  }
  return steps.filter(
    (step): step is { uses: string; with?: Record<string, unknown> } =>
      typeof step === 'object' &&
      step !== null &&
      'uses' in step &&
      typeof step.uses === 'string' &&
      (step.uses === './' || /(^|\/)destroy-guard@/u.test(step.uses)),
  );
}

const repositoryWorkflows: Workflow[] = filesUnder('.github/workflows', isYaml).map((file) => ({
  where: file,
  line: 1,
  text: readFileSync(file, 'utf8'),
}));
const documented: Workflow[] = [
  'README.md',
  ...['docs', 'examples'].filter(exists).flatMap((dir) => filesUnder(dir, isMarkdown)),
].flatMap(yamlBlocks);
const exampleFiles: Workflow[] = filesUnder('examples', isYaml).map((file) => ({
  where: file,
  line: 1,
  text: readFileSync(file, 'utf8'),
}));

describe("workflows, checked with GitHub's workflow parser", () => {
  it('finds the repository workflows and the README workflows', () => {
    expect(repositoryWorkflows.map((w) => w.where)).toEqual(
      expect.arrayContaining([
        '.github/workflows/test.yml',
        '.github/workflows/check-dist.yml',
        '.github/workflows/self-test.yml',
        '.github/workflows/release.yml',
      ]),
    );
    expect(
      documented.filter((block) => kindOf(block.text) !== 'other').length,
    ).toBeGreaterThanOrEqual(2);
  });

  for (const workflow of repositoryWorkflows) {
    it(`${workflow.where} parses`, () => {
      expect(kindOf(workflow.text)).toBe('workflow');
      expect(parserErrors(workflow, 'workflow')).toEqual([]);
    });
  }

  for (const block of [...documented, ...exampleFiles]) {
    const documents = parseAllDocuments(block.text);
    const kind =
      documents.length === 1 && documents[0]!.errors.length === 0 ? kindOf(block.text) : 'other';
    const what =
      kind === 'other' ? 'valid YAML (not a GitHub workflow)' : `a valid workflow (${kind})`;
    it(`${block.where}: ${what}`, () => {
      for (const document of documents) expect(document.errors.map((e) => e.message)).toEqual([]);
      if (kind !== 'other') expect(parserErrors(block, kind)).toEqual([]);
    });
  }

  it('passes destroy-guard only inputs action.yml declares, and always the required ones', () => {
    const required = Object.keys(action.inputs).filter(
      (name) => action.inputs[name]?.required === true,
    );
    for (const workflow of [...repositoryWorkflows, ...documented, ...exampleFiles]) {
      if (parseAllDocuments(workflow.text).length !== 1) continue;
      for (const step of guardSteps(workflow.text)) {
        const given = Object.keys(step.with ?? {});
        expect(
          given.filter((name) => !(name in action.inputs)),
          workflow.where,
        ).toEqual([]);
        expect(
          required.filter((name) => !given.includes(name)),
          workflow.where,
        ).toEqual([]);
      }
    }
  });

  it('reports a broken workflow (the check can fail)', () => {
    const broken = {
      where: 'broken.yml',
      line: 1,
      text: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - bogus: 1\n',
    };
    expect(parserErrors(broken, 'workflow')).toEqual(
      expect.arrayContaining([expect.stringContaining("Unexpected value 'bogus'")]),
    );
    // In a README steps fragment, the error names the README's own line.
    const fragment = { where: 'README.md:10', line: 10, text: '- run: echo ok\n- bogus: 1' };
    expect(parserErrors(fragment, 'steps')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\(file line 11, col \d+\): Unexpected value 'bogus'/u),
      ]),
    );
    expect(parserErrors({ ...broken, text: 'jobs: {}' }, 'workflow')).toEqual([
      expect.stringContaining('Required property is missing: on'),
    ]);
  });
});

interface JobShape {
  permissions?: Record<string, string>;
  steps?: { uses?: string; run?: string; with?: Record<string, unknown> }[];
}

/** The README's full workflows, parsed, with their triggers by name. */
const readmeWorkflows = documented
  .filter((block) => block.where.startsWith('README.md:') && kindOf(block.text) === 'workflow')
  .map((block) => {
    const value = parse(block.text) as { on: unknown; jobs: Record<string, JobShape> };
    const on = value.on;
    const triggers: Record<string, unknown> =
      typeof on === 'string'
        ? { [on]: null }
        : Array.isArray(on)
          ? Object.fromEntries((on as string[]).map((name) => [name, null]))
          : (on as Record<string, unknown>);
    return { where: block.where, triggers, jobs: value.jobs, text: block.text };
  });

/** The job that runs destroy-guard, and the `plan:` input it gives. */
function guardJob(workflow: (typeof readmeWorkflows)[number]): { job: JobShape; plan: unknown } {
  for (const job of Object.values(workflow.jobs)) {
    const step = (job.steps ?? []).find((entry) => /(^|\/)destroy-guard@/u.test(entry.uses ?? ''));
    if (step !== undefined) return { job, plan: step.with?.['plan'] };
  }
  throw new Error(`${workflow.where}: no destroy-guard step`);
}

describe("the README's workflows after review (apply after merge, merge queues)", () => {
  const onPullRequest = readmeWorkflows.find(
    (w) => 'pull_request' in w.triggers && !('merge_group' in w.triggers),
  );
  const onPush = readmeWorkflows.filter((w) => 'push' in w.triggers);
  const onMergeGroup = readmeWorkflows.filter((w) => 'merge_group' in w.triggers);

  it('has a workflow on push that guards the saved plan before applying it, reading only', () => {
    expect(onPush).toHaveLength(1);
    const [workflow] = onPush;
    const { job, plan } = guardJob(workflow!);
    expect(job.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'read',
      issues: 'read',
    });
    const steps = job.steps ?? [];
    const guard = steps.findIndex((step) => /(^|\/)destroy-guard@/u.test(step.uses ?? ''));
    const apply = steps.findIndex((step) =>
      /terraform\b.*\bapply\b.*\btfplan\b/u.test(step.run ?? ''),
    );
    const show = steps.findIndex((step) => /show -json tfplan/u.test(step.run ?? ''));
    expect(show).toBeGreaterThanOrEqual(0);
    expect(guard).toBeGreaterThan(show);
    expect(apply).toBeGreaterThan(guard);
    // The same plan: input as on the pull request, so the findings have the same identities.
    expect(onPullRequest).toBeDefined();
    expect(plan).toBe(guardJob(onPullRequest!).plan);
  });

  it('has the pull request workflow with merge_group (checks_requested) and the permissions it needs', () => {
    expect(onMergeGroup).toHaveLength(1);
    const [workflow] = onMergeGroup;
    expect(workflow!.triggers['merge_group']).toEqual({ types: ['checks_requested'] });
    expect(workflow!.triggers).toHaveProperty('pull_request');
    const { job, plan } = guardJob(workflow!);
    expect(job.permissions?.['contents']).toBe('read');
    expect(job.permissions?.['pull-requests']).toMatch(/^(read|write)$/u);
    expect(job.permissions?.['issues']).toBe('read');
    expect(plan).toBe(guardJob(onPullRequest!).plan);
  });
});

describe('dependabot', () => {
  it('updates npm and GitHub Actions', () => {
    const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
      version: number;
      updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm',
    ]);
    for (const update of config.updates)
      expect(update.schedule.interval).toMatch(/^(daily|weekly|monthly)$/u);
  });
});
