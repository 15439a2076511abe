/**
 * A plan piped in (`terraform show -json tfplan | destroy-guard assess -`), read as a file of
 * the same size would be: whole while it is small, and past STREAM_THRESHOLD_BYTES written to a
 * temporary file and read in pieces (src/plan/stream/reader.ts), so a pipe carries a plan of any size
 * in bounded memory instead of stopping where one JavaScript string does (about 512 MB).
 */
import { Buffer } from 'node:buffer';
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { planError } from './messages.js';
import type { PlanMeta } from './model.js';
import { readPlanBytes, stdinChunks, type ChangeSink } from './read.js';
import { worded } from './shape-error.js';
import { STREAM_THRESHOLD_BYTES, readPlan } from './open.js';
import type { StreamOptions } from './stream/reader.js';
import { errorCode } from '../util/errors.js';

export interface StdinOptions {
  /** Bytes held in memory before the rest goes to a temporary file (tests lower it). */
  readonly spillBytes?: number;
  /** Where the temporary file goes (default: the system's temporary directory). */
  readonly tmpDir?: string;
  /** Passed to the reader in pieces: which changes need their attribute values. */
  readonly stream?: StreamOptions;
}

/** readPlanFile's contract for standard input (shown as `-`). */
export async function readStdinPlan(
  stream: NodeJS.ReadableStream,
  displayPath: string,
  onChange: ChangeSink,
  options: StdinOptions = {},
): Promise<PlanMeta> {
  const spillBytes = options.spillBytes ?? STREAM_THRESHOLD_BYTES;
  const held: Buffer[] = [];
  let heldBytes = 0;
  // Iterated by hand: a `for await` left early would close the stream the spill still reads.
  const chunks = stdinChunks(stream);
  for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) {
    held.push(next.value);
    heldBytes += next.value.length;
    if (heldBytes > spillBytes) return spill(held, chunks, displayPath, onChange, options);
  }
  const bytes = held.length === 1 && held[0] !== undefined ? held[0] : Buffer.concat(held);
  try {
    return readPlanBytes(bytes, displayPath, onChange);
  } catch (error) {
    throw await worded(error);
  }
}

/** Writes what was held and the rest of the stream to a temporary file, then reads that. */
async function spill(
  held: Buffer[],
  rest: AsyncGenerator<Buffer>,
  displayPath: string,
  onChange: ChangeSink,
  options: StdinOptions,
): Promise<PlanMeta> {
  const parent = options.tmpDir ?? os.tmpdir();
  let directory: string;
  try {
    directory = await mkdtemp(path.join(parent, 'destroy-guard-'));
  } catch (error) {
    throw noTemporaryFile(parent, error, displayPath);
  }
  try {
    const file = path.join(directory, 'plan.json');
    let handle: FileHandle | undefined;
    try {
      handle = await open(file, 'w');
      for (const chunk of held.splice(0)) await handle.write(chunk);
      for (let next = await rest.next(); next.done !== true; next = await rest.next()) {
        await handle.write(next.value);
      }
    } catch (error) {
      // A read error of the pipe is already a one-line UserError (stdinChunks).
      if (!isSystemError(error)) throw error;
      throw noTemporaryFile(parent, error, displayPath);
    } finally {
      await handle?.close();
      await rest.return(undefined);
    }
    return await readPlan(file, displayPath, onChange, { ...options.stream, piecesAbove: 0 });
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

function noTemporaryFile(parent: string, error: unknown, displayPath: string): Error {
  const code = errorCode(error) ?? 'write error';
  return planError(
    displayPath,
    `is too large to hold in memory and cannot be written to a temporary file in ${parent} (${code}); write the plan to a file (\`terraform show -json tfplan > plan.json\`) and pass its path`,
  );
}
