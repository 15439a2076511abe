import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

/**
 * The first pass's worker (src/plan/stream/worker.ts) built from src/ as scripts/bundle.js
 * builds dist/scan-worker.cjs, once a test file: the tests run from src/, where the reader
 * finds no worker script and runs the pass in its own thread unless given one.
 */
let built: URL | undefined;

export function scanWorkerScript(): URL {
  if (built !== undefined) return built;
  const directory = mkdtempSync(path.join(tmpdir(), 'destroy-guard-worker-'));
  const outfile = path.join(directory, 'scan-worker.cjs');
  buildSync({
    entryPoints: ['src/plan/stream/worker.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
  });
  process.once('exit', () => rmSync(directory, { recursive: true, force: true }));
  built = pathToFileURL(outfile);
  return built;
}
