/**
 * The one entry for reading a plan file: it stats the file once and picks the reader. A regular
 * file larger than STREAM_THRESHOLD_BYTES that starts like plan JSON is read in pieces
 * (src/plan/stream/reader.ts); everything else is read whole (src/plan/read.ts), which also
 * names missing files, directories and files that cannot be opened. Both give the same
 * PlanMeta, the same changes in the same order, and the same one-line UserError.
 *
 * Input that does not start like a plan (after a UTF-8 byte-order mark, and the setup-terraform
 * wrapper's first line) — text, zip, HTML, a JSON array, UTF-16 — is read whole whenever one
 * string can hold it: a UTF-16 plan (PowerShell's `>`) is read as before, whole. Larger, it is
 * named from its first megabyte; UTF-16 that large is refused with the command that writes UTF-8.
 */
import { constants } from 'node:buffer';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { UserError } from '../util/errors.js';
import { detectEncoding } from './decode.js';
import { SHOW_JSON, planError } from './messages.js';
import type { PlanMeta } from './model.js';
import { parsePlanBytes, readPlanFile, type ChangeSink } from './read.js';
import { notAPlan } from './recognise.js';
import { worded } from './shape-error.js';
import { streamPlan, type StreamOptions } from './stream/reader.js';
import { HEAD_BYTES, findJsonObject } from './stream/start.js';
import { readAt } from './stream/window.js';

/**
 * Above this size a plan is read in pieces. Measured with `npm run bench -- --sweep` (Node 20,
 * 2 CPUs, plans grown from the corpus' Terraform 1.11 plan): reading whole is faster below
 * about 20–30 MB (JSON.parse is native code; the scanner first waits for the JIT), in pieces
 * faster above (about 0.95× the time at 32 MB, 0.8× at 50–64 MB, 0.75× at 100 MB), in a third
 * of the memory or less. Reading whole takes about four times the file in memory and stops
 * near 512 MB.
 */
export const STREAM_THRESHOLD_BYTES = 32 * 1024 * 1024;

export interface ReadOptions extends StreamOptions {
  /**
   * Regular files larger than this many bytes are read in pieces (default
   * STREAM_THRESHOLD_BYTES); 0 reads every non-empty one in pieces, as for a pipe spilled to a
   * temporary file.
   */
  readonly piecesAbove?: number;
}

/** Reads, decodes and validates one plan file; see readPlanFile for the contract. */
export async function readPlan(
  filePath: string,
  displayPath: string,
  onChange: ChangeSink,
  options: ReadOptions = {},
): Promise<PlanMeta> {
  const size = await regularFileSize(filePath);
  if (size === undefined || size <= (options.piecesAbove ?? STREAM_THRESHOLD_BYTES)) {
    return readPlanFile(filePath, displayPath, onChange);
  }
  let handle: FileHandle;
  try {
    handle = await open(filePath, 'r');
  } catch {
    return readPlanFile(filePath, displayPath, onChange);
  }
  try {
    const start = await findJsonObject(handle, size);
    if (start !== undefined) {
      return await streamPlan(handle, size, start, displayPath, onChange, options).catch(
        async (error: unknown) => {
          throw await worded(error);
        },
      );
    }
    if (await fitsOneString(handle, size)) {
      return await readPlanFile(filePath, displayPath, onChange);
    }
    throw await notStreamable(handle, size, displayPath);
  } finally {
    await handle.close();
  }
}

/** Missing files, directories, pipes: undefined, and the whole-file reader names or reads them. */
async function regularFileSize(filePath: string): Promise<number | undefined> {
  try {
    const stats = await stat(filePath);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

/** Whether readPlanFile can decode the file into one string (UTF-16: two bytes a character). */
async function fitsOneString(handle: FileHandle, size: number): Promise<boolean> {
  const { encoding } = detectEncoding(await readAt(handle, 0, 4));
  return size <= (encoding === 'utf-8' ? 1 : 2) * constants.MAX_STRING_LENGTH;
}

/**
 * A file too large to read whole that does not start like plan JSON: named from its first
 * megabyte, as it would be named were it read whole.
 */
async function notStreamable(
  handle: FileHandle,
  size: number,
  displayPath: string,
): Promise<UserError> {
  const head = await readAt(handle, 0, Math.min(size, HEAD_BYTES));
  const megabytes = Math.round(size / (1024 * 1024));
  if (detectEncoding(head).encoding !== 'utf-8') {
    return planError(
      displayPath,
      `is UTF-16 (as PowerShell's \`>\` writes) and ${megabytes} MB: a plan this large is read in pieces, which needs UTF-8; write it with \`cmd /c "terraform show -json tfplan > plan.json"\`, or ${SHOW_JSON} in bash`,
    );
  }
  const text = head.toString('utf8', 0, Math.min(head.length, 4096)).replace(/^\uFEFF/u, '');
  const json = text.startsWith('[command]') ? text.slice(text.indexOf('\n') + 1) : text;
  if (/\S/u.exec(json)?.[0] === '[') return notAPlan([], displayPath);
  try {
    // The head parses only as a scalar: an object would have been read in pieces.
    return notAPlan(parsePlanBytes(head, displayPath), displayPath);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
}
