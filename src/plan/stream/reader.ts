/**
 * Reads a plan larger than one JavaScript string can hold (PLAN-FORMAT.md "Size": one line of
 * JSON, hundreds of megabytes; V8 strings stop near 512 MB) in bounded memory, with the same
 * result as src/plan/read.ts: the same PlanMeta, the same PlanChange objects in the same order,
 * the same one-line UserError for bad input.
 *
 * Two passes over the file, each a few megabytes at a time:
 * 1. src/plan/stream/ranges.ts validates the whole document as JSON.parse would and notes the
 *    top-level members: scalars kept, containers skipped, the change lists' byte ranges noted.
 *    Then toPlanMeta and changeList judge the top level, exactly as for a plan read whole: a
 *    document that is no plan, or not JSON, hands over no change at all.
 * 2. Each element of the last `resource_changes`, then of the last `deferred_changes` (the last
 *    of a repeated key wins, as with JSON.parse; key order does not matter), is cut out where
 *    the first pass noted it (or, for a list with more elements than that note holds, where
 *    src/plan/stream/split.ts finds it), parsed on its own, and handed to toPlanChange/
 *    toDeferredChange and the sink at once. Memory holds one element, never the plan.
 *
 * Input that does not start like a plan (after a UTF-8 byte-order mark, and the setup-terraform
 * wrapper's first line, which is read through in pieces too) — text, zip, HTML, a JSON array,
 * UTF-16 — goes to readPlanFile whenever one string can hold it: its message is the whole-file
 * reader's, and a UTF-16 plan (PowerShell's `>`) is read as before, whole. Larger, it is named
 * from its first megabyte; UTF-16 that large is refused with the command that writes UTF-8.
 */
import { Buffer, constants } from 'node:buffer';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { UserError } from '../../util/errors.js';
import { detectEncoding } from '../decode.js';
import { SHOW_JSON, planError } from '../messages.js';
import type { PlanMeta } from '../model.js';
import { readPlanBytes, readPlanFile, type ChangeSink } from '../read.js';
import { notAPlan } from '../recognise.js';
import { changeList, toDeferredChange, toPlanChange, toPlanMeta } from '../schema.js';
import { ArraySplitter } from './split.js';
import { explainBroken } from './errors.js';
import {
  BrokenDocument,
  DEFAULT_ELEMENT_CAPACITY,
  indexDocument,
  type ListKey,
  type PlanIndex,
  type ValueRange,
} from './ranges.js';
import { FileWindow, PieceTooLarge, readAt } from './window.js';

/**
 * Above this size readPlanAuto reads in pieces. Measured with `npm run bench -- --sweep` (Node
 * 20, 2 CPUs, plans grown from the corpus' Terraform 1.11 plan): reading whole is faster below
 * about 20–30 MB (JSON.parse is native code; the scanner first waits for the JIT), in pieces
 * faster above (about 0.95× the time at 32 MB, 0.8× at 50–64 MB, 0.75× at 100 MB), in a third
 * of the memory or less. Reading whole takes about four times the file in memory and stops
 * near 512 MB.
 */
export const STREAM_THRESHOLD_BYTES = 32 * 1024 * 1024;

/** Bytes per read: large enough that reads cost nothing next to scanning. */
export const DEFAULT_READ_BYTES = 4 * 1024 * 1024;

export interface StreamOptions {
  /** Bytes per read (default DEFAULT_READ_BYTES); tests use tiny reads to try every boundary. */
  readonly readBytes?: number;
  /** Elements the first pass notes per list (default DEFAULT_ELEMENT_CAPACITY); tests lower it. */
  readonly elementCapacity?: number;
  /** Told how far each pass has read, after every read. */
  readonly progress?: ReadProgress;
}

/**
 * How far a read in pieces has come: the first pass (`checking`) reads the whole file, the
 * second (`assessing`) the change lists; `done` and `total` count bytes of that pass.
 */
export type ReadProgress = (phase: 'checking' | 'assessing', done: number, total: number) => void;

