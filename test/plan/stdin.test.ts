/**
 * A plan piped in (src/plan/stdin.ts): whole while small, through a temporary file and the
 * streaming reader past the spill size — with the same result as the plan read whole, the same
 * one-line refusals, and no temporary file left behind.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { assessPlans } from '../../src/engine/engine.js';
import type { PlanChange, PlanMeta } from '../../src/plan/model.js';
import { readPlanBytes } from '../../src/plan/read.js';
import { readStdinPlan } from '../../src/plan/stdin.js';
import type * as openModule from '../../src/plan/open.js';
import { STREAM_THRESHOLD_BYTES } from '../../src/plan/open.js';
import { UserError } from '../../src/util/errors.js';

/** Counts the files read in pieces, so a test can tell the spill happened. */
const streamed = vi.hoisted(() => ({ files: 0 }));
vi.mock('../../src/plan/open.js', async (importOriginal) => {
  const actual = await importOriginal<typeof openModule>();
  const readPlan: typeof actual.readPlan = (...args) => {
    streamed.files += 1;
    return actual.readPlan(...args);
  };
  return { ...actual, readPlan };
});

const INCIDENT = readFileSync('examples/incident/plan.json');
const scratch = mkdtempSync(path.join(tmpdir(), 'dg-stdin-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Outcome =
  | { readonly meta: PlanMeta; readonly changes: readonly PlanChange[] }
  | { readonly refused: string };

async function outcome(read: (sink: (change: PlanChange) => void) => unknown): Promise<Outcome> {
  const changes: PlanChange[] = [];
  try {
    const meta = (await read((change) => changes.push(change))) as PlanMeta;
    return { meta, changes };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    expect(error.message).not.toMatch(/[\r\n]/u);
    return { refused: error.message };
  }
}

/** The bytes as a pipe delivers them: in pieces of `size` bytes. */
function pipe(bytes: Buffer, size: number): Readable {
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
  return Readable.from(pieces);
}

function freshDirectory(): string {
  return mkdtempSync(path.join(scratch, 'tmp-'));
}

describe('a plan piped in', () => {
  it('gives the same result held in memory and spilled to a temporary file, which is removed', async () => {
    const expected = await outcome((sink) => readPlanBytes(INCIDENT, '-', sink));
    expect('changes' in expected && expected.changes.length).toBeGreaterThan(5);
    for (const [spillBytes, pieceBytes] of [
      [Infinity, 65_536],
      [0, 1000],
      [100, 7],
      [4096, 4096],
    ] as const) {
      const tmpDir = freshDirectory();
      const actual = await outcome((sink) =>
        readStdinPlan(pipe(INCIDENT, pieceBytes), '-', sink, { spillBytes, tmpDir }),
      );
      expect(actual, `spill past ${spillBytes} bytes, pieces of ${pieceBytes}`).toStrictEqual(
        expected,
      );
      expect(readdirSync(tmpDir)).toStrictEqual([]);
    }
  });

  it('refuses broken input alike, spilled or not, and leaves no temporary file', async () => {
    const cut = INCIDENT.subarray(0, Math.floor(INCIDENT.length / 2));
    const text = Buffer.from(
      'Terraform will perform the following actions:\n\n  # aws_db_instance.x',
    );
    for (const bytes of [cut, text]) {
      const expected = await outcome((sink) => readPlanBytes(bytes, '-', sink));
      expect(expected).toHaveProperty('refused', expect.stringMatching(/^- \(standard input\): /u));
      const tmpDir = freshDirectory();
      const spilled = await outcome((sink) =>
        readStdinPlan(pipe(bytes, 16), '-', sink, { spillBytes: 32, tmpDir }),
      );
      expect(spilled).toStrictEqual(expected);
      expect(readdirSync(tmpDir)).toStrictEqual([]);
    }
  });

  it('says in one line when the temporary file cannot be written', async () => {
    const notADirectory = path.join(scratch, 'a-file');
    writeFileSync(notADirectory, '');
    await expect(
      readStdinPlan(pipe(INCIDENT, 100), '-', () => undefined, {
        spillBytes: 10,
        tmpDir: notADirectory,
      }),
    ).rejects.toThrow(
      new UserError(
        `- (standard input): is too large to hold in memory and cannot be written to a temporary file in ${notADirectory} (ENOTDIR); write the plan to a file (\`terraform show -json tfplan > plan.json\`) and pass its path`,
      ),
    );
  });

  it('turns a read error after the spill into one line, and removes the temporary file', async () => {
    const tmpDir = freshDirectory();
    let sent = 0;
    const broken = new Readable({
      read() {
        if (sent === 3) {
          this.destroy(Object.assign(new Error('boom'), { code: 'EPIPE' }));
          return;
        }
        sent += 1;
        this.push(INCIDENT.subarray((sent - 1) * 64, sent * 64));
      },
    });
    await expect(
      readStdinPlan(broken, '-', () => undefined, { spillBytes: 10, tmpDir }),
    ).rejects.toThrow(
      new UserError(
        '- (standard input): cannot be read (EPIPE); pipe the plan in: `terraform show -json tfplan | destroy-guard assess -`',
      ),
    );
    expect(readdirSync(tmpDir)).toStrictEqual([]);
  });

  it('reaches the engine: a plan larger than the threshold piped in gives the same report as its file', async () => {
    const document = JSON.parse(INCIDENT.toString('utf8')) as { resource_changes: unknown[] };
    const one = document.resource_changes;
    const copies = Math.ceil(STREAM_THRESHOLD_BYTES / JSON.stringify(one).length) + 1;
    document.resource_changes = Array.from({ length: copies }, (_, copy) =>
      one.map((change) => ({
        ...(change as Record<string, unknown>),
        address: `module.copy${copy}.${(change as { address: string }).address}`,
      })),
    ).flat();
    const bytes = Buffer.from(JSON.stringify(document));
    expect(bytes.length).toBeGreaterThan(STREAM_THRESHOLD_BYTES);
    const file = path.join(scratch, 'large-plan.json');
    writeFileSync(file, bytes);
    const options = {
      failOn: 'high' as const,
      statefulTypes: [],
      ignore: [],
      cwd: scratch,
      workspace: scratch,
    };
    const fromFile = await assessPlans([file], { ...options, stdin: Readable.from([]) });
    const before = streamed.files;
    const fromPipe = await assessPlans(['-'], { ...options, stdin: pipe(bytes, 1 << 20) });
    expect(streamed.files - before, 'the pipe went through the temporary file').toBe(1);
    expect(fromPipe.findings.length).toBeGreaterThan(copies);
    // The fingerprint differs by design: the plan file's name (`-` here) is part of each
    // finding's identity (src/assess/identity.ts). Everything else is the same.
    expect(fromPipe.findings.map((finding) => ({ ...finding, plan: '' }))).toStrictEqual(
      fromFile.findings.map((finding) => ({ ...finding, plan: '' })),
    );
    expect(fromPipe.findings.map((finding) => finding.address)).toStrictEqual(
      fromFile.findings.map((finding) => finding.address),
    );
  });
});
