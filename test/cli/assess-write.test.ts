import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runCli } from './run-cli.js';

/** `assess` with a `write`, as bin/ runs it: the pieces it is handed. */
async function written(args: string[]): Promise<(string | Uint8Array)[]> {
  const pieces: (string | Uint8Array)[] = [];
  await main(args, {
    stdout: () => undefined,
    stderr: () => undefined,
    write: (chunk) => {
      pieces.push(chunk);
      return Promise.resolve();
    },
    stdin: Readable.from([]),
    cwd: process.cwd(),
  });
  return pieces;
}

describe('assess writes its report in pieces', () => {
  it('JSON as UTF-8 bytes, the same text as without a write', async () => {
    const args = ['assess', 'examples/incident/plan.json', '--format', 'json'];
    const pieces = await written(args);
    expect(pieces.length).toBeGreaterThan(0);
    expect(pieces.every((piece) => piece instanceof Uint8Array)).toBe(true);
    const json = Buffer.concat(pieces as Uint8Array[]).toString('utf8');
    expect(json).toBe((await runCli(args)).stdout);
    expect(JSON.parse(json)).toHaveProperty('verdict', 'blocked');
  });

  it('text as strings', async () => {
    const args = ['assess', 'examples/incident/plan.json'];
    const pieces = await written(args);
    expect(pieces.every((piece) => typeof piece === 'string')).toBe(true);
    expect(pieces.join('')).toBe((await runCli(args)).stdout);
  });
});
