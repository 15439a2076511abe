import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The npm package as a user gets it: `npm pack`, then the tarball installed into an empty
 * directory with an empty npm cache and `--offline`, so the install can reach nothing but the
 * tarball (the package has no runtime dependencies: the CLI and the action are bundles).
 */

const scratch = mkdtempSync(join(tmpdir(), 'destroy-guard-pack-'));
const app = join(scratch, 'app');
const cache = join(scratch, 'npm-cache');
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
};

/** npm with nothing from the machine's npm set-up: its own empty cache, no network. */
function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: {
      PATH: process.env['PATH'],
      HOME: scratch,
      npm_config_cache: cache,
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    },
  });
}

let packed: { filename: string; files: { path: string }[] };

beforeAll(() => {
  mkdirSync(app, { recursive: true });
  const pack = npm(['pack', '--json', '--pack-destination', scratch], process.cwd());
  expect(pack.status, pack.stderr).toBe(0);
  [packed] = JSON.parse(pack.stdout) as [typeof packed];
  const install = npm(['install', join(scratch, packed.filename)], app);
  expect(install.status, install.stderr).toBe(0);
}, 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the npm package', { timeout: 120_000 }, () => {
  it('holds what a user runs and reads, and nothing else', () => {
    const paths = packed.files.map((file) => file.path);
    // The CLI's pieces, loaded when needed (scripts/bundle.js): every one that dist/ holds.
    const pieces = readdirSync('dist')
      .filter((name) => name.startsWith('cli-'))
      .map((name) => `dist/${name}`);
    expect(pieces.length).toBeGreaterThan(0);
    expect(paths.sort()).toEqual(
      [
        ...pieces,
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'SECURITY.md',
        'action.yml',
        'bin/destroy-guard.js',
        'bin/package.json',
        'dist/cli.cjs',
        'dist/index.js',
        'dist/scan-worker.cjs',
        'package.json',
      ].sort(),
    );
  });

  it('has no runtime dependencies to download (the bundles carry them)', () => {
    expect(manifest.dependencies ?? {}).toEqual({});
    const installed = readdirSync(join(app, 'node_modules'));
    expect(installed.filter((name) => !name.startsWith('.'))).toEqual([manifest.name]);
  });

  it('npx destroy-guard assess blocks the incident plan with the report, exit 1', () => {
    copyFileSync(resolve('examples/incident/plan.json'), join(app, 'plan.json'));
    const run = npm(['exec', '--', 'destroy-guard', 'assess', 'plan.json'], app);
    expect(run.status, run.stderr).toBe(1);
    // The same report the checkout's command line prints for the same file.
    const checkout = spawnSync(
      process.execPath,
      [resolve('bin/destroy-guard.js'), 'assess', 'plan.json'],
      {
        cwd: app,
        encoding: 'utf8',
      },
    );
    expect(run.stdout).toBe(checkout.stdout);
    expect(run.stdout).toContain('aws_db_instance.orders');
    expect(run.stdout).toContain('BLOCKED');
    const markdown = npm(
      ['exec', '--', 'destroy-guard', 'assess', '--format', 'markdown', 'plan.json'],
      app,
    );
    expect(markdown.status).toBe(1);
    expect(markdown.stdout).toMatch(/^#+ .*destroy-guard/mu);
  });

  it('npx destroy-guard passes the harmless plan and knows its version', () => {
    copyFileSync(resolve('examples/harmless/plan.json'), join(app, 'harmless.json'));
    expect(npm(['exec', '--', 'destroy-guard', 'assess', 'harmless.json'], app).status).toBe(0);
    const version = npm(['exec', '--', 'destroy-guard', '--version'], app);
    expect(version.stdout.trim()).toBe(manifest.version);
  });
});
