import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DESTROY_GUARD, HARMLESS_PLAN, RISKY_PLAN } from '../../agent/fake-terraform.js';

/**
 * examples/terragrunt/guard-run-all.sh against a fake terragrunt that does what
 * `terragrunt run --all --out-dir D --json-out-dir J -- plan` does to the file system: for each
 * unit (a directory with a terragrunt.hcl) it writes D/<unit>/tfplan.tfplan and
 * J/<unit>/tfplan.json, here a copy of the unit's `fake-plan.json`.
 */
const FAKE_TERRAGRUNT = `#!/bin/sh
printf '%s\\n' "$*" >>"$FAKE_TG_LOG"
[ "\${FAKE_TG_EXIT:-0}" = 0 ] || { echo "fake terragrunt failed" >&2; exit "$FAKE_TG_EXIT"; }
[ "$1 $2" = "run --all" ] || { echo "fake terragrunt: expected run --all" >&2; exit 3; }
out= json=
while [ $# -gt 0 ]; do
  case $1 in
    --out-dir) out=$2; shift ;;
    --json-out-dir) json=$2; shift ;;
    --) shift; break ;;
  esac
  shift
done
[ "$1" = plan ] || { echo "fake terragrunt: expected plan" >&2; exit 3; }
find . -name terragrunt.hcl | sed 's|^\\./||; s|/\\{0,1\\}terragrunt.hcl$||' | while read -r unit; do
  [ -n "$unit" ] || unit=.
  mkdir -p "$out/$unit" "$json/$unit"
  echo binary >"$out/$unit/tfplan.tfplan"
  cp "$unit/fake-plan.json" "$json/$unit/tfplan.json"
  echo "planned $unit"
done
`;

const root = mkdtempSync(join(tmpdir(), 'destroy-guard-terragrunt-'));
const bin = join(root, 'bin');
mkdirSync(bin);
writeFileSync(join(bin, 'terragrunt'), FAKE_TERRAGRUNT);
chmodSync(join(bin, 'terragrunt'), 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

let runs = 0;

/** A repository with a `live/` stack of the given units, each with the plan it would produce. */
function repository(units: Record<string, string>): string {
  const repo = join(root, `repo-${++runs}`);
  for (const [unit, plan] of Object.entries(units)) {
    const dir = join(repo, 'live', unit);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'terragrunt.hcl'), 'terraform { source = "../../modules/x" }\n');
    copyFileSync(plan, join(dir, 'fake-plan.json'));
  }
  return repo;
}

function guardRunAll(repo: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('bash', [resolve('examples/terragrunt/guard-run-all.sh'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      PATH: `${bin}:${process.env['PATH'] ?? ''}`,
      HOME: process.env['HOME'],
      DESTROY_GUARD,
      FAKE_TG_LOG: join(repo, 'terragrunt.log'),
      ...env,
    },
  });
  return { ...result, log: readFileSync(join(repo, 'terragrunt.log'), 'utf8') };
}

interface JsonReport {
  verdict: string;
  plans: { moduleDir: string }[];
  findings: { moduleDir: string; requiresApproval: boolean }[];
}

describe('Terragrunt run --all', () => {
  it('assesses every unit with its own directory and gives one verdict', () => {
    const repo = repository({
      'prod/db': RISKY_PLAN,
      'prod/vpc': HARMLESS_PLAN,
      'staging/app': HARMLESS_PLAN,
    });
    const run = guardRunAll(repo, ['live'], { DESTROY_GUARD_FORMAT: 'json' });
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.verdict).toBe('blocked');
    expect(report.plans.map((plan) => plan.moduleDir).sort()).toEqual([
      'live/prod/db',
      'live/prod/vpc',
      'live/staging/app',
    ]);
    const risky = new Set(
      report.findings.filter((f) => f.requiresApproval).map((f) => f.moduleDir),
    );
    expect([...risky]).toEqual(['live/prod/db']);
    expect(run.log).toMatch(
      /^run --all --non-interactive --out-dir \S+ --json-out-dir \S+ -- plan -input=false$/mu,
    );
  });

  it('passes a stack whose units destroy nothing, and hands extra plan arguments on', () => {
    const repo = repository({ 'prod/vpc': HARMLESS_PLAN, 'staging/app': HARMLESS_PLAN });
    const run = guardRunAll(repo, ['live', '--', '-lock-timeout=60s']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('destroy-guard: PASS');
    expect(run.log).toContain('-- plan -input=false -lock-timeout=60s');
  });

  it('cannot decide (exit 2) when terragrunt fails or plans nothing', () => {
    const failing = guardRunAll(repository({ 'prod/db': RISKY_PLAN }), ['live'], {
      FAKE_TG_EXIT: '1',
    });
    expect(failing.status).toBe(2);
    expect(failing.stderr).toContain('terragrunt run --all plan failed');
    const empty = repository({});
    mkdirSync(join(empty, 'live'), { recursive: true });
    const nothing = guardRunAll(empty, ['live']);
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toContain('planned no unit');
  });
});
