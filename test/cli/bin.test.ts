import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * The installed command, as a user runs it: bin/destroy-guard.js and the CommonJS bundle in its
 * pieces (scripts/bundle.js).
 */
const BIN = path.resolve('bin/destroy-guard.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'destroy-guard-bin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], preload?: string) {
  const node = preload === undefined ? [BIN] : ['--require', preload, BIN];
  return spawnSync(process.execPath, [...node, ...args], { encoding: 'utf8', maxBuffer: 2 ** 28 });
}

/** The pieces of dist/ a run loaded, printed at exit by a preloaded script. */
function piecesLoaded(args: string[]): string[] {
  const preload = path.join(scratch, 'pieces.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => process.stderr.write('PIECES ' + JSON.stringify(Object.keys(require.cache).filter((f) => f.includes('${path.sep}dist${path.sep}')).map((f) => f.split('${path.sep}').pop()).sort()) + '\\n'));`,
  );
  const result = run(args, preload);
  const line = result.stderr.split('\n').find((text) => text.startsWith('PIECES '));
  expect(line, result.stderr).toBeDefined();
  return JSON.parse(line?.slice('PIECES '.length) ?? '[]') as string[];
}

describe('the installed command', () => {
  it('assesses a plan, loading neither the other commands, nor zod, nor the glob library', () => {
    const pieces = piecesLoaded(['assess', 'examples/harmless/plan.json']);
    expect(pieces).toContain('cli.cjs');
    expect(pieces.filter((name) => /^cli-(tools|zod-schemas|dist)-/u.test(name))).toEqual([]);
  });

  it('loads zod to word a malformed plan, and the other commands when one runs', () => {
    const bad = path.join(scratch, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format_version: '1.2',
        resource_changes: [
          { address: 'a.b', type: 'aws_db_instance', change: { actions: 'delete' } },
        ],
      }),
    );
    const result = run(['assess', bad]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `destroy-guard: ${bad}: resource_changes[0].change.actions (address "a.b") is a string, expected an array; the file is not plan JSON as Terraform writes it: regenerate it with \`terraform show -json tfplan > plan.json\`\n`,
    );
    expect(piecesLoaded(['assess', bad]).some((name) => name.startsWith('cli-zod-schemas-'))).toBe(
      true,
    );
    expect(piecesLoaded(['catalog', '--json']).some((name) => name.startsWith('cli-tools-'))).toBe(
      true,
    );
  });

  it('reads a plan above 128 MiB with its first pass in workers (dist/scan-worker.cjs)', () => {
    // Above THREADS_ABOVE_BYTES (src/plan/stream/reader.ts): 140 MB of small changes, one of
    // them a database deleted, written in pieces.
    const filler = (at: number) =>
      JSON.stringify({
        address: `null_resource.n${at}`,
        mode: 'managed',
        type: 'null_resource',
        name: `n${at}`,
        provider_name: 'registry.terraform.io/hashicorp/null',
        change: {
          actions: ['delete', 'create'],
          before: { id: `${at}`, triggers: { note: 'x'.repeat(600) } },
          after: { triggers: { note: 'y'.repeat(600) } },
        },
      });
    const database = JSON.stringify({
      address: 'aws_db_instance.main',
      mode: 'managed',
      type: 'aws_db_instance',
      name: 'main',
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: { actions: ['delete'], before: { id: 'db-1', deletion_protection: false } },
    });
    const plan = path.join(scratch, 'large.json');
    const fd = openSync(plan, 'w');
    try {
      writeSync(fd, `{"format_version":"1.2","resource_changes":[${database}`);
      for (let piece = 0; piece < 100; piece += 1) {
        const changes = Array.from({ length: 1_000 }, (_, at) => filler(piece * 1_000 + at));
        writeSync(fd, `,${changes.join(',')}`);
      }
      writeSync(fd, ']}');
    } finally {
      closeSync(fd);
    }
    expect(statSync(plan).size).toBeGreaterThan(128 * 1024 * 1024);
    const preload = path.join(scratch, 'workers.cjs');
    writeFileSync(
      preload,
      `const threads = require('node:worker_threads'); const { Worker } = threads; threads.Worker = class extends Worker { constructor(script, options) { process.stderr.write('WORKER ' + String(script).split('/').pop() + '\\n'); super(script, options); } };`,
    );
    const result = run(['assess', '--format', 'text', plan], preload);
    // The head and the tail (src/plan/stream/threaded.ts).
    expect(result.stderr).toBe('WORKER scan-worker.cjs\n'.repeat(2));
    expect(result.status, result.stdout.slice(0, 300)).toBe(1);
    expect(result.stdout).toContain('aws_db_instance.main');
    expect(result.stdout).toContain('100,000 × other-destroy null_resource');
    rmSync(plan);
  }, 60_000);

  it('prints its version from package.json', () => {
    const result = run(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/u);
  });

  it('exits 2 with one line, no stack trace, when its reader goes away', async () => {
    const child = spawn(process.execPath, [BIN, 'catalog'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    // Like `| head -1` once head has exited: the pipe is closed before the catalog is written.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toBe(
      'destroy-guard: standard output was closed by its reader before everything was written\n',
    );
  });
});