/** Reads in pieces above STREAM_THRESHOLD_BYTES, whole below; the results are the same. */
export async function readPlanAuto(
  filePath: string,
  displayPath: string,
  onChange: ChangeSink,
  options: StreamOptions = {},
): Promise<PlanMeta> {
  const size = await regularFileSize(filePath);
  return size !== undefined && size > STREAM_THRESHOLD_BYTES
    ? streamPlanFile(filePath, displayPath, onChange, options)
    : readPlanFile(filePath, displayPath, onChange);
}

/** readPlanFile's contract, in memory that does not grow with the plan. */
export async function streamPlanFile(
  filePath: string,
  displayPath: string,
  onChange: ChangeSink,
  options: StreamOptions = {},
): Promise<PlanMeta> {
  // Missing files, directories, pipes: the whole-file reader names them, or reads them.
  const size = await regularFileSize(filePath);
  if (size === undefined) return readPlanFile(filePath, displayPath, onChange);
  let handle: FileHandle;
  try {
    handle = await open(filePath, 'r');
  } catch {
    return readPlanFile(filePath, displayPath, onChange);
  }
  try {
    const readBytes = options.readBytes ?? DEFAULT_READ_BYTES;
    const start = await findJsonObject(handle, size);
    if (start === undefined) {
      if (await fitsOneString(handle, size))
        return await readPlanFile(filePath, displayPath, onChange);
      throw await notStreamable(handle, size, displayPath);
    }
    const { progress } = options;
    const index = await indexOrExplain(
      handle,
      start,
      readBytes,
      options.elementCapacity ?? DEFAULT_ELEMENT_CAPACITY,
      displayPath,
      progress && ((end) => progress('checking', end, size)),
    );
    const meta = toPlanMeta(index.top, displayPath);
    changeList(index.top, 'resource_changes', displayPath);
    changeList(index.top, 'deferred_changes', displayPath);
    const lists = [
      ['resource_changes', toPlanChange],
      ['deferred_changes', toDeferredChange],
    ] as const;
    for (const [key, toChange] of lists) {
      const range = index.lists[key];
      if (range === undefined || range.firstByte !== OPEN_BRACKET) continue;
      const told =
        progress &&
        ((end: number) => progress('assessing', end - range.start, range.end - range.start));
      await emitElements(handle, range, readBytes, key, displayPath, told, (raw, position) =>
        onChange(toChange(raw, displayPath, position)),
      );
    }
    return meta;
  } finally {
    await handle.close();
  }
}

