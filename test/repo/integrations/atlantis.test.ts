import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  baseEnv,
  HARMLESS_PLAN,
  installFakeTerraform,
  readCalls,
  RISKY_PLAN,
} from '../../agent/fake-terraform.js';

/**
 * The plan stage of examples/atlantis/repos.yaml run as Atlantis runs it: each step in the
 * project directory with Atlantis's variables (DIR, PLANFILE, SHOWFILE, REPO_REL_DIR,
 * WORKSPACE, PROJECT_NAME, USER_NAME, COMMENT_ARGS…), the built-in `show` step writing
 * `terraform show -json $PLANFILE` to $SHOWFILE, stopping at the first step that exits non-zero
 * (a failed plan, which Atlantis will not apply). A fake terraform stands in for the real one.
 */

const root = mkdtempSync(join(tmpdir(), 'destroy-guard-atlantis-'));
const bin = installFakeTerraform(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Step = string | { run: string | { command: string; output?: string } };
const config = parse(readFileSync('examples/atlantis/repos.yaml', 'utf8')) as {
  workflows: Record<string, { plan: { steps: Step[] } }>;
};
const repoConfig = parse(readFileSync('examples/atlantis/atlantis.yaml', 'utf8')) as {
  projects: { name: string; dir: string; workflow: string }[];
};
/** Where the Atlantis image installs the step script (see the README's Atlantis section). */
const INSTALLED = '/usr/local/share/destroy-guard/';

interface StageResult {
  readonly failed: boolean;
  /** Each step's output, as Atlantis collects it for its comment. */
  readonly outputs: string[];
  readonly log: string;
}

let runs = 0;

function planStage(plan: string, commentArgs = ''): StageResult {
  const project = repoConfig.projects[0]!;
  const clone = join(root, `clone-${++runs}`);
  const dir = join(clone, project.dir);
  mkdirSync(dir, { recursive: true });
  const log = join(clone, 'terraform.log');
  const workspace = 'default';
  const env = baseEnv(bin, {
    FAKE_TF_LOG: log,
    FAKE_TF_PLAN_JSON: plan,
    DIR: dir,
    PLANFILE: join(dir, `${project.name}-${workspace}.tfplan`),
    SHOWFILE: join(dir, `${project.name}-${workspace}.json`),
    REPO_REL_DIR: project.dir,
    WORKSPACE: workspace,
    PROJECT_NAME: project.name,
    USER_NAME: 'alice',
    PULL_NUM: '7',
    BASE_REPO_OWNER: 'acme',
    BASE_REPO_NAME: 'infra',
    HEAD_COMMIT: 'a'.repeat(40),
    COMMENT_ARGS: commentArgs,
  });
  const outputs: string[] = [];
  for (const step of config.workflows[project.workflow]!.plan.steps) {
    let result;
    if (step === 'init')
      result = spawnSync('terraform', ['init', '-input=false'], { cwd: dir, env });
    else if (step === 'show') {
      result = spawnSync('terraform', ['show', '-json', env['PLANFILE']!], { cwd: dir, env });
      writeFileSync(env['SHOWFILE']!, result.stdout);
      result = { ...result, stdout: Buffer.from('') };
    } else if (typeof step === 'object') {
      const command = typeof step.run === 'string' ? step.run : step.run.command;
      const script = command.replaceAll(INSTALLED, `${resolve('examples/atlantis')}/`);
      result = spawnSync('sh', ['-c', script], { cwd: dir, env });
    } else throw new Error(`the test does not know the built-in step ${step}`);
    outputs.push(`${result.stdout.toString()}${result.stderr.toString()}`);
    if (result.status !== 0) return { failed: true, outputs, log };
  }
  return { failed: false, outputs, log };
}

/** Atlantis's escaping of `atlantis plan -- ARGS`: every character escaped, args joined by commas. */
function escapedArgs(...args: string[]): string {
  return args.map((arg) => [...arg].map((char) => `\\${char}`).join('')).join(',');
}

describe('Atlantis custom workflow', () => {
  it('fails the plan of a risky change, with the Markdown report as the step output', () => {
    const stage = planStage(RISKY_PLAN);
    expect(stage.failed).toBe(true);
    const report = stage.outputs.at(-1) ?? '';
    expect(report).toMatch(/^### .*destroy-guard: blocked/mu);
    expect(report).toContain('| Severity | Resource |');
    expect(report).toContain('infra/prod');
    const calls = readCalls(stage.log).map((call) => call.subcommand);
    expect(calls).toEqual(['init', 'plan', 'show']);
  });

  it('lets a harmless plan through', () => {
    const stage = planStage(HARMLESS_PLAN);
    expect(stage.failed, stage.outputs.join('\n')).toBe(false);
    expect(stage.outputs.at(-1)).toContain('destroy-guard: pass');
  });

  it('accepts exactly the risky set named in the comment, and nothing else', () => {
    // The fingerprint the reviewer saw: the same plan under the file name Atlantis gives it
    // (the plan file's name is part of each finding's identity).
    const seen = join(root, 'seen', `${repoConfig.projects[0]!.name}-default.json`);
    mkdirSync(dirname(seen), { recursive: true });
    copyFileSync(RISKY_PLAN, seen);
    const json = spawnSync(
      process.execPath,
      ['bin/destroy-guard.js', 'assess', '--format', 'json', `infra/prod=${seen}`],
      { encoding: 'utf8' },
    );
    const { fingerprint } = JSON.parse(json.stdout) as { fingerprint: string };
    const accepted = planStage(RISKY_PLAN, escapedArgs(`--destroy-guard-accept=${fingerprint}`));
    expect(accepted.failed, accepted.outputs.join('\n')).toBe(false);
    expect(accepted.outputs.at(-1)).toContain(
      `**Accepted** by alice for fingerprint \`${fingerprint}\``,
    );

    const other = planStage(
      RISKY_PLAN,
      escapedArgs('--destroy-guard-accept=0123456789abcdef0123456789abcdef'),
    );
    expect(other.failed).toBe(true);
    expect(other.outputs.at(-1)).toContain('**Not accepted**');
  });

  it('fails, never passes, when the plan JSON cannot be read', () => {
    const broken = join(root, 'broken.json');
    writeFileSync(broken, '{"format_version": "1.2", "resource_changes": [');
    const stage = planStage(broken);
    expect(stage.failed).toBe(true);
    expect(stage.outputs.at(-1)).toMatch(/broken|json/iu);
  });
});
