/**
 * Reads a plan larger than one JavaScript string can hold (docs/plan-format.md "Size": one line of
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
 * A sink that can start over (StreamOptions.restart: the engine's) is handed the changes of the
 * first `resource_changes` list during the first pass instead, each as soon as that pass has
 * checked it (src/plan/stream/early.ts): the list is read once, and the second pass reads only
 * what is left (`deferred_changes`, or a later `resource_changes` that wins).
 *
 * src/plan/open.ts decides which files come here: it has found where the JSON object starts.
 */
import type { FileHandle } from 'node:fs/promises';
import type { PlanMeta } from '../model.js';
import type { ChangeSink } from '../read.js';
import { changeList, toDeferredChange, toPlanChange, toPlanMeta } from '../schema.js';
import type { Buffer } from 'node:buffer';
import { ArraySplitter } from './split.js';
import { readChangeFields, type NeedsValues } from './fields.js';
import { EarlyChanges } from './early.js';
import { changedWhileRead, tooLarge, unreadable } from './refusals.js';
import { explainBroken } from './errors.js';
import { BatchWriter } from './batch.js';
import { WorkerUnavailable, indexInWorker, scanWorkerUrl } from './threaded.js';
import {
  BrokenDocument,
  indexDocument,
  type ListKey,
  type PlanIndex,
  type ValueRange,
} from './ranges.js';
import type { JsonStart } from './start.js';
import { FileWindow, PieceTooLarge } from './window.js';

/**
 * Above this size the first pass runs in worker threads (src/plan/stream/threaded.ts). Measured
 * on plans of many small changes (Node 20, 2 CPUs, the CLI's whole run, medians of 7): 0.51 s
 * against 0.44 s in this thread at 40 MB, about even at 100 MB (0.76 s, 0.72 s), 0.99 s
 * against 1.10 s at 200 MB, and a third less at 1 GB: starting two workers costs what
 * overlapping the pass saves on a smaller plan.
 */
export const THREADS_ABOVE_BYTES = 128 * 1024 * 1024;

/** Bytes per read: large enough that reads cost nothing next to scanning. */
export const DEFAULT_READ_BYTES = 4 * 1024 * 1024;

export interface StreamOptions {
  /** Bytes per read (default DEFAULT_READ_BYTES); tests use tiny reads to try every boundary. */
  readonly readBytes?: number;
  /** Elements the first pass notes per list (default DEFAULT_ELEMENT_CAPACITY); tests lower it. */
  readonly elementCapacity?: number;
  /** Told how far each pass has read, after every read. */
  readonly progress?: ReadProgress;
  /**
   * Whether the sink reads the attribute values (`before`, `after` and their marks) of a
   * change of this type and these actions; when it does not, they are not parsed and the
   * change carries none (null, and false for the marks). Default: every change's are read.
   */
  readonly needsValues?: NeedsValues;
  /**
   * Tells the sink to forget the changes it was handed: it starts over. Given, the reader hands
   * over each change of the first `resource_changes` list during the first pass, as soon as
   * that pass has checked its bytes (the list is read once, not twice), and calls it when
   * those were not the changes to assess after all: a later `resource_changes` wins (as with
   * JSON.parse), or an element was larger than the first pass keeps. A document refused at
   * the end may then have handed over changes first; the result and every refusal are the
   * same, as an error in a change handed over early is thrown only where the second pass
   * would have thrown it.
   */
  readonly restart?: () => void;
  /**
   * The script of the first pass's worker threads (src/plan/stream/threaded.ts), used with
   * `restart`; false runs that pass in this thread. Default: above THREADS_ABOVE_BYTES,
   * dist/scan-worker.cjs beside the bundle, or this thread when there is none (src/ run as it
   * is, as by the tests); this thread below it.
   */
  readonly scanWorker?: URL | false;
}

/**
 * How far a read in pieces has come: the first pass (`checking`) reads the whole file, the
 * second (`assessing`) the change lists; `done` and `total` count bytes of that pass.
 */
export type ReadProgress = (phase: 'checking' | 'assessing', done: number, total: number) => void;