async function regularFileSize(filePath: string): Promise<number | undefined> {
  try {
    const stats = await stat(filePath);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const LF = 0x0a;
/** How far the start of the JSON is looked for: the wrapper's first line is a command line. */
const HEAD_BYTES = 1024 * 1024;
const WRAPPER_COMMAND = Buffer.from('[command]', 'latin1');
const JSON_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Whether readPlanFile can decode the file into one string (UTF-16: two bytes a character). */
async function fitsOneString(handle: FileHandle, size: number): Promise<boolean> {
  const { encoding } = detectEncoding(await readAt(handle, 0, 4));
  return size <= (encoding === 'utf-8' ? 1 : 2) * constants.MAX_STRING_LENGTH;
}

interface JsonStart {
  /** Where the JSON text starts (its leading whitespace included). */
  readonly offset: number;
  /** After setup-terraform's `[command]` line: its `::` lines may follow the JSON. */
  readonly wrapped: boolean;
}

/** Where the JSON object starts in UTF-8 input (src/plan/decode.ts), or undefined. */
async function findJsonObject(handle: FileHandle, size: number): Promise<JsonStart | undefined> {
  const head = await readAt(handle, 0, Math.min(size, HEAD_BYTES));
  const { encoding, bomLength } = detectEncoding(head);
  if (head.length === 0 || encoding !== 'utf-8') return undefined;
  let offset = bomLength;
  let wrapped = false;
  if (head.subarray(offset, offset + WRAPPER_COMMAND.length).equals(WRAPPER_COMMAND)) {
    const newline = head.indexOf(LF, offset);
    if (newline < 0) return undefined;
    offset = newline + 1;
    wrapped = true;
  }
  let first = offset;
  while (first < head.length && JSON_SPACE.has(head[first] as number)) first += 1;
  return head[first] === OPEN_BRACE ? { offset, wrapped } : undefined;
}

async function indexOrExplain(
  handle: FileHandle,
  start: JsonStart,
  readBytes: number,
  elementCapacity: number,
  displayPath: string,
  onRead: ((end: number) => void) | undefined,
): Promise<PlanIndex> {
  try {
    return await indexDocument(
      handle,
      start.offset,
      readBytes,
      start.wrapped,
      elementCapacity,
      onRead,
    );
  } catch (error) {
    if (error instanceof BrokenDocument) {
      throw await explainBroken(handle, error.broken, start.wrapped, displayPath);
    }
    if (error instanceof PieceTooLarge) throw tooLarge('a top-level value', displayPath);
    throw error;
  }
}

/** Cuts out, parses and hands over each element of the array at `range`, in order. */
async function emitElements(
  handle: FileHandle,
  range: ValueRange,
  readBytes: number,
  key: ListKey,
  displayPath: string,
  told: ((end: number) => void) | undefined,
  emit: (raw: unknown, position: number) => void,
): Promise<void> {
  const window = new FileWindow(handle, range.start, readBytes, range.end);
  window.onRead = told;
  let position = 0;
  const onElement = (start: number, end: number): void => {
    let raw: unknown;
    try {
      raw = JSON.parse(window.text(start, end));
    } catch (error) {
      if (isStringTooLong(error)) throw tooLarge(`${key}[${position}]`, displayPath);
      throw changedWhileRead(displayPath);
    }
    emit(raw, position);
    position += 1;
  };
  /** Reads on until the window holds `[start, end)`, keeping what it holds from `start`. */
  const hold = async (keep: number, end: number): Promise<void> => {
    while (window.end < end) {
      let more: boolean;
      try {
        more = await window.advance(keep);
      } catch (error) {
        if (error instanceof PieceTooLarge) throw tooLarge(`${key}[${position}]`, displayPath);
        throw error;
      }
      if (!more) throw changedWhileRead(displayPath);
    }
  };

  const log = range.elements;
  if (log !== undefined) {
    const { starts, ends } = log;
    for (let element = 0; element < starts.length; element += 1) {
      const start = starts[element] as number;
      const end = ends[element] as number;
      await hold(start, end);
      onElement(start, end);
    }
    return;
  }
  const splitter = new ArraySplitter(range.start);
  while (!splitter.finished) {
    await hold(
      splitter.elementStart >= 0 ? splitter.elementStart : splitter.offset,
      window.end + 1,
    );
    splitter.split(window.buffer, window.base, window.length, onElement);
  }
}

function isStringTooLong(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ERR_STRING_TOO_LONG';
}

function tooLarge(what: string, displayPath: string): UserError {
  const megabytes = Math.round(constants.MAX_STRING_LENGTH / (1024 * 1024));
  return planError(
    displayPath,
    `${what} alone is larger than one JavaScript string holds (about ${megabytes} MB), so it cannot be read; split the configuration into smaller root modules, one plan file each`,
  );
}

/** The second pass found other bytes than the first validated. */
function changedWhileRead(displayPath: string): UserError {
  return planError(
    displayPath,
    `changed while it was being read; write the plan file completely before destroy-guard reads it: ${SHOW_JSON}`,
  );
}

/**
 * A file too large to read whole that does not start like plan JSON: named from its first
 * megabyte, as the whole-file reader would name it.
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
    readPlanBytes(head, displayPath, () => undefined);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  return planError(
    displayPath,
    `is not plan JSON: plan JSON starts with "{"; write the plan with ${SHOW_JSON}`,
  );
}