/** readPlanFile's contract, in memory that does not grow with the plan, for a file of `size` bytes whose JSON object starts at `start`. */
export async function streamPlan(
  handle: FileHandle,
  size: number,
  start: JsonStart,
  displayPath: string,
  onChange: ChangeSink,
  options: StreamOptions = {},
): Promise<PlanMeta> {
  const readBytes = options.readBytes ?? DEFAULT_READ_BYTES;
  const { progress, restart } = options;
  const needsValues = options.needsValues ?? allValues;
  const early =
    restart === undefined ? undefined : new EarlyChanges(displayPath, needsValues, onChange);
  const onRead = progress && ((end: number) => progress('checking', end, size));
  const elementCapacity = options.elementCapacity;
  const script =
    early === undefined
      ? undefined
      : (options.scanWorker ?? (size > THREADS_ABOVE_BYTES ? scanWorkerUrl() : undefined));
  const index = await explained(handle, start.wrapped, displayPath, async () => {
    if (script !== undefined && script !== false) {
      try {
        return await indexInWorker(
          script,
          handle.fd,
          start.offset,
          size,
          readBytes,
          start.wrapped,
          {
            elementCapacity,
            onRead,
            onBatch: early?.onBatch,
          },
        );
      } catch (error) {
        // No thread to run it in (nothing was handed over yet): this one reads the plan.
        if (!(error instanceof WorkerUnavailable)) throw error;
      }
    }
    // The elements of each piece handed over as the worker would, their bytes not copied.
    const batches = early && new BatchWriter();
    const handOver = (): void => {
      const batch = batches?.take(false);
      if (batch !== undefined) early?.onBatch(batch);
    };
    return indexDocument(handle, start.offset, readBytes, start.wrapped, {
      elementCapacity,
      onRead,
      onElement: batches?.onElement,
      onPieceEnd: handOver,
    });
  });
  const meta = toPlanMeta(index.top, displayPath);
  changeList(index.top, 'resource_changes', displayPath);
  changeList(index.top, 'deferred_changes', displayPath);
  if (index.handedOver && index.lists.resource_changes?.streamed !== true) restart?.();
  const lists = [
    ['resource_changes', toPlanChange],
    ['deferred_changes', toDeferredChange],
  ] as const;
  for (const [key, toChange] of lists) {
    const range = index.lists[key];
    if (range === undefined || range.firstByte !== OPEN_BRACKET) continue;
    if (range.streamed === true) {
      early?.throwHeld();
      continue;
    }
    const told =
      progress &&
      ((end: number) => progress('assessing', end - range.start, range.end - range.start));
    const fields = key === 'resource_changes' ? changeFields(range, needsValues) : undefined;
    await emitElements(handle, range, readBytes, key, displayPath, told, fields, (raw, position) =>
      onChange(toChange(raw, displayPath, position)),
    );
  }
  return meta;
}

const OPEN_BRACKET = 0x5b;

const allValues: NeedsValues = () => true;

/**
 * An element's fields read from its bytes (src/plan/stream/fields.ts), or undefined: parse
 * it. `element` is its place in the first pass's log, -1 when the log does not hold it.
 */
type Fields = (
  buffer: Buffer,
  base: number,
  start: number,
  end: number,
  element: number,
) => unknown;

/** readChangeFields with the keys the first pass noted for each element, where it did. */
function changeFields(range: ValueRange, needsValues: NeedsValues): Fields {
  const list = range.elements?.keys;
  const keyEnds = range.elements?.keyEnds ?? [];
  const notes = { list: list ?? [], from: 0, to: 0, base: 0 };
  return (buffer, base, start, end, element) => {
    if (list === undefined || element < 0) {
      return readChangeFields(buffer, start - base, end - base, needsValues);
    }
    notes.from = element === 0 ? 0 : (keyEnds[element - 1] as number);
    notes.to = keyEnds[element] as number;
    notes.base = base;
    return readChangeFields(buffer, start - base, end - base, needsValues, notes);
  };
}

/** The first pass's index; its BrokenDocument and PieceTooLarge worded as refusals. */
async function explained(
  handle: FileHandle,
  wrapped: boolean,
  displayPath: string,
  index: () => Promise<PlanIndex>,
): Promise<PlanIndex> {
  try {
    return await index();
  } catch (error) {
    if (error instanceof BrokenDocument) {
      throw await explainBroken(handle, error.broken, wrapped, displayPath);
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
  fields: Fields | undefined,
  emit: (raw: unknown, position: number) => void,
): Promise<void> {
  const window = new FileWindow(handle, range.start, readBytes, range.end);
  window.onRead = told;
  let position = 0;
  const onElement = (start: number, end: number, element = -1): void => {
    let raw: unknown;
    try {
      raw =
        fields?.(window.buffer, window.base, start, end, element) ??
        JSON.parse(window.text(start, end));
    } catch (error) {
      throw unreadable(error, key, position, displayPath);
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
      onElement(start, end, element);
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
